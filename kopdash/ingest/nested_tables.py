"""A year-per-column table with nested rows, as SIPD's e-database publishes a region's sector data: the
position of each row in `kodefikasi` (II.1, II.1.1, II.1.1.1 …) or in the numbering of its title, e.g.

    II.1        Koperasi Produksi                       (a jenis)
    II.1.1      Dibantu Pemerintah                      (an owner)
    II.1.1.1    Jumlah Koperasi Aktif        75  81     (a measure: a part of the region's figure)
    II.1.1.1.1  Kecamatan Serang              5   6     (a breakdown of that part)

One figure per measure and year comes out: the measure's own total where a level has one (a row whose
title names the measure, beside the groups it sums), else the sum of the groups' figures, each found the
same way one level down; breakdowns below a measure (kecamatan) are never region figures. A level with
two different values for one measure and year is ambiguous and named, never summed or guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kopdash.domain.messages import ImportRefused

# "II.1.2", "2.17.1", "1.2.": a position; titles may carry one in front ("1.2 Jumlah Koperasi").
_POSITION = re.compile(r"^\s*((?:[IVXLCM]+|\d+)(?:\.\d+)*)\.?(?:\s+|$)", re.IGNORECASE)
NOT_FILLED = {"", "-", "--", "n/a", "na", "#n/a", "null"}


@dataclass
class Node:
    """One row of the table (or the table itself, as the root)."""

    row: int  # the row's number in the file (0 for the root)
    position: tuple[str, ...]
    title: str
    metric: str | None  # the measure its title names, where its unit is a count
    cells: dict[str, str]  # year -> the cell as written
    children: list[Node] = field(default_factory=list)


@dataclass
class Figure:
    """One measure in one year: its value, whether any part is approximate, and what a reader must know."""

    value: int
    approximate: bool
    rows: list[int]
    notes: list[str] = field(default_factory=list)


class Ambiguous(ValueError):
    """Two values for one measure and year at one level of the table: which is the total cannot be told."""

    def __init__(self, metric: str, year: str, rows: list[int]):
        super().__init__(metric, year, rows)
        self.metric, self.year, self.rows = metric, year, rows


def position_of(code: str, title: str) -> tuple[str, ...] | None:
    """A row's position: its kodefikasi, or the numbering in front of its title; None when it has neither."""
    for text in (code, title):
        # The first 200 characters are enough for any real position, and keep a hostile one cheap.
        found = _POSITION.match(str(text or "")[:200])
        if found:
            return tuple(part.upper() for part in found.group(1).split("."))
    return None


def title_without_number(title: str) -> str:
    return _POSITION.sub("", str(title), count=1).strip() or str(title).strip()


MAX_DEPTH = 20  # levels of nesting: SIPD's tables use five or six; deeper is a damaged or hostile file


def tree(rows: list[Node]) -> Node:
    """The rows as a tree: each row's parent is the nearest row above it whose position is a proper prefix
    of its own; a row without a position, or under no such row, hangs from the root. ImportRefused for
    a table nested deeper than MAX_DEPTH (the reading recurses once per level)."""
    deep = next((node for node in rows if len(node.position) > MAX_DEPTH), None)
    if deep is not None:
        raise ImportRefused(
            "refused.published_too_deep", row=deep.row, levels=len(deep.position), most=MAX_DEPTH
        )
    root = Node(0, (), "", None, {})
    stack: list[Node] = [root]
    for node in rows:
        while len(stack) > 1 and not _encloses(stack[-1], node):
            stack.pop()
        stack[-1].children.append(node)
        if node.position:
            stack.append(node)
    _no_measures_below(root, False)
    return root


def _no_measures_below(node: Node, under_measure: bool) -> None:
    """A row below a measure is a breakdown of it, whatever its title says: never a measure itself."""
    for child in node.children:
        if under_measure:
            child.metric = None
        _no_measures_below(child, under_measure or child.metric is not None)


def _encloses(parent: Node, child: Node) -> bool:
    return (
        len(parent.position) < len(child.position)
        and child.position[: len(parent.position)] == parent.position
    )


def filled(cell: str | None) -> bool:
    return cell is not None and str(cell).strip().lower() not in NOT_FILLED


def figure(
    parent: Node, metric: str, year: str, read: Callable[[str], tuple[int | None, bool]]
) -> Figure | None:
    """The figure of `metric` in `year` for the part of the table under `parent` (see the module's text);
    None when nothing under it gives one. Raises Ambiguous."""
    own = [child for child in parent.children if child.metric == metric]
    given = [(child, read(child.cells[year])) for child in own if filled(child.cells.get(year))]
    values = {value for _, (value, _) in given}
    if len(values) > 1:
        raise Ambiguous(metric, year, [child.row for child, _ in given])
    if given:
        child, (value, approximate) = given[0]
        return Figure(int(value or 0), approximate, [child.row])
    parts, missing = [], []
    for child in parent.children:
        if child.metric == metric:
            continue  # its own total, not filled this year: the groups beside it may still give it
        found = figure(child, metric, year, read)
        if found is not None:
            parts.append((child, found))
        elif _measures(child, metric):
            missing.append(child)
    if not parts:
        return None
    notes = [f"{part.title} › {note}" for part, found in parts for note in found.notes]
    if missing:
        notes.append(
            f"{', '.join(title_without_number(m.title) for m in missing)} tidak terisi (n/a); jumlah dari "
            f"{len(parts)} bagian lainnya ({', '.join(title_without_number(p.title) for p, _ in parts)})"
        )
    return Figure(
        sum(found.value for _, found in parts),
        any(found.approximate for _, found in parts),
        [row for _, found in parts for row in found.rows],
        notes,
    )


def _measures(node: Node, metric: str) -> bool:
    """Whether the table gives `metric` anywhere under `node` (in any year)."""
    return any(child.metric == metric or _measures(child, metric) for child in node.children)


def breakdown_rows(node: Node, under_measure: bool = False) -> list[int]:
    """Rows below a measure (its kecamatan, say): parts of a figure, never region figures themselves."""
    found = []
    for child in node.children:
        if under_measure:
            found.append(child.row)
        found += breakdown_rows(child, under_measure or child.metric is not None)
    return found


def metrics(node: Node) -> list[str]:
    """The measures the table gives, in the order they first appear."""
    found: list[str] = []
    for child in node.children:
        if child.metric is not None and child.metric not in found:
            found.append(child.metric)
        found += [m for m in metrics(child) if m not in found]
    return found
