"""Real-browser tests in Debian's Chromium: what an official sees is what the store says."""

import re

import pytest
from playwright.sync_api import expect

from kopdash.domain.pages import PAGES

from browser import (
    IDLE,
    KPI_VALUE,
    SCREENS,
    TEXT_TABLE,
    assert_no_sideways_scroll,
    chromium_page,
    last_screen,
    open_and_wait,
    require_chromium,
    streamlit_server,
)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def app_url():
    require_chromium()
    with streamlit_server() as base:
        yield base


def test_overview_on_2021_07_18_shows_serang_819_and_612(app_url):
    with chromium_page() as page:
        requests = []
        page.on("request", lambda request: requests.append(request.url))
        open_and_wait(page, app_url + "/?date=2021-07-18")
        expect(page.get_by_text("Per 18 Juli 2021")).to_be_visible()
        # The page opens on the table by region, with no chart to fetch and draw.
        row = page.locator(f"{TEXT_TABLE} tr", has_text="Kabupaten Serang")
        row.wait_for(timeout=30_000)
        cells = [c.strip() for c in row.locator("td, th").all_inner_texts()]
        assert cells[:6] == ["Kabupaten Serang", "18 Jul 2021", "819", "612", "98", "109"]
        expect(page.locator(".js-plotly-plot")).to_have_count(0)
        # The chart is a click away; charts render as SVG inside the page.
        page.get_by_role("radio", name="Grafik per wilayah").click()
        page.wait_for_url("**bagian=grafik*", timeout=30_000)
        expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible()
        expect(page.locator(".js-plotly-plot")).to_have_count(1)
        # Nothing was fetched from anywhere but this server.
        foreign = [u for u in requests if not re.match(r"^(http://127\.0\.0\.1:\d+|data:|blob:)", u)]
        assert foreign == []


def test_english_link_shows_english_and_the_same_numbers(app_url):
    with chromium_page() as page:
        open_and_wait(page, app_url + "/?date=2021-07-18&lang=en&bagian=tabel")
        expect(page.get_by_role("heading", name="Cooperative status overview")).to_be_visible()
        row = page.locator(f"{TEXT_TABLE} tr", has_text="Kabupaten Serang")
        row.wait_for(timeout=30_000)
        assert "819" in row.inner_text() and "612" in row.inner_text()


def test_a_deep_link_to_a_page_on_a_freshly_started_server_runs_inside_the_frame():
    # The first request after start-up must still get the sidebar filters and kopdash's navigation, not
    # Streamlit's legacy pages/ mode (which would list pages/*.py by file name and answer an Indonesian
    # address with "Page not found"): the patch in kopdash/ui/state.py (use_navigation_only) is pinned
    # here.
    require_chromium()
    with streamlit_server() as base, chromium_page() as page:
        open_and_wait(page, base + "/tentang?lang=en")
        expect(page.get_by_role("heading", name="About the data and the status rule")).to_be_visible()
        expect(page.get_by_text("Page not found")).to_have_count(0)
        navigation = page.locator("[data-testid=stSidebarNav] a")
        titles = [
            "Overview",
            "Region",
            "Programme",
            "Cooperative",
            "Status changes",
            "Early warning",
            "Map",
            "Interventions",
            "Comparison",
            "Import data",
            "Import events",
            "Status rules",
            "About the data",
        ]
        # A Material icon is drawn from its name in the bundled font: the link's text holds the name.
        icons = [
            page.icon.removeprefix(":material/").removesuffix(":") for page in PAGES if page.in_navigation
        ]
        expect(navigation).to_have_text([f"{icon}{title}" for icon, title in zip(icons, titles, strict=True)])
        expect(
            page.locator(f"{TEXT_TABLE} tr", has_text="Tangerang: dissolution after 5 years")
        ).to_have_count(1)
    # Every other page by its address: test_no_page_scrolls_sideways_on_a_phone opens each one.


def test_page_icons_are_drawn_from_the_bundled_font_and_nothing_leaves_the_machine(app_url):
    """The navigation's icons are Material Symbols from the font Streamlit ships (an emoji would be an empty
    box on a PC without an emoji font); the tab's icon is kopdash's own file; no request leaves loopback."""
    with chromium_page() as page:
        elsewhere = []
        page.on(
            "request", lambda r: elsewhere.append(r.url) if not r.url.startswith((app_url, "data:")) else None
        )
        for address in ("/", "/peta?region=36.73"):
            open_and_wait(page, app_url + address)
            icon = page.locator(
                "[data-testid=stSidebarNav] a[aria-current=page] [data-testid=stIconMaterial]"
            )
            expect(icon).to_have_count(1)
            assert "Material Symbols" in icon.evaluate("node => getComputedStyle(node).fontFamily")
            assert page.evaluate("document.fonts.check('24px \"Material Symbols Rounded\"')")
            favicon = page.evaluate("document.querySelector(\"link[rel='shortcut icon']\").href")
            assert favicon.startswith(app_url + "/media/"), favicon
        assert elsewhere == [], elsewhere


def test_no_page_scrolls_sideways_on_a_phone(app_url):
    """At 390 px every page, opened by its address, is that page (its link is the current one, no "Page
    not found") and fits: tables of figures scroll inside themselves, lists are cards."""
    from kopdash.present.i18n import t

    with chromium_page(*SCREENS["phone"]) as page:
        for listed in PAGES:
            open_and_wait(page, f"{app_url}/{listed.address}?region=36.04&date=2025-12-31")
            assert_no_sideways_scroll(page)
            expect(page.get_by_text("Page not found")).to_have_count(0)
            if listed.in_navigation:
                icon = listed.icon.removeprefix(":material/").removesuffix(":")
                expect(page.locator("[data-testid=stSidebarNav] a[aria-current=page]")).to_have_text(
                    f"{icon}{t(listed.title_key, 'id')}"
                )
        # The lists of cooperatives, parts a page opens on only when asked: cards that fit the screen.
        for address, cards in (
            ("wilayah?region=36.04&date=2025-12-31&bagian=daftar", "narrow-list"),
            (
                "program?programme=koperasi_merah_putih&region=36.73&date=2025-11-05&bagian=panggil",
                "narrow-summon",
            ),
        ):
            open_and_wait(page, f"{app_url}/{address}")
            assert_no_sideways_scroll(page)
            first = page.locator(f"[class*=st-key-{cards}] [data-testid=stVerticalBlock]").first
            expect(first.get_by_role("link", name=re.compile("Telepon"))).to_be_visible()
            box = first.bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= SCREENS["phone"][0], (address, box)


def test_a_direct_link_to_a_page_connects_at_once_without_asking_the_wrong_address(app_url):
    # Streamlit alone asks /wilayah/_stcore/health first, gets 404 and waits before asking the root.
    with chromium_page() as page:
        paths = []
        page.on("request", lambda request: paths.append(request.url.removeprefix(app_url)))
        open_and_wait(page, app_url + "/wilayah?region=36.73&date=2025-11-05")
        expect(page.get_by_role("heading", name="Kota Serang", exact=True)).to_be_visible()
        assert page.evaluate("window.__streamlit.BACKEND_BASE_URL") == app_url + "/"
        assert "/_stcore/health" in paths
        assert [path for path in paths if path.startswith("/wilayah/")] == []
        # The overview lives at the root, where Streamlit already connects at once: left to Streamlit.
        open_and_wait(page, app_url + "/?date=2025-11-05")
        assert page.evaluate("window.__streamlit === undefined")


def test_a_page_of_one_region_says_how_old_its_newest_snapshot_is(app_url):
    from kopdash.domain.early_warning import months_between

    months = months_between(__import__("datetime").date(2025, 12, 31), __import__("datetime").date.today())
    with chromium_page() as page:
        open_and_wait(page, app_url + "/pantauan?region=36.04")
        said = f"Pemutakhiran terbaru Kabupaten Serang: 31 Desember 2025, {months} bulan lalu"
        expect(page.get_by_text(said)).to_be_visible()


def test_a_phone_s_first_visit_gets_every_static_file_compressed(app_url):
    # Streamlit sends its static files uncompressed; serve.py compresses them (plotly.js: 4.7 MB as sent).
    with chromium_page(390, 844) as page:
        finished = []
        page.on("requestfinished", lambda request: finished.append(request))
        open_and_wait(page, app_url + "/program?programme=koperasi_merah_putih&region=36.73")
        expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible()
        page.wait_for_timeout(500)
        packed = (".woff2", ".png", ".jpg", ".webp", ".gif")  # compressed in their own format
        static = [
            r
            for r in finished
            if "/static/" in r.url and not r.url.endswith(packed) and r.sizes()["responseBodySize"] > 1024
        ]
        assert static, "the page's scripts were fetched"
        plain = [
            r.url for r in static if r.response() and r.response().headers.get("content-encoding") != "gzip"
        ]
        assert plain == [], plain
        sent = sum(r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"] for r in finished)
        assert sent < 3_000_000, f"{sent:,} bytes on a first visit (7.6 MB uncompressed)"


def test_the_server_address_script_finds_the_folder_kopdash_is_served_under():
    from kopdash.ui.serving import server_address_script

    require_chromium()
    script = server_address_script([page.address for page in PAGES]).decode()
    shell = f"<html><head>{script}</head><body></body></html>"
    with chromium_page() as page:
        page.route("http://kantor.test/**", lambda route: route.fulfill(body=shell, content_type="text/html"))
        errors, found = [], {}
        page.on("pageerror", lambda error: errors.append(str(error)))
        for path in [
            "/kopdash/wilayah",
            "/wilayah/",
            "/a/b/peta?region=36.73",
            "/kopdash/",
            "/kopdash/tidak-ada",
            "/%E0%A4%A",
        ]:
            page.goto("http://kantor.test" + path)
            found[path] = page.evaluate("window.__streamlit ? window.__streamlit.BACKEND_BASE_URL : null")
    assert found == {
        "/kopdash/wilayah": "http://kantor.test/kopdash/",
        "/wilayah/": "http://kantor.test/",
        "/a/b/peta?region=36.73": "http://kantor.test/a/b/",
        "/kopdash/": None,  # the overview, or a folder: Streamlit's own search finds it
        "/kopdash/tidak-ada": None,  # not a page of ours: left to Streamlit, which says so
        "/%E0%A4%A": None,  # a broken address: left to Streamlit as well, with no script error
    }
    assert errors == []


@pytest.mark.parametrize("screen", SCREENS)
def test_an_officer_imports_a_messy_export_in_the_browser(tmp_path, screen):
    import office_exports as ox

    require_chromium()
    root = ox.scratch_store(tmp_path / "store")
    export = tmp_path / "ekspor_tangerang.csv"
    export.write_bytes(ox.csv_bytes())
    with (
        streamlit_server(env={"KOPDASH_DATA_DIR": str(root)}) as base,
        chromium_page(*SCREENS[screen]) as page,
    ):
        dialogs = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        open_and_wait(page, base + "/impor")
        region = page.get_by_test_id("stMain").get_by_label("Wilayah", exact=True)
        region.click()
        # As an officer does with 514 regions: type the code, then take the one option left. (A click
        # into the long list as it still lays itself out was lost on a loaded CI machine.)
        region.press_sequentially("36.03")
        options = page.get_by_role("option")
        expect(options).to_have_count(1)
        choice = options.get_by_text("Kabupaten Tangerang (36.03)")
        if screen == "phone":
            choice.tap()
        else:
            choice.click()
        expect(region).to_have_value("Kabupaten Tangerang (36.03)", timeout=60_000)
        page.wait_for_selector(IDLE)
        day = page.get_by_role("spinbutton", name="day, Tanggal pemutakhiran")
        expect(day).to_be_visible(timeout=60_000)
        day.click()
        page.keyboard.type("31122024")  # day, month and year segments, each moving on to the next
        # Confirmed with Enter, as people do: our script (widgets.date_field) applies it, where Streamlit
        # would wait for a click elsewhere. The file name below carries the date the server received.
        page.keyboard.press("Enter")
        page.wait_for_timeout(500)
        page.wait_for_selector(IDLE)
        page.wait_for_selector(IDLE)
        page.locator("[data-testid=stFileUploaderDropzoneInput]").first.set_input_files(str(export))
        page.get_by_text("Baris dikarantina").first.wait_for(timeout=60_000)
        page.wait_for_selector(IDLE)
        expect(page.locator(KPI_VALUE)).to_have_text(["14", "6", "8"])
        with page.expect_download(timeout=90_000) as download_info:
            page.get_by_role("button", name="Unduh baris dikarantina (CSV)").click()
        download = download_info.value
        assert download.suggested_filename == "karantina_36.03_2024-12-31.csv"
        content = open(download.path(), encoding="utf-8-sig").read()
        assert content.startswith("Lembar;Baris;Alasan;No;Nomor Induk Koperasi") and "31/02/2009" in content
        page.get_by_role("button", name="Simpan pemutakhiran").click()
        page.get_by_text("Tersimpan").wait_for(timeout=30_000)
        assert dialogs == [], "markup in a cooperative's name never runs"
        last_screen(page, "officer", screen)
    assert (root / "registry" / "36.03" / "2024-12-31.parquet").exists()


def click_first_bar(page) -> None:
    """Click the first bar of the page's first chart where a person would: Plotly's drag layer takes it."""
    bar = page.locator(".js-plotly-plot").first.locator(".barlayer .trace").first.locator(".point").first
    bar.scroll_into_view_if_needed()
    box = bar.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def test_a_regions_button_under_the_overview_table_opens_its_region_page(app_url):
    with chromium_page(1366, 900) as page:
        open_and_wait(page, app_url + "/?date=2025-11-05&lang=en")
        main = page.locator("[data-testid=stMain]")
        main.get_by_role("radio", name="Kota Serang").click()  # the sidebar's regions field has one too
        page.wait_for_url("**/wilayah?*", timeout=30_000)
        expect(page.get_by_role("heading", name="Kota Serang")).to_be_visible()
        assert "region=36.73" in page.url and "date=2025-11-05" in page.url and "lang=en" in page.url
        expect(page.locator(KPI_VALUE).first).to_have_text("272")
        # From a table, the region page opens on its table by district, lowest share aktif first; the
        # district field above drills down, as a bar of the chart one click away does.
        by_district = page.locator(TEXT_TABLE, has_text="Not yet operating")
        lowest = by_district.locator("tbody tr").first.locator("td").first.inner_text().strip()
        expect(page.locator(".js-plotly-plot")).to_have_count(0)
        page.get_by_role("radio", name="Chart by district").click()
        page.wait_for_url("**bagian=grafik*", timeout=30_000)
        page.wait_for_selector(IDLE)
        click_first_bar(page)
        page.wait_for_url("**kecamatan=*", timeout=30_000)
        expect(page.get_by_text(f"Status by village in {lowest}")).to_be_visible()


def test_clicking_a_regions_bar_opens_its_region_page_and_the_copied_url_shows_the_same(app_url):
    with chromium_page(1366, 900) as page:
        open_and_wait(page, app_url + "/?date=2021-07-18&bagian=grafik")
        click_first_bar(page)  # the aktif part of the first bar: Kabupaten Serang, 18 Jul 2021
        page.wait_for_url("**/wilayah?*", timeout=30_000)
        expect(page.get_by_role("heading", name="Kabupaten Serang")).to_be_visible()
        page.wait_for_selector(IDLE)
        assert "region=36.04" in page.url and "date=2021-07-18" in page.url
        values = page.locator(KPI_VALUE)
        expect(values.first).to_have_text("819")
        # From a chart, the region page opens on its own chart (the part's name is the same).
        assert "bagian=grafik" in page.url
        # Drill into the first kecamatan bar (lowest share aktif), then copy the address.
        click_first_bar(page)
        page.wait_for_url("**kecamatan=*", timeout=30_000)
        page.wait_for_selector(IDLE)
        expect(page.get_by_text("Status per desa/kelurahan di Kecamatan")).to_be_visible()
        seen = page.locator(KPI_VALUE).all_inner_texts()
        page.get_by_role("radio", name="Daftar koperasi").click()  # the list is a part of its own
        page.wait_for_url("**bagian=daftar*", timeout=30_000)
        page.wait_for_selector(IDLE)
        count = page.get_by_text(re.compile(r"^\d[\d.]* koperasi\. Klik baris")).inner_text()
        copied = page.url
    with chromium_page(1366, 900) as fresh:  # another browser, as a colleague opening the link
        open_and_wait(fresh, copied)
        expect(fresh.locator(KPI_VALUE)).to_have_text(seen)
        expect(fresh.get_by_text(re.compile(r"^\d[\d.]* koperasi\. Klik baris"))).to_have_text(count)


def test_bar_charts_are_drawn_once_with_room_for_their_labels(app_url):
    # Margins set beforehand (charts.room_for_labels): Plotly's automargin has nothing to widen, which
    # would cost a second drawing. Plotly's final margins equal the ones sent.
    with chromium_page(1920, 1080) as page:
        for address in (
            "/?date=2025-11-05&bagian=grafik",
            "/wilayah?region=33.72&date=2025-11-05&bagian=grafik",
        ):
            open_and_wait(page, app_url + address)
            page.wait_for_selector(".js-plotly-plot .main-svg")
            sizes = page.evaluate(
                """() => [...document.querySelectorAll('.js-plotly-plot')].map(g => [
                    g.layout.margin, g._fullLayout._size])"""
            )
            assert sizes, address
            for sent, drawn in sizes:
                assert [drawn[side] for side in "ltb"] == [sent[side] for side in "ltb"], address


def test_the_regions_field_shows_where_it_changes_something_and_keeps_the_choice(app_url):
    with chromium_page(1366, 900) as page:
        sidebar = page.locator("[data-testid=stSidebar]")
        field = sidebar.get_by_text("Wilayah yang ditampilkan")
        open_and_wait(page, app_url + "/banding?regions=36.04&date=2025-11-05")
        chosen = sidebar.get_by_role("button", name="Kabupaten Serang", pressed=True)
        expect(field).to_be_visible()
        expect(chosen).to_be_visible()  # the choice: its button pressed, the others not
        expect(sidebar.get_by_role("button", name="Kota Serang", pressed=False)).to_be_visible()
        # A page of one region: no regions field, and no village field before a kecamatan is open.
        sidebar.get_by_role("link", name="Wilayah").click()
        page.wait_for_url("**/wilayah?*", timeout=30_000)
        page.wait_for_selector(IDLE)
        expect(page.locator("[data-testid=stSelectbox]", has_text="Kecamatan")).to_be_visible()
        expect(field).to_have_count(0)
        expect(page.get_by_text("Desa/kelurahan", exact=True)).to_have_count(0)
        assert "regions=36.04" in page.url
        sidebar.get_by_role("link", name="Ringkasan").click()
        page.wait_for_url(re.compile(r".*/\?.*regions=36\.04.*"), timeout=30_000)
        page.wait_for_selector(IDLE)
        expect(field).to_be_visible()
        expect(chosen).to_be_visible()
        # Every button off again: every region, said in words, and the choice leaves the address.
        chosen.click()
        page.wait_for_url(lambda url: "regions=" not in url, timeout=30_000)
        expect(sidebar.get_by_text("Semua wilayah", exact=True)).to_be_visible()


# -- meeting-ready: screens, projector, brief ---------------------------------------------------------
FIT_CHECK = """() => {
    const main = document.querySelector('[data-testid=stMain]') || document.body;  // the brief has no frame
    const clipped = [];
    const texts = 'h1, h2, h3, [class*=st-key-kpi] p';
    for (const el of document.querySelectorAll(texts)) {
        if (el.scrollWidth > el.clientWidth + 1) clipped.push(el.innerText.slice(0, 40));
    }
    for (const svg of document.querySelectorAll('.js-plotly-plot .main-svg')) {
        const box = svg.getBoundingClientRect();
        for (const tick of svg.querySelectorAll('.xtick text, .ytick text, .legendtext')) {
            const r = tick.getBoundingClientRect();
            if (r.width && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1
                            || r.bottom > box.bottom + 1)) clipped.push('chart: ' + tick.textContent);
        }
    }
    return {overflow: main.scrollWidth - main.clientWidth, clipped};
}"""
FIT_ADDRESSES = [  # the overview's chart, the busiest page, and a projector screen
    "/?date=2025-11-05&bagian=grafik",
    "/wilayah?region=36.04&date=2021-07-18&bagian=grafik",
    "/?mode=rapat&slide=2&date=2025-11-05",
]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_screens_fit_without_overflow_or_clipped_labels(app_url, lang, tmp_path):
    with chromium_page(1366, 768) as page:
        for number, path in enumerate(FIT_ADDRESSES):
            page.set_viewport_size({"width": 1366, "height": 768})
            open_and_wait(page, f"{app_url}{path}&lang={lang}")
            for width, height in ((1366, 768), (1920, 1080)):  # the same screen, laptop then projector
                page.set_viewport_size({"width": width, "height": height})
                page.wait_for_timeout(400)  # charts follow the new width
                expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible()
                found = page.evaluate(FIT_CHECK)
                assert found == {"overflow": 0, "clipped": []}, (path, width, found)
                page.screenshot(path=str(tmp_path / f"{lang}_{width}_{number}.png"), full_page=True)


def test_presentation_type_is_projector_sized(app_url):
    with chromium_page(1920, 1080) as page:
        open_and_wait(page, app_url + "/?mode=rapat&slide=2&date=2025-11-05")
        # The presentation stylesheet may land a moment after the script is idle: wait for it.
        page.wait_for_function(
            "() => { const e = document.querySelector('[class*=st-key-kpi] h2');"
            " return e !== null && parseFloat(getComputedStyle(e).fontSize) >= 60; }",
            timeout=30_000,
        )
        expect(page.locator("[data-testid=stSidebar]")).to_be_hidden()
        heading = page.get_by_role("heading", name="Kabupaten Serang")
        assert float(heading.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")) >= 48


def test_the_brief_opens_offline_in_chromium_with_its_charts_and_prints_to_pdf(tmp_path):
    import datetime as dt

    from kopdash.reports import brief
    from kopdash.store import Store

    require_chromium()
    html = brief.build_html(Store(), "36.04", dt.date(2021, 7, 18), "id")
    page_file = tmp_path / "ringkasan.html"
    page_file.write_text(html, encoding="utf-8")
    with chromium_page(794, 1123) as page:  # an A4 page at 96 dpi, as printed
        page.emulate_media(media="print")
        asked = []

        def only_the_file(route):
            asked.append(route.request.url)
            return route.continue_() if route.request.url.startswith("file:") else route.abort()

        page.route("**/*", only_the_file)
        page.goto(page_file.as_uri())
        expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible()
        assert page.locator(".js-plotly-plot .barlayer .point").count() > 10  # the bars are drawn
        # Whole on A4: the dates under the trend and the numbers beside it are drawn, none cut off.
        assert page.locator(".js-plotly-plot .xtick text").count() >= 3
        assert page.locator(".js-plotly-plot .ytick text").count() >= 3
        fit = page.evaluate(FIT_CHECK)
        assert fit["clipped"] == [] and fit["overflow"] <= 0, fit
        assert [url for url in asked if not url.startswith("file:")] == []
    pdf = brief.to_pdf(html)
    assert pdf and pdf.startswith(b"%PDF") and len(pdf) > 50_000


def test_the_funnel_writes_a_stage_of_zero_beside_its_empty_bar(tmp_path):
    """Kota Serang: 67 formed, 5 operating, 0 RAT held. The last stage has no bar to write in; drawn in
    Chromium, its 0 is still on the chart beside its label."""
    from kopdash.present import programme

    figure = programme.funnel({"formed": 67, "operating": 5, "rat_held": 0}, "id")
    page_file = tmp_path / "funnel.html"
    page_file.write_text(figure.to_html(include_plotlyjs=True, full_html=True), encoding="utf-8")
    with chromium_page(640, 340) as page:
        page.goto(page_file.as_uri())
        texts = page.locator(".funnellayer .point text")
        expect(texts).to_have_count(3)
        assert [texts.nth(i).text_content() for i in range(3)] == ["67", "5", "0"]
        zero = texts.nth(2).bounding_box()
        assert zero and zero["width"] > 0 and zero["height"] > 0, "the 0 is drawn, not clipped away"
