"""What people see, as frames, text and figures: Indonesian formats, the catalogue of words, chart builders,
downloads, the brief and the per-page views. Imports domain, store, queries and ingest; never Streamlit."""
