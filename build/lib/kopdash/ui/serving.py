"""What the server adds to Streamlit's own: the page shell tells the browser where the server is.

Streamlit's page cannot tell, from an address such as /wilayah, whether `wilayah` is a page of the app or
the folder the app is served under. So it first asks /wilayah/_stcore/health, gets 404, waits 100 ms and
asks again one folder up: every direct link to a page other than the overview (a bookmark, a link in a
WhatsApp message, a reload) lost about 150 ms before anything was drawn, and left two 404s in the log.
Streamlit reads where its server is from `window.__streamlit.BACKEND_BASE_URL` when a host sets it; this
middleware sets it in the shell for addresses that end in one of our pages' names, and leaves every other
address to Streamlit. The browser works the folder out from its own address, so it holds behind a proxy
that serves kopdash under a folder of its own (/kopdash/wilayah) as well as at the root.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

HEAD_TAG = b"<head>"


def server_address_script(page_addresses: Iterable[str]) -> bytes:
    """A script for the shell's <head>: on /<folder>/<page>, the server is at /<folder>/."""
    pages = json.dumps(sorted(address for address in page_addresses if address))
    return (
        "<script>(() => {"
        f"const pages = {pages};"
        "const parts = location.pathname.replace(/\\/+$/, '').split('/');"
        "if (!pages.includes(parts.pop())) return;"  # page names are plain ASCII: no decoding to fail
        "window.__streamlit = Object.assign({}, window.__streamlit,"
        " {BACKEND_BASE_URL: location.origin + parts.join('/') + '/'});"
        "})();</script>"
    ).encode()


def is_shell_request(scope: Scope) -> bool:
    """A browser asking for a page: not Streamlit's endpoints, scripts, media or uploads."""
    if scope["type"] != "http" or scope["method"] != "GET":
        return False
    path = scope.get("path", "")
    return not any(part in path for part in ("/_stcore/", "/static/", "/media/", "/component/"))


class ServerAddress:
    """ASGI middleware: adds `server_address_script` to the HTML shell Streamlit sends for a page."""

    def __init__(self, app: ASGIApp, page_addresses: Iterable[str]) -> None:
        self.app = app
        self.script = server_address_script(page_addresses)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not is_shell_request(scope):
            await self.app(scope, receive, send)
            return
        # The shell is a few kilobytes: ask for it uncompressed, and as bytes rather than a file path for
        # the server to send (the ASGI pathsend extension), so the script can be added to it.
        headers = [(name, value) for name, value in scope["headers"] if name.lower() != b"accept-encoding"]
        extensions = {k: v for k, v in scope.get("extensions", {}).items() if k != "http.response.pathsend"}
        start: Message = {}
        body = bytearray()

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                if not _is_plain_html(message):
                    await send(message)
                    start = {}
                return
            if not start or message["type"] != "http.response.body":
                await send(message)  # not the shell's body (a file, a redirect, compressed): as it came
                return
            body.extend(message.get("body", b""))
            if message.get("more_body"):
                return
            shell = bytes(body).replace(HEAD_TAG, HEAD_TAG + self.script, 1)
            await send(_with_length(start, len(shell)))
            await send({"type": "http.response.body", "body": shell})

        await self.app({**scope, "headers": headers, "extensions": extensions}, receive, capture)


def _is_plain_html(start: Message) -> bool:
    headers = {name.lower(): value for name, value in start.get("headers", [])}
    return (
        start.get("status") == 200
        and headers.get(b"content-type", b"").startswith(b"text/html")
        and b"content-encoding" not in headers
    )


def _with_length(start: Message, length: int) -> Message:
    headers = [(name, value) for name, value in start["headers"] if name.lower() != b"content-length"]
    return {**start, "headers": [*headers, (b"content-length", str(length).encode())]}
