"""A minimal OpenID Connect provider on loopback, for the sign-in tests: discovery, an authorization
endpoint that signs in one fixed person at once (no form), a token endpoint that returns an RS256 id
token with the request's nonce, the signing keys and userinfo. Enough for Streamlit's `st.login`
(Authlib) to run its whole code flow against it, as against an office's own identity provider."""

from __future__ import annotations

import contextlib
import json
import secrets
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

CLIENT_ID, CLIENT_SECRET = "kopdash", "kopdash-test-secret"


@contextlib.contextmanager
def oidc_provider(email: str, port: int) -> Iterator[str]:
    """Serve the provider on 127.0.0.1:`port`; yield its issuer URL. Everyone who comes is `email`."""
    # joserfc: Authlib's own JOSE library (its authlib.jose is deprecated), installed with it
    from joserfc import jwt
    from joserfc.jwk import RSAKey

    issuer = f"http://127.0.0.1:{port}"
    key = RSAKey.generate_key(2048, parameters={"kid": "test"})
    codes: dict[str, dict] = {}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # quiet: one line per request otherwise
            pass

        def _json(self, body: dict) -> None:
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            query = {name: values[0] for name, values in parse_qs(url.query).items()}
            if url.path == "/.well-known/openid-configuration":
                self._json(
                    {
                        "issuer": issuer,
                        "authorization_endpoint": f"{issuer}/authorize",
                        "token_endpoint": f"{issuer}/token",
                        "jwks_uri": f"{issuer}/jwks",
                        "userinfo_endpoint": f"{issuer}/userinfo",
                        "response_types_supported": ["code"],
                        "subject_types_supported": ["public"],
                        "id_token_signing_alg_values_supported": ["RS256"],
                        "token_endpoint_auth_methods_supported": [
                            "client_secret_basic",
                            "client_secret_post",
                        ],
                    }
                )
            elif url.path == "/authorize":
                code = secrets.token_urlsafe(16)
                codes[code] = {"nonce": query.get("nonce"), "client_id": query.get("client_id")}
                target = query["redirect_uri"] + "?" + urlencode({"code": code, "state": query["state"]})
                self.send_response(302)
                self.send_header("Location", target)
                self.end_headers()
            elif url.path == "/jwks":
                self._json({"keys": [key.as_dict(private=False)]})
            elif url.path == "/userinfo":
                self._json({"sub": "test-user", "email": email, "email_verified": True})
            else:
                self.send_error(404)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            form = {name: values[0] for name, values in parse_qs(self.rfile.read(length).decode()).items()}
            granted = codes.pop(form.get("code", ""), None)
            if urlsplit(self.path).path != "/token" or granted is None:
                self.send_error(400)
                return
            now = int(time.time())
            claims = {
                "iss": issuer,
                "sub": "test-user",
                "aud": granted["client_id"],
                "iat": now,
                "exp": now + 3600,
                "email": email,
                "email_verified": True,
                "name": "Petugas Uji",
            }
            if granted["nonce"]:
                claims["nonce"] = granted["nonce"]
            token = jwt.encode({"alg": "RS256", "kid": "test"}, claims, key)
            self._json(
                {
                    "access_token": secrets.token_urlsafe(16),
                    "token_type": "Bearer",
                    "expires_in": 3600,
                    "id_token": token,
                }
            )

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield issuer
    finally:
        server.shutdown()
        server.server_close()


def secrets_toml(issuer: str, redirect_uri: str) -> str:
    """The [auth] section an office writes into .streamlit/secrets.toml, pointing at this provider. Every
    replica gets the same file: the same cookie_secret signs the sign-in cookie on each of them."""
    return (
        "[auth]\n"
        f'redirect_uri = "{redirect_uri}"\n'
        f'cookie_secret = "{secrets.token_hex(32)}"\n'
        f'client_id = "{CLIENT_ID}"\n'
        f'client_secret = "{CLIENT_SECRET}"\n'
        f'server_metadata_url = "{issuer}/.well-known/openid-configuration"\n'
    )
