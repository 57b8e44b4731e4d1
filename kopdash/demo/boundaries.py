"""Build the bundled map boundaries (kopdash/assets/boundaries/) from the SQL files of the MIT-licensed
`cahyadsn/wilayah_boundaries` repository: every kabupaten/kota, the kecamatan of the given kabupaten/kota
and their desa/kelurahan (one file per kabupaten/kota, sent only with its map), keyed by official
Kemendagri code, simplified to load fast. A maintainer's tool, run once per update:

    python -m kopdash.demo.boundaries <folder with db/kab, db/kec, db/kel> [--regions 36.04,…]

The app only reads the GeoJSON it writes (present/map.py).
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from pathlib import Path

ASSETS = Path(__file__).resolve().parents[1] / "assets" / "boundaries"
# One row of the source's INSERT: code, name, centre latitude, centre longitude, the path as JSON.
ROW = re.compile(r"\('([\d.]+)','((?:[^'\\]|\\.)*)',(-?[\d.]+),(-?[\d.]+),'(\[[^']*\])'")
DEMO_REGIONS = ("33.14", "33.72", "36.03", "36.04", "36.73")
# Degrees: ~55 m for desa, ~110 m for kecamatan, ~1.1 km for kabupaten/kota; enough for a choropleth,
# small to send.
KELURAHAN_TOLERANCE, KECAMATAN_TOLERANCE, REGION_TOLERANCE = 0.0005, 0.001, 0.01


def rows(sql: str) -> Iterator[tuple[str, str, list]]:
    """(code, name, polygons) of each row; polygons as lists of rings of (lat, lng) points."""
    for code, name, _, _, path in ROW.findall(sql):
        shape = json.loads(path)
        depth, probe = 0, shape
        while isinstance(probe, list):
            depth, probe = depth + 1, probe[0] if probe else None
        polygons = shape if depth == 4 else [shape]  # the source writes polygons and multipolygons
        yield code, name.replace("\\'", "'"), polygons


def _distance(point, start, end) -> float:
    (y, x), (y1, x1), (y2, x2) = point, start, end
    if (x1, y1) == (x2, y2):
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs((y2 - y1) * x - (x2 - x1) * y + x2 * y1 - y2 * x1) / ((y2 - y1) ** 2 + (x2 - x1) ** 2) ** 0.5


def simplify(ring: list, tolerance: float) -> list:
    """Douglas–Peucker: drop the points that lie within `tolerance` of the line they sit on."""
    if len(ring) < 4:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        first, last = stack.pop()
        farthest, index = 0.0, None
        for i in range(first + 1, last):
            gap = _distance(ring[i], ring[first], ring[last])
            if gap > farthest:
                farthest, index = gap, i
        if index is not None and farthest > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [point for point, kept in zip(ring, keep, strict=True) if kept]


def feature(code: str, name: str, polygons: list, tolerance: float) -> dict | None:
    """A GeoJSON feature ([lng, lat], 4 decimals) whose `id` is the Kemendagri code."""
    shapes = []
    for polygon in polygons:
        rings = [simplify(ring, tolerance) for ring in polygon]
        rings = [[[round(lng, 4), round(lat, 4)] for lat, lng in ring] for ring in rings if len(ring) >= 4]
        if rings:
            shapes.append(rings)
    if not shapes:
        return None
    return {
        "type": "Feature",
        "id": code,
        "properties": {"code": code, "name": name},
        "geometry": {"type": "MultiPolygon", "coordinates": shapes},
    }


def collection(features: list[dict]) -> str:
    return json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"))


def build(source: Path, regions: tuple[str, ...] = DEMO_REGIONS, out: Path = ASSETS) -> dict[str, int]:
    """Write kabupaten_kota.geojson (all), kecamatan.geojson (the kecamatan of `regions`) and
    kelurahan/<region>.geojson (the desa/kelurahan of each of `regions`); their sizes."""
    out.mkdir(parents=True, exist_ok=True)
    kecamatan = []
    for province in sorted({code[:2] for code in regions}):
        sql = (source / "db" / "kec" / f"wilayah_boundaries_kec_{province}.sql").read_text(encoding="utf-8")
        for code, name, polygons in rows(sql):
            if code[:5] in regions and (made := feature(code, name, polygons, KECAMATAN_TOLERANCE)):
                kecamatan.append(made)
    every_region = []
    for path in sorted((source / "db" / "kab").glob("wilayah_boundaries_kab_*.sql")):
        for code, name, polygons in rows(path.read_text(encoding="utf-8")):
            if made := feature(code, name, polygons, REGION_TOLERANCE):
                every_region.append(made)
    files = {"kecamatan.geojson": kecamatan, "kabupaten_kota.geojson": every_region}
    for region in regions:
        sql = source / "db" / "kel" / region[:2] / f"wilayah_boundaries_kel_{region}.sql"
        files[f"kelurahan/{region}.geojson"] = [
            made
            for code, name, polygons in rows(sql.read_text(encoding="utf-8"))
            if (made := feature(code, name, polygons, KELURAHAN_TOLERANCE))
        ]
    sizes = {}
    for name, features in files.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(collection(features), encoding="utf-8")
        sizes[name] = (out / name).stat().st_size
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("source", type=Path, help="a copy of cahyadsn/wilayah_boundaries")
    parser.add_argument("--regions", default=",".join(DEMO_REGIONS), help="kabupaten/kota whose kecamatan")
    args = parser.parse_args()
    for name, size in build(args.source, tuple(args.regions.split(","))).items():
        print(f"{name}: {size / 1024:.0f} KB")


if __name__ == "__main__":
    main()
