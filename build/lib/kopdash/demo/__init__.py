"""The synthetic demo stores: the bundled one calibrated to the five articles, and the national one.
Imports domain, store and ingest."""
