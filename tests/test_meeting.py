"""Meeting-ready: one language per screen, Indonesian formats, presentation mode, the meeting brief."""

import datetime as dt
import re

import pytest
from streamlit.testing.v1 import AppTest
from test_app import run_app

from kopdash.present import fmt
from kopdash.reports import brief
from kopdash.store import Store

from conftest import page_script

# Interface words of one language that must never appear on a screen in the other.
INDONESIAN_ONLY = (
    "Terdaftar",
    "Ringkasan",
    "Perubahan",
    "Unduh",
    "Sejak",
    "Per tanggal",
    "Belum beroperasi",
    "Dibanding",
    "sebelumnya",
    "Tanggal",
    "Status per",
    "Menurut",
    "Pilih",
    "Klik",
)
# (Header names an office's file uses, "Jumlah Anggota" say, are quoted as they are in both languages.)
ENGLISH_ONLY = (
    "Registered",
    "Active",
    "Download",
    "Since",
    "Status by",
    "Choose",
    "Click",
    "Previous",
    "Overview",
    "Snapshot date",
    "Share of",
)
PAGES = [
    page_script("overview"),
    page_script("region"),
    page_script("programme"),
    page_script("transitions"),
    page_script("early_warning"),
    page_script("comparison"),
    page_script("importing"),
    page_script("about"),
]


def visible_texts(app: AppTest) -> list[str]:
    texts = [
        e.value
        for kind in ("title", "header", "subheader", "caption", "info", "warning", "success")
        for e in getattr(app, kind)
    ]
    texts += [m.value for m in app.markdown]
    texts += [str(c) for frame in app.dataframe for c in frame.value.columns]
    texts += [
        w.label
        for kind in (
            "selectbox",
            "multiselect",
            "pills",
            "date_input",
            "text_input",
            "number_input",
            "button",
        )
        for w in getattr(app, kind)
    ]
    return texts


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang, foreign", [("id", ENGLISH_ONLY), ("en", INDONESIAN_ONLY)])
def test_no_screen_mixes_languages(page, lang, foreign):
    app = run_app({"lang": lang, "date": "2025-11-05", "region": "36.73"}, page=page)
    texts = visible_texts(app)
    assert texts
    mixed = [(word, text) for text in texts for word in foreign if re.search(rf"\b{word}\b", text)]
    assert mixed == []


def test_money_reads_as_officials_say_it():
    assert fmt.money(1_200_000_000) == "Rp 1,2 M"
    assert fmt.money(350_000_000) == "Rp 350 jt"
    assert fmt.money(12_500) == "Rp 12,5 rb"
    assert fmt.money(-2_500_000) == "−Rp 2,5 jt"
    assert fmt.money(1_200_000_000, "en") == "Rp 1.2 bn"


def test_presentation_mode_shows_one_screen_per_slide_without_navigation():
    app = run_app({"mode": "rapat", "date": "2025-11-05"})
    assert app.title[0].value == "Koperasi di 5 wilayah"
    assert any("Layar 1 dari 7" in m.value for m in app.markdown)
    app.button(key="slide_next").click()
    app.run()
    assert app.title[0].value == "Kabupaten Serang" and app.query_params["slide"] == "2"
    # Each button is drawn for the slide it is on: back works on slide 2, next stops at the last.
    assert not app.button(key="slide_back").disabled
    assert any("Data demo" in caption.value for caption in app.caption)
    app.button(key="slide_back").click()
    app.run()
    assert app.title[0].value == "Koperasi di 5 wilayah" and app.button(key="slide_back").disabled
    last = run_app({"mode": "rapat", "date": "2025-11-05", "slide": "6"})
    last.button(key="slide_next").click()
    last.run()
    assert last.title[0].value == "Koperasi Merah Putih di Kota Serang"
    assert last.header[0].value.startswith("5 dari 67 koperasi sudah beroperasi")
    assert last.button(key="slide_next").disabled and not last.button(key="slide_back").disabled


def test_region_page_offers_the_meeting_brief():
    app = run_app({"region": "36.04", "date": "2021-07-18"}, page=page_script("region"))
    labels = [button.label for button in app.get("download_button")]
    assert "Unduh ringkasan rapat (HTML)" in labels


@pytest.fixture(scope="module")
def brief_html():
    return brief.build_html(Store(), "36.04", dt.date(2021, 7, 18), "id")


def test_brief_has_the_date_kpis_trend_kecamatan_calls_and_the_rule(brief_html):
    assert "Ringkasan rapat: Kabupaten Serang" in brief_html
    assert "Per 18 Juli 2021; pemutakhiran registri 18 Juli 2021." in brief_html
    assert ">819 (+6)<" in brief_html and ">612 (+60)<" in brief_html
    assert "Status per kecamatan" in brief_html and ">Waringinkurung<" in brief_html
    assert "Perlu dihubungi sebelum tenggat RAT (15 teratas dari" in brief_html
    assert "Tahun jatuh tempo" in brief_html  # the status rule, in words
    assert len(brief_html) > 3_000_000 and "Plotly" in brief_html  # plotly.js travels inside the file
    assert "@page { size: A4" in brief_html


def test_brief_escapes_data_text(tmp_path):
    from conftest import build_tiny_store

    html = brief.build_html(Store(build_tiny_store(tmp_path / "s")), "11.02", dt.date(2021, 12, 31), "en")
    assert "Kota <b>Beta</b>" not in html and "Kota &lt;b&gt;Beta&lt;/b&gt;" in html


def test_the_brief_command_writes_html_and_pdf_for_a_scheduled_job(tmp_path, monkeypatch):
    from kopdash import cli

    from conftest import ROOT, kopdash_command

    data = ROOT / "data"
    html = tmp_path / "ringkasan.html"
    done = kopdash_command(data, "brief", "--region", "3604", "--date", "2021-07-18", "--out", html)
    assert done.returncode == 0, done.stderr
    assert f"Ringkasan ditulis: {html}" in done.stdout
    text = html.read_text(encoding="utf-8")
    assert "Ringkasan rapat: Kabupaten Serang" in text and ">819 (+6)<" in text
    assert "Perlu dihubungi" not in text  # names of cooperatives only when asked for
    assert str(data) not in text  # nothing about the server's folders
    # The other answers, in this process (printing a PDF is the browser test's; here it is stood in for).
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(data))
    assert cli.main(["brief", "--region", "36.04", "--date", "2001-01-01", "--out", str(html)]) == 2
    assert cli.main(["brief", "--region", "36.04", "--out", str(tmp_path / "r.docx"), "--lang", "en"]) == 2
    assert not (tmp_path / "r.docx").exists()
    printed = []
    monkeypatch.setattr(brief, "to_pdf", lambda page: printed.append(page) or b"%PDF-1.7 stand-in")
    pdf = tmp_path / "ringkasan.pdf"
    assert cli.main(["brief", "--region", "36.73", "--with-calls", "--out", str(pdf)]) == 0
    assert pdf.read_bytes() == b"%PDF-1.7 stand-in" and "Perlu dihubungi" in printed[0]
    monkeypatch.setattr(brief, "to_pdf", lambda page: None)  # no Chromium on this machine
    assert cli.main(["brief", "--region", "36.73", "--out", str(pdf)]) == 2


def test_the_brief_command_says_why_it_refuses(tmp_path, capsys, monkeypatch):
    from kopdash import cli

    from conftest import ROOT

    monkeypatch.setenv("KOPDASH_DATA_DIR", str(ROOT / "data"))
    cli.main(["brief", "--region", "36.04", "--date", "2001-01-01", "--out", str(tmp_path / "r.html")])
    assert "tidak punya pemutakhiran pada atau sebelum 2001-01-01" in capsys.readouterr().err
    cli.main(["brief", "--region", "36.04", "--out", str(tmp_path / "r.docx"), "--lang", "en"])
    assert "written as .pdf or .html" in capsys.readouterr().err


def test_the_brief_numbers_its_pages_fits_a_phone_and_says_no_rat_in_words():
    """Printed, each page says "Halaman n dari N"; on a phone it is the screen's width; a cooperative that
    never held a RAT reads "Belum RAT" in the call list, an unknown member count a dash, never a blank."""
    import re

    page = brief.build_html(Store(), "36.73", dt.date(2025, 11, 5), "id", top_calls=300)
    assert '@bottom-right { content: "Halaman " counter(page) " dari " counter(pages)' in page
    assert "<meta name='viewport' content='width=device-width, initial-scale=1'>" in page
    calls = page[page.index("<table class='calls'>") :]
    calls = calls[: calls.index("</table>")]
    rows = re.findall(r"<tr>(.*?)</tr>", calls)[1:]
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in rows]
    assert len(cells) == 218 and any(row[3] == "Belum RAT" for row in cells)
    assert all(row[3] and row[4] for row in cells), "no blank RAT or members cell"
    english = brief.build_html(Store(), "36.73", dt.date(2025, 11, 5), "en", top_calls=5)
    assert 'content: "Page " counter(page) " of " counter(pages)' in english
