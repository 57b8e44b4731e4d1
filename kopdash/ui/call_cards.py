"""A list of cooperatives to call, as cards on a phone (present/cards.py): a call and a WhatsApp button,
and a contact recorded in place, the cooperative already chosen. Drawn in a container keyed narrow-…,
which the frame's style shows below 768 px only; the same page's grid sits in one keyed wide-…."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from kopdash.present.cards import Card
from kopdash.present.i18n import t
from kopdash.present.tables import as_markdown_text
from kopdash.ui import widgets
from kopdash.ui.contact_form import contact_form

STEP = 20  # cards drawn at a time; "show 20 more" adds the next ones


def _toggle(key: str, nik: str) -> None:
    st.session_state[key] = None if st.session_state.get(key) == nik else nik


def _more(key: str) -> None:
    st.session_state[key] = st.session_state.get(key, STEP) + STEP


def call_cards(
    listing: pd.DataFrame, to_cards: Callable[[pd.DataFrame], list[Card]], region: str, lang: str, key: str
) -> None:
    """The rows of `listing` as cards (`to_cards`), STEP at a time, made only for the rows drawn (a
    region's list holds up to 5,000); "Catat kontak" opens the contact form inside its card."""
    opened, shown_key, saved_key = f"{key}:open", f"{key}:shown", f"{key}:saved"
    saved = st.session_state.pop(saved_key, None)
    if saved:  # the card's form closed after a save: the words stay at the top of the list
        st.session_state[opened] = None
        st.success(saved)
    shown = st.session_state.get(shown_key, STEP)
    for card in to_cards(listing.head(shown)):
        with st.container(border=True):
            st.markdown(f"**{as_markdown_text(card.name)}**  \n{as_markdown_text(card.where)}")
            for line in card.lines:
                st.caption(as_markdown_text(line))
            if card.chair:
                chair = as_markdown_text(t("cards.chair", lang, chair=card.chair))
                st.markdown(f"{chair}  \n{as_markdown_text(card.phone)}" if card.phone else chair)
            elif not card.phone:
                st.caption(t("cards.no_phone", lang))
            with st.container(horizontal=True):
                if card.call_link:
                    st.link_button(
                        t("cards.call", lang), card.call_link, icon=":material/call:", type="primary"
                    )
                if card.whatsapp_link:
                    st.link_button(t("cards.whatsapp", lang), card.whatsapp_link, icon=":material/chat:")
                is_open = st.session_state.get(opened) == card.nik
                st.button(
                    t("cards.close" if is_open else "cards.record", lang),
                    icon=":material/edit_note:",
                    key=f"{key}:record:{card.nik}",
                    on_click=_toggle,
                    args=(opened, card.nik),
                )
                widgets.app_link(t("cards.open", lang), "cooperative", nik=card.nik, region=region)
            if is_open:
                person = pd.DataFrame([{"nik": card.nik, "name": card.name, "district": card.where}])
                contact_form(person, region, lang, f"{key}:form:{card.nik}", saved_key=saved_key)
    if len(listing) > shown:
        rest = min(STEP, len(listing) - shown)
        st.button(t("cards.more", lang, n=rest), key=f"{key}:more", on_click=_more, args=(shown_key,))
