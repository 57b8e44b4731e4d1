"""Checking an uploaded office file in the isolated reader and saving what it gives."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from kopdash.present import fmt
from kopdash.present.i18n import DEFAULT_LANGUAGE, programme_label, t
from kopdash.present.tables import Kpi, as_markdown_text
from kopdash.store import data_root
from kopdash.store.location import Location
from kopdash.ui import writes
from kopdash.ui.widgets import kpi_row


def read_upload(kind: str, upload, lang: str, **arguments):
    """An uploaded file's request and checked plan (ingest/flow.py, in the isolated reader); None when
    the file is too large or refused, said in words."""
    from kopdash.ingest import flow
    from kopdash.ingest.office_files import ImportRefused

    data = upload.getvalue()
    if not upload_fits(data, lang):
        return None
    request = flow.Request(kind, upload.name, str(data_root()), data=data, arguments=arguments)
    try:
        return request, flow.read(request)
    except ImportRefused as refusal:
        st.error(as_markdown_text(t("importing.refused", lang, reason=refusal.words(lang))))
        return None


def upload_fits(data: bytes, lang: str) -> bool:
    """Whether an upload is within the configured limit; if not, say so. The browser enforces the limit
    too, but a script talking to the server need not."""
    limit_mb = st.get_option("server.maxUploadSize")
    if len(data) <= limit_mb * 1024 * 1024:
        return True
    st.error(t("importing.too_large", lang, size=fmt.number(len(data) / 1024 / 1024, lang), limit=limit_mb))
    return False


def import_counts(rows_read: int, accepted: int, quarantined: int, lang: str) -> None:
    """The three numbers of a checked file: data rows, accepted, quarantined."""
    counted = {
        "importing.rows_read": rows_read,
        "importing.accepted": accepted,
        "importing.quarantined": quarantined,
    }
    kpi_row([Kpi(t(label, lang), fmt.number(value, lang)) for label, value in counted.items()])


def checked_import(
    upload,
    mapping_upload,
    region_code: str | None,
    snapshot_date: dt.date,
    lang: str,
    programme: str | None = None,
):
    """The ImportPlan of an uploaded file, checked once per file/region/date and kept for the confirm step
    with its request (ingest/flow.py: the same import as the command's)."""
    from kopdash.ingest import flow
    from kopdash.ingest.office_files import ImportRefused

    data = upload.getvalue()
    if not upload_fits(data, lang):
        return None
    mapping = mapping_upload.getvalue() if mapping_upload else None
    key = (hash(data), hash(mapping), region_code, snapshot_date, programme)
    kept = st.session_state.get("import_plan")
    if kept and kept[0] == key:
        return kept[1]
    request = flow.Request(
        "registry",
        upload.name,
        str(data_root()),
        data=data,
        arguments={
            "region_code": region_code,
            "snapshot_date": snapshot_date,
            "mapping": mapping,
            "programme": programme,
        },
    )
    name = as_markdown_text(upload.name)  # a file name is the sender's text, shown as text
    with st.status(t("importing.checking", lang, file=name), expanded=True) as status:
        bar = st.progress(0.0)

        def progress(done: int, total: int) -> None:
            bar.progress(done / max(total, 1))

        try:
            plan = flow.read(request, progress)
        except ImportRefused as refusal:
            said = as_markdown_text(
                t("importing.refused_named", lang, file=upload.name, reason=refusal.words(lang))
            )
            status.update(label=said, state="error")
            st.error(said)
            _propose_region(refusal, lang)
            return None
        bar.progress(1.0)
        status.update(label=t("importing.checked", lang, file=name), state="complete", expanded=False)
    st.session_state["import_plan"] = (key, plan, request)
    return plan


def _propose_region(refusal, lang: str) -> None:
    """A file that names its region (or another than the one chosen): one button chooses that one."""
    if refusal.code not in ("refused.other_region", "refused.choose_region_named"):
        return
    named, code = refusal.params["named"], refusal.params["named_code"]
    st.button(
        t("importing.use_region", lang, name=as_markdown_text(named), code=code),
        on_click=lambda: st.session_state.update(import_region=code),
        key="import_use_region",
    )


def ask_scope(plan, lang: str):
    """The snapshot this import would make (ingest/scope.py), after asking the officer whether a file
    that lacks much of the previous snapshot is the whole registry or a part; None until answered."""
    from kopdash.ingest import flow, scope
    from kopdash.ingest.office_files import ImportRefused

    try:
        return flow.preview(plan, data_root())
    except ImportRefused as question:
        asked, roster = question.params, question.code == "refused.roster_lacks"
    when = fmt.date_long(dt.date.fromisoformat(asked["date"]), lang)
    st.subheader(t("importing.scope_title", lang))
    programme = programme_label(asked["programme"], lang) if asked["programme"] else ""
    numbers = {k: fmt.number(asked[k], lang) for k in ("file", "base", "missing")}
    key = "importing.roster_question" if roster else "importing.scope_question"
    st.warning(t(key, lang, date=when, programme=programme, **numbers))
    options = {
        scope.WHOLE: t("importing.scope_whole", lang, missing=numbers["missing"]),
        scope.PARTIAL: t("importing.scope_partial", lang, date=when),
    }
    said = st.radio(
        t("importing.scope_choice", lang),
        list(options),
        format_func=options.get,
        index=None,
        key="import_scope",
    )
    if said is None:
        st.info(t("importing.scope_needed", lang))
        return None
    districts: list[str] = []
    if said == scope.PARTIAL:
        named = sorted({d for d in plan.accepted["district"].dropna()})
        districts = st.multiselect(t("importing.scope_districts", lang), named, key="import_districts")
    return flow.preview(plan, data_root(), said, tuple(districts))


def refuse_demo_store(lang: str) -> None:
    """Stop an import page on the bundled demo (synthetic data), as the commands refuse it, unless the
    server was started on purpose for a demo (KOPDASH_DEMO_WRITABLE=1): real rows in a demo are a
    picture every page still calls "Data demo"."""
    from kopdash import config
    from kopdash.ui.cache import store

    if store().info().get("kind") == "demo" and not config.demo_writable():
        st.error(t("importing.demo_store", lang))
        st.stop()


def saved_already(made) -> bool:
    """Whether this file, with this choice of whole or partial, was saved in this session already: a
    second click must not silently save it again."""
    kept = st.session_state.get("import_plan")
    return kept is not None and st.session_state.get("import_saved") == _saving_key(kept[0], made)


def _saving_key(plan_key, made) -> tuple:
    return (plan_key, made.kind if made is not None else None, made.districts if made is not None else ())


def save_import(plan, made=None) -> str:
    """Apply the checked import as `made` (ask_scope) says (the next read sees it: the store's fingerprint
    changed); return the path written, relative to the store."""
    from kopdash.ingest import flow
    from kopdash.ui.sign_in import writer_origin

    lang = st.session_state.get("lang", DEFAULT_LANGUAGE)
    said = made.kind if made is not None and made.kind in ("whole", "partial") else None
    districts = made.districts if made is not None else ()
    request = st.session_state["import_plan"][2]
    report = writes.attempt(lang, lambda: flow.apply(request, plan, writer_origin("impor"), said, districts))
    if report is writes.NOT_WRITTEN:  # the store changed since the preview, or is busy: said; stop
        st.stop()
    kept = st.session_state.pop("import_plan", None)
    if kept is not None:
        st.session_state["import_saved"] = _saving_key(kept[0], made)
    return str(report.written).removeprefix(str(Location(str(data_root())).path()) + "/")


def log_and_undo(lang: str, shown: int = 50) -> None:
    """The import log, newest first, and undoing one entry after a confirmation (the page is admins')."""
    from kopdash import queries
    from kopdash.present.importing import entry_label, log_table, undo_consequences
    from kopdash.store import import_log, undo
    from kopdash.ui import cache
    from kopdash.ui.sign_in import writer_origin
    from kopdash.ui.widgets import text_table

    regions = cache.frame(queries.region_rules)
    names = dict(zip(regions["region_code"], regions["region_name"], strict=True))
    log = import_log.read_log(data_root())
    entries = log.entries
    if log.damaged:  # named, never trusted: a damaged entry can neither be shown nor undone
        st.warning(t("importing.log_damaged", lang, files=", ".join(map(as_markdown_text, log.damaged))))
    if not entries:
        st.caption(t("importing.log_empty", lang))
        return
    text_table(log_table(entries[-shown:], lang, names))
    st.caption(
        t("importing.log_shown", lang, n=fmt.number(min(shown, len(entries)), lang), total=len(entries))
    )
    undoable = {e["id"]: e for e in reversed(entries) if e.get("action") != "undo" and not e.get("undone_by")}
    label = lambda entry_id: entry_label(undoable[entry_id], lang, names)  # noqa: E731
    chosen = st.selectbox(
        t("importing.undo_choose", lang), list(undoable), format_func=label, index=None, key="undo_entry"
    )
    if chosen is None:
        return
    consequences = undo_consequences(undoable[chosen], lang, names)
    st.warning(
        t("undo.will", lang) + "\n" + "\n".join(f"- {as_markdown_text(line)}" for line in consequences)
    )
    sure = st.checkbox(t("importing.undo_confirm", lang), key="undo_sure")
    if not st.button(t("importing.undo_button", lang), disabled=not sure, key="undo_go"):
        return
    undone = writes.attempt(
        lang, lambda: undo.undo(data_root(), undoable[chosen], writer_origin("impor: batalkan"))
    )
    if undone is writes.NOT_WRITTEN:
        return
    st.session_state.pop("import_plan", None)
    st.success(t("importing.undone", lang, what=as_markdown_text(label(chosen))))
