"""The comparison table: regions side by side, counts and per 100 registered, dates and rules shown."""

from __future__ import annotations

import pandas as pd

from kopdash.domain.published_sums import PARTS, contradictions
from kopdash.present import fmt
from kopdash.present.i18n import code_label, headers_of, programme_label, t


def comparison_table(regions: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per region (region_status_as_of): plain text, for the page and for downloads."""
    headers = headers_of("comparison.columns", lang)
    rows = []
    for row in regions.itertuples():
        registered = row.registered_count
        per_100 = {
            s: fmt.number(100 * getattr(row, f"{s}_count") / registered, lang, 1)
            if registered
            else fmt.MISSING
            for s in ("aktif", "kurang_aktif", "tidak_aktif", "belum_beroperasi", "belum_diketahui")
        }
        rule = t(
            "comparison.rule_cell",
            lang,
            profile=code_label("profile", row.rule_profile, lang),
            less=row.less_active_after,
            inactive=row.inactive_after,
            dissolution=row.dissolution_after,
        )
        rows.append(
            [
                row.region_name,
                fmt.date_short(row.snapshot_date, lang),
                rule,
                fmt.number(registered, lang),
                fmt.number(row.aktif_count, lang),
                per_100["aktif"],
                fmt.number(row.kurang_aktif_count, lang),
                per_100["kurang_aktif"],
                fmt.number(row.tidak_aktif_count, lang),
                per_100["tidak_aktif"],
                fmt.number(row.belum_beroperasi_count, lang),
                per_100["belum_beroperasi"],
                fmt.number(row.belum_diketahui_count, lang),
                per_100["belum_diketahui"],
                _reported_differs(row, lang),
            ]
        )
    table = pd.DataFrame(rows, columns=headers)
    if not regions["belum_diketahui_count"].any():  # two columns of zeros most stores never need
        unknown = ("comparison.columns.unknown", "comparison.columns.unknown_per_100")
        table = table.drop(columns=[t(key, lang) for key in unknown])
    return table


def published_only_note(only: pd.DataFrame, lang: str, named: int = 8) -> str | None:
    """The regions with published figures but no registry (published_only_regions), in one sentence."""
    if only.empty:
        return None
    names = [str(name) for name in only["region_name"].head(named)]
    if len(only) > named:
        names.append(t("list.and_more", lang, n=fmt.number(len(only) - named, lang)))
    return t("published.only_regions", lang, n=fmt.number(len(only), lang), names=", ".join(names))


LATEST_ONLY_ABOVE = 60  # more published figures than this: the newest of each region and measure are shown


def latest_published(matched: pd.DataFrame) -> pd.DataFrame:
    """Of published_vs_registry, the newest figure of each region, programme and measure."""
    return (
        matched.sort_values("as_of")
        .drop_duplicates(["region_code", "programme", "metric"], keep="last")
        .sort_values(["region_name", "programme", "metric"], na_position="first")
    )


def contradiction_words(row, lang: str) -> str:
    """A contradiction (published_sums.contradictions) in words: which parts, their sum, the gap."""
    parts = " + ".join(f"{t(f'published.{m}', lang)} {fmt.number(v, lang)}" for m, v in row.parts.items())
    return t(
        "published.contradiction",
        lang,
        parts=parts,
        sum=fmt.number(row.parts_sum, lang),
        registered=fmt.number(row.registered, lang),
        gap=fmt.signed(row.parts_sum - row.registered, lang),
    )


def published_table(matched: pd.DataFrame, lang: str, every: pd.DataFrame | None = None) -> pd.DataFrame:
    """Each published figure beside the registry's value at the snapshot on or before its date
    (published_vs_registry), with the difference, and a remark where the figures published for its
    region, date and programme (`every`: all of them, default `matched`) do not add up."""
    headers = headers_of("comparison.published_columns", lang)
    remarks = {
        (row.region_code, pd.Timestamp(row.as_of).date(), _programme(row.programme)): contradiction_words(
            row, lang
        )
        for row in contradictions(matched if every is None else every).itertuples()
    }
    rows = []
    for row in matched.itertuples():
        key = (row.region_code, pd.Timestamp(row.as_of).date(), _programme(row.programme))
        approximate = (t("source.approx", lang) + " ") if row.approximate else ""
        registry = fmt.number(row.registry_value, lang) if pd.notna(row.registry_value) else fmt.MISSING
        snapshot = fmt.date_short(row.snapshot_date, lang) if pd.notna(row.snapshot_date) else fmt.MISSING
        difference = fmt.signed(row.difference, lang) if pd.notna(row.difference) else fmt.MISSING
        programme = programme_label(row.programme, lang) if isinstance(row.programme, str) else ""
        rows.append(
            [
                row.region_name,
                programme,
                fmt.date_short(row.as_of, lang),
                t(f"published.{row.metric}", lang),
                approximate + fmt.number(row.value, lang),
                registry,
                snapshot,
                difference,
                f"{row.source_publisher or ''}: {row.source_title}",
                remarks.get(key, "") if row.metric in (*PARTS, "registered") else "",
            ]
        )
    return pd.DataFrame(rows, columns=headers)


def _programme(value) -> str | None:
    return value if isinstance(value, str) and value else None


def _reported_differs(row, lang: str) -> str:
    """How many of the office's own status words disagree with the harmonised status: "3 dari 120"."""
    recorded = getattr(row, "reported_status_count", None)
    if recorded is None or pd.isna(recorded) or not recorded:
        return t("comparison.no_reported_status", lang)
    return t(
        "comparison.reported_differs",
        lang,
        n=fmt.number(row.reported_status_differs_count, lang),
        of=fmt.number(recorded, lang),
    )


# The Koperasi Merah Putih ladder as SIMKOPDES publishes it per kabupaten/kota, formed first.
LADDER = ("registered", "kmp_account", "kmp_npwp", "kmp_nib", "kmp_rat")


def ladder_against_province(ladder: pd.DataFrame, region: str, lang: str) -> pd.DataFrame | None:
    """One region's ladder (programme_ladder) beside its province's kabupaten/kota: each stage's count,
    its share of those formed, the median share in the province and the region's rank there ("2 dari
    8", 1 the furthest along). None when the region has no published count of those formed."""
    wide = ladder.pivot_table(
        index=["region_code", "province_code"], columns="metric", values="value", aggfunc="first"
    ).reset_index()
    if "registered" not in wide:
        return None
    wide = wide[wide["registered"].notna() & (wide["registered"] > 0)]
    mine = wide[wide["region_code"] == region]
    if mine.empty:
        return None
    peers = wide[wide["province_code"] == mine["province_code"].iloc[0]]
    rows = []
    for stage in (s for s in LADDER if s in wide and pd.notna(mine[s].iloc[0])):
        shares = (peers[stage] / peers["registered"] * 100).dropna()
        share = float(mine[stage].iloc[0] / mine["registered"].iloc[0] * 100)
        rank = int((shares > share).sum()) + 1
        said = t(
            "comparison.ladder_rank", lang, rank=fmt.number(rank, lang), of=fmt.number(len(shares), lang)
        )
        formed = stage == "registered"  # the base of the shares: its own share and rank say nothing
        rows.append(
            [
                t(f"published.{stage}", lang),
                fmt.number(int(mine[stage].iloc[0]), lang),
                *(
                    [fmt.MISSING] * 3
                    if formed
                    else [fmt.percent(share, lang), fmt.percent(float(shares.median()), lang), said]
                ),
            ]
        )
    return pd.DataFrame(rows, columns=headers_of("comparison.ladder_columns", lang))
