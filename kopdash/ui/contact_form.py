"""Record a call from a call list: which cooperative, summons or consultation, how, what came of it, in a
few clicks; stored as an event beside the imported ones (ingest.events.record_contact)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from kopdash.ingest import events
from kopdash.present import fmt
from kopdash.present.i18n import code_label, t
from kopdash.present.tables import as_markdown_text
from kopdash.ui import widgets, writes
from kopdash.ui.cache import store_location
from kopdash.ui.sign_in import writer_origin

_SAVED = "contact_saved"  # the words to show after the rerun that follows a save


def _named(person) -> str:
    return f"{person['name']} · {person['district'] or fmt.MISSING}"


def contact_form(people: pd.DataFrame, region: str, lang: str, key: str, saved_key: str = _SAVED) -> None:
    """A form under a call list, on one cooperative's page or in a card of a list; `people` holds nik,
    name and district of the listed cooperatives (one: the form is for it, open, with nothing to choose).
    `saved_key`: where the words after a save wait for the next run, for the form that shows them."""
    saved = st.session_state.pop(saved_key, None)
    if saved:
        st.success(saved)
    if people.empty:
        return
    if len(people) == 1:  # a cooperative's own page: the one a tap on a call list's row opened
        place = st.container(border=True)
        place.subheader(t("contact.title_one", lang), anchor=False)
    else:  # built only once opened: its choice of cooperatives can hold hundreds of names
        place = st.expander(
            t("contact.title", lang), icon=":material/call:", key=f"{key}:open", on_change="rerun"
        )
        if not place.open:
            return
    with place, st.form(key, clear_on_submit=True, border=False):
        who = (
            st.selectbox(
                t("contact.who", lang),
                range(len(people)),
                format_func=lambda i: _named(people.iloc[i]),
            )
            if len(people) > 1
            else 0
        )
        left, middle, right = st.columns(3)
        kind = left.radio(
            t("contact.kind", lang), events.CONTACT_KINDS, format_func=lambda k: t(f"event.{k}", lang)
        )
        channel = middle.radio(
            t("contact.channel", lang),
            ("telepon", "whatsapp", "offline", "online"),
            format_func=lambda c: code_label("channel", c, lang),
        )
        outcome = right.radio(
            t("contact.outcome", lang),
            events.CONTACT_OUTCOMES,
            format_func=lambda o: code_label("outcome", o, lang),
        )
        promised = widgets.date_field(st, t("contact.promised", lang), value=None, min_value=dt.date.today())
        note = st.text_input(t("contact.note", lang), max_chars=300)
        if not st.form_submit_button(t("contact.save", lang), type="primary"):
            return
    if outcome == "janji_rat" and promised is None:
        st.warning(t("contact.promised_missing", lang))
        return
    person = people.iloc[who]
    recorded = writes.attempt(
        lang,
        lambda: events.record_contact(
            store_location(),
            region,
            person["nik"],
            kind,
            channel,
            outcome,
            note,
            promised,
            origin=writer_origin("catat kontak"),
        ),
    )
    if recorded is writes.NOT_WRITTEN:
        return
    st.session_state[saved_key] = as_markdown_text(
        t(
            "contact.saved",
            lang,
            name=person["name"],
            kind=t(f"event.{kind}", lang).lower(),
            outcome=code_label("outcome", outcome, lang).lower(),
            date=fmt.date_long(dt.date.today(), lang),
        )
    )
    st.rerun()
