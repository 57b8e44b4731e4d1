"""Office files in: reading cells the Indonesian way, reading CSV and Excel safely (in an isolated, limited
process), quarantine, and the registry, events and published-figures imports. Imports domain and store."""
