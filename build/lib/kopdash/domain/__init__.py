"""The domain, pure: the status rule and rule profiles, the store's format, who may see what, early warning,
official region codes and the page registry. No I/O, no Streamlit; imports nothing else from kopdash."""
