"""The server's one addition to Streamlit: the page shell says where the server is (kopdash/ui/serving.py).
Driven through the middleware with a stand-in for Streamlit's app, so every branch runs without a server;
test_browser.py runs the script in Chromium against the real one."""

import asyncio

from kopdash.domain.pages import PAGES
from kopdash.ui.serving import ServerAddress, server_address_script

SHELL = b"<!DOCTYPE html><html><head><title>Streamlit</title></head><body></body></html>"
ADDRESSES = [page.address for page in PAGES]


def serve(path, response_headers, chunks, method="GET", request_headers=None, status=200, extensions=None):
    """Send one request through the middleware; return what the browser gets and what Streamlit saw."""
    seen = {}

    async def streamlit(scope, receive, send):
        seen["headers"] = scope["headers"]
        await send({"type": "http.response.start", "status": status, "headers": response_headers})
        if "http.response.pathsend" in scope.get("extensions", {}):  # as Starlette sends a file then
            await send({"type": "http.response.pathsend", "path": "/streamlit/static/index.html"})
            return
        for number, chunk in enumerate(chunks):
            await send({"type": "http.response.body", "body": chunk, "more_body": number < len(chunks) - 1})

    sent = []

    async def send(message):
        sent.append(message)

    async def receive():
        return {"type": "http.request", "body": b""}

    scope = {
        "type": "http",
        "method": method,
        "path": path,
        "headers": request_headers or [(b"accept-encoding", b"gzip, br"), (b"accept", b"text/html")],
        "extensions": extensions or {},
    }
    asyncio.run(ServerAddress(streamlit, ADDRESSES)(scope, receive, send))
    return sent, seen["headers"]


def html(length):
    return [(b"content-type", b"text/html; charset=utf-8"), (b"content-length", str(length).encode())]


def body_of(sent):
    return b"".join(message.get("body", b"") for message in sent if message["type"] == "http.response.body")


def test_the_shell_of_a_page_carries_the_script_once_in_its_head_with_the_right_length():
    sent, _ = serve("/wilayah", html(len(SHELL)), [SHELL])
    script = server_address_script(ADDRESSES)
    body = body_of(sent)
    assert body == SHELL.replace(b"<head>", b"<head>" + script)
    assert body.count(b"BACKEND_BASE_URL") == 1
    headers = dict(sent[0]["headers"])
    assert headers[b"content-length"] == str(len(body)).encode()
    assert [name for name, _ in sent[0]["headers"]].count(b"content-length") == 1


def test_the_shell_is_asked_for_uncompressed_and_put_together_from_its_pieces():
    sent, streamlit_saw = serve("/program", html(len(SHELL)), [SHELL[:20], SHELL[20:50], SHELL[50:]])
    assert b"accept-encoding" not in dict(streamlit_saw)
    assert body_of(sent).startswith(b"<!DOCTYPE html><html><head><script>")
    assert len([m for m in sent if m["type"] == "http.response.body"]) == 1


def test_the_script_names_every_page_but_the_overview_and_nothing_from_the_request():
    script = server_address_script(ADDRESSES).decode()
    for page in PAGES:
        if page.address:
            assert f'"{page.address}"' in script
    assert '""' not in script  # the overview lives at the root: Streamlit already connects at once there
    assert script.startswith("<script>") and script.endswith("</script>")


def test_streamlits_endpoints_scripts_and_other_methods_pass_untouched():
    script = b'console.log("<head>")'
    javascript = [(b"content-type", b"text/javascript"), (b"content-length", str(len(script)).encode())]
    for path, method, headers, chunks in [
        ("/static/js/index.js", "GET", javascript, [script]),
        ("/_stcore/health", "GET", [(b"content-type", b"text/html")], [b"<head>ok"]),
        ("/wilayah/_stcore/host-config", "GET", [(b"content-type", b"text/html")], [b"<head>"]),
        ("/wilayah", "HEAD", html(len(SHELL)), [b""]),
        ("/wilayah", "POST", html(len(SHELL)), [SHELL]),
    ]:
        sent, streamlit_saw = serve(path, headers, chunks, method=method)
        assert body_of(sent) == b"".join(chunks), path
        assert sent[0]["headers"] == headers, path
        assert (b"accept-encoding", b"gzip, br") in streamlit_saw, path


def test_a_compressed_redirected_or_missing_answer_is_passed_on_as_it_came():
    compressed = [*html(10), (b"content-encoding", b"gzip")]
    for headers, chunks, status in [
        (compressed, [b"\x1f\x8b<head>"], 200),
        ([(b"location", b"/wilayah")], [b""], 301),
        (html(9), [b"Not Found"], 404),
    ]:
        sent, _ = serve("/wilayah", headers, chunks, status=status)
        assert body_of(sent) == b"".join(chunks)
        assert sent[0]["headers"] == headers
        assert sent[0]["status"] == status


def test_a_server_that_could_send_the_shell_as_a_file_path_is_asked_for_its_bytes():
    extensions = {"http.response.pathsend": {}, "http.response.trailers": {}}
    sent, _ = serve("/peta", html(len(SHELL)), [SHELL], extensions=extensions)
    assert b"BACKEND_BASE_URL" in body_of(sent)
    # A JavaScript file may still go out as a path: only the shell is asked for as bytes.
    javascript = [(b"content-type", b"text/javascript")]
    sent, _ = serve("/static/js/index.js", javascript, [b""], extensions=extensions)
    assert [message["type"] for message in sent] == ["http.response.start", "http.response.pathsend"]
