"""Checking an uploaded office file in the isolated reader and saving what it gives."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import streamlit as st

from kopdash.present import fmt
from kopdash.present.i18n import DEFAULT_LANGUAGE, t
from kopdash.present.tables import Kpi, as_markdown_text
from kopdash.store import data_root
from kopdash.store.location import Location
from kopdash.ui.widgets import kpi_row


def upload_fits(data: bytes, lang: str) -> bool:
    """Whether an upload is within the configured limit; if not, say so. The browser enforces the limit
    too, but a script talking to the server need not."""
    limit_mb = st.get_option("server.maxUploadSize")
    if len(data) <= limit_mb * 1024 * 1024:
        return True
    st.error(t("import.too_large", lang, size=fmt.number(len(data) / 1024 / 1024, lang), limit=limit_mb))
    return False


def import_counts(rows_read: int, accepted: int, quarantined: int, lang: str) -> None:
    """The three numbers of a checked file: data rows, accepted, quarantined."""
    counted = {"import.rows_read": rows_read, "import.accepted": accepted, "import.quarantined": quarantined}
    kpi_row([Kpi(t(label, lang), fmt.number(value, lang)) for label, value in counted.items()])


def checked_import(
    upload, mapping_upload, region_code: str, snapshot_date: dt.date, lang: str, programme: str | None = None
):
    """The ImportPlan of an uploaded file, checked once per file/region/date and kept for the confirm step."""
    from kopdash.ingest.office_files import ImportRefused

    data = upload.getvalue()
    if not upload_fits(data, lang):
        return None
    mapping = mapping_upload.getvalue() if mapping_upload else None
    key = (hash(data), hash(mapping), region_code, snapshot_date, programme)
    kept = st.session_state.get("import_plan")
    if kept and kept[0] == key:
        return kept[1]
    name = as_markdown_text(upload.name)  # a file name is the sender's text, shown as text
    with st.status(t("import.checking", lang, file=name), expanded=True) as status:
        bar = st.progress(0.0)
        try:
            plan = read_isolated(
                "registry",
                data,
                lambda done, total: bar.progress(done / max(total, 1)),
                filename=upload.name,
                region_code=region_code,
                snapshot_date=snapshot_date,
                root=data_root(),
                mapping=mapping,
                programme=programme,
            )
        except ImportRefused as refusal:
            said = as_markdown_text(
                t("import.refused_named", lang, file=upload.name, reason=refusal.words(lang))
            )
            status.update(label=said, state="error")
            st.error(said)
            return None
        bar.progress(1.0)
        status.update(label=t("import.checked", lang, file=name), state="complete", expanded=False)
    st.session_state["import_plan"] = (key, plan)
    return plan


def read_isolated(task: str, data: bytes, progress=lambda done, total: None, **arguments):
    """Read and check an upload in a child process with a memory and time limit (kopdash/ingest/isolated.py):
    a hostile file can end that child, never this server. Raises ImportRefused in words."""
    import tempfile

    from kopdash.ingest import isolated

    with tempfile.NamedTemporaryFile(prefix="kopdash-upload-") as held:
        held.write(data)
        held.flush()
        return isolated.run(task, Path(held.name), progress, **arguments)


def save_import(plan) -> str:
    """Commit a checked import (the next read sees it: the store's fingerprint changed); return the path
    written, relative to the store."""
    from kopdash.ingest import registry

    try:
        written = registry.commit_import(plan, data_root())
    except OSError as error:
        lang = st.session_state.get("lang", DEFAULT_LANGUAGE)
        st.error(t("store.write_failed", lang, reason=as_markdown_text(error.strerror or str(error))))
        st.stop()
    st.session_state.pop("import_plan", None)
    return str(written).removeprefix(str(Location(str(data_root())).path()) + "/")
