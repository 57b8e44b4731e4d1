"""Who may see what. Roles come from a config file (roles.toml, or the file KOPDASH_ROLES names):

  publik   aggregates only: counts, trends, comparisons; no list of cooperatives, no cooperative page
  pejabat  also the lists, call lists and cooperative pages of their own regions, with contact details
  admin    everything, everywhere, the import page and the status rules

Pure Python, no Streamlit and no files: the edge (ui/sign_in.py) reads the roles file and hands its
text to `parse_roles`; the frame asks `resolve` for the person signed in and hands the answer to every
page, which asks it before showing anything below an aggregate.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from kopdash.domain.pages import pages_of

ROLES = ("publik", "pejabat", "admin")
# The pages each role may open (names of pages/*.py, from the page registry); absent pages are left out
# of navigation.
PAGES = {role: pages_of(role) for role in ROLES}


class RolesFileError(ValueError):
    """The roles file cannot be used; the message says why, in words."""


@dataclass(frozen=True)
class Access:
    role: str
    regions: frozenset[str] | None = None  # the regions a pejabat answers for; None = every region
    user: str | None = None  # the signed-in e-mail address, if any
    local_demo: bool = False  # no sign-in configured: everyone who opens the address gets this role

    def may_open(self, page: str) -> bool:
        return page in PAGES[self.role]

    def sees_units(self, region: str | None) -> bool:
        """May see single cooperatives (lists, names, a cooperative's page) of `region`."""
        if self.role == "admin":
            return True
        return self.role == "pejabat" and region is not None and self.covers(region)

    def sees_personal(self, region: str | None) -> bool:
        """May see board names, telephone numbers and addresses of `region`'s cooperatives."""
        return self.sees_units(region)

    def covers(self, region: str) -> bool:
        return self.regions is None or region in self.regions

    def unit_regions(self, regions: list[str]) -> list[str]:
        """Of `regions`, those whose single cooperatives this person may see."""
        return [region for region in regions if self.sees_units(region)]


@dataclass(frozen=True)
class RolesConfig:
    local: Access  # local demo mode (no sign-in configured)
    not_signed_in: Access  # sign-in configured, nobody signed in yet
    signed_in: Access  # signed in, but not listed
    users: dict[str, Access]  # lower-case e-mail -> access


def _access(entry: dict, where: str, user: str | None = None, local_demo: bool = False) -> Access:
    role = entry.get("role", "publik")
    if role not in ROLES:
        raise RolesFileError(f"{where}: peran {role!r} tidak dikenal (yang ada: {', '.join(ROLES)})")
    regions = entry.get("regions")
    if regions is not None and not (isinstance(regions, list) and all(isinstance(r, str) for r in regions)):
        raise RolesFileError(f'{where}: regions harus daftar kode wilayah, misalnya ["36.04"]')
    if role == "pejabat" and not regions:
        raise RolesFileError(f"{where}: peran pejabat perlu daftar regions (wilayah yang menjadi tugasnya)")
    return Access(role, frozenset(regions) if regions else None, user, local_demo)


def parse_roles(text: str) -> RolesConfig:
    """Read a roles file's text; raise RolesFileError naming the entry that is wrong."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RolesFileError(f"roles.toml tidak terbaca: {error}") from error
    users = {}
    for number, entry in enumerate(data.get("users", []), start=1):
        email = str(entry.get("email", "")).strip().lower()
        if "@" not in email:
            raise RolesFileError(f"users #{number}: email kosong atau tidak sah")
        users[email] = _access(entry, f"users #{number} ({email})", user=email)
    return RolesConfig(
        local=_access(data.get("local", {"role": "admin"}), "local", local_demo=True),
        not_signed_in=_access(data.get("not_signed_in", {}), "not_signed_in"),
        signed_in=_access(data.get("signed_in", {}), "signed_in"),
        users=users,
    )


def resolve(config: RolesConfig, sign_in_configured: bool, email: str | None) -> Access:
    """The access of whoever opened the app."""
    if not sign_in_configured:
        return config.local
    if not email:
        return config.not_signed_in
    found = config.users.get(email.strip().lower())
    if found is not None:
        return found
    return Access(config.signed_in.role, config.signed_in.regions, email.strip().lower())
