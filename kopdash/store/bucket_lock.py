"""One writer at a time on a bucket, across offices and machines: a lock object written only if absent.

S3 (and MinIO, and every service that implements conditional writes) refuses a PUT with
`If-None-Match: *` when the object already exists, atomically: of two offices taking the lock of one
region at once, exactly one gets it. The other waits (an import takes seconds) and, if the lock is
still held after `WAIT_SECONDS`, is refused in words and writes nothing. A lock left by a machine that
died is taken over once it is `STALE_AFTER` old, with `If-Match` on its ETag, so two offices cannot
both take over the same stale lock; the owner removes it with `If-Match` too, never someone else's.

pyarrow's S3 filesystem has no conditional writes, so this one part talks to S3 through boto3.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import time
from collections.abc import Iterator

from kopdash import config
from kopdash.domain.messages import ImportRefused

LOCK_FOLDER = ".locks"
WAIT_SECONDS = 30.0  # an import of 200,000 rows writes in about 5 s; a minute of doubt is a held lock
STALE_AFTER = dt.timedelta(minutes=15)  # no import holds a lock this long: its machine stopped
POLL_SECONDS = 0.5
CLOCK_SKEW = dt.timedelta(minutes=5)  # machines' clocks disagree this much; a lock dated later is wrong


class StoreBusy(ImportRefused):
    """Another writer held the lock for longer than we waited: nothing was written."""


def lock_key(location, name: str) -> tuple[str, str]:
    """The bucket and key of one lock of this store."""
    bucket, _, prefix = location.path().partition("/")
    return bucket, "/".join(part for part in (prefix, LOCK_FOLDER, f"{name}.lock") if part)


def _client():
    import boto3

    bucket = config.s3()
    return boto3.client(
        "s3",
        endpoint_url=bucket.endpoint or None,
        aws_access_key_id=bucket.access_key,
        aws_secret_access_key=bucket.secret_key,
        region_name=bucket.region,
    )


def _holder() -> dict:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    return {"host": socket.gethostname(), "pid": os.getpid(), "since": now.isoformat()}


def _failed_condition(error) -> bool:
    """The object was not as the condition said (If-None-Match: it exists; If-Match: another ETag)."""
    status = error.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    return _code(error) in {"PreconditionFailed", "412"} or status == 412


def _gone(error) -> bool:
    return _code(error) in {"NoSuchKey", "404"}


def _code(error) -> str | None:
    return error.response.get("Error", {}).get("Code")


def _current(client, bucket: str, key: str) -> tuple[dict, str] | None:
    """The lock as it is now (its holder and ETag), or None once it is gone."""
    from botocore.exceptions import ClientError

    try:
        found = client.get_object(Bucket=bucket, Key=key)
    except ClientError as error:
        if _gone(error):
            return None
        raise
    try:
        holder = json.loads(found["Body"].read())
    except ValueError:
        holder = {}
    return holder if isinstance(holder, dict) else {}, found["ETag"]


def _since(holder: dict, now: dt.datetime) -> dt.datetime | None:
    """When the lock was taken, as its holder wrote it; None when that cannot be believed: missing, not a
    time, or later than now (a wrong clock, or a lock written by hand). A time without a zone is UTC."""
    try:
        since = dt.datetime.fromisoformat(str(holder["since"]))
    except (KeyError, ValueError):
        return None
    since = since if since.tzinfo else since.replace(tzinfo=dt.UTC)
    return None if since > now + CLOCK_SKEW else since


def acquire(client, bucket: str, key: str, wait: float | None = None) -> str:
    """Take the lock; return its ETag. StoreBusy when another writer kept it for `wait` seconds."""
    from botocore.exceptions import ClientError

    wait = WAIT_SECONDS if wait is None else wait
    deadline = time.monotonic() + wait
    while True:
        body = json.dumps(_holder()).encode()
        try:
            return client.put_object(Bucket=bucket, Key=key, Body=body, IfNoneMatch="*")["ETag"]
        except ClientError as error:
            if not _failed_condition(error):
                raise
        held = _current(client, bucket, key)
        if held is None:
            continue  # released between our write and our read: try again at once
        holder, etag = held
        now = dt.datetime.now(dt.UTC)
        since = _since(holder, now)
        # A lock that says nobody or no time (empty, not JSON, dated in the future) would otherwise be held
        # for ever: it is stale once we have waited as long as for any other.
        if (since is None and time.monotonic() >= deadline) or (
            since is not None and now - since > STALE_AFTER
        ):
            try:  # only the lock we read: of two offices taking it over, one wins
                return client.put_object(Bucket=bucket, Key=key, Body=body, IfMatch=etag)["ETag"]
            except ClientError as error:
                if not _failed_condition(error):
                    raise
                continue
        if time.monotonic() >= deadline:
            raise StoreBusy(
                "store.busy",
                host=str(holder.get("host", "?")),
                since=str(holder.get("since", "?")).replace("T", " ").replace("+00:00", " UTC"),
                seconds=round(wait),
            )
        time.sleep(POLL_SECONDS)


def release(client, bucket: str, key: str, etag: str) -> None:
    """Remove our lock; a lock someone took over from us (we were stale) is theirs and stays."""
    from botocore.exceptions import ClientError

    try:
        client.delete_object(Bucket=bucket, Key=key, IfMatch=etag)
    except ClientError as error:
        if not (_failed_condition(error) or _gone(error)):
            raise


@contextlib.contextmanager
def held(location, name: str, wait: float | None = None) -> Iterator[None]:
    """Hold the lock `name` of a store in a bucket while the block runs."""
    client = _client()
    bucket, key = lock_key(location, name)
    etag = acquire(client, bucket, key, wait)
    try:
        yield
    finally:
        release(client, bucket, key, etag)
