"""The page registry: every page's script, address, title, icon, who may open it and which URL parameters
it reads. The frame (app.py) builds the navigation from it, access checks ask it, and the tests and the
bench open every page from it. Pure data: it lives in the domain because access checks need it without
Streamlit."""

from __future__ import annotations

from dataclasses import dataclass

PUBLIC = frozenset({"publik", "pejabat", "admin"})
OFFICIALS = frozenset({"pejabat", "admin"})
ADMINS = frozenset({"admin"})
FRAME_PARAMETERS = ("date", "lang", "regions")  # read by the frame, kept in the URL on every page


@dataclass(frozen=True)
class Page:
    name: str  # the script pages/<name>.py
    title_key: str  # its title in the catalogue (present/i18n.py)
    icon: str  # an emoji: Streamlit's Material icons are fetched from fonts.gstatic.com, emoji need nothing
    roles: frozenset[str]  # who may open it
    parameters: tuple[str, ...] = ()  # the URL parameters it reads besides the frame's
    url_path: str | None = None  # its address; None = its name
    in_navigation: bool = True  # presentation mode is reached by a link, not the sidebar
    # The pages that show several regions at once: only they draw the sidebar's regions field (on a page of
    # one region it would change nothing; the choice stays in the URL for the pages that read it)
    regions_field: bool = False

    @property
    def script(self) -> str:
        return f"pages/{self.name}.py"

    @property
    def address(self) -> str:
        return self.name if self.url_path is None else self.url_path


PAGES = (
    Page("ringkasan", "nav.overview", "📊", PUBLIC, (), url_path="", regions_field=True),
    Page(
        "wilayah",
        "nav.region",
        "🏙️",
        PUBLIC,
        ("region", "kecamatan", "desa", "status", "sort", "q"),
    ),
    Page("program", "nav.programme", "🚩", PUBLIC, ("programme", "region")),
    Page("koperasi", "nav.cooperative", "🏪", OFFICIALS, ("nik", "region")),
    Page(
        "perubahan",
        "nav.transitions",
        "🔄",
        PUBLIC,
        ("region", "programme", "dari", "sampai", "pindah"),
    ),
    Page(
        "pantauan",
        "nav.watch",
        "🔔",
        OFFICIALS,
        ("region", "kecamatan", "peringatan", "bulan"),
    ),
    Page("peta", "nav.map", "🗺️", PUBLIC, ("region", "ukuran"), regions_field=True),
    Page("intervensi", "nav.interventions", "🤝", PUBLIC, ("region", "kind"), regions_field=True),
    Page("banding", "nav.compare", "⚖️", PUBLIC, (), regions_field=True),
    Page("impor", "nav.import", "📥", ADMINS),
    Page("impor_kegiatan", "nav.events_import", "🗓️", ADMINS),
    Page("aturan", "nav.rules", "📏", ADMINS),
    Page("tentang", "nav.about", "ℹ️", PUBLIC),
    Page("rapat", "nav.rapat", "🖥️", PUBLIC, ("mode", "slide"), in_navigation=False, regions_field=True),
)
BY_NAME = {page.name: page for page in PAGES}
BY_ADDRESS = {page.address: page for page in PAGES}


def pages_of(role: str) -> frozenset[str]:
    """The names of the pages a role may open."""
    return frozenset(page.name for page in PAGES if role in page.roles)
