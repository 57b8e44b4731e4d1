"""The catalogue of visible words, one module per page family (present/i18n.py merges them)."""
