"""Impor kegiatan (admin): add interventions (training, consultations, summons …) from CSV or Excel; see
what was accepted and what was not, and why, then save. /impor_kegiatan"""

import streamlit as st

from kopdash import queries
from kopdash.ingest import flow
from kopdash.ingest.office_files import upload_types
from kopdash.present import fmt
from kopdash.present.i18n import headers_of, t
from kopdash.ui import cache, uploads, widgets, writes
from kopdash.ui.sign_in import writer_origin
from kopdash.ui.state import view_state

lang = view_state().lang
st.title(t("import_events.title", lang))
st.caption(t("import_events.intro", lang))
uploads.refuse_demo_store(lang)
regions = cache.frame(queries.region_rules)
names = dict(zip(regions["region_code"], regions["region_name"], strict=True))
region = st.selectbox(
    t("importing.region", lang), list(names), format_func=lambda c: f"{names[c]} ({c})", key="events_region"
)
upload = st.file_uploader(t("importing.file", lang), type=upload_types(), key="events_file")
if upload is None:
    st.info(t("importing.waiting", lang))
    st.stop()
read = uploads.read_upload("events", upload, lang, region_code=region, known_regions=set(names))
if read is None:
    st.stop()
request, plan = read

uploads.import_counts(plan.rows_read, len(plan.accepted), len(plan.quarantined), lang)
if len(plan.quarantined):
    st.subheader(t("importing.quarantine_title", lang))
    headers = headers_of("import_events.quarantine_columns", lang)
    shown = plan.quarantined[["source_row", "reason"]].set_axis(headers, axis=1)
    widgets.grid(shown)
    widgets.download_buttons(shown, f"karantina_kegiatan_{region}", lang)
if plan.accepted.empty:
    st.error(t("importing.nothing_accepted", lang, n=fmt.number(len(plan.quarantined), lang)))
if st.button(
    t("import_events.confirm", lang), type="primary", key="events_confirm", disabled=plan.accepted.empty
):
    report = writes.attempt(lang, lambda: flow.apply(request, plan, writer_origin("impor kegiatan")))
    if report is writes.NOT_WRITTEN:
        st.stop()
    st.success(
        t(
            "import_events.saved",
            lang,
            n=fmt.number(len(plan.accepted), lang),
            total=fmt.number(report.total, lang),
        )
    )
