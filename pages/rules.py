"""Aturan status (admin): the rule profiles (how many missed RATs make a cooperative kurang aktif, tidak
aktif, a dissolution candidate) and which region uses which. /aturan"""

import pandas as pd
import streamlit as st

from kopdash.present import fmt, tables
from kopdash.present.i18n import headers_of, t
from kopdash.ui import rule_files, writes
from kopdash.ui.state import view_state

state = view_state()
lang = state.lang
st.title(t("rules.title", lang))
st.caption(t("rules.intro", lang))
profiles, regions = rule_files.raw_rules()

st.subheader(t("rules.profiles", lang))
headers = dict(zip(profiles.columns, headers_of("rules.profile_columns", lang), strict=True))
edited_profiles: pd.DataFrame = st.data_editor(
    profiles,
    num_rows="dynamic",
    hide_index=True,
    key="rule_profiles_editor",
    column_config={
        column: st.column_config.NumberColumn(headers[column], min_value=1, max_value=20, step=1)
        if column.endswith("_after")
        else st.column_config.CheckboxColumn(headers[column])
        if column == rule_files.REQUIRES_NOT_OPERATING
        else st.column_config.TextColumn(headers[column])
        for column in profiles.columns
    },
)
st.subheader(t("rules.regions", lang))
# Each profile is offered in words (its thresholds), while the file keeps the profile's name.
words = {
    str(row.rule_profile): t(
        "rules.profile_words_business"
        if getattr(row, rule_files.REQUIRES_NOT_OPERATING) is True
        else "rules.profile_words",
        lang,
        profile=row.rule_profile,
        less=fmt.number(row.less_active_after, lang),
        inactive=fmt.number(row.inactive_after, lang),
        dissolution=fmt.number(row.dissolution_after, lang),
    )
    for row in edited_profiles.dropna(subset=["rule_profile", *rule_files.THRESHOLDS]).itertuples()
}
fixed = ["region_code", "name", "kind", "province"]
edited_regions: pd.DataFrame = st.data_editor(
    regions,
    hide_index=True,
    key="regions_editor",
    disabled=fixed,
    column_config={
        **{
            column: st.column_config.TextColumn(t(f"rules.region_columns.{column}", lang)) for column in fixed
        },
        "rule_profile": st.column_config.SelectboxColumn(
            t("rules.profile", lang),
            options=list(words) or [str(n) for n in edited_profiles["rule_profile"].dropna()],
            format_func=lambda name: words.get(str(name), str(name)),
            width="large",
        ),
    },
)


def save_when_clicked(label_key: str, key: str, problems_of, save, saved_key: str, **button) -> None:
    """A save button: what is wrong is listed in words and nothing is written; else save and say so."""
    if not st.button(t(label_key, lang), key=key, **button):
        return
    problems = problems_of()
    if problems:
        st.error(t("rules.refused", lang))
        for problem in problems:
            st.markdown("- " + tables.as_markdown_text(problem))
    elif writes.attempt(lang, save) is not writes.NOT_WRITTEN:
        st.success(t(saved_key, lang))


save_when_clicked(
    "rules.save",
    "rules_save",
    lambda: rule_files.check_rules(edited_profiles, edited_regions),
    lambda: rule_files.save_rules(edited_profiles, edited_regions),
    "rules.saved",
    type="primary",
)

# Targets: the % aktif an office aims for per region and year (e.g. from its RPJMD), for the trend's target
# line and the region page's gap.
st.subheader(t("rules.targets", lang))
st.caption(t("rules.targets_caption", lang))
raw_targets = rule_files.raw_targets(lang)
region_names = dict(zip(regions["region_code"], regions["name"], strict=False))
edited_targets: pd.DataFrame = st.data_editor(
    raw_targets,
    num_rows="dynamic",
    hide_index=True,
    key="targets_editor",
    column_config={
        "region_code": st.column_config.SelectboxColumn(
            t("rules.region_columns.region_code", lang),
            options=[str(c) for c in edited_regions["region_code"].dropna()],
            format_func=lambda code: f"{code} · {region_names.get(code, '')}",
        ),
        "year": st.column_config.TextColumn(t("rules.target_columns.year", lang)),
        "target_pct_aktif": st.column_config.TextColumn(t("rules.target_columns.target", lang)),
        "source": st.column_config.TextColumn(t("rules.target_columns.source", lang)),
    },
)
save_when_clicked(
    "rules.targets_save",
    "targets_save",
    lambda: rule_files.check_targets(edited_targets, edited_regions),
    lambda: rule_files.save_targets(edited_targets, edited_regions),
    "rules.targets_saved",
)
