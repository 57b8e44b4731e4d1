"""Journeys in Chromium, each on a 1920×1080 screen and a 390×844 phone: a mayor finding which Koperasi
Merah Putih boards to call, an official walking a meeting through presentation mode, the early-warning
shortlist and the brief, an analyst comparing four regions, and the map. Each number checked is the store's,
each step stays in one tab."""

from __future__ import annotations

import io
import re
import shutil

import openpyxl
import pytest
from playwright.sync_api import expect

from browser import (
    IDLE,
    KPI_VALUE,
    SCREENS,
    TEXT_TABLE,
    chromium_page,
    last_screen,
    open_and_wait,
    require_chromium,
    streamlit_server,
)
from conftest import ROOT

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    """The app on a copy of the demo: a journey records contacts, and the committed demo stays as made."""
    require_chromium()
    data = tmp_path_factory.mktemp("journeys") / "data"
    shutil.copytree(ROOT / "data", data)
    with streamlit_server(env={"KOPDASH_DATA_DIR": str(data)}) as base:
        yield base


def settle(page) -> None:
    page.wait_for_timeout(400)
    page.wait_for_selector(IDLE, timeout=60_000)


def press(page, target, width: int) -> None:
    """A finger's tap on a phone, a mouse click on a desktop, on something inside the screen."""
    box = target.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= width  # inside the screen
    if width < 768:
        target.tap(force=True)
    else:
        target.click(force=True)


def sidebar_covers_the_page(page) -> bool:
    box = page.locator("[data-testid=stSidebar]").bounding_box()
    return bool(box and box["width"] > 50 and box["x"] + box["width"] > 10)


@pytest.mark.parametrize("screen", SCREENS)
def test_a_mayor_finds_the_boards_to_call(app_url, screen):
    width, height = SCREENS[screen]
    with chromium_page(width, height) as page:
        open_and_wait(page, app_url + "/program?programme=koperasi_merah_putih&region=36.73&date=2025-11-05")
        # On a phone the sidebar starts closed; on a desktop it is open beside the page.
        assert sidebar_covers_the_page(page) == (screen == "desktop")
        headline = page.get_by_role("heading", name=re.compile("^5 dari 67 koperasi sudah beroperasi"))
        expect(headline).to_be_visible()
        formed = page.locator(KPI_VALUE).first
        expect(formed).to_have_text("67")
        for shown in (headline, formed):  # the mayor's question, answered above the fold
            box = shown.bounding_box()
            assert box and box["y"] + box["height"] <= height, (screen, box)
        # The boards to summon: 62 not operating, each with its chair and how to reach them.
        summon = page.get_by_role("radio", name="Pengurus yang perlu dipanggil")
        summon.scroll_into_view_if_needed()
        summon.click()
        page.wait_for_url("**bagian=panggil*", timeout=30_000)
        settle(page)
        if screen == "desktop":
            grid = page.locator("[data-testid=stDataFrame]").first
            grid.scroll_into_view_if_needed()
            expect(grid).to_contain_text("Koperasi Kelurahan Merah Putih")
            box = grid.bounding_box()
            page.mouse.click(box["x"] + min(150, box["width"] / 2), box["y"] + 35 + 17)  # the first name
        else:
            call_from_the_first_card(page, "narrow-summon", width)
            # The region follows the mayor to the map and to the interventions, through the sidebar.
            for title, address in (("Peta", "/peta?"), ("Intervensi", "/intervensi?")):
                page.locator("[data-testid=stExpandSidebarButton]").first.tap()
                page.locator("[data-testid=stSidebarNavLink]", has_text=title).tap()
                page.wait_for_url(f"**{address}*", timeout=30_000)
                settle(page)
                assert "region=36.73" in page.url, page.url
                assert not sidebar_covers_the_page(page), "the sidebar closes once a page is chosen"
            open_and_wait(
                page, app_url + "/program?programme=koperasi_merah_putih&region=36.73&date=2025-11-05"
            )
            page.get_by_role("radio", name="Pengurus yang perlu dipanggil").tap()
            page.wait_for_url("**bagian=panggil*", timeout=30_000)
            settle(page)
            cards = page.locator("[class*=st-key-narrow-summon]")
            cards.get_by_role("link", name="Buka koperasi").first.tap()
        page.wait_for_url("**/koperasi?*", timeout=30_000)
        settle(page)
        assert len(page.context.pages) == 1
        expect(page.get_by_text("Mengapa:")).to_be_visible()  # the cooperative's page, its rule in words
        assert re.search(r"nik=\d{16}", page.url) and "date=2025-11-05" in page.url
        last_screen(page, "mayor", screen)


def call_from_the_first_card(page, cards_key: str, width: int) -> None:
    """On a phone: the list is cards that fit the screen; the first card calls, WhatsApps, and records
    the call in place, the cooperative already chosen, in one tap plus the form."""
    cards = page.locator(f"[class*=st-key-{cards_key}]")
    assert page.locator(f"[class*=st-key-wide-{cards_key.removeprefix('narrow-')}]").bounding_box() is None
    first = cards.locator("[data-testid=stVerticalBlock]").first
    first.scroll_into_view_if_needed()
    box = first.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, box  # the whole card on screen
    call = first.get_by_role("link", name=re.compile("Telepon"))
    assert re.fullmatch(r"tel:\+62840\d{8}", call.get_attribute("href") or "")
    whatsapp = first.get_by_role("link", name=re.compile("WhatsApp"))
    assert re.fullmatch(r"https://wa\.me/62840\d{8}", whatsapp.get_attribute("href") or "")
    name = first.locator("strong").first.inner_text()
    first.get_by_role("button", name=re.compile("Catat kontak")).tap()
    settle(page)
    form = cards.locator("[data-testid=stForm]")
    expect(form).to_have_count(1)
    form.get_by_role("button", name="Simpan kontak").tap()
    saved = cards.get_by_text(re.compile("^Tersimpan: "))
    expect(saved).to_be_visible()
    assert name in saved.inner_text()
    expect(cards.locator("[data-testid=stForm]")).to_have_count(0)  # the form closed after the save


@pytest.mark.parametrize("screen", SCREENS)
def test_an_official_walks_the_meeting_and_takes_the_brief(app_url, screen):
    width, height = SCREENS[screen]
    with chromium_page(width, height) as page:
        open_and_wait(page, app_url + "/?date=2025-11-05")
        page.get_by_text("Mode rapat", exact=False).first.click()
        page.wait_for_url("**/rapat?*", timeout=30_000)
        settle(page)
        assert len(page.context.pages) == 1, "presentation mode opens in the same tab"
        back = page.get_by_role("button", name="◀ Sebelumnya")
        forward = page.get_by_role("button", name="Berikutnya ▶")
        expect(back).to_be_disabled()
        expect(page.get_by_text("Data demo: sintetis")).to_be_visible()
        titles = [page.locator("h1").first.inner_text()]
        while forward.is_enabled():
            forward.click()
            settle(page)
            titles.append(page.locator("h1").first.inner_text())
            expect(back).to_be_enabled()  # from slide 2 on, there is a way back
        assert titles[0] == "Koperasi di 5 wilayah" and len(titles) == 7
        assert titles[-1] == "Koperasi Merah Putih di Kota Serang"
        expect(page.get_by_role("heading", name=re.compile("^5 dari 67"))).to_be_visible()
        page.get_by_text("Keluar dari mode rapat").click()
        settle(page)
        assert len(page.context.pages) == 1 and "mode=rapat" not in page.url
        expect(page.get_by_role("heading", name="Ringkasan status koperasi")).to_be_visible()
        opens_on_a_shortlist(page, app_url, screen)
        # The brief of Kabupaten Serang, from its page.
        open_and_wait(page, app_url + "/wilayah?region=36.04&date=2021-07-18")
        expect(page.locator(KPI_VALUE).first).to_have_text("819")
        with page.expect_download(timeout=90_000) as download:
            page.get_by_role("button", name="Unduh ringkasan rapat (HTML)").click()
        text = open(download.value.path(), encoding="utf-8").read()
        assert "Ringkasan rapat: Kabupaten Serang" in text and "819" in text and "612" in text
        last_screen(page, "official", screen)


def opens_on_a_shortlist(page, app_url: str, screen: str) -> None:
    """Kabupaten Serang at 31 December: the rule flags 737 cooperatives (no one has held the RAT of the
    year just closed), and the early-warning page opens on the 20 most at risk, each with its reason."""
    open_and_wait(page, app_url + "/pantauan?region=36.04&date=2025-12-31")
    expect(page.get_by_text(re.compile("^Ditampilkan 20 dari 737 yang paling mendesak"))).to_be_visible()
    expect(page.get_by_text("Tampilkan semua (737)")).to_be_visible()
    if screen == "desktop":
        grid = page.locator("[class*=st-key-wide-calls] [data-testid=stDataFrame]")
        expect(grid).to_be_visible()
        expect(grid.locator("[role=grid]")).to_have_attribute("aria-rowcount", "21")  # a header and 20
        expect(page.locator("[class*=st-key-narrow-calls]")).to_be_hidden()
    else:
        cards = page.locator("[class*=st-key-narrow-calls]")
        expect(cards.get_by_role("button", name=re.compile("Catat kontak"))).to_have_count(20)
        first = cards.locator("[data-testid=stVerticalBlock]").first
        expect(first).to_contain_text("bila RAT tahun buku 2025 tidak dilaksanakan")  # if nothing is done
        # and why it comes first: its own history
        expect(first).to_contain_text(re.compile(r"RAT terlambat atau terlewat pada \d+ pemutakhiran"))


@pytest.mark.parametrize("screen", SCREENS)
def test_an_analyst_compares_four_regions(app_url, screen):
    width, height = SCREENS[screen]
    four = "36.04,33.14,36.73,33.72"
    with chromium_page(width, height) as page:
        open_and_wait(page, app_url + f"/banding?regions={four}&date=2025-11-05")
        table = page.locator(TEXT_TABLE).first
        expect(table.locator("tr")).to_have_count(5)  # a header and four regions, once drawn
        header = table.locator("th").all_inner_texts()
        rows = [row.locator("td").all_inner_texts() for row in table.locator("tr").all()]
        rows = [row for row in rows if row]  # the header row has th cells only
        assert len(rows) == 4
        column = {name.strip(): i for i, name in enumerate(header)}
        parts = ("Aktif", "Kurang aktif", "Tidak aktif", "Belum beroperasi")
        for row in rows:  # every cooperative is in exactly one status: the counts add up to the registry
            number = {name: int(row[column[name]].replace(".", "")) for name in (*parts, "Terdaftar")}
            assert sum(number[name] for name in parts) == number["Terdaftar"], row
        with page.expect_download(timeout=90_000) as download:
            page.get_by_role("button", name="Unduh Excel").first.click()
        sheet = openpyxl.load_workbook(io.BytesIO(open(download.value.path(), "rb").read())).active
        registered = [row[column["Terdaftar"]] for row in sheet.iter_rows(min_row=2, values_only=True)]
        shown = [int(row[column["Terdaftar"]].replace(".", "")) for row in rows]
        assert registered == shown and all(isinstance(value, int) for value in registered)
        last_screen(page, "analyst", screen)


@pytest.mark.parametrize("screen", SCREENS)
def test_the_map_draws_offline_writes_each_village_value_and_a_tap_drills(app_url, screen):
    width, height = SCREENS[screen]
    with chromium_page(width, height) as page:
        elsewhere = []
        page.on(
            "request",
            lambda request: elsewhere.append(request.url) if not request.url.startswith(app_url) else None,
        )
        open_and_wait(page, app_url + "/peta?region=36.73&date=2025-11-05")
        chart = page.locator("[data-testid=stPlotlyChart]").first
        chart.scroll_into_view_if_needed()
        # Two colour bands (both light: one trace of dark letters), the labels, the clickable centres.
        expect(chart.locator(".scatterlayer .trace")).to_have_count(4)
        expect(chart.locator(".textpoint", has_text="Kasemen")).to_have_count(1)
        assert elsewhere == [], "the map needs no network"
        press(page, chart.locator(".scatterlayer .trace").last.locator(".point").first, width)
        page.wait_for_url("**/wilayah?*kecamatan=*", timeout=30_000)
        settle(page)
        expect(page.get_by_text("Status per desa/kelurahan di Kecamatan")).to_be_visible()
        # The mayor's question: which kelurahan of Kasemen has cooperatives not yet operating.
        open_and_wait(
            page, app_url + "/peta?region=36.73&date=2025-11-05&tingkat=kelurahan&kecamatan=Kasemen"
        )
        chart = page.locator("[data-testid=stPlotlyChart]").first
        chart.scroll_into_view_if_needed()
        expect(chart.locator(".legendtitletext")).to_have_text("% aktif")
        title = chart.locator(".legendtitletext").bounding_box()
        assert title and title["x"] >= 0 and title["x"] + title["width"] <= width  # whole on a phone too
        values = chart.locator(".textpoint")
        assert values.count() == 10  # each of Kasemen's ten villages, its value written on it
        for text in values.all_text_contents():
            assert re.search(r"\d+(,\d)?%$", text.strip()), text
        press(page, chart.locator(".scatterlayer .trace").last.locator(".point").first, width)
        page.wait_for_url("**/wilayah?*desa=*", timeout=30_000)
        settle(page)
        assert "kecamatan=Kasemen" in page.url
        last_screen(page, "map", screen)
