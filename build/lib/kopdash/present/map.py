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
from kopdash.present.charts import as_text, base_layout
from kopdash.present.i18n import headers_of, t

BOUNDARIES = Path(__file__).resolve().parents[1] / "assets" / "boundaries"
MEASURES = ("pct_aktif", "aktif_count", "kurang_aktif_count", "tidak_aktif_count", "belum_beroperasi_count")
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


@cache
def boundaries(level: str) -> dict[str, dict]:
    """Features by official code: level "kecamatan" (the demo's regions) or "kabupaten_kota" (all)."""
    data = json.loads((BOUNDARIES / f"{level}.geojson").read_text(encoding="utf-8"))
    return {feature["id"]: feature for feature in data["features"]}


def _outline(feature: dict) -> tuple[list, list, float, float]:
    """x (longitude) and y (latitude) of every ring, rings apart by None; and the centre to label."""
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
    return xs, ys, centre_x, centre_y


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


def choropleth(table: pd.DataFrame, code_column: str, name_column: str, measure: str, level: str, lang: str):
    """The map of `table` (one row per area, its official code in `code_column`) coloured by `measure`.

    Areas of the boundaries without a row are drawn grey ("no data"); rows without a boundary are left
    for the table beside the map. The centre markers' customdata is the area's code, for the click.
    """
    if measure not in MEASURES:
        raise ValueError(f"no map of {measure!r}")
    shapes = boundaries(level)
    rows = table.set_index(code_column)
    wanted = [code for code in rows.index if code in shapes]
    # The whole of each region (kecamatan) or province (kabupaten/kota) shown is drawn, grey where no data.
    width = 5 if level == "kecamatan" else 2
    around = {code[:width] for code in wanted}
    shown = [code for code in shapes if code[:width] in around]
    value_of = {code: rows.at[code, measure] for code in wanted}
    legend = bands(measure, pd.Series(list(value_of.values()), dtype="float"), lang)
    figure = go.Figure()
    centres = []
    by_band: dict[str, tuple[list, list]] = {}
    for code in shown:
        xs, ys, cx, cy = _outline(shapes[code])
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
            centres.append((code, str(rows.at[code, name_column]), cx, cy, value))
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
    measure_label = t(f"map.measure.{measure}", lang)
    hover = [
        f"{as_text(name)}<br>{measure_label}: "
        + (
            (fmt.percent(v, lang) if measure == "pct_aktif" else fmt.number(v, lang))
            if v is not None and pd.notna(v)
            else fmt.MISSING
        )
        for _, name, _, _, v in centres
    ]
    figure.add_trace(
        go.Scatter(
            x=[c[2] for c in centres],
            y=[c[3] for c in centres],
            mode="markers+text",
            text=[as_text(c[1]) for c in centres],
            textposition="top center",
            textfont=dict(size=13, color="#111111"),
            marker=dict(size=12, color="#FFFFFF", line=dict(color="#111111", width=1.5)),
            customdata=[c[0] for c in centres],
            hovertext=hover,
            hoverinfo="text",
            showlegend=False,
        )
    )
    base_layout(figure, lang, height=620, dragmode=False)
    figure.update_xaxes(visible=False)
    # Degrees of latitude and longitude are the same length near the equator: keep the shapes true.
    figure.update_yaxes(visible=False, scaleanchor="x", scaleratio=1)
    figure.update_layout(legend=dict(title=dict(text=measure_label)), plot_bgcolor="#FFFFFF")
    return figure


def centre_codes(figure: go.Figure) -> list[str]:
    """The area codes in the order of the clickable centre markers (the figure's last trace)."""
    return list(figure.data[-1].customdata)


def area_table(table: pd.DataFrame, code_column: str, name_column: str, lang: str) -> pd.DataFrame:
    """The map's figures as a table (plain text): every area, also those the map cannot draw."""
    return pd.DataFrame(
        {
            header: column
            for header, column in zip(
                headers_of("map.columns", lang),
                [
                    list(table[name_column]),
                    [code if isinstance(code, str) else fmt.MISSING for code in table[code_column]],
                    [fmt.number(v, lang) for v in table["registered_count"]],
                    [fmt.number(v, lang) for v in table["aktif_count"]],
                    [fmt.percent(v, lang) for v in table["pct_aktif"]],
                    [fmt.number(v, lang) for v in table["belum_beroperasi_count"]],
                ],
                strict=True,
            )
        }
    )
