"""Documents made from the store for people to take away (the meeting brief): above queries and present,
since a report runs its own queries and draws with present's tables and charts."""
