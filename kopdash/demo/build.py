"""Builds one demo region's cooperatives around its anchor (the plan in demo_regions.py).

Cooperatives first get the status the published figure says they had on the anchor date, then a RAT
history that produces exactly that status under the rule, then a simulated future: revivals, decline,
dissolution, new registrations.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from kopdash.demo import names
from kopdash.demo.regions import ProgrammeCohort, RegionPlan
from kopdash.domain.rules import RuleProfile, due_year

SEED = 20251105
D = dt.date

# Yearly health model after the anchor: chance to hold the RAT, and moves between states.
P_HOLD = {"sehat": 0.95, "lemah": 0.5, "mati": 0.03}
P_CATCH_UP = {"sehat": 0.6, "lemah": 0.3, "mati": 0.05}  # late RAT for the anchor's due year
PANDEMIC_YEARS = (2020, 2021)

SEGMENT_WEIGHTS = {  # seed 000: community cooperatives fail, employee ones are stable
    "aktif": {"masyarakat": 40, "pegawai": 30, "perusahaan": 8, "kud": 6, "kopwan": 10, "koppontren": 6},
    "kurang": {"masyarakat": 58, "pegawai": 10, "perusahaan": 4, "kud": 10, "kopwan": 11, "koppontren": 7},
    "tidak": {"masyarakat": 84, "pegawai": 2, "perusahaan": 1, "kud": 7, "kopwan": 4, "koppontren": 2},
}
KIND_WEIGHTS = {
    "masyarakat": {"simpan_pinjam": 35, "konsumen": 25, "produsen": 20, "pemasaran": 10, "jasa": 10},
    "pegawai": {"simpan_pinjam": 65, "konsumen": 35},
    "perusahaan": {"simpan_pinjam": 50, "konsumen": 50},
    "kud": {"produsen": 55, "pemasaran": 30, "jasa": 15},
    "kopwan": {"simpan_pinjam": 70, "konsumen": 30},
    "koppontren": {"konsumen": 50, "simpan_pinjam": 30, "jasa": 20},
}
MEDIAN_MEMBERS = {
    "masyarakat": 60,
    "pegawai": 160,
    "perusahaan": 220,
    "kud": 350,
    "kopwan": 45,
    "koppontren": 90,
}


@dataclass
class Coop:
    nik: str
    name: str
    district: str
    village: str | None
    established_on: D
    kind: str
    segment: str
    programme: str | None = None
    rats: dict[int, D] = field(default_factory=dict)  # fiscal year -> day the RAT was held
    reported: dict[int, bool] = field(default_factory=dict)  # fiscal year -> report reached office
    operating_changes: list[tuple[D, bool | None]] = field(default_factory=list)
    members_by_year: dict[int, int | None] = field(default_factory=dict)
    dissolved_on: D | None = None

    def set_operating(self, on: D, value: bool | None) -> None:
        if self.operating_changes and self.operating_changes[-1][1] == value:
            return
        if self.operating_changes and on <= self.operating_changes[-1][0]:
            on = self.operating_changes[-1][0] + dt.timedelta(days=1)
        self.operating_changes.append((on, value))

    def row_at(self, on: D) -> dict:
        last = max((fy for fy, held in self.rats.items() if held <= on), default=None)
        operating = None
        for changed_on, value in self.operating_changes:
            if changed_on <= on:
                operating = value
        known_years = [y for y in self.members_by_year if y <= on.year]
        return {
            "nik": self.nik,
            "name": self.name,
            "district": self.district,
            "village": self.village,
            "established_on": self.established_on,
            "kind": self.kind,
            "segment": self.segment,
            "programme": self.programme,
            "last_rat_year": last,
            "rat_reported": self.reported.get(last, False) if last is not None else False,
            "operating": operating,
            "members": self.members_by_year[max(known_years)] if known_years else None,
            "dissolved_on": self.dissolved_on if self.dissolved_on and self.dissolved_on <= on else None,
            **names.contact(self.nik, self.village),
        }


def random_date(rng: random.Random, start: D, end: D) -> D:
    return start + dt.timedelta(days=rng.randint(0, max((end - start).days, 0)))


def weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


class RegionBuilder:
    """Builds one region's cooperatives around its anchor."""

    def __init__(self, plan: RegionPlan, profile: RuleProfile):
        self.plan = plan
        self.profile = profile
        self.rng = random.Random(f"{SEED}:{plan.region_code}")
        self.anchor_on = plan.anchor.on
        self.due = due_year(self.anchor_on)
        # Deadlines fall on 30 June; anchors after it keep every yearly change before the anchor.
        assert self.anchor_on >= D(self.anchor_on.year, 7, 1), "anchor dates must be after 30 June"
        self.last_snapshot = max(plan.snapshots)
        self.villages = self._villages()
        self.district_weights = {d: self.rng.uniform(0.5, 2.0) for d in self.villages}
        self.niks: set[str] = set()
        self.names: set[str] = set()

    # -- identity ---------------------------------------------------------------------------------
    def _villages(self) -> dict[str, tuple[str, ...]]:
        made = {}
        for district, villages in self.plan.districts.items():
            if not villages:
                # Drawn even where official names replace them, so every later draw stays as it was.
                drawn = names.village_names(
                    self.rng, district, self.plan.village_style, self.rng.randint(6, 12)
                )
                villages = names.official_villages(self.plan.region_code, district, len(drawn)) or drawn
            made[district] = villages
        return made

    def _nik(self) -> str:
        prefix = self.plan.region_code.replace(".", "")
        while True:
            nik = prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(12))
            if nik not in self.niks:
                self.niks.add(nik)
                return nik

    def _unique_name(self, name: str, district: str) -> str:
        for candidate in (name, f"{name} {district}", f"{name} II", f"{name} III"):
            if candidate not in self.names:
                self.names.add(candidate)
                return candidate
        return self._unique_name(name + " Baru", district)

    def _new_coop(self, group: str, established_on: D, village: tuple[str, str] | None = None) -> Coop:
        rng = self.rng
        segment = weighted(rng, SEGMENT_WEIGHTS["tidak" if group == "candidate" else group])
        kind = weighted(rng, KIND_WEIGHTS[segment])
        if village is None:
            district = rng.choices(list(self.district_weights), list(self.district_weights.values()))[0]
            village = (district, rng.choice(self.villages[district]))
        district, village_name = village
        name = self._unique_name(names.cooperative_name(rng, kind, segment, district), district)
        coop = Coop(self._nik(), name, district, village_name, established_on, kind, segment)
        if rng.random() < 0.015:  # data quality: village left blank in the registry
            coop.village = None
        return coop

    # -- RAT history --------------------------------------------------------------------------------
    def _hold(self, coop: Coop, fiscal_year: int, held_on: D) -> None:
        coop.rats[fiscal_year] = held_on
        coop.reported[fiscal_year] = self.rng.random() < self.plan.report_rate

    def _usual_rat_date(self, fiscal_year: int) -> D:
        year = fiscal_year + 1
        if self.rng.random() < 0.85:
            return random_date(self.rng, D(year, 2, 1), D(year, 6, 30))
        return random_date(self.rng, D(year, 7, 1), D(year, 11, 30))

    def _history(self, coop: Coop, last: int, p_hold: float, skip: range = range(0)) -> None:
        for fiscal_year in range(coop.established_on.year, last):
            if fiscal_year in skip:
                continue
            factor = 0.8 if fiscal_year + 1 in PANDEMIC_YEARS else 1.0
            if self.rng.random() < p_hold * factor:
                self._hold(coop, fiscal_year, self._usual_rat_date(fiscal_year))

    def _established_before(self, year: int, min_age: int = 0) -> D:
        age = min_age + min(int(self.rng.expovariate(1 / 14)), 50)
        return random_date(self.rng, D(max(year - age, 1967), 1, 1), D(max(year - age, 1967), 12, 31))

    # -- operating, members -------------------------------------------------------------------------
    def _operating_until_anchor(self, coop: Coop, value_at_anchor: bool) -> None:
        coop.set_operating(coop.established_on, True)
        for year in range(coop.established_on.year + 1, self.anchor_on.year):
            recent = any(fy in coop.rats for fy in (year - 1, year - 2, year - 3))
            coop.set_operating(random_date(self.rng, D(year, 1, 1), D(year, 6, 30)), recent)
        start = max(D(self.anchor_on.year, 1, 1), coop.established_on)
        coop.set_operating(random_date(self.rng, start, D(self.anchor_on.year, 6, 30)), value_at_anchor)

    def _members(self, coop: Coop, growth_until_anchor: float) -> None:
        members = max(5, round(MEDIAN_MEMBERS[coop.segment] * self.rng.lognormvariate(0, 0.6)))
        for year in range(coop.established_on.year, self.anchor_on.year + 1):
            coop.members_by_year[year] = members
            members = max(3, round(members * growth_until_anchor * self.rng.uniform(0.97, 1.03)))

    # -- the future after the anchor ----------------------------------------------------------------
    def _transition(self, state: str, year: int) -> str:
        r = self.rng.random()
        if state == "sehat":
            return "lemah" if r < (0.14 if year in PANDEMIC_YEARS else 0.07) else "sehat"
        if state == "lemah":
            return "sehat" if r < 0.25 else "mati" if r < 0.40 else "lemah"
        return "lemah" if r < self.plan.revive_rate else "mati"

    def _missed_on(self, coop: Coop, on: D) -> int:
        last = max((fy for fy, held in coop.rats.items() if held <= on), default=None)
        return due_year(on) - (last if last is not None else coop.established_on.year - 1)

    def _future(self, coop: Coop, state: str, from_year: int) -> None:
        rng = self.rng
        members = coop.members_by_year.get(from_year - 1) or max(
            5, round(MEDIAN_MEMBERS[coop.segment] * rng.lognormvariate(0, 0.5))
        )
        for year in range(from_year, self.last_snapshot.year + 1):
            state = self._transition(state, year)
            fiscal_year = year - 1
            if fiscal_year >= coop.established_on.year and fiscal_year not in coop.rats:
                factor = 0.8 if year in PANDEMIC_YEARS else 1.0
                if rng.random() < P_HOLD[state] * factor:
                    self._hold(coop, fiscal_year, self._usual_rat_date(fiscal_year))
            operating = {"sehat": True, "lemah": rng.random() < 0.75, "mati": rng.random() < 0.15}[state]
            coop.set_operating(random_date(rng, D(year, 1, 1), D(year, 6, 30)), operating)
            growth = {"sehat": 1.04, "lemah": 0.99, "mati": 0.96}[state]
            members = max(3, round(members * growth * rng.uniform(0.97, 1.03)))
            coop.members_by_year[year] = members
            midyear = D(year, 7, 1)
            if (
                state == "mati"
                and self._missed_on(coop, midyear) >= self.profile.dissolution_after
                and rng.random() < self.plan.dissolve_rate
            ):
                coop.dissolved_on = random_date(rng, midyear, D(year, 12, 15))
                return

    # -- cooperatives by their status on the anchor date --------------------------------------------
    def _anchored(self, kind_of: str) -> Coop:
        rng, due, anchor_on = self.rng, self.due, self.anchor_on
        group = kind_of.split("_")[0]
        if kind_of == "aktif_new":
            coop = self._new_coop(
                "aktif", random_date(rng, D(due + 1, 1, 1), anchor_on - dt.timedelta(days=10))
            )
            coop.set_operating(coop.established_on, True)
            self._members(coop, 1.0)
            self._future(coop, "sehat", anchor_on.year + 1)
            return coop

        never_held = False
        if kind_of in ("aktif", "aktif_revived", "kurang_stopped"):
            last = due
        elif kind_of == "kurang_missed":
            last = due - 1
        else:
            low = self.profile.inactive_after if kind_of == "tidak" else self.profile.dissolution_after
            high = (
                self.profile.dissolution_after - 1
                if kind_of == "tidak" and self.plan.anchor.dissolution_candidates is not None
                else low + 10
            )
            missed = low + min(int(rng.expovariate(0.45)), high - low)
            last = due - missed
            never_held = rng.random() < 0.12

        if never_held:
            established = random_date(rng, D(last + 1, 1, 1), D(last + 1, 12, 31))
        else:
            established = self._established_before(last, min_age=4 if kind_of == "aktif_revived" else 0)
        coop = self._new_coop(group, established)

        if not never_held:
            if last == due:
                # The RAT for the due year, held on or before the anchor date (a revival: after a gap).
                start = D(due + 1, 4, 1) if kind_of == "aktif_revived" else D(due + 1, 2, 1)
                window_end = anchor_on - dt.timedelta(days=1)
                on_time_end = min(D(due + 1, 6, 30), window_end)
                held_on = (
                    random_date(rng, start, on_time_end)
                    if rng.random() < 0.92
                    else random_date(rng, D(due + 1, 7, 1), window_end)
                )
                self._hold(coop, last, held_on)
            else:
                self._hold(coop, last, self._usual_rat_date(last))
            p_hold = {"aktif": 0.92, "kurang": 0.8}.get(group, 0.65)
            gap = range(last - 3, last) if kind_of == "aktif_revived" else range(0)
            self._history(coop, last, p_hold, skip=gap)

        at_anchor = {
            "aktif": True,
            "kurang": kind_of != "kurang_stopped" and rng.random() < 0.85,
        }.get(group, rng.random() < 0.25)
        self._operating_until_anchor(coop, at_anchor)
        self._members(coop, {"aktif": 1.03, "kurang": 1.0}.get(group, 0.97))

        state = {
            "aktif": "sehat" if rng.random() < 0.88 else "lemah",
            "kurang": "lemah",
            "tidak": "mati" if rng.random() < 0.8 else "lemah",
            "candidate": "mati",
        }[group]
        if due not in coop.rats and anchor_on < D(anchor_on.year, 12, 31):
            if rng.random() < P_CATCH_UP[state]:  # a late RAT shortly after the anchor: a revival
                self._hold(
                    coop, due, random_date(rng, anchor_on + dt.timedelta(days=1), D(anchor_on.year, 12, 31))
                )
        self._future(coop, state, anchor_on.year + 1)
        return coop

    def _dissolved_before_anchor(self) -> Coop:
        rng = self.rng
        dissolved_on = random_date(rng, D(2018, 1, 15), self.anchor_on - dt.timedelta(days=30))
        last = dissolved_on.year - 3 - int(rng.expovariate(0.5))
        coop = self._new_coop("tidak", self._established_before(last))
        self._hold(coop, last, self._usual_rat_date(last))
        self._history(coop, last, 0.7)
        coop.set_operating(coop.established_on, True)
        coop.set_operating(D(last + 2, 3, 1), False)
        self._members(coop, 0.96)
        coop.dissolved_on = dissolved_on
        return coop

    def _registered_after_anchor(self) -> Coop:
        rng = self.rng
        established = random_date(rng, self.anchor_on + dt.timedelta(days=1), self.last_snapshot)
        coop = self._new_coop("aktif", established)
        if rng.random() < 0.88:
            coop.set_operating(established, True)
        else:  # registered first, opens for business some months later (belum beroperasi meanwhile)
            coop.set_operating(established, False)
            coop.set_operating(established + dt.timedelta(days=rng.randint(60, 240)), True)
        coop.members_by_year[established.year] = max(
            9, round(MEDIAN_MEMBERS[coop.segment] * rng.lognormvariate(-0.5, 0.4))
        )
        self._future(coop, "sehat" if rng.random() < 0.75 else "lemah", established.year + 1)
        return coop

    def _cohort(self, cohort: ProgrammeCohort) -> list[Coop]:
        rng = self.rng
        villages = [(d, v) for d, names in self.villages.items() for v in names]
        starters = set(rng.sample(range(len(villages)), len(cohort.operating_starts)))
        starts = iter(cohort.operating_starts)
        coops = []
        for index, (district, village) in enumerate(villages):
            established = random_date(rng, cohort.formed_from, cohort.formed_to)
            coop = Coop(
                self._nik(),
                self._unique_name(f"Koperasi Kelurahan Merah Putih {village}", district),
                district,
                village,
                established,
                "konsumen",
                "masyarakat",
                programme=cohort.programme,
            )
            coop.set_operating(established, False)
            if index in starters:
                coop.set_operating(next(starts), True)
            coop.members_by_year[established.year] = rng.randint(20, 150)
            coops.append(coop)
        return coops

    def build(self) -> list[Coop]:
        anchor, plan = self.plan.anchor, self.plan
        kurang_stopped = round(anchor.kurang_aktif * 0.15)
        candidates = anchor.dissolution_candidates or 0
        plan_kinds = (
            ["aktif_new"] * anchor.aktif_new
            + ["aktif_revived"] * plan.revived_before_anchor
            + ["aktif"] * (anchor.aktif - anchor.aktif_new - plan.revived_before_anchor)
            + ["kurang_stopped"] * kurang_stopped
            + ["kurang_missed"] * (anchor.kurang_aktif - kurang_stopped)
            + ["candidate"] * candidates
            + ["tidak"] * (anchor.tidak_aktif - candidates)
        )
        self.rng.shuffle(plan_kinds)
        coops = [self._anchored(kind_of) for kind_of in plan_kinds]
        if anchor.aktif_rat_reported is not None:
            self._fix_reported_at_anchor(coops, plan_kinds, anchor.aktif_rat_reported)
        coops += [self._dissolved_before_anchor() for _ in range(plan.dissolved_before_anchor)]
        years_after = (self.last_snapshot - self.anchor_on).days / 365.25
        coops += [
            self._registered_after_anchor() for _ in range(round(plan.new_per_year_after * years_after))
        ]
        for cohort in plan.cohorts:
            coops += self._cohort(cohort)
        for coop in coops:
            if coop.programme is None and self.rng.random() < 0.04:
                # Data quality: business status left blank once the cooperative owes RATs (the rule never
                # lowers a status with RAT evidence on an unknown business). While it owes none, its
                # business is what its status rests on, and the demo states it.
                if not any(v is False for _, v in coop.operating_changes):
                    first_due = D(coop.established_on.year + 1, 7, 1)
                    coop.operating_changes = [(coop.established_on, True), (first_due, None)]
            if self.rng.random() < 0.02:
                coop.members_by_year = {}
        return coops

    def _fix_reported_at_anchor(self, coops: list[Coop], plan_kinds: list[str], reported: int) -> None:
        pairs = zip(coops, plan_kinds, strict=True)
        aktif_with_rat = [coop for coop, kind_of in pairs if kind_of in ("aktif", "aktif_revived")]
        self.rng.shuffle(aktif_with_rat)
        for index, coop in enumerate(aktif_with_rat):
            coop.reported[self.due] = index < reported
