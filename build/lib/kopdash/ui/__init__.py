"""The only code that imports Streamlit: the cached store and frames, view state in the URL, shared
widgets and sign-in. Pages call it; nothing below it calls back."""
