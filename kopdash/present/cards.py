"""Lists of cooperatives to call, as cards for a phone: who, where, what happens if nothing is done,
the board chair, and the links a phone opens to call or WhatsApp them. Pure: the page draws them
(ui/call_cards.py) beside the grid a wide screen shows."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from kopdash.present import fmt
from kopdash.present.early_warning import consequence, contacted, risk_in_words
from kopdash.present.i18n import t
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
