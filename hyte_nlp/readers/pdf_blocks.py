"""Build layout blocks (headings, bullets, paragraphs, tables) from the lines of a whole PDF.

One pass over all pages' lines in reading order, after page furniture is removed, so that a
paragraph, bullet or table continuing over a page break is joined. The decisions use document
statistics computed once: the body font size, the usual gap between lines, the right margin.

A line continues the open block only when the previous line *wrapped into it*: the previous line
ends with a hyphen, or the next line's first word would not have fitted on it. A short line is
a hard break, which keeps header-block lines (``Aika: ...``, ``Paikka: ...``) and participant
lists apart even without vertical space between them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from hyte_nlp.readers.base import Block
from hyte_nlp.readers.cleanup import join_lines
from hyte_nlp.readers.pdf_model import Item, Line, TableItem
from hyte_nlp.readers.pdf_patterns import (
    AMBIGUOUS_GLYPH_RE,
    BULLET_RE,
    HEADING_NUMBER_RE,
    SENTENCE_END_RE,
    is_all_caps,
    split_heading_number,
)
from hyte_nlp.readers.pdf_tables import continue_table

#: A line at least this many points larger than body text is a heading line.
LARGER_BY = 0.9
#: Headings are short: longer bold/large lines are paragraphs with emphasis.
MAX_HEADING_WORDS = 15
#: A lone numbered item of at most this many words, followed by a paragraph, is a heading.
MAX_NUMBERED_HEADING_WORDS = 6
NUMBERED_ITEM_RE = re.compile(r"^\d{1,2}\.$")
#: A bold body-size line of this many words ending in . ! ? is a sentence, not a heading.
MIN_SENTENCE_WORDS = 5
_HYPHEN_ENDS = ("-", "\u2010", "\u00ad")


@dataclass(frozen=True, slots=True)
class DocStats:
    """Document-wide measures the block decisions are relative to."""

    body_size: float
    max_line_gap: float
    right_margin: float

    @classmethod
    def of(cls, items: Sequence[Item], page_width: float) -> DocStats:
        lines = [it for it in items if isinstance(it, Line)]
        sizes: Counter[float] = Counter()
        for line in lines:
            sizes[line.size] += len(line.text)
        body = sizes.most_common(1)[0][0] if sizes else 10.0
        gaps: Counter[float] = Counter()
        for a, b in zip(lines, lines[1:]):
            gap = b.top - a.bottom
            if a.page == b.page and a.size == b.size == body and 0 <= gap < 2 * body:
                gaps[round(gap * 2) / 2] += 1
        usual = gaps.most_common(1)[0][0] if gaps else 0.3 * body
        full = [ln for ln in lines if ln.column_right == 0.0]
        left = min((ln.x0 for ln in full), default=0.0)
        right = min(max((ln.x1 for ln in full), default=page_width), page_width - left)
        return cls(body_size=body, max_line_gap=max(usual * 1.6, usual + 0.3 * body), right_margin=right)


@dataclass(slots=True)
class _Draft:
    kind: str  # "bullet" | "paragraph" | "styled" (bold/large: heading or bold paragraph) | "heading"
    lines: list[Line]
    texts: list[str]
    level: int = 0
    rows: tuple[tuple[str, ...], ...] = ()
    style: tuple[float, bool] = (0.0, False)
    glyph_x0: float = 0.0
    glyph: str = ""
    page: int = 0
    row_pages: tuple[int, ...] = ()


@dataclass(slots=True)
class _Builder:
    stats: DocStats
    drafts: list[_Draft] = field(default_factory=list)
    open: _Draft | None = None
    bullet_stack: list[float] = field(default_factory=list)
    previous: Item | None = None

    # ------------------------------------------------------------------ decisions
    def _right_edge(self, line: Line) -> float:
        return line.column_right or self.stats.right_margin

    def _wrapped(self, prev: Line, line: Line) -> bool:
        if prev.text.endswith(_HYPHEN_ENDS):
            return True
        room = self._right_edge(prev) - prev.x1
        return 0.3 * prev.size + line.first_word_width > room - 1.0

    def _continues(self, line: Line) -> bool:
        draft = self.open
        if draft is None or draft.kind == "heading":
            return False
        prev = draft.lines[-1]
        if abs(line.size - prev.size) > 0.6 or (draft.kind != "bullet" and line.bold != prev.bold):
            return False
        gap = line.top - prev.bottom
        moved = line.page != prev.page or gap < -1.0  # to the next page or the next column
        if moved and SENTENCE_END_RE.search(prev.text):
            return False  # over a page or column break, text continues only mid-sentence
        if not moved and gap > self.stats.max_line_gap:
            return False
        if not self._wrapped(prev, line):
            return False
        if moved:
            return True  # the new page or column has its own left edge
        if draft.kind == "bullet":
            return line.x0 >= draft.glyph_x0 - 2.0
        first = draft.lines[0]
        # Indented more than the block's lines: a new paragraph (first-line indentation).
        return line.x0 <= max(first.x0, prev.x0) + 0.8 * line.size

    def _is_styled(self, line: Line) -> bool:
        larger = line.size >= self.stats.body_size + LARGER_BY
        return (larger or line.bold) and len(line.text.split()) <= MAX_HEADING_WORDS

    # ------------------------------------------------------------------ actions
    def _start(self, draft: _Draft) -> None:
        self._flush()
        self.open = draft

    def finish(self) -> list[_Draft]:
        """Close the open block and return all drafts."""
        self._flush()
        return self.drafts

    def _flush(self) -> None:
        if self.open is not None:
            self.drafts.append(self.open)
            self.open = None

    def _start_bullet(self, line: Line, text: str, glyph: str) -> None:
        stack = self.bullet_stack
        while stack and stack[-1] > line.x0 + 3.0:
            stack.pop()
        if not stack or line.x0 > stack[-1] + 3.0:
            stack.append(line.x0)
        self._start(_Draft("bullet", [line], [text], level=len(stack) - 1, glyph_x0=line.x0, glyph=glyph))

    def _next_item(self, line: Line, glyph: str) -> bool:
        """``glyph`` numbers the next item of the open numbered list: same numbering style, at
        the open item's glyph position. Checked before the wrap test, because an item that
        fills its line would otherwise swallow the next item's number as wrapped text."""
        draft = self.open
        if draft is None or draft.kind != "bullet" or abs(line.x0 - draft.glyph_x0) > 2.0:
            return False
        style = _numbering_style(glyph)
        return style is not None and style == _numbering_style(draft.glyph) and _ordinal(glyph) == _ordinal(draft.glyph) + 1

    def add_line(self, line: Line) -> None:
        match = BULLET_RE.match(line.text)
        ambiguous = bool(match) and bool(AMBIGUOUS_GLYPH_RE.match(match["glyph"]))
        if match and match["text"] and (not ambiguous or self._next_item(line, match["glyph"])):
            self._start_bullet(line, match["text"], match["glyph"])
        elif self._continues(line):
            assert self.open is not None
            self.open.lines.append(line)
            self.open.texts.append(line.text)
            return
        elif self._is_styled(line):
            self.bullet_stack.clear()
            self._start(_Draft("styled", [line], [line.text], style=(line.size, line.bold)))
        elif HEADING_NUMBER_RE.match(line.text) and "§" in line.text and len(line.text.split()) <= MAX_HEADING_WORDS:
            self.bullet_stack.clear()
            self._start(_Draft("heading", [line], [line.text], style=(line.size, line.bold)))
        elif match and match["text"]:
            self._start_bullet(line, match["text"], match["glyph"])
        elif is_all_caps(line.text) and len(line.text.split()) <= 10 and ":" not in line.text:
            self.bullet_stack.clear()
            self._start(_Draft("heading", [line], [line.text], style=(line.size, line.bold)))
        else:
            if self.open is None or self.open.kind != "bullet":
                self.bullet_stack.clear()
            self._start(_Draft("paragraph", [line], [line.text]))

    def add_table(self, table: TableItem) -> None:
        self._flush()
        prev = self.previous
        last = self.drafts[-1] if self.drafts else None
        if (
            isinstance(prev, TableItem)
            and last is not None
            and last.kind == "table"
            and table.page == prev.page + 1
            and len(table.rows[0]) == len(last.rows[0])
        ):
            last.rows, last.row_pages = continue_table(last.rows, last.row_pages, table)
            return
        self.bullet_stack.clear()
        pages = (table.page,) * len(table.rows)
        self.drafts.append(_Draft("table", [], [], rows=table.rows, page=table.page, row_pages=pages))

    def add(self, item: Item) -> None:
        if isinstance(item, TableItem):
            self.add_table(item)
        elif item.text.strip():
            self.add_line(item)
        self.previous = item


_NUMBERING_STYLES = (
    (re.compile(r"^\d{1,2}\.$"), "1."),
    (re.compile(r"^\d{1,2}\)$"), "1)"),
    (re.compile(r"^\(\d{1,2}\)$"), "(1)"),
    (re.compile(r"^[a-z]\)$"), "a)"),
    (re.compile(r"^\([a-z]\)$"), "(a)"),
)


def _numbering_style(glyph: str) -> str | None:
    """``"1."``, ``"1)"``, ``"a)"``… for a list number, ``None`` for a bullet glyph."""
    return next((style for regex, style in _NUMBERING_STYLES if regex.match(glyph)), None)


def _ordinal(glyph: str) -> int:
    """The position a list number stands for: ``"4."`` → 4, ``"b)"`` → 2."""
    core = glyph.strip("().")
    return int(core) if core.isdigit() else ord(core.lower()) - ord("a") + 1


def _numbered_headings(drafts: list[_Draft]) -> None:
    """Turn lone numbered items that head a paragraph into headings, in place.

    ``3. Yhteistyö`` in body text style is an agenda heading when it stands alone (no list item
    before or after it with the same kind of number) and is short, unpunctuated and followed by
    ordinary text; inside a run of ``1.``, ``2.`` items it stays a list item.
    """
    for i, draft in enumerate(drafts):
        if draft.kind != "bullet" or not NUMBERED_ITEM_RE.match(draft.glyph) or len(draft.lines) != 1:
            continue
        text = draft.texts[0]
        if len(text.split()) > MAX_NUMBERED_HEADING_WORDS or SENTENCE_END_RE.search(text):
            continue
        before = drafts[i - 1] if i else None
        after = drafts[i + 1] if i + 1 < len(drafts) else None
        in_list = any(d is not None and d.kind == "bullet" and NUMBERED_ITEM_RE.match(d.glyph) for d in (before, after))
        if not in_list and after is not None and after.kind == "paragraph":
            line = draft.lines[0]
            draft.kind, draft.texts, draft.style = "heading", [f"{draft.glyph} {text}"], (line.size, line.bold)


def _heading_levels(drafts: Sequence[_Draft], body_size: float) -> dict[tuple[float, bool], int]:
    styles = {d.style for d in drafts if _final_kind(d, body_size) == "heading"}
    ordered = sorted(styles, key=lambda s: (-s[0], not s[1]))
    return {style: i + 1 for i, style in enumerate(ordered)}


def _final_kind(draft: _Draft, body_size: float) -> str:
    """A styled draft is a heading when larger than body text, or bold on one line that does not
    read as a sentence (a bold "Sovittiin, että ... ." is emphasis, not a heading)."""
    if draft.kind != "styled":
        return draft.kind
    if draft.style[0] >= body_size + LARGER_BY:
        return "heading"
    if len(draft.lines) > 1:
        return "paragraph"
    text = draft.texts[0]
    sentence = len(text.split()) >= MIN_SENTENCE_WORDS and text.rstrip().endswith((".", "!", "?"))
    return "paragraph" if sentence else "heading"


def _to_block(draft: _Draft, kind: str, levels: dict[tuple[float, bool], int]) -> Block | None:
    if kind == "table":
        # row_pages only when the table runs over a page break (see Block.row_pages).
        spans = len(set(draft.row_pages)) > 1
        return Block(kind="table", page=draft.page, rows=draft.rows, row_pages=draft.row_pages if spans else ())
    text = join_lines(draft.texts)
    if not text:
        return None
    page = draft.lines[0].page
    bold = all(line.bold for line in draft.lines)
    if kind == "heading":
        numbering, title = split_heading_number(text)
        return Block(kind="heading", text=title, page=page, level=levels.get(draft.style, 1), numbering=numbering, bold=bold)
    if kind == "bullet":
        return Block(kind="bullet", text=text, page=page, level=draft.level, bold=bold)
    return Block(kind="paragraph", text=text, page=page, bold=bold)


def build_blocks(items: Sequence[Item], page_width: float) -> list[Block]:
    """Blocks in reading order from all pages' lines and tables (furniture already removed)."""
    stats = DocStats.of(items, page_width)
    builder = _Builder(stats)
    for item in items:
        builder.add(item)
    drafts = builder.finish()
    _numbered_headings(drafts)
    levels = _heading_levels(drafts, stats.body_size)
    blocks = []
    for draft in drafts:
        block = _to_block(draft, _final_kind(draft, stats.body_size), levels)
        if block is not None:
            blocks.append(block)
    return blocks


__all__ = ["DocStats", "build_blocks"]
