"""The one place kopdash reads its environment: where the store is, how to reach a bucket, which roles
file applies. Every layer may import it; it imports nothing from kopdash. Read on each call, so a
changed variable (a test's, an operator's) applies at once."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[1]  # the folder that holds the package (the repository)
BUNDLED_DATA = CHECKOUT / "data"  # the bundled demo store
BUNDLED_ROLES = CHECKOUT / "roles.toml"


def data_root() -> str | Path:
    """The store to use: KOPDASH_DATA_DIR (a folder or s3://bucket/prefix), else the bundled demo."""
    configured = os.environ.get("KOPDASH_DATA_DIR", "").strip()
    if configured.startswith("s3://"):
        return configured
    return Path(configured).resolve() if configured else BUNDLED_DATA


def demo_writable() -> bool:
    """Whether the import pages may write into a demo store: only when the server was started for that
    on purpose (KOPDASH_DEMO_WRITABLE=1, a training session), as the commands' --into-demo."""
    return os.environ.get("KOPDASH_DEMO_WRITABLE", "").strip().lower() in ("1", "true", "yes", "ya")


def roles_file() -> Path:
    """The roles file: KOPDASH_ROLES, else roles.toml beside the app."""
    return Path(os.environ.get("KOPDASH_ROLES") or BUNDLED_ROLES)


@dataclass(frozen=True)
class S3:
    """How to reach an S3-compatible bucket: the usual AWS variables, and an endpoint of one's own."""

    endpoint: str
    access_key: str | None
    secret_key: str | None
    region: str


def s3() -> S3:
    return S3(
        endpoint=os.environ.get("KOPDASH_S3_ENDPOINT") or os.environ.get("AWS_ENDPOINT_URL") or "",
        access_key=os.environ.get("AWS_ACCESS_KEY_ID"),
        secret_key=os.environ.get("AWS_SECRET_ACCESS_KEY"),
        region=os.environ.get("AWS_REGION", "us-east-1"),
    )
