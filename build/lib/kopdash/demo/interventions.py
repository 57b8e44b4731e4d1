"""The demo's interventions, following the articles (synthetic cooperatives, real programmes):

- Kabupaten Tangerang, 2018: training, then a competency test for 247 cooperatives, 80% passed.
- Kabupaten Sragen, from 20 October 2022: the Bina Serasi consultation desk, face to face and online,
  with the obstacles boards bring.
- Kota Surakarta, from 2021: quarterly financial reports through the office's app.
- Kota Serang, November 2025: the mayor summons the boards of Koperasi Merah Putih not yet operating.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

D = dt.date
OBSTACLE_WEIGHTS = {  # what boards at the Bina Serasi desk name most (seed 003: management, capital, people)
    "manajemen": 0.26,
    "permodalan": 0.22,
    "sdm": 0.16,
    "pemahaman": 0.12,
    "simpanan_wajib_tidak_dibayar": 0.1,
    "pengurus_tidak_transparan": 0.08,
    "pandemi": 0.03,
    "lainnya": 0.03,
}


def _event(day, region, nik, kind, channel=None, outcome=None, obstacle=None, note=None) -> dict:
    return dict(
        event_date=day,
        region_code=region,
        nik=nik,
        kind=kind,
        channel=channel,
        outcome=outcome,
        obstacle=obstacle,
        note=note,
    )


def _on_or_before(frames: dict[dt.date, pd.DataFrame], day: dt.date) -> pd.DataFrame:
    return frames[max(d for d in frames if d <= day)]


def _listed(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[frame["status"] != "dibubarkan"].sort_values("nik")


def tangerang(frames, rng) -> list[dict]:
    start = _listed(_on_or_before(frames, D(2018, 3, 31)))
    chosen = start.iloc[rng.choice(len(start), 247, replace=False)]["nik"].sort_values().tolist()
    passed = set(rng.choice(chosen, 198, replace=False))  # 80% of 247, as the article says
    found = []
    for nik in chosen:
        trained = D(2018, 4, 2) + dt.timedelta(days=int(rng.integers(0, 60)))
        found.append(_event(trained, "36.03", nik, "pelatihan", "offline", note="pelatihan pengurus"))
        tested = trained + dt.timedelta(days=int(rng.integers(20, 90)))
        outcome = "lulus" if nik in passed else "tidak_lulus"
        found.append(_event(tested, "36.03", nik, "uji_kompetensi", "offline", outcome))
    return found


def sragen(frames, rng) -> list[dict]:
    found, day = [], D(2022, 10, 20)
    kinds, weights = list(OBSTACLE_WEIGHTS), list(OBSTACLE_WEIGHTS.values())
    while day <= D(2025, 10, 31):
        listed = _listed(_on_or_before(frames, day))
        sick = listed[listed["status"] != "aktif"]["nik"].tolist()
        for nik in rng.choice(sick, int(rng.integers(3, 9)), replace=False):
            channel = "online" if rng.random() < 0.4 else "offline"
            when = day + dt.timedelta(days=int(rng.integers(0, 28)))
            found.append(
                _event(when, "33.14", nik, "konsultasi", channel, obstacle=rng.choice(kinds, p=weights))
            )
        day = (pd.Timestamp(day) + pd.DateOffset(months=1)).date()
    return found


def surakarta(frames, rng) -> list[dict]:
    found = []
    for number, quarter_end in enumerate(pd.date_range("2021-03-31", "2025-09-30", freq="QE")):
        listed = _listed(_on_or_before(frames, quarter_end.date()))
        aktif = listed[listed["status"] == "aktif"]["nik"].tolist()
        share = min(0.25 + 0.03 * number, 0.75)  # more cooperatives report as the app settles in
        for nik in aktif:
            if rng.random() < share:
                sent = quarter_end.date() + dt.timedelta(days=int(rng.integers(5, 30)))
                found.append(_event(sent, "33.72", nik, "laporan_keuangan_triwulanan", "online"))
    return found


def kota_serang(frames, rng) -> list[dict]:
    latest = _on_or_before(frames, D(2025, 11, 5))
    idle = latest[
        (latest["programme"] == "koperasi_merah_putih") & ~latest["operating"].fillna(False).astype(bool)
    ]
    return [
        _event(D(2025, 11, 10), "36.73", nik, "pemanggilan", "offline", note="dipanggil Wali Kota")
        for nik in sorted(idle["nik"])
    ]


BUILDERS = {"36.03": tangerang, "33.14": sragen, "33.72": surakarta, "36.73": kota_serang}


def events_for(region_code: str, frames: dict[dt.date, pd.DataFrame], seed: int) -> pd.DataFrame | None:
    """The demo events of one region (None where the articles name no intervention)."""
    build = BUILDERS.get(region_code)
    if build is None:
        return None
    rng = np.random.default_rng([seed, int(region_code.replace(".", ""))])
    frame = pd.DataFrame(build(frames, rng))
    return frame.sort_values(["event_date", "nik", "kind"], kind="stable").reset_index(drop=True)
