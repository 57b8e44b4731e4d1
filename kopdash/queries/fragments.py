"""SQL fragments several queries share: the status order, and the office's own status read as a status."""

from __future__ import annotations

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
