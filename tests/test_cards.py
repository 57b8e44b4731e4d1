"""The phone's cards of cooperatives (present/cards.py): what each line says, and that a board's
contacts appear only for roles that may see them."""

import pandas as pd

from kopdash.present.cards import region_cards, summon_cards

LISTING = pd.DataFrame(
    {
        "nik": ["3604010010001", "3604010010002"],
        "name": ["KSP Maju", "KUD Sejahtera"],
        "district": ["Cikande", None],
        "village": ["Bakung", None],
        "status": ["tidak_aktif", "aktif"],
        "last_rat_year": pd.array([None, 2024], dtype="Int64"),
        "members": pd.array([1250, None], dtype="Int64"),
        "dissolution_candidate": [True, False],
        "chair_name": ["Siti Aminah", None],
        "phone": ["0840-1234-5678", "bukan nomor"],
        "address": ["Jl. Raya 1", None],
    }
)


def test_a_region_card_says_status_last_rat_members_and_candidacy_in_the_chosen_language():
    first, second = region_cards(LISTING, "id", personal=True)
    assert first.lines == ("Tidak aktif · RAT terakhir: Belum RAT", "1.250 anggota", "Calon pembubaran")
    assert second.lines == ("Aktif · RAT terakhir: 2024",)  # no members known, not a candidate
    assert first.where == "Cikande · Bakung" and second.name == "KUD Sejahtera"
    english = region_cards(LISTING, "en", personal=True)[0]
    assert english.lines == ("Inactive · last RAT: No RAT yet", "1,250 members", "Dissolution candidate")


def test_a_card_carries_the_call_and_whatsapp_links_only_for_a_valid_number_and_a_role_that_may_see_it():
    first, second = region_cards(LISTING, "id", personal=True)
    assert (first.chair, first.phone) == ("Siti Aminah", "0840-1234-5678")
    assert first.call_link == "tel:+6284012345678" and first.whatsapp_link == "https://wa.me/6284012345678"
    assert second.phone == "bukan nomor" and second.call_link == "" and second.whatsapp_link == ""
    hidden = region_cards(LISTING, "id", personal=False)[0]
    assert (hidden.chair, hidden.phone, hidden.call_link, hidden.whatsapp_link) == ("", "", "", "")


def test_a_summon_card_says_how_long_the_cooperative_has_not_operated():
    rows = LISTING.assign(months_since_formation=[7, None])
    first, second = summon_cards(rows, "id", personal=True)
    assert first.lines == ("Belum beroperasi 7 bulan setelah terbentuk.",)
    assert second.lines == ()
