"""Read a Word ``.docx`` file into layout blocks with python-docx.

Body paragraphs and tables are read in document order. Structure comes from Word itself where the
author used it (heading and list styles in English or Finnish, list numbering) and from what
authors type by hand otherwise (bullet glyphs, ``3 §`` agenda numbers, bold one-line headings).

Tables: python-docx repeats a merged cell at every grid position it covers; each underlying
``w:tc`` is read once (at its first row and column) and the positions it covers are ``""``.
A nested table is read in place: each of its cells becomes one bullet line (``"• text"``) of the
outer cell, so segmentation gives each nested cell its own statement with the outer cell's headers.
List paragraphs inside cells are marked the same way.

Also read: paragraphs inside content controls (``w:sdt``), tracked insertions (deletions and
hidden text are dropped), hyperlink text, and text boxes (once, before the paragraph they are
anchored in). Tables of contents and indexes are skipped. Not read: footnotes, comments, shapes
without a text box, images.

Running headers and footers go to ``RawDocument.furniture``: they never become statements but
header extraction may take the municipality or the date from them.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from hyte_nlp.errors import CorruptDocumentError, EmptyDocumentError
from hyte_nlp.readers.base import Block, RawDocument
from hyte_nlp.readers.cleanup import collapse_spaces
from hyte_nlp.readers.header import label_tabs_to_colons
from hyte_nlp.readers.segment import normalize_fast, split_agenda_numbering, strip_bullet
from hyte_nlp.package_data import data_lines

__all__ = ["read_docx"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Runs to skip in a paragraph: deleted or moved-away revisions, and runs of text boxes anchored
# in it (the boxes are read as paragraphs of their own, in place; see _iter_content).
_SKIP_ANCESTORS = frozenset({f"{_W}del", f"{_W}moveFrom", f"{_W}txbxContent"})
_TRAILING_LEVEL_RE = re.compile(r"^(.*?)[\s_-]*(\d)$")
#: A paragraph longer than this is never taken for a heading on its formatting alone.
_MAX_HEADING_WORDS = 12
_MAX_HEADING_CHARS = 100
#: Text in a heading style longer than this is a body paragraph typed in the wrong style.
_MAX_STYLED_HEADING_WORDS = 30


def _load_styles() -> dict[str, set[str]]:
    roles: dict[str, set[str]] = {}
    for line in data_lines("data", "readers", "docx_styles.tsv"):
        role, name = line.split("\t", 1)
        for key in (name.strip().casefold(), name.strip().casefold().replace(" ", "")):
            roles.setdefault(key, set()).add(role.strip())
    return roles


_STYLE_ROLES = _load_styles()


@lru_cache(maxsize=1024)
def _classify_style_name(name: str) -> tuple[str, int] | None:
    """``("heading"|"list", level)`` for a style name or id, or ``None`` for other styles."""
    key = name.strip().casefold()
    m = _TRAILING_LEVEL_RE.match(key)
    base, number = (m.group(1).strip(), int(m.group(2))) if m else (key, None)
    roles = _STYLE_ROLES.get(base) or _STYLE_ROLES.get(base.replace(" ", "")) or set()
    if "skip" in roles:
        return "skip", 0
    if number is not None:
        if "heading" in roles:
            return "heading", max(number, 1)
        if "list" in roles:
            return "list", max(number - 1, 0)
        return None
    if "title" in roles:
        return "heading", 1
    if "subtitle" in roles:
        return "heading", 2
    if "heading" in roles:
        return "heading", 1
    if "list" in roles:
        return "list", 0
    return None


@dataclass(frozen=True, slots=True)
class _StyleInfo:
    role: str | None  # "heading", "list" or None
    level: int
    bold: bool | None
    num_id: str | None
    num_level: int


class _Styles:
    """Resolved paragraph- and character-style facts (role, bold, numbering), following
    ``basedOn`` chains, looked up by style id.

    python-docx's ``Paragraph.style`` and ``Run.style`` scan every style of the document on each
    call (``Styles.default``), which made a 3,000-paragraph file take 45 s; this index is built
    once per document and makes the same file read in about a second.
    """

    def __init__(self, document: Any) -> None:
        from docx.enum.style import WD_STYLE_TYPE

        styles = document.styles
        self._by_id: dict[str, Any] = {s.style_id: s for s in styles if s.style_id}
        self._default_paragraph = styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self._default_character = styles.default(WD_STYLE_TYPE.CHARACTER)
        self._cache: dict[str | None, _StyleInfo] = {}
        self._char_bold: dict[str | None, bool | None] = {}

    def info(self, style_id: str | None) -> _StyleInfo:
        """Facts of the paragraph style ``style_id`` (``None``: the default paragraph style)."""
        found = self._cache.get(style_id)
        if found is None:
            style = self._by_id.get(style_id) if style_id else None
            found = self._cache[style_id] = self._resolve(style or self._default_paragraph)
        return found

    def character_bold(self, style_id: str | None) -> bool | None:
        """Whether the character style ``style_id`` (or its bases) sets bold; ``None`` if unset."""
        if style_id in self._char_bold:
            return self._char_bold[style_id]
        style = (self._by_id.get(style_id) if style_id else None) or self._default_character
        bold: bool | None = None
        seen = 0
        while style is not None and seen < 10 and bold is None:
            seen += 1
            bold = style.font.bold
            style = style.base_style
        self._char_bold[style_id] = bold
        return bold

    def _resolve(self, style: Any) -> _StyleInfo:
        role: str | None = None
        level = 0
        bold: bool | None = None
        num_id: str | None = None
        num_level = 0
        seen = 0
        while style is not None and seen < 20:  # basedOn chains are short; guard against cycles
            seen += 1
            if role is None:
                for name in (style.name or "", style.style_id or ""):
                    found = _classify_style_name(name) if name else None
                    if found:
                        role, level = found
                        break
            if role is None:
                outline = _outline_level(style.element)
                if outline is not None:
                    role, level = "heading", outline
            if bold is None:
                bold = style.font.bold
            if num_id is None:
                num = _num_pr(style.element)
                if num is not None:
                    num_id, num_level = num
            style = style.base_style
        return _StyleInfo(role, level, bold, num_id, num_level)


def _outline_level(element: Any) -> int | None:
    """Heading level from ``w:outlineLvl`` (0 = level 1; 9 means body text)."""
    found = element.find(f"{_W}pPr/{_W}outlineLvl")
    if found is None:
        return None
    try:
        value = int(found.get(f"{_W}val", "9"))
    except ValueError:
        return None
    return value + 1 if value < 9 else None


def _num_pr(element: Any) -> tuple[str, int] | None:
    """``(numId, ilvl)`` of a paragraph's or style's list numbering; ``numId`` 0 means none."""
    num_pr = element.find(f"{_W}pPr/{_W}numPr")
    if num_pr is None:
        return None
    num_id_el = num_pr.find(f"{_W}numId")
    ilvl_el = num_pr.find(f"{_W}ilvl")
    num_id = num_id_el.get(f"{_W}val") if num_id_el is not None else None
    try:
        ilvl = int(ilvl_el.get(f"{_W}val", "0")) if ilvl_el is not None else 0
    except ValueError:
        ilvl = 0
    if num_id is None:
        return None
    return num_id, ilvl


class _Numbering:
    """The number format ("bullet", "decimal", …) of each list and level, from numbering.xml."""

    def __init__(self, document: Any) -> None:
        self._formats: dict[tuple[str, int], str] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, str]] = {}
        for an in root.findall(f"{_W}abstractNum"):
            levels: dict[int, str] = {}
            for lvl in an.findall(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                try:
                    levels[int(lvl.get(f"{_W}ilvl", "0"))] = fmt.get(f"{_W}val", "") if fmt is not None else ""
                except ValueError:
                    continue
            abstract[an.get(f"{_W}abstractNumId", "")] = levels
        for num in root.findall(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is None:
                continue
            for ilvl, fmt in abstract.get(ref.get(f"{_W}val", ""), {}).items():
                self._formats[(num.get(f"{_W}numId", ""), ilvl)] = fmt

    def is_bullet(self, num_id: str, ilvl: int) -> bool:
        return self._formats.get((num_id, ilvl), "bullet") in ("bullet", "none", "")


# ------------------------------------------------------------------------------------ paragraphs
_RUN_TEXT = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}


def _run_text(r: Any) -> str:
    """The text of a ``w:r``, as ``Run.text`` gives it (tabs, line breaks; page breaks dropped),
    without compiling an XPath per run."""
    out: list[str] = []
    for child in r:
        tag = child.tag
        if tag == f"{_W}t":
            out.append(child.text or "")
        elif tag == f"{_W}br":
            if child.get(f"{_W}type", "textWrapping") == "textWrapping":
                out.append("\n")
        else:
            mapped = _RUN_TEXT.get(tag)
            if mapped:
                out.append(mapped)
    return "".join(out)


def _runs(p: Any) -> Iterator[Any]:
    """The paragraph's visible ``w:r`` elements, including those inside hyperlinks, fields,
    content controls and tracked insertions (``Paragraph.text`` misses the last three), without
    deleted, moved-away or hidden text."""
    for r in p.iter(f"{_W}r"):
        node = r.getparent()
        skip = False
        while node is not None and node is not p:
            if node.tag in _SKIP_ANCESTORS:
                skip = True
                break
            node = node.getparent()
        if skip:
            continue
        rpr = r.find(f"{_W}rPr")
        if rpr is not None and rpr.find(f"{_W}vanish") is not None:
            continue  # hidden text
        yield r


def _on_off(rpr: Any, tag: str) -> bool | None:
    """The value of an on/off run property (``w:b``): ``None`` when absent."""
    el = rpr.find(f"{_W}{tag}") if rpr is not None else None
    if el is None:
        return None
    return el.get(f"{_W}val", "true").lower() not in ("0", "false", "off")


def _run_bold(r: Any, styles: _Styles, paragraph_bold: bool | None) -> bool:
    rpr = r.find(f"{_W}rPr")
    bold = _on_off(rpr, "b")
    if bold is not None:
        return bold
    rstyle = rpr.find(f"{_W}rStyle") if rpr is not None else None
    char_bold = styles.character_bold(rstyle.get(f"{_W}val") if rstyle is not None else None)
    if char_bold is not None:
        return char_bold
    return bool(paragraph_bold)


@dataclass(frozen=True, slots=True)
class _Para:
    lines: tuple[str, ...]
    role: str | None
    level: int
    list_level: int | None  # nesting depth if a list item by numbering or style
    bullet_numbering: bool  # the list numbering is bullets, not numbers
    bold: bool


def _read_paragraph(paragraph: Any, styles: _Styles, numbering: _Numbering) -> _Para | None:
    p = paragraph._p
    p_style = p.find(f"{_W}pPr/{_W}pStyle")
    info = styles.info(p_style.get(f"{_W}val") if p_style is not None else None)
    if info.role == "skip":
        return None
    parts: list[str] = []
    all_bold = True
    any_text = False
    for r in _runs(p):
        text = _run_text(r)
        if not text:
            continue
        parts.append(text)
        if text.strip():
            any_text = True
            if all_bold and not _run_bold(r, styles, info.bold):
                all_bold = False
    if not any_text:
        return None
    # "Läsnä<TAB>Name, role": a tab after a header label stands for its colon.
    raw = normalize_fast(label_tabs_to_colons("".join(parts)).replace("\t", " "))
    lines = tuple(ln for ln in (collapse_spaces(x) for x in raw.split("\n")) if ln)
    if not lines:
        return None
    own = _num_pr(p)
    num = own if own is not None else ((info.num_id, info.num_level) if info.num_id else None)
    list_level: int | None = None
    bullet_numbering = True
    if num is not None and num[0] not in ("0", ""):
        # "List Bullet 2" often restarts at ilvl 0 of its own list: its name gives the depth.
        list_level = max(num[1], info.level if info.role == "list" else 0)
        bullet_numbering = numbering.is_bullet(*num)
    elif info.role == "list":
        list_level = info.level
    role = info.role
    level = info.level
    outline = _outline_level(p)
    if outline is not None and role != "heading":
        role, level = "heading", outline
    return _Para(lines, role, level, list_level, bullet_numbering, all_bold)


def _looks_like_heading_text(text: str) -> bool:
    return (
        len(text) <= _MAX_HEADING_CHARS
        and len(text.split()) <= _MAX_HEADING_WORDS
        and not text.endswith((".", "!", "?", ";", ","))
    )


def _agenda_level(numbering: str) -> int:
    # "3.1" and "3.1." are sub-items; "3 §", "§ 3", "3." are top level.
    return 2 if re.match(r"^\d+\.\d+", numbering) else 1


def _bullet_blocks(lines: tuple[str, ...], level: int) -> list[Block]:
    """Split manually typed bullet lines (and their continuation lines) into bullet blocks."""
    items: list[list[str]] = []
    for line in lines:
        item = strip_bullet(line)
        if item is not None or not items:
            items.append([item if item is not None else line])
        else:
            items[-1].append(line)
    return [Block("bullet", "\n".join(i), level=level) for i in items]


class _BlockBuilder:
    """Turns paragraphs into blocks, tracking heading levels for headings found by formatting."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._structural_level = 0  # level of the last heading from a style or agenda number
        self._numbered_lines: list[int] = []  # indices of hand-numbered short lines
        self._numbered_items: list[int] = []  # indices of short items of Word-numbered lists

    def finish(self) -> list[Block]:
        """The blocks, with numbered short lines decided by their neighbours.

        Numbered lines that stand next to each other are a list; one that stands alone between
        other content is an agenda heading (``4. Yhteistyö`` typed by hand, or agenda items
        made with Word's numbering and discussion paragraphs between them).
        """
        typed = set(self._numbered_lines)
        for i in self._numbered_lines:
            if i - 1 in typed or i + 1 in typed:
                self.blocks[i] = Block("bullet", self.blocks[i].text, level=0)
        auto = set(self._numbered_items)
        for i in self._numbered_items:
            nxt = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
            if i - 1 not in auto and i + 1 not in auto and nxt is not None and nxt.kind != "heading":
                self.blocks[i] = Block("heading", self.blocks[i].text, level=1)
        return self.blocks

    def heading(self, text: str, level: int, numbering: str = "", *, by_format: bool = False) -> None:
        if by_format:
            level = self._structural_level + 1
        else:
            self._structural_level = level
        self.blocks.append(Block("heading", text, level=level, numbering=numbering, bold=by_format))

    def paragraph(self, para: _Para) -> None:
        text = " ".join(para.lines)
        if para.role == "heading" and len(text.split()) <= _MAX_STYLED_HEADING_WORDS:
            numbering, rest = split_agenda_numbering(text)
            self.heading(rest or text, para.level, numbering)
            return
        if para.list_level is not None:
            if not para.bullet_numbering and para.bold and len(para.lines) == 1 and _looks_like_heading_text(text):
                # A bold, short, numbered list item is an agenda heading ("1. Kokouksen avaus").
                self.heading(text, 1 + para.list_level)
                return
            item = strip_bullet(para.lines[0])
            lines = ((item,) + para.lines[1:]) if item is not None else para.lines
            if (
                para.list_level == 0
                and not para.bullet_numbering
                and len(lines) == 1
                and lines[0][:1].isupper()
                and _looks_like_heading_text(lines[0])
            ):
                self._numbered_items.append(len(self.blocks))
            self.blocks.append(Block("bullet", "\n".join(lines), level=para.list_level, bold=para.bold))
            return
        first = para.lines[0]
        if strip_bullet(first) is not None:
            numbering, rest = split_agenda_numbering(first)
            if len(para.lines) == 1 and numbering and _looks_like_heading_text(first):
                if para.bold:
                    self.heading(rest, _agenda_level(numbering), numbering)
                    return
                # "4. Yhteistyö" typed by hand: a heading if it stands alone, a list item if
                # it is one of a run of numbered lines; decided in finish().
                self._numbered_lines.append(len(self.blocks))
                self._structural_level = _agenda_level(numbering)
                self.blocks.append(Block("heading", rest, level=_agenda_level(numbering), numbering=numbering))
                return
            self.blocks.extend(_bullet_blocks(para.lines, 0))
            return
        if len(para.lines) == 1:
            numbering, rest = split_agenda_numbering(first)
            if numbering and rest and _looks_like_heading_text(first) and ("§" in numbering or para.bold):
                self.heading(rest, _agenda_level(numbering), numbering)
                return
            if para.bold and _looks_like_heading_text(first):
                self.heading(first, 0, by_format=True)
                return
        self.blocks.append(Block("paragraph", "\n".join(para.lines), bold=para.bold))


# ---------------------------------------------------------------------------------------- tables
def _iter_content(container_element: Any, parent: Any) -> Iterator[Any]:
    """Paragraphs and tables of a body or cell in order, descending into content controls."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container_element.iterchildren():
        tag = child.tag
        if tag == f"{_W}p":
            # Text boxes anchored in the paragraph (cover-page titles, side notes) are read
            # before it, in place.
            for box in child.iter(f"{_W}txbxContent"):
                if _outermost_box(box, child):
                    yield from _iter_content(box, parent)
            yield Paragraph(child, parent)
        elif tag == f"{_W}tbl":
            yield Table(child, parent)
        elif tag in (f"{_W}sdt", f"{_W}customXml", f"{_W}sdtContent"):
            inner = child.find(f"{_W}sdtContent") if tag == f"{_W}sdt" else child
            if inner is not None:
                yield from _iter_content(inner, parent)


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _outermost_box(box: Any, paragraph: Any) -> bool:
    """Whether a text box belongs to ``paragraph`` itself: not inside another text box (read
    when that box is), and not the VML fallback copy Word writes beside the DrawingML one."""
    node = box.getparent()
    while node is not None and node is not paragraph:
        if node.tag in (f"{_W}txbxContent", _MC_FALLBACK):
            return False
        node = node.getparent()
    return True


def _cell_text(cell: Any, styles: _Styles, numbering: _Numbering, depth: int = 0) -> str:
    from docx.table import Table

    lines: list[str] = []
    for item in _iter_content(cell._tc, cell):
        if isinstance(item, Table):
            if depth > 5:
                continue
            for row in _table_rows(item, styles, numbering, depth + 1):
                for text in row:
                    flat = " ".join(t for t in text.split("\n") if t)
                    if flat:
                        lines.append(f"• {strip_bullet(flat) or flat}")
            continue
        para = _read_paragraph(item, styles, numbering)
        if para is None:
            continue
        if para.list_level is not None and para.role != "heading":
            first = strip_bullet(para.lines[0]) or para.lines[0]
            lines.append(f"• {first}")
            lines.extend(para.lines[1:])
        else:
            lines.extend(para.lines)
    return "\n".join(lines)


def _row_cells(row: Any, table: Any) -> list[Any]:
    """The row's cells, one per grid column (merged cells repeated, as python-docx gives them).

    A vertical merge that continues a cell missing from the row above (Word tolerates it)
    makes python-docx raise; such a row is read cell by cell as written, without merging.
    """
    from docx.table import _Cell

    try:
        return list(row.cells)
    except (ValueError, IndexError, AttributeError):
        return [_Cell(tc, table) for tc in row._tr.tc_lst]


def _table_rows(table: Any, styles: _Styles, numbering: _Numbering, depth: int = 0) -> tuple[tuple[str, ...], ...]:
    # Keyed by the w:tc element itself (not id()): holding the lxml proxies keeps their identity
    # stable, whereas ids of freed proxies are reused.
    seen: set[Any] = set()
    rows: list[tuple[str, ...]] = []
    for row in table.rows:
        cells: list[str] = [""] * getattr(row, "grid_cols_before", 0)  # python-docx >= 1.2
        for cell in _row_cells(row, table):
            key = cell._tc
            if key in seen:
                cells.append("")  # a position covered by a merged cell
                continue
            seen.add(key)
            cells.append(_cell_text(cell, styles, numbering, depth))
        cells.extend([""] * getattr(row, "grid_cols_after", 0))
        rows.append(tuple(cells))
    width = max((len(r) for r in rows), default=0)
    return tuple(r + ("",) * (width - len(r)) for r in rows)


# ------------------------------------------------------------------------------------- furniture
def _furniture(document: Any, styles: _Styles, numbering: _Numbering) -> tuple[str, ...]:
    from docx.table import Table

    out: list[str] = []
    for section in document.sections:
        parts = (
            section.header,
            section.first_page_header,
            section.even_page_header,
            section.footer,
            section.first_page_footer,
            section.even_page_footer,
        )
        for part in parts:
            if part.is_linked_to_previous:
                continue
            for item in _iter_content(part._element, part):
                if isinstance(item, Table):
                    texts = [t for row in _table_rows(item, styles, numbering) for t in row]
                else:
                    para = _read_paragraph(item, styles, numbering)
                    texts = list(para.lines) if para else []
                for text in texts:
                    for line in text.split("\n"):
                        line = collapse_spaces(line)
                        if line and line not in out:
                            out.append(line)
    title = (document.core_properties.title or "").strip()
    if title and title not in out:
        out.append(collapse_spaces(normalize_fast(title)))
    return tuple(out)


# ------------------------------------------------------------------------------------------ read
def _open(path: Path) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    try:
        return docx.Document(str(path))
    except PackageNotFoundError as err:
        raise CorruptDocumentError(path, "the file is not a readable Word package (no document part).") from err
    except zipfile.BadZipFile as err:
        raise CorruptDocumentError(path, f"the Word file is damaged or truncated (broken zip: {err}).") from err
    except XMLSyntaxError as err:
        raise CorruptDocumentError(path, f"the Word file's XML is damaged ({err}).") from err
    except (KeyError, ValueError) as err:
        raise CorruptDocumentError(path, f"the Word package is incomplete or mislabelled ({err}).") from err


def read_docx(path: Path) -> RawDocument:
    """Read a ``.docx`` file into blocks in document order.

    Args:
        path: The Word file.

    Returns:
        A :class:`RawDocument` with ``format="docx"`` and ``pages=None``; running headers,
        footers and the document-properties title in ``furniture``.

    Raises:
        CorruptDocumentError: the file is not a valid Word package (broken zip, bad XML).
        EmptyDocumentError: the body holds no text at all.
    """
    from docx.table import Table

    path = Path(path)
    document = _open(path)
    styles = _Styles(document)
    numbering = _Numbering(document)
    builder = _BlockBuilder()
    try:
        for item in _iter_content(document.element.body, document._body):
            if isinstance(item, Table):
                rows = _table_rows(item, styles, numbering)
                if any(any(c for c in r) for r in rows):
                    builder.blocks.append(Block("table", rows=rows))
                continue
            para = _read_paragraph(item, styles, numbering)
            if para is not None:
                builder.paragraph(para)
        furniture = _furniture(document, styles, numbering)
    except (KeyError, ValueError) as err:
        raise CorruptDocumentError(path, f"the Word file refers to a missing or invalid part ({err}).") from err
    blocks = builder.finish()
    if not blocks:
        where = " (only the running header/footer has text)" if furniture else ""
        raise EmptyDocumentError(path, f"the Word document has no body text{where}.")
    return RawDocument(path=str(path), format="docx", blocks=tuple(blocks), pages=None, furniture=furniture)
