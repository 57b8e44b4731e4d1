"""SQL fragments several queries share: the status order, and the office's own status read as a status."""

from __future__ import annotations

from kopdash.domain.rules import DEFAULT_PROFILE
from kopdash.domain.schema import REPORTED_STATUS_MEANS, STATUSES

STATUS_ORDER = "CASE status " + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STATUSES)) + " END"


# The office's own status word read as the harmonised status it means (NULL: a word not compared), and
# whether the two disagree. Generated from schema.REPORTED_STATUS_MEANS, the one list of those words.
REPORTED_STATUS_CODE = (
    "CASE lower(trim(reported_status)) "
    + " ".join(f"WHEN '{word}' THEN '{code}'" for word, code in REPORTED_STATUS_MEANS.items())
    + " END"
)
REPORTED_STATUS_DISAGREES = f"(({REPORTED_STATUS_CODE}) IS NOT NULL AND ({REPORTED_STATUS_CODE}) <> status)"


def profile_columns(alias: str = "p", name: str = "rule_profile") -> str:
    """The rule profile a query joined in as `alias`, with the default profile where a region names none:
    `name` (its id), the three thresholds, profile_basis and whether tidak aktif needs a stopped business.
    The default comes from rules.DEFAULT_PROFILE, never from a number written here."""
    default = DEFAULT_PROFILE
    basis = default.basis.replace("'", "''")
    return (
        f"coalesce({alias}.rule_profile, '{default.rule_profile}') AS {name}, "
        f"coalesce({alias}.less_active_after, {default.less_active_after}) AS less_active_after, "
        f"coalesce({alias}.inactive_after, {default.inactive_after}) AS inactive_after, "
        f"coalesce({alias}.dissolution_after, {default.dissolution_after}) AS dissolution_after, "
        f"coalesce({alias}.basis, '{basis}') AS profile_basis, "
        f"coalesce({alias}.inactive_requires_not_operating, {str(default.inactive_requires_not_operating)})"
        " AS inactive_requires_not_operating"
    )
