"""kopdash as the server runs it: `streamlit run serve.py`. The app is app.py; the server adds one thing to
Streamlit's own, the shell's note of where the server is (kopdash/ui/serving.py), so a direct link to a page
connects at once."""

from pathlib import Path

import streamlit as st
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware

from kopdash.domain.pages import PAGES
from kopdash.ui.serving import ServerAddress
from kopdash.ui.state import use_navigation_only

use_navigation_only()  # before the first session: pages/ is routed by the registry, never by file name

# Compression outermost: Streamlit sends its static files (plotly.js alone is 4.7 MB) uncompressed, and a
# phone on mobile data waits for every byte; level 6 gives most of level 9's saving for a fraction of the
# time, and the hashed file names are cached by the browser after the first visit.
app = st.App(
    Path(__file__).with_name("app.py"),
    middleware=[
        Middleware(GZipMiddleware, minimum_size=1024, compresslevel=6),
        Middleware(ServerAddress, page_addresses=[page.address for page in PAGES]),
    ],
)
