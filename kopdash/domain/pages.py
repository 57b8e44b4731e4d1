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
    name: str  # the page family: the script pages/<name>.py, and the name of its modules in every layer
    title_key: str  # its title in the catalogue (present/i18n.py)
    # A Material Symbols icon: drawn with the font Streamlit ships (an emoji is an empty box on a PC with no
    # emoji font). Never the tab's icon: Streamlit would fetch that from fonts.gstatic.com (app.py sets it).
    icon: str
    roles: frozenset[str]  # who may open it
    parameters: tuple[str, ...] = ()  # the URL parameters it reads besides the frame's
    url_path: str | None = None  # its address (Indonesian, kept for shared links); None = its name
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

    @property
    def modules(self) -> tuple[str, ...]:
        """Where a family's code lives, one name in every layer (a page needs only its script and its
        words; queries and views where it has its own): the page, its queries, what it shows, its words."""
        return (
            self.script,
            f"kopdash/queries/{self.name}.py",
            f"kopdash/present/{self.name}.py",
            f"kopdash/present/words/{self.name}.py",
        )


# The table of contents: one English family name per page, the same in every layer (pages/<family>.py,
# queries/<family>.py, present/<family>.py, present/words/<family>.py), and its Indonesian address, which
# shared links keep using.
PAGES = (
    Page("overview", "nav.overview", ":material/dashboard:", PUBLIC, (), url_path="", regions_field=True),
    Page(
        "region",
        "nav.region",
        ":material/location_city:",
        PUBLIC,
        ("region", "kecamatan", "desa", "status", "sort", "q"),
        url_path="wilayah",
    ),
    Page(
        "programme", "nav.programme", ":material/flag:", PUBLIC, ("programme", "region"), url_path="program"
    ),
    Page(
        "cooperative",
        "nav.cooperative",
        ":material/storefront:",
        OFFICIALS,
        ("nik", "region"),
        url_path="koperasi",
    ),
    Page(
        "transitions",
        "nav.transitions",
        ":material/swap_horiz:",
        PUBLIC,
        ("region", "programme", "dari", "sampai", "pindah"),
        url_path="perubahan",
    ),
    Page(
        "early_warning",
        "nav.early_warning",
        ":material/notifications_active:",
        OFFICIALS,
        ("region", "kecamatan", "peringatan", "bulan"),
        url_path="pantauan",
    ),
    Page(
        "map",
        "nav.map",
        ":material/map:",
        PUBLIC,
        ("region", "ukuran", "tingkat", "kecamatan"),
        url_path="peta",
        regions_field=True,
    ),
    Page(
        "interventions",
        "nav.interventions",
        ":material/handshake:",
        PUBLIC,
        ("region", "kind"),
        url_path="intervensi",
        regions_field=True,
    ),
    Page(
        "comparison",
        "nav.comparison",
        ":material/balance:",
        PUBLIC,
        (),
        url_path="banding",
        regions_field=True,
    ),
    Page("importing", "nav.importing", ":material/upload_file:", ADMINS, url_path="impor"),
    Page("import_events", "nav.import_events", ":material/event_note:", ADMINS, url_path="impor_kegiatan"),
    Page("rules", "nav.rules", ":material/rule:", ADMINS, url_path="aturan"),
    Page("about", "nav.about", ":material/info:", PUBLIC, url_path="tentang"),
    Page(
        "meeting",
        "nav.meeting",
        ":material/co_present:",
        PUBLIC,
        ("mode", "slide"),
        url_path="rapat",
        in_navigation=False,
        regions_field=True,
    ),
)
BY_NAME = {page.name: page for page in PAGES}
BY_ADDRESS = {page.address: page for page in PAGES}


def pages_of(role: str) -> frozenset[str]:
    """The names of the pages a role may open."""
    return frozenset(page.name for page in PAGES if role in page.roles)
