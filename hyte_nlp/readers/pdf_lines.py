"""Turn one page's words into text lines in reading order, including two-column pages.

Steps, all on plain word dicts from ``extract_words``:

1. rows: words grouped by vertical overlap across the full page width;
2. margins: rows at the very top/bottom, separated from the body by a gap, are kept whole as
   running-header/footer candidates (judged later across pages);
3. columns: a gutter is a vertical strip near the middle of the page that many body rows leave
   empty while both sides hold wide text; runs of rows that do not cross it are read left column
   first, then right column; rows and tables that cross it are read full width.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hyte_nlp.readers.pdf_model import ZONE_BODY, ZONE_BOTTOM, ZONE_TOP, Item, Line, TableItem

Word = dict[str, Any]
Row = list[Word]

#: Running headers/footers live within this share of the page height from the top/bottom edge.
MARGIN_ZONE = 0.15
#: ... and are separated from the body by at least this many points of empty space.
MARGIN_GAP = 6.0
#: A gutter must lie within this middle share of the page width ...
GUTTER_REGION = (0.3, 0.7)
#: ... be left empty by at least this share of the body rows (and by 3 rows) ...
GUTTER_MIN_ROWS_SHARE = 0.3
#: ... and have, on both sides, text at least this share of the text width wide (label/value
#: rows such as "Aika:   12.3.2025" do not make two columns).
GUTTER_MIN_SIDE_SHARE = 0.25
#: Words closer than this share of the font size are one word split by a font change.
_SAME_WORD_GAP = 0.12
#: Gaps wider than this many font sizes split a margin line into separately judged segments.
_SEGMENT_GAP = 1.5


def is_bold_font(fontname: str) -> bool:
    """True for bold font names (``Helvetica-Bold``, ``ABCDEF+Calibri,Bold``, ``Arial-BoldMT``)."""
    name = fontname.lower()
    return any(mark in name for mark in ("bold", "black", "heavy", "semibold", "demi"))


def group_rows(words: Sequence[Word]) -> list[Row]:
    """Group words into rows by vertical overlap, each row sorted left to right."""
    rows: list[Row] = []
    row_top = row_bottom = 0.0
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        height = word["bottom"] - word["top"]
        overlap = min(row_bottom, word["bottom"]) - max(row_top, word["top"])
        if rows and overlap >= 0.5 * min(height, row_bottom - row_top):
            rows[-1].append(word)
        else:
            rows.append([word])
            row_top, row_bottom = word["top"], word["bottom"]
    for row in rows:
        row.sort(key=lambda w: w["x0"])
    return rows


def _row_box(row: Row) -> tuple[float, float]:
    return min(w["top"] for w in row), max(w["bottom"] for w in row)


def split_margins(rows: list[Row], height: float) -> tuple[list[Row], list[Row], list[Row]]:
    """Split rows into (top margin, body, bottom margin).

    The top margin is the rows above the first wide gap, if all of them lie in the top zone;
    likewise from the bottom up. Body text that starts high on the page is never taken along,
    because the first wide gap (header → body) ends the margin.
    """
    boxes = [_row_box(r) for r in rows]
    top_end = 0
    for i in range(len(rows)):
        if boxes[i][1] > height * MARGIN_ZONE:
            break
        next_top = boxes[i + 1][0] if i + 1 < len(rows) else height
        if next_top - boxes[i][1] >= MARGIN_GAP:
            top_end = i + 1
            break
    bottom_start = len(rows)
    for i in range(len(rows) - 1, top_end - 1, -1):
        if boxes[i][0] < height * (1 - MARGIN_ZONE):
            break
        prev_bottom = boxes[i - 1][1] if i > top_end else 0.0
        if boxes[i][0] - prev_bottom >= MARGIN_GAP:
            bottom_start = i
            break
    return rows[:top_end], rows[top_end:bottom_start], rows[bottom_start:]


def _word_size(word: Word) -> float:
    return float(word.get("size") or (word["bottom"] - word["top"]))


def find_gutter(rows: Sequence[Row], width: float) -> tuple[float, float] | None:
    """The (left, right) x-range of a two-column gutter among body ``rows``, or ``None``."""
    gaps = []
    for row in rows:
        for a, b in zip(row, row[1:]):
            if b["x0"] - a["x1"] >= max(9.0, _word_size(a)):
                gaps.append((a["x1"], b["x0"], row))
    lo, hi = width * GUTTER_REGION[0], width * GUTTER_REGION[1]
    best: tuple[float, float] | None = None
    best_rows: list[Row] = []
    for left, right, _ in gaps:
        mid = (left + right) / 2
        if not lo <= mid <= hi:
            continue
        covering = [(l, r, row) for l, r, row in gaps if l <= mid <= r]
        if len(covering) > len(best_rows):
            best = (max(l for l, _, _ in covering), min(r for _, r, _ in covering))
            best_rows = [row for _, _, row in covering]
    if best is None or len(best_rows) < max(3, GUTTER_MIN_ROWS_SHARE * len(rows)):
        return None
    text_x0 = min(r[0]["x0"] for r in rows)
    text_x1 = max(r[-1]["x1"] for r in rows)
    min_side = GUTTER_MIN_SIDE_SHARE * (text_x1 - text_x0)
    left_widths = sorted(max(w["x1"] for w in r if w["x1"] <= best[0]) - r[0]["x0"] for r in best_rows)
    right_widths = sorted(r[-1]["x1"] - min(w["x0"] for w in r if w["x0"] >= best[1]) for r in best_rows)
    median = len(best_rows) // 2
    if left_widths[median] < min_side or right_widths[median] < min_side:
        return None
    return best


def make_line(words: Row, page: int, column_right: float, zone: str = ZONE_BODY) -> Line:
    """Build a :class:`Line` from one row's words (left to right)."""
    parts: list[str] = []
    bold_chars = total_chars = 0
    size_weight: dict[float, int] = {}
    segments: list[list[str]] = [[]]
    prev: Word | None = None
    for word in words:
        text, size = word["text"], _word_size(word)
        if prev is not None:
            gap = word["x0"] - prev["x1"]
            if gap > _SAME_WORD_GAP * size:
                parts.append(" ")
            if zone != ZONE_BODY and gap > _SEGMENT_GAP * size:
                segments.append([])
        parts.append(text)
        segments[-1].append(text)
        n = len(text)
        total_chars += n
        if is_bold_font(word.get("fontname", "")):
            bold_chars += n
        key = round(size * 2) / 2
        size_weight[key] = size_weight.get(key, 0) + n
        prev = word
    return Line(
        text="".join(parts),
        page=page,
        x0=words[0]["x0"],
        x1=words[-1]["x1"],
        top=min(w["top"] for w in words),
        bottom=max(w["bottom"] for w in words),
        text_x0=words[1]["x0"] if len(words) > 1 else words[0]["x0"],
        first_word_width=words[0]["x1"] - words[0]["x0"],
        size=max(size_weight, key=size_weight.__getitem__),
        bold=bold_chars >= 0.9 * total_chars,
        column_right=column_right,
        zone=zone,
        segments=tuple(" ".join(s) for s in segments) if zone != ZONE_BODY else (),
    )


def _in_table(word: Word, tables: Sequence[TableItem]) -> bool:
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return any(t.x0 <= cx <= t.x1 and t.top <= cy <= t.bottom for t in tables)


def _single_column(rows: list[Row], tables: list[TableItem], page: int) -> list[Item]:
    # Full-width lines get column_right 0: the block builder uses the document's right margin.
    items: list[Item] = [make_line(r, page, 0.0) for r in rows]
    items.extend(tables)
    items.sort(key=lambda it: it.top)
    return items


def _columns(rows: list[Row], tables: list[TableItem], page: int, gutter: tuple[float, float]) -> list[Item]:
    g0, g1 = gutter
    mid = (g0 + g1) / 2
    entries: list[tuple[float, Row | TableItem]] = [(_row_box(r)[0], r) for r in rows]
    entries += [(t.top, t) for t in tables]
    entries.sort(key=lambda e: e[0])
    items: list[Item] = []
    left: list[Row | TableItem] = []
    right: list[Row | TableItem] = []

    def flush() -> None:
        for side in (left, right):
            right_edge = max((_x1(e) for e in side), default=0.0)
            for entry in side:
                items.append(entry if isinstance(entry, TableItem) else make_line(entry, page, right_edge))
            side.clear()

    for _, entry in entries:
        if isinstance(entry, TableItem):
            if entry.x0 < g0 and entry.x1 > g1:
                flush()
                items.append(entry)
            else:
                (left if entry.x1 <= mid else right).append(entry)
        elif any(w["x0"] < g1 and w["x1"] > g0 for w in entry):
            flush()
            items.append(make_line(entry, page, 0.0))
        else:
            lw = [w for w in entry if w["x1"] <= mid]
            rw = [w for w in entry if w["x1"] > mid]
            if lw:
                left.append(lw)
            if rw:
                right.append(rw)
    flush()
    return items


def _x1(entry: Row | TableItem) -> float:
    return entry.x1 if isinstance(entry, TableItem) else entry[-1]["x1"]


def layout_lines(words: Sequence[Word], tables: list[TableItem], page: int, width: float, height: float) -> list[Item]:
    """Lines and tables of one page in reading order (margin rows first and last)."""
    if tables:
        words = [w for w in words if not _in_table(w, tables)]
    top, body, bottom = split_margins(group_rows(words), height)
    gutter = find_gutter(body, width) if len(body) >= 3 else None
    items: list[Item] = [make_line(r, page, 0.0, ZONE_TOP) for r in top]
    if gutter is None:
        items += _single_column(body, tables, page)
    else:
        items += _columns(body, tables, page, gutter)
    items += [make_line(r, page, 0.0, ZONE_BOTTOM) for r in bottom]
    return items


__all__ = ["find_gutter", "group_rows", "is_bold_font", "layout_lines", "make_line", "split_margins"]
