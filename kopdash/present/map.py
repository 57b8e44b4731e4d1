"""The map (/peta): kecamatan or kabupaten/kota coloured by a measure, from the bundled official
boundaries (kopdash/assets/boundaries, MIT, see its README).

Drawn as filled SVG shapes on plain axes, not a Plotly geo or tile map: those fetch a world outline or
tiles from the internet (cdn.plot.ly), which an office intranet never reaches. Each area is one colour
band of the legend, and a marker at its centre carries the name, the value on hover and the click.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from kopdash.present import fmt
from kopdash.present.charts import as_text, base_layout, glyph_em
from kopdash.present.i18n import headers_of, t

BOUNDARIES = Path(__file__).resolve().parents[1] / "assets" / "boundaries"
MEASURES = (
    "pct_aktif",
    "aktif_count",
    "kurang_aktif_count",
    "tidak_aktif_count",
    "belum_beroperasi_count",
    "belum_diketahui_count",
)
NO_DATA = "#DDDDDD"
# Low to high; for % aktif low is the worry (purple), high is green: the status palette's ends.
SHARE_BANDS = (
    (0, 20, "#882255"),
    (20, 40, "#CC6677"),
    (40, 60, "#DDCC77"),
    (60, 80, "#88CCAA"),
    (80, 100.1, "#117733"),
)
COUNT_COLORS = ("#E8F1F8", "#B6D4EA", "#6699CC", "#336699", "#1B3F66")


LEVELS = ("kecamatan", "kelurahan")  # what a region's map draws: its kecamatan or its desa/kelurahan
# Each level's rows (queries.region_status_as_of, district_status, village_status): code and name columns.
AREA_COLUMNS = {
    "kabupaten_kota": ("region_code", "region_name"),
    "kecamatan": ("district_code", "district"),
    "kelurahan": ("village_code", "village"),
}
# A label is written where it fits on a phone: the map drawn 340 px wide at most (390 px screen less the
# page's margins), 500 px tall; on a wider screen the same labels sit further apart.
LABEL_ROOM_PX = (340, 500)
LABEL_FONT_PX = 11
LABEL_DARK, LABEL_LIGHT = "#111111", "#FFFFFF"


@cache
def boundaries(level: str) -> dict[str, dict]:
    """Features by official code: "kabupaten_kota" (all), "kecamatan" (the demo's regions) or
    "kelurahan/<region>" (one region's desa/kelurahan); {} when none is bundled."""
    path = BOUNDARIES / f"{level}.geojson"
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {feature["id"]: feature for feature in data["features"]}


def level_boundaries(level: str, region: str | None = None) -> dict[str, dict]:
    """The boundaries a map of `level` draws; for "kelurahan", those of `region`."""
    return boundaries(f"kelurahan/{region}" if level == "kelurahan" else level)


def _outline(feature: dict) -> tuple[list, list, float, float, float]:
    """x (longitude) and y (latitude) of every ring, rings apart by None; the centre to label, and the
    area's size (of its bounding box, in square degrees) to give the larger areas their labels first."""
    xs: list = []
    ys: list = []
    largest: list = []
    for polygon in feature["geometry"]["coordinates"]:
        for ring in polygon:
            xs += [point[0] for point in ring] + [None]
            ys += [point[1] for point in ring] + [None]
        largest = max(largest, polygon[0], key=len)
    centre_x = sum(p[0] for p in largest) / len(largest)
    centre_y = sum(p[1] for p in largest) / len(largest)
    width = max(p[0] for p in largest) - min(p[0] for p in largest)
    height = max(p[1] for p in largest) - min(p[1] for p in largest)
    return xs, ys, centre_x, centre_y, width * height


def bands(measure: str, values: pd.Series, lang: str) -> list[tuple[float, float, str, str]]:
    """(low, high, colour, legend label) of the colour bands for this measure's values."""
    if measure == "pct_aktif":
        return [
            (low, high, color, f"{fmt.number(low, lang)}–{fmt.number(min(high, 100), lang)}%")
            for low, high, color in SHARE_BANDS
        ]
    top = max(float(values.max()) if len(values) and pd.notna(values.max()) else 0, 1)
    step = max(1, -(-int(top) // len(COUNT_COLORS)))
    return [
        (
            i * step,
            (i + 1) * step,
            color,
            f"{fmt.number(i * step, lang)}–{fmt.number((i + 1) * step - 1, lang)}",
        )
        for i, color in enumerate(COUNT_COLORS)
    ]


def value_text(measure: str, value, lang: str) -> str:
    if value is None or pd.isna(value):
        return fmt.MISSING
    return fmt.percent(value, lang) if measure == "pct_aktif" else fmt.number(value, lang)


def _label_width_px(text: str) -> float:
    return max(sum(glyph_em(c) for c in line) for line in text.split("<br>")) * LABEL_FONT_PX


def place_labels(centres: list[dict], extent: tuple[float, float, float, float]) -> list[str]:
    """The text written at each centre, "" where it would overlap one already placed: larger areas
    first, "name<br>value" where it fits, else the value alone. `extent` is the map's (min x, max x,
    min y, max y) in degrees; sizes are those of a phone's screen, so a wider map only spreads them."""
    x0, x1, y0, y1 = extent
    px = min(LABEL_ROOM_PX[0] / max(x1 - x0, 1e-6), LABEL_ROOM_PX[1] / max(y1 - y0, 1e-6))
    placed: list[tuple[float, float, float, float]] = []
    written = [""] * len(centres)
    line = LABEL_FONT_PX * 1.25
    for index in sorted(range(len(centres)), key=lambda i: -centres[i]["size"]):
        c = centres[index]
        x, y = (c["x"] - x0) * px, (c["y"] - y0) * px
        for text in (f"{c['name']}<br>{c['value']}", c["value"]):
            half_w, half_h = _label_width_px(text) / 2 + 2, line * (text.count("<br>") + 1) / 2
            box = (x - half_w, x + half_w, y - half_h, y + half_h)
            if all(box[1] < b[0] or box[0] > b[1] or box[3] < b[2] or box[2] > b[3] for b in placed):
                placed.append(box)
                written[index] = text
                break
    return written


def _letters_for(fill: str) -> str:
    """The letter colour with the higher contrast on `fill` (WCAG relative luminance): white on the
    palette's dark ends, near-black on the rest, whatever colours the bands are given."""

    def channel(hex_pair: str) -> float:
        value = int(hex_pair, 16) / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(fill[i : i + 2]) for i in (1, 3, 5))
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return LABEL_LIGHT if 1.05 / (luminance + 0.05) > (luminance + 0.05) / 0.05 else LABEL_DARK


def _outline_shadow(color: str) -> str:
    return ", ".join(f"{dx}px {dy}px 0 {color}" for dx, dy in ((1, 1), (-1, -1), (1, -1), (-1, 1)))


def choropleth(
    table: pd.DataFrame,
    measure: str,
    level: str,
    lang: str,
    region: str | None = None,
    within: str | None = None,
):
    """The map of `table` (one row per area, its official code and name in the level's AREA_COLUMNS)
    coloured by `measure`, each area's name and value written on it where they fit.

    `level` is "kabupaten_kota", "kecamatan" or "kelurahan" (of `region`). Every area whose code starts
    with `within` is drawn (by default: the regions or provinces of the rows), grey where it has no
    row; rows without a boundary are left for the table beside the map. The centre markers' customdata
    is the area's code, for the click.
    """
    if measure not in MEASURES:
        raise ValueError(f"no map of {measure!r}")
    code_column, name_column = AREA_COLUMNS[level]
    shapes = level_boundaries(level, region)
    rows = table.set_index(code_column)
    wanted = [code for code in rows.index if code in shapes]
    width = {"kabupaten_kota": 2, "kecamatan": 5}.get(level, 8)
    around = {within} if within else {code[:width] for code in wanted}
    shown = [code for code in shapes if any(code.startswith(prefix) for prefix in around)]
    value_of = {code: rows.at[code, measure] for code in wanted}
    legend = bands(measure, pd.Series(list(value_of.values()), dtype="float"), lang)
    figure = go.Figure()
    centres = []
    by_band: dict[str, tuple[list, list]] = {}
    all_x: list[float] = []
    all_y: list[float] = []
    for code in shown:
        xs, ys, cx, cy, size = _outline(shapes[code])
        all_x += [x for x in xs if x is not None]
        all_y += [y for y in ys if y is not None]
        value = value_of.get(code)
        band = next(
            (b for b in legend if value is not None and pd.notna(value) and b[0] <= value < b[1]), None
        )
        if band is None and value is not None and pd.notna(value):
            band = legend[-1]
        key = band[3] if band else t("map.no_data", lang)
        bx, by = by_band.setdefault(key, ([], []))
        bx += xs
        by += ys
        if code in rows.index:  # a dot (name, value, click) for every area with figures
            name = as_text(rows.at[code, name_column])
            fill = band[2] if band else NO_DATA
            text = value_text(measure, value, lang)
            centres.append(dict(code=code, name=name, x=cx, y=cy, size=size, value=text, fill=fill))
    colors = {b[3]: b[2] for b in legend} | {t("map.no_data", lang): NO_DATA}
    for label in [b[3] for b in legend] + [t("map.no_data", lang)]:
        if label not in by_band:
            continue
        xs, ys = by_band[label]
        figure.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                fill="toself",
                fillcolor=colors[label],
                mode="lines",
                line=dict(color="#FFFFFF", width=1),
                name=label,
                hoverinfo="skip",
            )
        )
    extent = (min(all_x, default=0), max(all_x, default=1), min(all_y, default=0), max(all_y, default=1))
    written = place_labels(centres, extent)
    # Letters the colour that reads on the area's own fill, outlined crisply in the other for the part
    # of a label that reaches a neighbour of another colour (a blurred halo washed out on a phone).
    for color, halo in ((LABEL_DARK, LABEL_LIGHT), (LABEL_LIGHT, LABEL_DARK)):
        mine = [i for i, c in enumerate(centres) if _letters_for(str(c["fill"])) == color and written[i]]
        if mine:
            figure.add_trace(
                go.Scatter(
                    x=[centres[i]["x"] for i in mine],
                    y=[centres[i]["y"] for i in mine],
                    mode="text",
                    text=[written[i] for i in mine],
                    textfont=dict(size=LABEL_FONT_PX, color=color, shadow=_outline_shadow(halo)),
                    hoverinfo="skip",
                    showlegend=False,
                )
            )
    measure_label = t(f"map.measure.{measure}", lang)
    figure.add_trace(
        go.Scatter(
            x=[c["x"] for c in centres],
            y=[c["y"] for c in centres],
            mode="markers",
            # Invisible but large: a tap anywhere near an area's middle is a click on it.
            marker=dict(size=26, color="rgba(255,255,255,0.01)"),
            customdata=[c["code"] for c in centres],
            hovertext=[f"{c['name']}<br>{measure_label}: {c['value']}" for c in centres],
            hoverinfo="text",
            showlegend=False,
        )
    )
    base_layout(figure, lang, height=620, dragmode=False, margin=dict(l=4, r=4, t=4, b=4))
    figure.update_xaxes(visible=False)
    # Degrees of latitude and longitude are the same length near the equator: keep the shapes true.
    figure.update_yaxes(visible=False, scaleanchor="x", scaleratio=1)
    # The legend below the map, its title on a line of its own: whole on a phone, clear of the toolbar.
    figure.update_layout(
        legend=dict(title=dict(text=measure_label, side="top"), y=-0.01, yanchor="top"),
        plot_bgcolor="#FFFFFF",
    )
    return figure


def centre_codes(figure: go.Figure) -> list[str]:
    """The area codes in the order of the clickable centre markers (the figure's last trace)."""
    return list(figure.data[-1].customdata)


def area_table(table: pd.DataFrame, level: str, lang: str) -> pd.DataFrame:
    """The map's figures as a table (plain text): every area, also those the map cannot draw; the first
    header names the level (Kecamatan, Desa/kelurahan, Kabupaten/kota)."""
    code_column, name_column = AREA_COLUMNS[level]
    headers = [t(f"map.area.{level}", lang), *headers_of("map.columns", lang)]
    columns = [
        list(table[name_column]),
        [code if isinstance(code, str) else fmt.MISSING for code in table[code_column]],
        [fmt.number(v, lang) for v in table["registered_count"]],
        [fmt.number(v, lang) for v in table["aktif_count"]],
        [fmt.percent(v, lang) for v in table["pct_aktif"]],
        [fmt.number(v, lang) for v in table["belum_beroperasi_count"]],
        [fmt.number(v, lang) for v in table["belum_diketahui_count"]],
    ]
    if not table["belum_diketahui_count"].any():  # a column of zeros most registries never need
        headers, columns = headers[:-1], columns[:-1]
    if level == "kelurahan":  # a village's name alone is not unique within a region
        headers.insert(1, t("map.area.kecamatan", lang))
        columns.insert(1, list(table["district"]))
    return pd.DataFrame(dict(zip(headers, columns, strict=True)))
