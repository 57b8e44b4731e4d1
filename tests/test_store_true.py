"""The store stays true over many imports: rosters merge, a part of the registry is asked about, a file
of another region is refused, NIKs typed into Excel are read, every write is logged and can be undone,
and the bundled demo is not written by accident. Files are built here in the offices' own layouts."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import shutil

import pandas as pd
import pyarrow.parquet as pq
import pytest
from office_exports import scratch_store

from kopdash import cli
from kopdash.domain import schema
from kopdash.ingest import registry
from kopdash.ingest.office_files import ImportRefused
from kopdash.store import import_log, rollup

from conftest import ROOT, app_at, text_tables

KOTA_SERANG = "36.73"
BASE_DAY, ROSTER_DAY = dt.date(2025, 9, 5), dt.date(2025, 9, 24)
HEADERS = ["No", "NIK", "Nama Koperasi", "Kecamatan", "Kelurahan", "Tanggal Badan Hukum", "RAT Terakhir"]
HEADERS += ["Status Usaha", "Jumlah Anggota"]
DISTRICTS = ["Serang", "Kasemen", "Walantaka", "Curug", "Cipocok Jaya", "Taktakan"]


def registry_rows(count: int, first: int = 1, district: str | None = None) -> list[list[str]]:
    """Ordinary cooperatives of Kota Serang as its registry export lists them (16-digit NIKs)."""
    rows = []
    for number in range(first, first + count):
        rows.append(
            [
                str(number),
                f"3673{number:012d}",
                f"KSP Serang {number}",
                district or DISTRICTS[number % len(DISTRICTS)],
                "Cimuncang",
                "12/03/2009",
                str(2023 + number % 2),  # 2023 or 2024
                "Berjalan",
                "30",
            ]
        )
    return rows


def csv_file(path, headers, rows, title=True) -> str:
    """A ';' Windows-1252 CSV with the office's title line above the header, as Excel saves it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    if title:
        writer.writerow(["DATA KOPERASI KOTA SERANG"])
        writer.writerow([])
    writer.writerows([headers, *rows])
    path.write_bytes(buffer.getvalue().encode("cp1252"))
    return str(path)


def roster_file(path, count: int) -> str:
    """A Koperasi Merah Putih roster as the programme's desk keeps it: no founding date, no RAT yet."""
    rows = [
        [
            str(n),
            f"3673{900000000000 + n:012d}",
            f"Koperasi Merah Putih Kelurahan {n}",
            DISTRICTS[n % 6],
            f"Kel {n}",
        ]
        for n in range(1, count + 1)
    ]
    return csv_file(path, ["No", "NIK", "Nama Koperasi", "Kecamatan", "Kelurahan"], rows)


def ingest(root, file, *extra, region=KOTA_SERANG, day=BASE_DAY) -> int:
    return cli.main(
        ["ingest", file, "--region", region, "--date", day.isoformat(), "--data-dir", str(root), *extra]
    )


def snapshot(root, day, region=KOTA_SERANG) -> pd.DataFrame:
    return pq.read_table(root / schema.snapshot_path(region, day)).to_pandas()


def store_state(root) -> dict[str, str]:
    """Every file a reader sees, by content (the log and the copies for undo aside)."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
        and not str(p.relative_to(root)).startswith(("imports/log", "imports/undo", ".locks"))
        and ".journal" not in p.parts
    }


@pytest.fixture(scope="session")
def kota_serang_once(tmp_path_factory):
    """Kota Serang's store as its first import made it, once per test process (through the command and
    the isolated reader, as an office imports); tests take copies."""
    made = tmp_path_factory.mktemp("kota_serang")
    root = scratch_store(made / "store")
    assert ingest(root, csv_file(made / "registri.csv", HEADERS, registry_rows(30))) == 0
    return root


@pytest.fixture
def kota_serang(tmp_path, kota_serang_once):
    """An office store holding Kota Serang's registry of 5 September 2025: 30 ordinary cooperatives (a
    copy of the one import: each test writes its own)."""
    root = tmp_path / "store"
    shutil.copytree(kota_serang_once, root, symlinks=True)
    return root


def test_a_programme_roster_adds_its_cooperatives_and_carries_every_other(kota_serang, tmp_path, capsys):
    before = snapshot(kota_serang, BASE_DAY)
    code = ingest(
        kota_serang,
        roster_file(tmp_path / "kmp.csv", 6),
        "--programme",
        "koperasi_merah_putih",
        day=ROSTER_DAY,
    )
    said = capsys.readouterr()
    assert code == 0, said.err
    after = snapshot(kota_serang, ROSTER_DAY)
    assert len(after) == 36
    carried = after[after["programme"].isna()].set_index("nik").sort_index()
    kept = before.set_index("nik").sort_index()
    assert list(carried.index) == list(kept.index)
    for column in ("name", "district", "village", "established_on", "last_rat_year", "members"):
        assert carried[column].tolist() == kept[column].tolist(), column
    assert (after["programme"] == "koperasi_merah_putih").sum() == 6
    assert "30 koperasi lain dibawa dari pemutakhiran 5 September 2025" in said.out


def test_a_roster_again_updates_its_cooperatives_by_nik(kota_serang, tmp_path):
    roster = roster_file(tmp_path / "kmp.csv", 6)
    assert ingest(kota_serang, roster, "--programme", "koperasi_merah_putih", day=ROSTER_DAY) == 0
    renamed = (tmp_path / "kmp.csv").read_bytes().replace(b"Kelurahan 3", b"Kelurahan Tiga")
    (tmp_path / "kmp2.csv").write_bytes(renamed)
    later = ROSTER_DAY + dt.timedelta(days=30)
    assert (
        ingest(kota_serang, str(tmp_path / "kmp2.csv"), "--programme", "koperasi_merah_putih", day=later) == 0
    )
    after = snapshot(kota_serang, later)
    assert len(after) == 36 and after["nik"].is_unique
    assert "Koperasi Merah Putih Kelurahan Tiga" in set(after["name"])


def test_a_part_of_the_registry_is_refused_until_the_officer_says_which(kota_serang, tmp_path, capsys):
    part = csv_file(tmp_path / "serang.csv", HEADERS, registry_rows(5, first=100, district="Serang"))
    day = dt.date(2025, 10, 1)
    before = store_state(kota_serang)
    assert ingest(kota_serang, part, day=day) == cli.EXIT_REFUSED
    words = capsys.readouterr().err
    assert "memuat 5 koperasi; pemutakhiran 2025-09-05 memuat 30, dan 30 di antaranya" in words
    assert "--whole" in words and "--partial" in words
    assert store_state(kota_serang) == before  # nothing written, not even a quarantine

    assert ingest(kota_serang, part, "--partial", day=day) == 0
    assert len(snapshot(kota_serang, day)) == 35
    assert "30 koperasi lain dibawa dari pemutakhiran 5 September 2025" in capsys.readouterr().out


def test_a_partial_file_naming_its_kecamatan_replaces_that_kecamatan_only(kota_serang, tmp_path):
    base = snapshot(kota_serang, BASE_DAY)
    in_serang = int((base["district"] == "Serang").sum())
    part = csv_file(tmp_path / "serang.csv", HEADERS, registry_rows(2, first=100, district="Serang"))
    day = dt.date(2025, 10, 1)
    assert ingest(kota_serang, part, "--partial=Serang", day=day) == 0
    after = snapshot(kota_serang, day)
    assert (after["district"] == "Serang").sum() == 2
    assert len(after) == 30 - in_serang + 2
    assert ingest(kota_serang, part, "--partial=Serangg", day=day) == cli.EXIT_REFUSED  # a typing slip


def test_the_whole_registry_said_records_the_missing_as_no_longer_listed(kota_serang, tmp_path, capsys):
    smaller = csv_file(tmp_path / "baru.csv", HEADERS, registry_rows(10))
    day = dt.date(2025, 10, 1)
    assert ingest(kota_serang, smaller, "--whole", day=day) == 0
    assert len(snapshot(kota_serang, day)) == 10
    assert "20 koperasi pemutakhiran 5 September 2025 tidak ada dalam berkas" in capsys.readouterr().out


def test_a_first_import_and_a_complete_file_need_no_word(tmp_path):
    root = scratch_store(tmp_path / "store")
    assert ingest(root, csv_file(tmp_path / "a.csv", HEADERS, registry_rows(8))) == 0
    assert ingest(root, csv_file(tmp_path / "b.csv", HEADERS, registry_rows(9)), day=ROSTER_DAY) == 0


GIANYAR_HEADERS = [
    "no",
    "nik",
    "namaKoperasi",
    "kabupatenKota",
    "provinsi",
    "kecamatan",
    "desa",
    "tglBadanHukum",
]


def gianyar_dump(path) -> str:
    """An ODS-style database dump: camelCase headers, every row of Kabupaten Gianyar, 13-digit NIKs."""
    rows = [
        [str(n), f"5104{n:09d}", f"Koperasi Banjar {n}", "GIANYAR", "BALI", "Ubud", "Peliatan", "2010-05-02"]
        for n in range(1, 21)
    ]
    return csv_file(path, GIANYAR_HEADERS, rows, title=False)


def test_a_file_of_another_region_is_refused_naming_both(tmp_path, capsys):
    root = scratch_store(tmp_path / "store")
    before = store_state(root)
    assert ingest(root, gianyar_dump(tmp_path / "ods.csv"), region="11.01") == cli.EXIT_REFUSED
    words = capsys.readouterr().err
    assert "Kabupaten Gianyar (51.04) menurut 20 dari 20 baris" in words
    assert "Kabupaten Aceh Selatan (11.01)" in words
    assert store_state(root) == before
    assert ingest(root, str(tmp_path / "ods.csv"), region="51.04") == 0


def test_the_file_proposes_its_region_when_none_is_chosen(tmp_path):
    root = scratch_store(tmp_path / "store")
    gianyar_dump(tmp_path / "ods.csv")
    data = (tmp_path / "ods.csv").read_bytes()
    with pytest.raises(ImportRefused) as refused:
        registry.plan_import(data, "ods.csv", None, BASE_DAY, root)
    assert refused.value.code == "refused.choose_region_named"
    assert refused.value.params["named_code"] == "51.04"


def test_a_province_code_is_refused_for_a_registry(tmp_path, capsys):
    root = scratch_store(tmp_path / "store")
    file = csv_file(tmp_path / "a.csv", HEADERS, registry_rows(3))
    assert ingest(root, file, region="36") == cli.EXIT_REFUSED
    assert "kode provinsi" in capsys.readouterr().err


def test_thirteen_digit_niks_in_number_cells_of_a_workbook_are_read(tmp_path):
    import xlsxwriter

    path = tmp_path / "kmp.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Data")
    for c, header in enumerate(["No", "NIK", "Nama Koperasi", "Kecamatan", "Kelurahan"]):
        sheet.write_string(0, c, header)
    for r in range(1, 11):
        sheet.write_number(r, 0, r)
        sheet.write_number(r, 1, 3673010000000 + r)  # as Excel keeps a NIK typed without a quote
        sheet.write_string(r, 2, f"Koperasi Merah Putih {r}")
        sheet.write_string(r, 3, "Serang")
        sheet.write_string(r, 4, "Cimuncang")
    book.close()
    root = scratch_store(tmp_path / "store")
    assert ingest(root, str(path), "--programme", "koperasi_merah_putih") == 0
    niks = set(snapshot(root, BASE_DAY)["nik"])
    assert niks == {str(3673010000000 + r) for r in range(1, 11)}


def test_undo_puts_the_store_back_byte_for_byte_and_is_logged(kota_serang, tmp_path, capsys):
    before = store_state(kota_serang)
    roster = roster_file(tmp_path / "kmp.csv", 6)
    assert ingest(kota_serang, roster, "--programme", "koperasi_merah_putih", day=ROSTER_DAY) == 0
    assert store_state(kota_serang) != before
    capsys.readouterr()
    undo = ["undo", "--region", "3673", "--date", ROSTER_DAY.isoformat(), "--data-dir", str(kota_serang)]
    assert cli.main(undo) == 0
    assert "Dibatalkan: registry 36.73 2025-09-24 dari kmp.csv" in capsys.readouterr().out
    after = store_state(kota_serang)
    version = rollup.VERSION_FILE
    assert {k: v for k, v in after.items() if k != version} == {
        k: v for k, v in before.items() if k != version
    }
    assert after[version] != before[version]  # pages read the store again
    rollups = pq.read_table(kota_serang / rollup.rollup_path(KOTA_SERANG)).to_pandas()
    assert set(rollups["snapshot_date"]) == {BASE_DAY}
    assert cli.main(undo) == cli.EXIT_REFUSED  # nothing left to undo of that date
    assert "belum dibatalkan" in capsys.readouterr().err


def test_an_undo_is_refused_while_a_later_import_changed_the_same_files(kota_serang, tmp_path, capsys):
    file = csv_file(tmp_path / "b.csv", HEADERS, registry_rows(30))
    assert ingest(kota_serang, file) == 0  # the same date again: replaces the first import's files
    first = import_log.entries(kota_serang, KOTA_SERANG)[0]
    before = store_state(kota_serang)
    assert cli.main(["undo", "--entry", first["id"], "--data-dir", str(kota_serang)]) == cli.EXIT_REFUSED
    assert "diubah lagi sesudah" in capsys.readouterr().err
    assert store_state(kota_serang) == before


def test_the_log_lists_every_write_with_its_file_and_counts(kota_serang, tmp_path, capsys):
    assert (
        ingest(
            kota_serang,
            roster_file(tmp_path / "kmp.csv", 6),
            "--programme",
            "koperasi_merah_putih",
            day=ROSTER_DAY,
        )
        == 0
    )
    capsys.readouterr()
    assert cli.main(["log", "--region", "36.73", "--data-dir", str(kota_serang)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert "registri.csv" in lines[0] and "diterima 30" in lines[0] and "kopdash ingest" in lines[0]
    assert "kmp.csv" in lines[1] and "2025-09-24" in lines[1]
    entry = import_log.entries(kota_serang, KOTA_SERANG)[-1]
    assert entry["source_sha256"] == hashlib.sha256((tmp_path / "kmp.csv").read_bytes()).hexdigest()
    assert entry["scope"]["kind"] == "programme" and entry["scope"]["carried"] == 30
    assert entry["snapshot_written"] == schema.snapshot_path(KOTA_SERANG, ROSTER_DAY)


def test_a_store_without_a_log_still_opens_and_says_its_log_is_empty(tmp_path, capsys):
    from kopdash.store import Store

    root = tmp_path / "old"
    shutil.copytree(ROOT / "data", root)
    assert not (root / import_log.LOG_DIR).exists()
    assert cli.main(["log", "--data-dir", str(root)]) == 0
    assert "Log impor kosong" in capsys.readouterr().out
    assert Store(root).query("SELECT count(*) AS n FROM snapshot_totals")["n"][0] > 0


def test_the_bundled_demo_is_not_written_by_accident(tmp_path, capsys):
    demo = tmp_path / "demo"
    shutil.copytree(ROOT / "data", demo)
    assert json.loads((demo / "store.json").read_text())["kind"] == "demo"
    file = csv_file(tmp_path / "a.csv", HEADERS, registry_rows(3))
    before = store_state(demo)
    assert ingest(demo, file, day=dt.date(2026, 1, 5)) == cli.EXIT_REFUSED
    words = capsys.readouterr().err
    assert "penyimpanan demo" in words and "KOPDASH_DATA_DIR" in words and "--data-dir" in words
    assert store_state(demo) == before
    events = ["events", file, "--region", KOTA_SERANG, "--data-dir", str(demo)]
    assert cli.main(events) == cli.EXIT_REFUSED
    assert ingest(demo, file, "--into-demo", "--partial", day=dt.date(2026, 1, 5)) == 0


def test_events_and_published_figures_are_logged_and_can_be_undone(kota_serang, tmp_path, capsys):
    events = tmp_path / "kegiatan.csv"
    events.write_text("NIK;Tanggal;Kegiatan\n3673000000000001;02/10/2025;Pelatihan\n", encoding="utf-8")
    assert cli.main(["events", str(events), "--region", KOTA_SERANG, "--data-dir", str(kota_serang)]) == 0
    published = tmp_path / "angka.csv"
    published.write_text(
        "region_code,as_of,metric,value,source_title,source_publisher,source_url\n"
        "36.73,2024-12-31,registered,284,Profil Koperasi,Dinas Koperasi Kota Serang,https://example.go.id\n",
        encoding="utf-8",
    )
    assert cli.main(["published", str(published), "--data-dir", str(kota_serang)]) == 0
    actions = [e["action"] for e in import_log.entries(kota_serang)]
    assert actions == ["registry", "events", "published"]
    before_published = store_state(kota_serang)
    last = import_log.entries(kota_serang)[-1]
    assert last["source_file"] == "angka.csv"
    assert cli.main(["undo", "--entry", last["id"], "--data-dir", str(kota_serang)]) == 0
    assert schema.PUBLISHED_FILE not in store_state(kota_serang)
    assert schema.PUBLISHED_FILE in before_published


# -- the import page asks the same questions ------------------------------------------------------------
def shown(elements) -> str:
    """The text of the page's messages as a reader sees it (Markdown escapes removed)."""
    return "\n".join(element.value.replace("\\", "") for element in elements)


def import_page(root, monkeypatch, file_name, data):
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(root))
    app = app_at("importing")
    app.file_uploader(key="import_file").set_value((file_name, data, "text/csv"))
    return app


def test_the_import_page_asks_whole_or_partial_with_the_counts_before_saving(
    kota_serang, tmp_path, monkeypatch
):
    csv_file(tmp_path / "serang.csv", HEADERS, registry_rows(5, first=100, district="Serang"))
    app = import_page(kota_serang, monkeypatch, "serang.csv", (tmp_path / "serang.csv").read_bytes())
    app.selectbox(key="import_region").set_value(KOTA_SERANG)
    app.date_input(key="import_date").set_value(dt.date(2025, 10, 1))
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    assert "memuat 5 koperasi; pemutakhiran 5 September 2025 memuat 30" in shown(app.warning)
    assert not [b for b in app.button if b.key == "import_confirm"], "no Save before the answer"
    assert not [t for t in text_tables(app) if "Pemutakhiran ini" in t], "no totals before the answer"
    app.radio(key="import_scope").set_value("partial")
    app.run()
    assert "30 koperasi lain dibawa dari pemutakhiran 5 September 2025" in shown(app.info)
    (statuses,) = [t for t in text_tables(app) if "Pemutakhiran ini" in t]
    assert sum(int(n) for n in statuses["Pemutakhiran ini"]) == 35, "the new snapshot's, carried rows too"
    app.button(key="import_confirm").click()
    app.run()
    assert any("35 koperasi" in s.value for s in app.success)
    assert len(snapshot(kota_serang, dt.date(2025, 10, 1))) == 35
    written = (kota_serang / schema.snapshot_path(KOTA_SERANG, dt.date(2025, 10, 1))).stat().st_mtime_ns
    app.run()  # the page as it stands after saving: a second click must not save the same file again
    assert app.button(key="import_confirm").disabled and "sudah disimpan" in shown(app.info)
    assert (
        kota_serang / schema.snapshot_path(KOTA_SERANG, dt.date(2025, 10, 1))
    ).stat().st_mtime_ns == written


def test_the_import_page_proposes_the_region_the_file_names(kota_serang, tmp_path, monkeypatch):
    gianyar_dump(tmp_path / "ods.csv")
    app = import_page(kota_serang, monkeypatch, "ods.csv", (tmp_path / "ods.csv").read_bytes())
    app.run()
    assert app.selectbox(key="import_region").value is None, "no region is guessed"
    assert "berkas menyebut Kabupaten Gianyar (51.04)" in shown(app.error)
    app.selectbox(key="import_region").set_value("11.01")
    app.run()
    assert "Kabupaten Gianyar (51.04) menurut 20 dari 20 baris" in shown(app.error)
    app.button(key="import_use_region").click()
    app.run()
    assert app.selectbox(key="import_region").value == "51.04"
    assert not app.error and app.button(key="import_confirm")


def test_an_admin_undoes_an_import_on_the_page_after_confirming(kota_serang, tmp_path, monkeypatch):
    assert (
        ingest(
            kota_serang,
            roster_file(tmp_path / "kmp.csv", 4),
            "--programme",
            "koperasi_merah_putih",
            day=ROSTER_DAY,
        )
        == 0
    )
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(kota_serang))

    app = app_at("importing")
    assert not [m for m in app.markdown if "| Berkas |" in m.value], "the log is read once its fold opens"
    app.session_state["import_log"] = True  # what a click on the fold does
    app.run()
    log = next(m.value.replace("\\", "") for m in app.markdown if "| Berkas |" in m.value)
    assert log.index("kmp.csv") < log.index("registri.csv")  # newest first
    assert "WIB" in log and "Kota Serang (36.73)" in log and "24 September 2025" in log
    assert import_log.entries(kota_serang)[0]["id"] not in log, "no raw entry ids"
    newest = import_log.entries(kota_serang)[-1]["id"]
    app.selectbox(key="undo_entry").set_value(newest)
    app.run()
    assert "pemutakhiran Kota Serang (36.73) per 24 September 2025 dihapus" in shown(app.warning)
    assert app.button(key="undo_go").disabled, "not without the confirmation"
    app.checkbox(key="undo_sure").check()
    app.run()
    app.button(key="undo_go").click()
    app.run()
    assert any("Dibatalkan" in s.value for s in app.success)
    assert not (kota_serang / schema.snapshot_path(KOTA_SERANG, ROSTER_DAY)).exists()
    assert import_log.entries(kota_serang)[-1]["action"] == "undo"


def test_the_import_pages_refuse_the_demo_store_unless_started_for_a_demo(monkeypatch):
    monkeypatch.delenv("KOPDASH_DATA_DIR", raising=False)  # the bundled demo
    for page in ("importing", "import_events"):
        app = app_at(page)
        assert "data demo (sintetis), bukan penyimpanan kantor" in shown(app.error)
        assert not app.get("file_uploader"), "nothing to upload into the demo"
    monkeypatch.setenv("KOPDASH_DEMO_WRITABLE", "1")
    assert app_at("importing").get("file_uploader")


# -- published figures as portals write them ------------------------------------------------------------
def year_table(*lines: str) -> bytes:
    return (
        "\n".join(["kodefikasi;komponendata;satuan;sumberdata;2019;2020;2023;2024", *lines]) + "\n"
    ).encode()


def test_a_zero_or_blank_year_is_not_filled_and_the_skipped_are_counted():
    from kopdash.ingest import published

    data = year_table(
        "2.17.1;Jumlah koperasi;unit;Diskumindag;0;0;284;",
        "2.17.2;Jumlah koperasi aktif;unit;Diskumindag;;0;62;70",
    )
    checked = published.read_published_file(
        data, {KOTA_SERANG}, region=KOTA_SERANG, today=dt.date(2026, 12, 3)
    )
    got = {(r.as_of.year, r.metric, r.value) for r in checked.figures.itertuples()}
    assert got == {(2023, "registered", 284), (2023, "aktif", 62), (2024, "aktif", 70)}
    assert any(
        "5 angka tahun tidak terisi (n/a, 0 atau kosong) dilewati" in line for line in checked.left_out
    )


def test_the_per_region_shape_is_read_from_its_group_rows():
    from kopdash.ingest import published

    data = year_table(
        "1;Jumlah Koperasi Aktif;;;;;;",
        "1.1;Kabupaten Pacitan;unit;Dinas Koperasi;;;310;315",
        "1.2;Kota Batu;unit;Dinas Koperasi;0;;120;",
        "2;Jumlah Koperasi;;;;;;",
        "2.1;Kabupaten Pacitan;unit;Dinas Koperasi;;;402;404",
        "2.2;Serang;unit;Dinas Koperasi;;;1;2",  # Kabupaten or Kota: named, not guessed
    )
    checked = published.read_published_file(data, set(), today=dt.date(2026, 12, 3))
    got = {(r.region_code, r.as_of.year, r.metric, r.value) for r in checked.figures.itertuples()}
    assert got == {
        ("35.01", 2023, "aktif", 310),
        ("35.01", 2024, "aktif", 315),
        ("35.79", 2023, "aktif", 120),
        ("35.01", 2023, "registered", 402),
        ("35.01", 2024, "registered", 404),
    }
    assert any("'Serang' bukan kabupaten/kota yang dikenali" in line for line in checked.left_out)
    assert {r.code for r in checked.new_regions} == {"35.01", "35.79"}


def test_a_file_that_gives_no_figure_is_refused_in_words(tmp_path, capsys):
    root = scratch_store(tmp_path / "store")
    path = tmp_path / "kosong.csv"
    path.write_bytes(year_table("2.17.1;Jumlah koperasi;unit;Diskumindag;0;0;0;0"))
    command = ["published", str(path), "--region", KOTA_SERANG, "--data-dir", str(root)]
    assert cli.main(command) == cli.EXIT_REFUSED
    assert "tidak ada angka yang dapat dipakai" in capsys.readouterr().err
    assert not (root / schema.PUBLISHED_FILE).exists()


@pytest.mark.parametrize(
    ("written", "value"),
    [("240 sekian", 240), ("300-an", 300), ("lebih dari 300", 300), ("300 lebih", 300), ("± 590", 590)],
)
def test_approximate_counts_are_flagged_never_refused(written, value):
    from kopdash.ingest import parse

    assert parse.approximate_count(written) == (value, True)
    assert parse.approximate_count("240 unit") == (240, False)


EAST_JAVA = ["35.01", "35.02", "35.03", "35.04", "35.05", "35.06", "35.07", "35.08", "35.09", "35.10"]


@pytest.fixture
def with_east_java(tmp_path):
    """The demo with an East Java portal's per-region table beside it: 10 regions without a registry,
    2019-2024, aktif and registered (120 figures)."""
    from kopdash.domain import wilayah

    root = tmp_path / "store"
    shutil.copytree(ROOT / "data", root)
    lines = []
    for group, base in (("Jumlah Koperasi Aktif", 300), ("Jumlah Koperasi", 500)):
        lines.append(f"{len(lines)};{group};;;;;;;;")
        for number, code in enumerate(EAST_JAVA):
            values = ";".join(str(base + number + year) for year in range(6))
            lines.append(f"x;{wilayah.region(code).name};unit;Dinas;{values}")
    path = tmp_path / "jatim.csv"
    header = "kodefikasi;komponendata;satuan;sumberdata;2019;2020;2021;2022;2023;2024"
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    assert cli.main(["published", str(path), "--data-dir", str(root), "--into-demo"]) == 0
    return root


def test_regions_with_published_figures_only_are_drawn_and_named(with_east_java, monkeypatch):
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(with_east_java))
    app = app_at(None, {"date": "2025-11-05", "bagian": "tren"})
    (trend,) = app.get("plotly_chart")
    traces = json.loads(trend.proto.spec)["data"]
    grey = next(d for d in traces if d.get("name") == "Angka dipublikasikan, wilayah tanpa registri")
    assert len(grey["x"]) == 10 * 6  # every region, every year, as a diamond
    assert "Kabupaten Pacitan" in {row[0] for row in grey["customdata"]}
    assert "10 wilayah hanya punya angka yang dipublikasikan" in shown(app.caption)

    banding = app_at("comparison", {"date": "2025-11-05"})
    assert "Kabupaten Pacitan" in shown(banding.info)
    banding.button_group(key="bagian").set_value("publikasi").run()
    figures = pd.read_csv(with_east_java / schema.PUBLISHED_FILE, dtype=str, keep_default_na=False)
    newest = len(figures.drop_duplicates(["region_code", "programme", "metric"]))  # 20 of East Java
    assert f"{newest} dari {len(figures)} angka" in shown(banding.caption) and len(figures) == 120 + len(
        pd.read_csv(ROOT / "data" / schema.PUBLISHED_FILE)
    )
    listed = "\n".join(m.value for m in banding.markdown) + str(
        [d.value.to_dict() for d in banding.dataframe]
    )
    assert listed.count("Kabupaten Pacitan") >= 2, "its newest aktif and registered are listed"


def test_a_snapshot_path_is_read_back_only_in_kopdashs_own_layout():
    assert schema.snapshot_of("registry/36.73/2025-09-05.parquet") == (KOTA_SERANG, BASE_DAY)
    others = ["registry/36.73/salinan.parquet", "registry/36.73/x/2025-09-05.parquet"]
    others += [
        "registry/36.73/2025-9-5.parquet",
        "quarantine/36.73/2025-09-05.parquet",
        "registry/36.73/2025-09-05.csv",
    ]
    for other in others:
        assert schema.snapshot_of(other) is None, other


def test_undo_leaves_files_of_another_tool_beside_the_snapshots_alone(kota_serang, tmp_path):
    (kota_serang / "registry" / KOTA_SERANG / "catatan.parquet").write_bytes(b"not ours")
    assert ingest(kota_serang, roster_file(tmp_path / "kmp.csv", 3), "--programme", "koperasi_merah_putih",
                  day=ROSTER_DAY) == 0  # fmt: skip
    assert (
        cli.main(
            [
                "undo",
                "--region",
                KOTA_SERANG,
                "--date",
                ROSTER_DAY.isoformat(),
                "--data-dir",
                str(kota_serang),
            ]
        )
        == 0
    )
    assert (kota_serang / "registry" / KOTA_SERANG / "catatan.parquet").read_bytes() == b"not ours"
