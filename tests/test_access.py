"""Roles: a role sees exactly what it may. The rules on their own, then the app under each role."""

from __future__ import annotations

import datetime as dt
import html

import pytest
from streamlit.testing.v1 import AppTest

from kopdash import queries
from kopdash.domain import access
from kopdash.domain.access import Access, RolesFileError, parse_roles, resolve
from kopdash.domain.early_warning import early_warning
from kopdash.reports import brief
from kopdash.store import Store

from conftest import ROOT, app_at, kopdash_command, page_script, text_tables

SERANG, TANGERANG = "36.04", "36.03"
ROLES = """
[local]
role = "{local}"
{local_regions}
[not_signed_in]
role = "publik"
[signed_in]
role = "publik"
[[users]]
email = "Kabid@Serang.example"
role = "pejabat"
regions = ["36.04"]
"""


def roles_text(local: str = "admin", regions: list[str] | None = None) -> str:
    return ROLES.format(
        local=local, local_regions=f"regions = {regions!r}".replace("'", '"') if regions else ""
    )


# -- the rules ---------------------------------------------------------------------------------------
def test_resolve_gives_local_demo_signed_out_listed_and_unlisted_people_their_roles():
    config = parse_roles(roles_text("pejabat", [SERANG]))
    local = resolve(config, sign_in_configured=False, email="anyone@example.org")
    assert (local.role, local.regions, local.local_demo) == ("pejabat", frozenset({SERANG}), True)
    assert resolve(config, True, None).role == "publik"
    listed = resolve(config, True, "kabid@serang.EXAMPLE")
    assert (listed.role, listed.regions, listed.user) == (
        "pejabat",
        frozenset({SERANG}),
        "kabid@serang.example",
    )
    stranger = resolve(config, True, "someone@else.example")
    assert (stranger.role, stranger.user, stranger.local_demo) == ("publik", "someone@else.example", False)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('[local]\nrole = "raja"', "peran 'raja' tidak dikenal"),
        ('[[users]]\nemail = "a@b.c"\nrole = "pejabat"', "perlu daftar regions"),
        ('[[users]]\nemail = "nobody"\nrole = "admin"', "email kosong atau tidak sah"),
        ('[[users]]\nemail = "a@b.c"\nrole = "pejabat"\nregions = "36.04"', "harus daftar kode wilayah"),
        ("[local\nrole=", "tidak terbaca"),
    ],
)
def test_a_broken_roles_file_is_refused_in_words(text, words):
    with pytest.raises(RolesFileError, match=words):
        parse_roles(text)


def test_what_each_role_may_see():
    public, official, admin = Access("publik"), Access("pejabat", frozenset({SERANG})), Access("admin")
    assert not public.sees_units(SERANG) and not public.sees_personal(SERANG)
    assert official.sees_units(SERANG) and official.sees_personal(SERANG)
    assert not official.sees_units(TANGERANG) and not official.sees_personal(TANGERANG)
    assert admin.sees_units(TANGERANG) and admin.sees_personal(TANGERANG)
    assert (
        not public.may_open("cooperative")
        and not public.may_open("early_warning")
        and not public.may_open("importing")
    )
    assert (
        official.may_open("cooperative")
        and official.may_open("early_warning")
        and not official.may_open("importing")
    )
    assert all(admin.may_open(page) for page in access.PAGES["admin"])
    assert access.PAGES["publik"] < access.PAGES["pejabat"] < access.PAGES["admin"]


def test_the_shipped_roles_file_is_valid():
    config = access.parse_roles((ROOT / "roles.toml").read_text(encoding="utf-8"))
    assert config.local.local_demo and config.not_signed_in.role == "publik"


# -- the app under each role -------------------------------------------------------------------------
@pytest.fixture
def as_role(tmp_path, monkeypatch):
    def use(role: str, regions: list[str] | None = None) -> None:
        path = tmp_path / "roles.toml"
        path.write_text(roles_text(role, regions), encoding="utf-8")
        monkeypatch.setenv("KOPDASH_ROLES", str(path))

    return use


def open_app(params: dict, page: str | None = None) -> AppTest:
    return app_at(page, params)


def test_public_sees_no_unit_pages_in_navigation_and_cannot_switch_to_them(as_role):
    as_role("publik")
    app = open_app({})
    assert any("Mode demo lokal" in w.value and "publik" in w.value for w in app.sidebar.warning)
    for page in ("cooperative", "early_warning", "importing"):
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            app.switch_page(page_script(page))


@pytest.mark.parametrize(
    ("page", "params"),
    [
        (page_script("region"), {"region": SERANG, "date": "2021-07-18"}),
        (
            page_script("programme"),
            {"programme": "koperasi_merah_putih", "region": "36.73", "date": "2025-11-05"},
        ),
        (
            page_script("transitions"),
            {
                "region": TANGERANG,
                "dari": "2018-03-31",
                "sampai": "2018-09-04",
                "pindah": "tidak_aktif.aktif",
            },
        ),
    ],
)
def test_public_sees_aggregates_but_no_cooperative_by_name(as_role, page, params):
    as_role("publik")
    app = open_app(params, page)
    assert any("hanya terlihat oleh" in info.value for info in app.info)
    shown = " ".join(str(t.to_dict()) for t in text_tables(app)) + " ".join(
        str(d.value.to_dict()) for d in app.dataframe
    )
    store = Store()
    region = params["region"]
    names = store.query(
        "SELECT DISTINCT name FROM unit_rows",
        units={region: [d.date() for d in queries.region_snapshots(store, region)["snapshot_date"]]},
    )["name"]
    assert not [name for name in names if name in shown], "no cooperative is named to the public"


def test_a_pejabat_sees_lists_and_cooperatives_of_their_own_region_only(as_role):
    as_role("pejabat", [SERANG])
    own = open_app({"region": SERANG, "date": "2021-07-18", "bagian": "daftar"}, page_script("region"))
    assert own.dataframe, "the cooperative list of their own region"
    other = open_app({"region": TANGERANG, "date": "2021-07-18", "bagian": "daftar"}, page_script("region"))
    assert not other.dataframe and any("hanya terlihat oleh" in i.value for i in other.info)

    store = Store()
    foreign = store.query("SELECT nik FROM unit_rows LIMIT 1", units={TANGERANG: [dt.date(2018, 9, 4)]})[
        "nik"
    ][0]
    page = open_app({"nik": foreign}, page_script("cooperative"))
    assert any("di luar wilayah tugas Anda" in w.value for w in page.warning), "refused in words"
    assert not page.get("plotly_chart"), "no timeline of a cooperative outside their regions"

    watch = open_app({}, page_script("early_warning"))
    assert watch.selectbox(key="region").options == ["Kabupaten Serang"]


def test_the_public_brief_leaves_out_the_call_list():
    store, day = Store(), dt.date(2021, 7, 18)
    full = brief.build_html(store, SERANG, day, "id")
    public = brief.build_html(store, SERANG, day, "id", with_calls=False)
    called = early_warning(queries.early_warning_candidates(store, SERANG, day), day)["name"].head(15)
    assert len(called) == 15 and all(html.escape(name) in full for name in called)
    assert not [name for name in called if html.escape(name) in public]
    assert "class='calls'" in full and "class='calls'" not in public


def test_sign_in_configured_shows_a_sign_in_button_and_the_public_view(as_role):
    as_role("admin")  # the local role must not leak into a deployment with sign-in
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.secrets["auth"] = {
        "redirect_uri": "http://localhost:8501/oauth2callback",
        "cookie_secret": "x" * 32,
        "client_id": "kopdash",
        "client_secret": "secret",
        "server_metadata_url": "http://127.0.0.1:1/.well-known/openid-configuration",
    }
    app.run()
    assert not app.exception
    assert [b.label for b in app.sidebar.button] == ["Masuk"]
    assert not app.sidebar.warning, "not local demo mode"
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        app.switch_page(page_script("importing"))


def test_a_broken_roles_file_stops_the_app_with_a_message(tmp_path, monkeypatch):
    broken = tmp_path / "roles.toml"
    broken.write_text('[local]\nrole = "raja"\n', encoding="utf-8")
    monkeypatch.setenv("KOPDASH_ROLES", str(broken))
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.run()
    assert any("berkas peran" in e.value and "raja" in e.value for e in app.error)
    assert not text_tables(app) and not app.dataframe, "nothing is shown"


def test_personal_data_never_reaches_the_logs(tmp_path, caplog, monkeypatch):
    """An import with board chairs and telephone numbers, then the call list as admin: nothing personal
    in the command's output or in any log record."""
    import logging

    import office_exports as ox

    root = ox.scratch_store(tmp_path / "store")
    export = tmp_path / "ekspor.csv"
    chair, phone, street = "Ibu Sartika Wijayakusuma", "0812-7777-1234", "Jl. Melati Rahasia 9"
    export.write_text(
        "NIK;Nama Koperasi;Kecamatan;Tanggal Badan Hukum;RAT Terakhir;Nama Ketua;No HP;Alamat\n"
        f"3603000000000001;KSP Contoh;Kec;01/01/2010;2023;{chair};{phone};{street}\n",
        encoding="utf-8",
    )
    done = kopdash_command(root, "ingest", str(export), "--region", ox.REGION, "--date", "2024-12-31")
    assert done.returncode == 0, done.stderr
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(root))
    with caplog.at_level(logging.DEBUG):
        app = open_app({"region": ox.REGION, "date": "2024-12-31"}, page_script("early_warning"))
    shown = " ".join(str(d.value.to_dict()) for d in app.dataframe)
    assert chair in shown, "the admin's call list has the chair (so the check below means something)"
    logged = done.stdout + done.stderr + caplog.text
    for personal in (chair, phone, street):
        assert personal not in logged


def test_a_nik_in_two_regions_shows_each_official_only_their_own_regions_cooperative(
    as_role, tmp_path, monkeypatch
):
    """Access is by region and NIK together: the same NIK in another region's registry is not theirs."""
    from conftest import BETA_2021, D, build_tiny_store, coop, write_rows

    root = build_tiny_store(tmp_path / "store")
    twin = {**coop("1101000000000003", D(2012, 1, 1), 2020), "name": "Koperasi Kembar Beta"}
    write_rows(root, "11.02", D(2021, 6, 30), BETA_2021 + [twin], "lima_tahun")
    monkeypatch.setenv("KOPDASH_DATA_DIR", str(root))

    as_role("pejabat", ["11.02"])
    page = open_app({"nik": "1101000000000003"}, page_script("cooperative"))
    shown = " ".join(t.value for t in page.title) + " ".join(str(t.to_dict()) for t in text_tables(page))
    assert "Koperasi Kembar Beta" in shown and "Koperasi 1101000000000003" not in shown
    assert page.query_params["region"] == "11.02"
    refused = open_app({"nik": "1101000000000003", "region": "11.01"}, page_script("cooperative"))
    assert any("di luar wilayah tugas Anda" in w.value for w in refused.warning), "refused in words"
    assert "Koperasi 1101000000000003" not in " ".join(t.value for t in refused.title)
    assert not refused.get("plotly_chart")

    as_role("admin")
    both = open_app({"nik": "1101000000000003"}, page_script("cooperative"))
    assert any("tercatat di 2 wilayah" in i.value for i in both.info)
    assert both.selectbox(key="region").options == ["Kabupaten Alpha (11.01)", "Kota <b>Beta</b> (11.02)"]
    assert "Koperasi 1101000000000003" in " ".join(t.value for t in both.title)


def test_the_mayors_summon_list_names_whom_to_call_for_those_who_may_see_it(as_role):
    as_role("pejabat", ["36.73"])
    summon_part = {
        "programme": "koperasi_merah_putih",
        "region": "36.73",
        "date": "2025-11-05",
        "bagian": "panggil",
    }
    app = open_app(summon_part, page_script("programme"))
    summon = app.dataframe[0].value
    assert len(summon) == 62 and {"Ketua pengurus", "Telepon", "Alamat"} <= set(summon.columns)
    assert summon["Ketua pengurus"].str.len().gt(0).all() and summon["Alamat"].str.startswith("Kp.").all()
    as_role("pejabat", ["36.04"])
    other = open_app(summon_part, page_script("programme"))
    assert not other.dataframe, "no names, let alone contacts, outside the official's regions"
