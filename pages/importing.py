"""Impor data: upload a registry export, see exactly what would be stored and what would not, then save."""

import datetime as dt

import streamlit as st

from kopdash import queries
from kopdash.domain import schema, wilayah
from kopdash.domain.pages import BY_NAME
from kopdash.ingest.office_files import upload_types
from kopdash.present import downloads, fmt, tables
from kopdash.present import importing as import_view
from kopdash.present.i18n import programme_label, t
from kopdash.ui import cache, uploads, widgets
from kopdash.ui.state import view_state

lang = view_state().lang
st.title(t("importing.title", lang))
st.caption(t("importing.intro", lang))
uploads.refuse_demo_store(lang)
# The log is read only once its fold is opened: it is one file per write, and grows with every import.
log_fold = st.expander(t("importing.log_title", lang), key="import_log", on_change="rerun")
if log_fold.open:
    with log_fold:
        uploads.log_and_undo(lang)

regions = cache.frame(queries.region_rules)
names = dict(zip(regions["region_code"], regions["region_name"], strict=True))
# Any kabupaten/kota of the official list can be imported; one not in the store yet is added on saving.
official = {region.code: region.name for region in wilayah.regions() if region.code not in names}
left, middle, right = st.columns([3, 2, 2])
region_code = left.selectbox(
    t("importing.region", lang),
    list(names) + list(official),
    format_func=lambda c: f"{names[c]} ({c})"
    if c in names
    else t("importing.region_new", lang, name=official[c], code=c),
    index=0 if len(names) == 1 else None,  # never a guess: the file's own region is proposed below
    key="import_region",
    placeholder=t("widget.choose", lang),
)
today = dt.date.today()
snapshot_date = widgets.date_field(
    middle, t("importing.date", lang), value=today, max_value=today, key="import_date"
)
programme = right.selectbox(
    t("importing.roster", lang),
    [None, *schema.PROGRAMMES],
    format_func=lambda code: t("importing.roster_none", lang)
    if code is None
    else programme_label(code, lang),
    key="import_programme",
    help=t("importing.roster_help", lang),
)
upload = st.file_uploader(t("importing.file", lang), type=upload_types(), key="import_file")
mapping = st.file_uploader(t("importing.mapping", lang), type=["csv"], key="import_mapping")
if upload is None:
    st.info(t("importing.waiting", lang))
    st.stop()
if snapshot_date is None:  # the field was emptied
    st.info(t("importing.choose_date", lang))
    st.stop()

plan = uploads.checked_import(upload, mapping, region_code, snapshot_date, lang, programme)
if plan is None:
    st.stop()

uploads.import_counts(plan.rows_read, len(plan.accepted), len(plan.quarantined), lang)
if plan.new_region is not None:
    st.info(
        tables.as_markdown_text(
            t("importing.new_region", lang, name=plan.new_region.name, code=plan.new_region.code)
        )
    )

made = uploads.ask_scope(plan, lang)  # whole, partial or a roster: what the new snapshot holds
if made is not None and made.kind != "first":
    st.info(
        "\n\n".join(
            tables.as_markdown_text(line)
            for line in import_view.scope_lines(made.record(), snapshot_date, lang)
        )
    )

st.subheader(t("importing.mapping_title", lang))
for caption, mapping_table in import_view.mapping_tables(plan.sheets, lang):
    st.caption(tables.as_markdown_text(caption))
    widgets.text_table(mapping_table)

st.subheader(t("importing.statuses", lang))
if made is None:  # the file's rows alone beside the whole region would read as a region that collapsed
    st.caption(t("importing.statuses_after_scope", lang))
else:
    previous = cache.frame(
        queries.region_status_as_of,
        as_of=plan.snapshot_date - dt.timedelta(days=1),
        regions=[plan.region_code],
    )
    widgets.text_table(
        import_view.status_table(made.status_counts, previous.iloc[0] if len(previous) else None, lang)
    )
profile = plan.profile
st.caption(
    t(
        "importing.rule_used",
        lang,
        profile=profile.rule_profile,
        less=profile.less_active_after,
        inactive=profile.inactive_after,
        dissolution=profile.dissolution_after,
    )
)

st.subheader(t("importing.first_rows", lang))
widgets.grid(import_view.first_rows(plan.accepted, lang))

st.subheader(t("importing.quarantine_title", lang))
if plan.quarantined.empty:
    st.success(t("importing.quarantine_none", lang))
else:
    widgets.text_table(import_view.reason_table(plan.quarantined_by_reason, lang))
    office = import_view.quarantine_download(plan.quarantined, lang)
    widgets.grid(office)
    stem = f"karantina_{plan.region_code}_{plan.snapshot_date.isoformat()}"
    csv_column, xlsx_column = st.columns(2)
    csv_column.download_button(
        t("importing.download_csv", lang),
        downloads.csv_bytes(office, lang),
        f"{stem}.csv",
        "text/csv",
        on_click="ignore",  # no rerun on a click: it would redo the page and could swap the file in flight
    )
    xlsx_column.download_button(
        t("importing.download_xlsx", lang),
        downloads.xlsx_bytes(office, "Karantina"),
        f"{stem}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        on_click="ignore",
    )

if plan.replaces_rows is not None:
    st.warning(
        t(
            "importing.replaces",
            lang,
            region=tables.as_markdown_text(plan.region_name),
            date=fmt.date_long(plan.snapshot_date, lang),
            n=fmt.number(plan.replaces_rows, lang),
        )
    )
if plan.accepted.empty:
    st.error(t("importing.nothing_accepted", lang, n=fmt.number(len(plan.quarantined), lang)))
    if st.button(t("importing.confirm_quarantine", lang), key="import_confirm"):
        st.success(
            t("importing.quarantine_kept", lang, path=tables.as_markdown_text(uploads.save_import(plan)))
        )
    st.stop()
if made is None:  # the officer has not said whether the file is whole or partial
    st.stop()
saved = uploads.saved_already(made)
if saved:
    st.info(t("importing.saved_once", lang))
if st.button(t("importing.confirm", lang), type="primary", key="import_confirm", disabled=saved):
    uploads.save_import(plan, made)
    st.success(
        t(
            "importing.saved",
            lang,
            region=tables.as_markdown_text(plan.region_name),
            date=fmt.date_long(plan.snapshot_date, lang),
            n=fmt.number(len(made.rows), lang),
        )
    )
    st.page_link(
        BY_NAME["overview"].script,
        label=t("importing.open_overview", lang),
        query_params={"date": plan.snapshot_date.isoformat(), "regions": plan.region_code},
    )
