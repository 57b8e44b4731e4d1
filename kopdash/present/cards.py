"""Lists of cooperatives to call, as cards for a phone: who, where, what happens if nothing is done,
the board chair, and the links a phone opens to call or WhatsApp them. Pure: the page draws them
(ui/call_cards.py) beside the grid a wide screen shows."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from kopdash.present import fmt
from kopdash.present.early_warning import consequence, contacted, risk_in_words
from kopdash.present.i18n import status_label, t
from kopdash.present.region import place
from kopdash.present.tables import contact_cells


@dataclass(frozen=True)
class Card:
    nik: str
    name: str
    where: str  # kecamatan · desa/kelurahan
    lines: tuple[str, ...]  # what happens if nothing is done, the signs of risk, the last contact
    chair: str = ""
    phone: str = ""  # as shown: 0812-3456-7890
    call_link: str = ""  # tel:+62…
    whatsapp_link: str = ""  # https://wa.me/62…


def _card(record: dict, lines: list[str], lang: str, personal: bool) -> Card:
    chair, phone, _address, whatsapp, call = contact_cells(record) if personal else [""] * 5
    return Card(
        nik=str(record["nik"]),
        name=str(record["name"]),
        where=f"{place(record.get('district'), lang)} · {place(record.get('village'), lang)}",
        lines=tuple(line for line in lines if line),
        chair=chair,
        phone=phone,
        call_link=call,
        whatsapp_link=whatsapp,
    )


def early_warning_cards(warnings: pd.DataFrame, lang: str, personal: bool) -> list[Card]:
    """The call list (present.early_warning.call_list) as cards, row for row."""
    return [
        _card(
            row,
            [
                t(f"early_warning.{row['warning']}", lang) + ": " + consequence(row, lang),
                risk_in_words(row.get("risk_reasons"), lang),
                contacted(row, lang),
            ],
            lang,
            personal,
        )
        for row in warnings.to_dict("records")
    ]


def summon_cards(cooperatives: pd.DataFrame, lang: str, personal: bool) -> list[Card]:
    """The programme's boards to summon (cooperatives not operating yet) as cards."""
    cards = []
    for row in cooperatives.to_dict("records"):
        months = row.get("months_since_formation")
        known = months is not None and not pd.isna(months)
        said = (
            t("consequence.programme_not_operating", lang, months=fmt.number(months, lang)) if known else ""
        )
        cards.append(_card(row, [said], lang, personal))
    return cards


def region_cards(listing: pd.DataFrame, lang: str, personal: bool) -> list[Card]:
    """A region's list of cooperatives (queries.cooperative_list) as cards: status and last RAT, members,
    and, for a dissolution candidate, what it is facing."""
    cards = []
    for row in listing.to_dict("records"):
        year, members = row.get("last_rat_year"), row.get("members")
        rat = t("brief.no_rat", lang) if year is None or pd.isna(year) else str(int(year))
        said = [t("cards.status_rat", lang, status=status_label(row["status"], lang), rat=rat)]
        if members is not None and not pd.isna(members):
            said.append(t("cards.members", lang, n=fmt.number(members, lang)))
        candidate = row.get("dissolution_candidate")
        if candidate is not None and not pd.isna(candidate) and bool(candidate):
            said.append(t("column.dissolution_candidate", lang))
        cards.append(_card(row, said, lang, personal))
    return cards
