"""kopdash as the server runs it: `streamlit run serve.py`. The app is app.py; the server adds one thing to
Streamlit's own, the shell's note of where the server is (kopdash/ui/serving.py), so a direct link to a page
connects at once."""

from pathlib import Path

import streamlit as st
from starlette.middleware import Middleware

from kopdash.domain.pages import PAGES
from kopdash.ui.serving import ServerAddress
from kopdash.ui.state import use_navigation_only

use_navigation_only()  # before the first session: pages/ is routed by the registry, never by file name

app = st.App(
    Path(__file__).with_name("app.py"),
    middleware=[Middleware(ServerAddress, page_addresses=[page.address for page in PAGES])],
)
