"""Markup and script in every text field of an import stay inert text in a real browser, on every page
that shows them: region, kecamatan drill-down, cooperative, early warning, transitions."""

from __future__ import annotations

import datetime as dt

import office_exports as ox
import pytest

from kopdash.ingest import registry

from browser import chromium_page, open_and_wait, require_chromium, streamlit_server

pytestmark = pytest.mark.browser

IMG = '<img src=x onerror="window.__xss=1">'
SCRIPT = "<script>window.__xss=2</script>"
LINK = "[klik](javascript:window.__xss=3) **tebal** <b>b</b>"
FIELDS = {  # header -> hostile text (every free-text field kopdash stores verbatim)
    "Nama Koperasi": f"KSP {IMG} Maju",
    "Kecamatan": f"Kec {SCRIPT}",
    "Desa": f"Desa {LINK}",
    "Nama Ketua": f"Ketua {IMG}",
    "No HP": f"0812 {SCRIPT}",
    "Alamat": f"Jl. {LINK}",
}
HEADERS = ["NIK", *FIELDS, "Tanggal Badan Hukum", "RAT Terakhir", "Status Usaha"]
NIK = "3603000000000777"
EARLIER, LATER = dt.date(2023, 12, 31), dt.date(2024, 12, 31)


def export(rat_year: str) -> bytes:
    hostile = [NIK, *FIELDS.values(), "01/01/2010", rat_year, "Berjalan"]
    plain = [
        "3603000000000778",
        "KSP Biasa",
        "Kec Biasa",
        "Desa Biasa",
        "",
        "",
        "",
        "01/01/2011",
        "2023",
        "Ya",
    ]
    return "\n".join(";".join(row) for row in (HEADERS, hostile, plain)).encode("utf-8")


def hostile_store(root):
    ox.scratch_store(root)
    # aktif at the end of 2023 (RAT 2022 held), kurang aktif a year later (RAT 2023 missed)
    for day, rat in ((EARLIER, "2022"), (LATER, "2022")):
        plan = registry.plan_import(export(rat), "ekspor.csv", ox.REGION, day, root)
        assert len(plan.accepted) == 2, plan.quarantined
        registry.commit_import(plan, root)
    return root


def test_markup_in_every_text_field_is_shown_as_text_on_every_page(tmp_path):
    require_chromium()
    root = hostile_store(tmp_path / "store")
    where = f"region={ox.REGION}&date={LATER.isoformat()}"
    pages = {
        f"/wilayah?{where}": [FIELDS["Kecamatan"]],  # in the table by kecamatan
        f"/wilayah?{where}&bagian=grafik": [FIELDS["Kecamatan"]],  # on the chart's axis
        f"/wilayah?{where}&kecamatan=Kec%20%3Cscript%3Ewindow.__xss%3D2%3C%2Fscript%3E": [FIELDS["Desa"]],
        f"/koperasi?nik={NIK}": [FIELDS["Nama Koperasi"], FIELDS["Kecamatan"]],
        f"/pantauan?{where}": [],
        f"/perubahan?region={ox.REGION}&dari={EARLIER}&sampai={LATER}&pindah=aktif.kurang_aktif": [],
    }
    with (
        streamlit_server(env={"KOPDASH_DATA_DIR": str(root)}) as base,
        chromium_page(1366, 900) as page,
    ):
        dialogs = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        for path, texts in pages.items():
            open_and_wait(page, base + path)
            for text in texts:  # charts draw after the script is idle: wait for the text to appear
                page.wait_for_function("t => document.body.textContent.includes(t)", arg=text, timeout=30_000)
            assert page.evaluate("window.__xss") is None, f"script ran on {path}"
            assert page.locator("img[src='x']").count() == 0, f"an <img> from the data on {path}"
            assert page.locator("a[href^='javascript']").count() == 0, f"a javascript: link on {path}"
            assert not page.locator("[data-testid=stException]").count(), path
        assert dialogs == []


def test_hostile_uploads_are_answered_in_words_and_the_server_stays_up(tmp_path):
    """The hostile corpus uploaded on /impor in a real browser: each file is answered in words, the
    server answers /_stcore/health after every one, nothing already stored changes, and a file whose
    name and sheet carry Markdown shows them as text."""
    import urllib.request

    from hostile_files import corpus
    from test_ingest_commit import state

    from browser import IDLE

    require_chromium()
    root = ox.scratch_store(tmp_path / "store")
    registry.commit_import(
        registry.plan_import(ox.csv_bytes(), "lama.csv", ox.REGION, ox.SNAPSHOT, root), root
    )
    before = state(root)
    # The files built to break the reader or the server, and one that imports under a hostile name; the
    # whole corpus goes through the same reader in test_hostile_files.
    worst = ("sel_jauh.xlsx", "kolom_xfd.xlsx", "bom_zip.xlsx", "biner.csv", "bukan_excel.xlsx", "kosong.csv")
    files = {name: data for name, data, _ in corpus(full=False) if name in worst}
    files["![gambar](x.png) [tautan](javascript:alert(1)) **tebal**.csv"] = dict(
        (name, data) for name, data, _ in corpus(full=False)
    )["utf16.csv"]
    with (
        streamlit_server(env={"KOPDASH_DATA_DIR": str(root)}) as base,
        chromium_page(1366, 900) as page,
    ):
        open_and_wait(page, base + "/impor")
        answers = []
        for number, (name, data) in enumerate(files.items()):
            path = tmp_path / f"{number:02d}" / name.replace("/", "_")
            path.parent.mkdir()
            path.write_bytes(data)
            page.locator("[data-testid=stFileUploaderDropzoneInput]").first.set_input_files(str(path))
            # The answer names its file: "<name> selesai diperiksa" or "<name> tidak dapat diimpor: …".
            page.wait_for_function(
                "name => [' selesai diperiksa', ' tidak dapat diimpor'].some(t => "
                "document.querySelector('[data-testid=stMain]').innerText.includes(name + t))",
                arg=path.name,
                timeout=60_000,
            )
            page.wait_for_selector(IDLE)
            said = page.locator("[data-testid=stMain]").inner_text()
            assert "Traceback" not in said and "Error" not in said, (name, said[:400])
            assert urllib.request.urlopen(base + "/_stcore/health", timeout=10).read() == b"ok", name
            answers.append(name)
        assert answers == list(files)
        assert "![gambar](x.png) [tautan](javascript:alert(1)) **tebal**" in page.locator("body").inner_text()
        assert page.locator("img[src='x.png'], a[href^='javascript'], strong:text('tebal')").count() == 0
    assert state(root) == before, "nothing stored changed: the files were only checked, never saved"
