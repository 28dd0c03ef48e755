"""Turn body blocks into statements, per the segmentation contract (docs/SEGMENTATION.md).

- A heading updates the section path (agenda numbering and a final colon removed).
- A bullet block is one statement; a paragraph is split into sentences; a table yields one
  statement per non-header cell (or per bullet line inside a cell), with its row and column
  headers kept as context.
- A sentence or bullet that opens with *Sovittiin*/*Päätettiin*…, or stands under a heading such
  as *Päätökset* or *Jatkotoimenpiteet*, is an ``action``.

This module also holds the small line-level helpers every format reader shares: bullet-glyph and
agenda-numbering recognition and the joining of wrapped lines.

It runs on every block of every document, so all patterns are compiled at import and the word
lists are loaded once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from hyte_nlp.minutes import Statement, StatementKind
from hyte_nlp.nlp.sentences import split_sentences
from hyte_nlp.readers.base import Block
from hyte_nlp.readers.cleanup import join_lines as cleanup_join_lines
from hyte_nlp.readers.cleanup import normalize_unicode
from hyte_nlp.package_data import word_set

__all__ = [
    "BULLET_RE",
    "is_bullet_line",
    "join_lines",
    "load_word_list",
    "normalize_fast",
    "segment",
    "split_agenda_numbering",
    "strip_bullet",
]


def load_word_list(name: str) -> frozenset[str]:
    """Read ``hyte_nlp/data/readers/<name>``: one entry a line, ``#`` comments, case-folded."""
    return word_set("data", "readers", name)


# ------------------------------------------------------------------------------ line-level helpers
# Bullet glyphs as typed or as exported from Word's Symbol/Wingdings fonts (U+F0B7 , U+F0A7 ,
# U+F0D8 …), and list numbering "1.", "1)", "a)", "(a)". A number or letter marker counts only when a
# capital letter follows, so "3. luokka" or "12. lokakuuta" at the start of a line are not bullets.
_GLYPHS = "•◦‣⁃∙·●○▪▫■□◆◇♦❖►▸▹➢➤→✓✔\u2013\u2014*\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf06e-"
BULLET_RE = re.compile(
    rf"^\s*(?:[{re.escape(_GLYPHS)}]|o(?=\s)|(?:\d{{1,2}}|[a-zA-Z])[.)](?=\s+[\"”(]?[A-ZÅÄÖ0-9])|\([a-z0-9]\))\s+"
)
# Agenda numbering at the start of a heading: "3 §", "§ 3", "3.", "3.1", "4)", "IV."
_AGENDA_RE = re.compile(r"^(§\s*\d{1,3}[a-z]?[.:]?|\d{1,3}[a-z]?\s*§[.:]?|\d{1,2}(?:\.\d{1,2})*\.?|\d{1,2}\)|[IVX]{1,5}\.)\s+(?=\S)")
_AGENDA_ONLY_RE = re.compile(r"^(§\s*\d{1,3}[a-z]?|\d{1,3}[a-z]?\s*§)[.:]?$")
_SENTENCE_END = (".", "!", "?", ":", ";", "…")


def strip_bullet(line: str) -> str | None:
    """The text of a bullet line without its glyph or number, or ``None`` if it is not a bullet.

    >>> strip_bullet("• Nuorten harrastukset"), strip_bullet("3. luokka aloittaa")
    ('Nuorten harrastukset', None)
    """
    m = BULLET_RE.match(line)
    if m is None:
        return None
    rest = line[m.end() :].strip()
    return rest or None


def is_bullet_line(line: str) -> bool:
    """Whether ``line`` starts with a bullet glyph or list number followed by text."""
    return strip_bullet(line) is not None


def split_agenda_numbering(text: str) -> tuple[str, str]:
    """Split a heading into its agenda numbering and its text.

    >>> split_agenda_numbering("3 § Painopisteet")
    ('3 §', 'Painopisteet')
    >>> split_agenda_numbering("4. Yhteistyö")
    ('4.', 'Yhteistyö')
    """
    text = text.strip()
    if _AGENDA_ONLY_RE.match(text):
        return text, ""
    m = _AGENDA_RE.match(text)
    if m is None:
        return "", text
    return m.group(1).strip(), text[m.end() :].strip()


def join_lines(lines: Iterable[str]) -> str:
    """Join wrapped lines into one text: single spaces, line-end hyphenation undone.

    Suspended compounds (``sosiaali-`` + ``ja terveyspalvelut``) and real hyphenated words
    (``sote-`` + ``palvelut``) keep their hyphen; the decisions are
    :func:`hyte_nlp.readers.cleanup.line_end_hyphen`'s, shared with the PDF reader.
    """
    parts = [ln for ln in lines if ln.strip()]
    if len(parts) == 1:
        return parts[0].strip()
    return cleanup_join_lines(parts) if parts else ""


# Characters normalize_unicode() would change besides composition (ligatures, invisible
# characters, special spaces, tabs). Readers hand over clean text (see Block), so the full clean-up
# runs only when one of these appears or the text is not NFC: normalising every statement again
# cost a third of segmentation time on a 3,000-paragraph document.
_NEEDS_CLEANUP_RE = re.compile("[\ufb00-\ufb06\u00ad\u200b-\u200d\u2060\ufeff\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_WS_RUN_RE = re.compile(r"\s+")


def normalize_fast(text: str) -> str:
    """:func:`~hyte_nlp.readers.cleanup.normalize_unicode`, skipped when it would change nothing.

    >>> normalize_fast("pa\u0308iva\u0308\u00a0ja\u00adkin") == "päivä jakin"
    True
    """
    if _NEEDS_CLEANUP_RE.search(text) or not unicodedata.is_normalized("NFC", text):
        return normalize_unicode(text)
    return text


def _clean(text: str) -> str:
    return _WS_RUN_RE.sub(" ", normalize_fast(text)).strip()


def _is_line_break_boundary(prev: str, nxt: str) -> bool:
    """Whether an explicit line break between two lines separates units rather than wrapping.

    A short line without final punctuation followed by a capitalised line is line structure
    (a soft line break in Word, a list typed line by line); a long line is a wrapped one.
    """
    if prev.endswith(_SENTENCE_END) or prev.endswith("-"):
        return False
    return len(prev) < 60 and (nxt[:1].isupper() or nxt[:1].isdigit())


def _units(text: str) -> list[tuple[str, str]]:
    """Split a block's text into ``("bullet"|"text", text)`` units along its line structure."""
    lines = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    units: list[tuple[str, list[str]]] = []
    for line in lines:
        item = strip_bullet(line)
        if item is not None:
            units.append(("bullet", [item]))
            continue
        if units:
            kind, parts = units[-1]
            if kind == "bullet" and line[:1].islower():
                parts.append(line)  # a bullet's wrapped continuation
                continue
            if kind == "text" and not _is_line_break_boundary(parts[-1], line):
                parts.append(line)
                continue
        units.append(("text", [line]))
    return [(kind, join_lines(parts)) for kind, parts in units]


# ------------------------------------------------------------------------------------- actions
_ACTION_HEADINGS = load_word_list("action_headings.txt")
_ACTION_OPENERS = sorted(load_word_list("action_openers.txt"), key=len, reverse=True)
_ACTION_RE = re.compile(r"^(?:" + "|".join(re.escape(o) for o in _ACTION_OPENERS) + r")\b", re.IGNORECASE)


def _heading_key(text: str) -> str:
    return text.strip().rstrip(":").strip().casefold()


def _is_action_heading(title: str) -> bool:
    """*Päätökset*, *Sovitut toimenpiteet* …, alone or opening a longer heading
    (*Päätökset ja vastuut*, *Jatkotoimenpiteet ja seuranta*)."""
    key = _heading_key(title)
    return key in _ACTION_HEADINGS or any(key.startswith(h + " ") for h in _ACTION_HEADINGS)


def _section_title(block: Block) -> str:
    numbering, title = split_agenda_numbering(block.text)
    title = _clean(title).rstrip(":").strip()
    return title or _clean(block.numbering or numbering)


# --------------------------------------------------------------------------------------- tables
_HEADER_WORDS = load_word_list("table_header_words.txt")
_HAS_CONTENT_RE = re.compile(r"[^\W_]{2,}|\d")
_ROW_AXIS_WORDS = load_word_list("row_axis_headers.txt")


def _flat(cell: str) -> str:
    return _clean(join_lines(cell.split("\n")))


def _is_label(text: str) -> bool:
    """Short, unpunctuated text that can name a row or column."""
    return 0 < len(text) <= 60 and len(text.split()) <= 6 and not text.endswith((".", "!", "?"))


def _mean_len(cells: Sequence[str]) -> float:
    filled = [len(c) for c in cells if c]
    return sum(filled) / len(filled) if filled else 0.0


def _table_headers(rows: list[list[str]]) -> tuple[bool, bool]:
    """Decide whether the first row and the first column are headers.

    A first row is a header row when its cells are short labels and either one of them is a known
    header word (an age group, *Vastuutaho* …) or they are on average no longer than the body
    cells. A first column is a header column when the first row is a header row whose top-left
    cell is empty or names the row axis (*Painopiste*), or when its cells are short labels that
    are known header words or at most half as long as the other cells.
    """
    nrows, ncols = len(rows), len(rows[0])
    if nrows < 2 and ncols < 2:
        return False, False
    top = rows[0]
    header_row = False
    if nrows >= 2:
        labels = top[1:] if ncols > 1 else top
        body = [c for r in rows[1:] for c in r[1 if ncols > 1 else 0 :]]
        if any(labels) and all(not c or _is_label(c) for c in labels) and (not top[0] or _is_label(top[0])):
            known = any(_heading_key(c) in _HEADER_WORDS for c in top if c)
            header_row = known or _mean_len(labels) <= _mean_len(body)
    header_col = False
    if ncols >= 2:
        first = [r[0] for r in rows[1:]] if header_row else [r[0] for r in rows]
        others = [c for r in (rows[1:] if header_row else rows) for c in r[1:]]
        if header_row and (not top[0] or _heading_key(top[0]) in _ROW_AXIS_WORDS):
            header_col = any(first)
        elif any(first) and all(not c or _is_label(c) for c in first):
            known = sum(_heading_key(c) in _HEADER_WORDS for c in first if c)
            header_col = known >= max(1, len([c for c in first if c]) // 2) or (
                _mean_len(first) * 2 <= _mean_len(others)
            )
    return header_row, header_col


def _second_header_row(flat: list[list[str]], header_col: bool) -> bool:
    """Whether row 1 holds sub-headers under a spanning header of row 0 (``Lapset ja nuoret``
    over ``Alakoulu | Yläkoulu``): row 0 has a merged (empty) position, row 1 has nothing in the
    header column, and row 1's cells are short labels."""
    if len(flat) < 3:
        return False
    top, sub = flat[0], flat[1]
    start = 1 if header_col or not sub[0] else 0
    spans = any(not c for c in top[max(start, 1) :]) and any(top[max(start, 1) :])
    labels = [c for c in sub[start:] if c]
    return spans and not sub[0] and bool(labels) and all(_is_label(c) for c in labels)


def _table_statements(block: Block) -> list[tuple[str, str | None, str | None, int | None]]:
    """``(text, row_header, column_header, page)`` for each statement of a table, in reading order."""
    if not block.rows:
        return []
    ncols = max(len(r) for r in block.rows)
    if ncols == 0:
        return []
    rows = [[*r, *([""] * (ncols - len(r)))] for r in block.rows]
    flat = [[_flat(c) for c in r] for r in rows]
    header_row, header_col = _table_headers(flat)
    n_header_rows = (2 if _second_header_row(flat, header_col) else 1) if header_row else 0
    first_col = 1 if header_col else 0
    column_headers: list[str | None] = [None] * ncols
    if n_header_rows:
        for j in range(first_col, ncols):
            # A merged top header spans the empty positions right of it; sub-headers do not span.
            k = j
            while k > first_col and not flat[0][k]:
                k -= 1
            parts = [flat[0][k]] if flat[0][k] else []
            if n_header_rows == 2 and flat[1][j]:
                parts.append(flat[1][j])
            column_headers[j] = " / ".join(parts) or None
    out: list[tuple[str, str | None, str | None, int | None]] = []
    row_pages = block.row_pages if len(block.row_pages) == len(rows) else ()
    for i, row in enumerate(rows):
        page = row_pages[i] if row_pages else block.page
        if i < n_header_rows:
            continue
        for j, cell in enumerate(row):
            if (header_col and j == 0) or not flat[i][j]:
                continue
            row_header = None
            if header_col:
                k = i
                while k > n_header_rows and not flat[k][0]:
                    k -= 1
                row_header = flat[k][0] or None
            for _kind, text in _units(cell):
                text = _clean(text)
                if _HAS_CONTENT_RE.search(text):  # "-" or "x" placeholders are not statements
                    out.append((text, row_header, column_headers[j], page))
    return out


# ------------------------------------------------------------------------------------- segment
def segment(blocks: Iterable[Block], source: str, municipality: str | None = None) -> list[Statement]:
    """Turn body blocks (metadata already removed) into statements in reading order.

    Args:
        blocks: The body blocks of one document, in reading order.
        source: The file path as given by the user; its stem prefixes every statement id.
        municipality: The municipality of the document, copied onto every statement.

    Returns:
        Statements with ids ``"<stem>:<index>"``, indices counting from 0.
    """
    stem = Path(source).stem
    statements: list[Statement] = []
    sections: list[tuple[int, str]] = []
    path: tuple[str, ...] = ()
    under_action_heading = False

    def emit(
        text: str,
        kind: StatementKind,
        page: int | None,
        row_header: str | None = None,
        column_header: str | None = None,
    ) -> None:
        index = len(statements)
        statements.append(
            Statement(
                id=f"{stem}:{index}",
                text=text,
                kind=kind,
                section=path,
                page=page,
                index=index,
                source=source,
                row_header=row_header,
                column_header=column_header,
                municipality=municipality,
            )
        )

    def text_kind(text: str, default: StatementKind) -> StatementKind:
        if under_action_heading or _ACTION_RE.match(text):
            return "action"
        return default

    for block in blocks:
        if block.kind == "heading":
            title = _section_title(block)
            if not title:
                continue
            level = max(block.level, 1)
            while sections and sections[-1][0] >= level:
                sections.pop()
            sections.append((level, title))
            path = tuple(t for _, t in sections)
            under_action_heading = any(_is_action_heading(t) for t in path)
        elif block.kind == "bullet":
            text = _clean(join_lines(block.text.split("\n")))
            if text:
                emit(text, text_kind(text, "bullet"), block.page)
        elif block.kind == "table":
            for text, row_header, column_header, page in _table_statements(block):
                emit(text, "table_cell", page, row_header, column_header)
        else:
            for kind, unit in _units(block.text):
                if kind == "bullet":
                    text = _clean(unit)
                    if text:
                        emit(text, text_kind(text, "bullet"), block.page)
                    continue
                for text in split_sentences(normalize_fast(unit)):
                    if text:
                        emit(text, text_kind(text, "paragraph"), block.page)
    return statements
