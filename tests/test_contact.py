"""Call lists people can act on: telephone numbers as offices write them, normalised, with WhatsApp and
tap-to-call links for roles that may see contacts; deadlines in Indonesian working days."""

import datetime as dt

import pandas as pd
import pytest
from test_app import run_app

from kopdash.domain.contact import phone, working_days_until
from kopdash.present import early_warning as early_warning_view
from kopdash.present import programme as programme_view

from conftest import page_script


@pytest.mark.parametrize(
    "written, national, whatsapp, call",
    [
        ("0812-3456-7890", "0812-3456-7890", "https://wa.me/6281234567890", "tel:+6281234567890"),
        ("+62 812 3456 7890", "0812-3456-7890", "https://wa.me/6281234567890", "tel:+6281234567890"),
        ("6281234567890", "0812-3456-7890", "https://wa.me/6281234567890", "tel:+6281234567890"),
        ("(021) 555-1234", "(021) 5551234", None, "tel:+62215551234"),  # a landline: no WhatsApp
        ("hubungi kantor desa", None, None, None),  # kept as written, no links
    ],
)
def test_phones_as_offices_write_them(written, national, whatsapp, call):
    number = phone(written)
    assert (number.national, number.whatsapp_link, number.call_link) == (national, whatsapp, call)
    assert number.shown == (national or written)


def test_an_empty_cell_is_no_phone():
    assert phone(None) is None and phone("  ") is None and phone(float("nan")) is None


def test_working_days_count_national_holidays_and_cuti_bersama():
    # 1 to 30 June 2026: 22 weekdays less Hari Lahir Pancasila (1 June) and 1 Muharam (16 June).
    assert working_days_until(dt.date(2026, 5, 31), dt.date(2026, 6, 30)).days == 20
    exact = working_days_until(dt.date(2026, 1, 31), dt.date(2026, 6, 30))
    assert exact.exact and exact.days == 92
    # 2025's holidays are not in the package: weekdays counted for it, and said to be an estimate.
    estimate = working_days_until(dt.date(2025, 11, 5), dt.date(2026, 6, 30))
    assert not estimate.exact and estimate.missing_years == (2025,)
    assert estimate.days == 40 + working_days_until(dt.date(2025, 12, 31), dt.date(2026, 6, 30)).days
    assert working_days_until(dt.date(2026, 7, 1), dt.date(2026, 6, 30)).days == 0


def cooperative(number):
    return {
        "warning": "becomes_kurang_aktif",
        "name": "Koperasi Uji",
        "district": "Curug",
        "village": "Cilaku",
        "status": "aktif",
        "last_rat_year": 2024,
        "members": 20,
        "chair_name": "Ibu Siti",
        "phone": number,
        "address": "Jl. Uji 1",
        "deadline": dt.date(2026, 6, 30),
        "rat_fiscal_year": 2025,
        "risk_reasons": [],
        "established_on": dt.date(2025, 8, 1),
        "months_since_formation": 3,
        "operating": False,
    }


def test_call_lists_carry_the_links_only_for_roles_that_see_contacts():
    rows = pd.DataFrame([cooperative("0812 3456 7890"), cooperative(None)])
    calls = early_warning_view.call_list(rows, "id", personal=True)
    assert list(calls["Telepon"]) == ["0812-3456-7890", ""]
    assert list(calls["WhatsApp"]) == ["https://wa.me/6281234567890", ""]
    assert list(calls["Telepon langsung"]) == ["tel:+6281234567890", ""]
    hidden = early_warning_view.call_list(rows, "id", personal=False)
    assert not {"Telepon", "WhatsApp", "Telepon langsung", "Ketua pengurus"} & set(hidden.columns)
    boards = programme_view.cooperative_table(rows, "id", personal=True)
    assert list(boards["WhatsApp"]) == ["https://wa.me/6281234567890", ""]


def test_the_early_warning_page_says_the_deadline_in_working_days():
    app = run_app({"region": "36.73", "date": "2025-11-05"}, page=page_script("early_warning"))
    said = [c.value for c in app.caption if c.value.startswith("Tenggat RAT: 30 Juni 2026")]
    assert said and "hari kerja lagi" in said[0] and "libur 2025 belum diterbitkan" in said[0]


def test_a_deadline_already_passed_on_the_chosen_date_is_said_so():
    app = run_app({"region": "36.73", "date": "2026-11-23"}, page=page_script("early_warning"))
    said = [c.value for c in app.caption if c.value.startswith("Tenggat RAT 30 Juni 2026 sudah lewat")]
    assert said and not [c for c in app.caption if "hari kerja lagi" in c.value]
