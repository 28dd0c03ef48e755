"""What every format reader produces: a :class:`RawDocument` of layout :class:`Block` records.

Format readers (``pdf.py``, ``word.py``, ``plain.py``) know their file format and nothing else:
they turn a file into blocks in reading order with running headers, footers, page numbers and
watermarks already removed and line-end hyphenation already rejoined. ``header.py`` then takes the
metadata (municipality, date, participants) and ``segment.py`` turns the remaining blocks into
statements. One direction: no stage goes back to the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "bullet", "paragraph", "table"]


@dataclass(frozen=True, slots=True)
class Block:
    """One layout unit of a document in reading order.

    Attributes:
        kind: ``"heading"``, ``"bullet"`` (a list item, wrapped lines joined), ``"paragraph"`` or
            ``"table"``.
        text: Clean text for headings, bullets and paragraphs (empty for tables). A bullet's text
            has its glyph or number (``•``, ``-``, ``1.``, ``a)``) removed.
        page: 1-based page number where the block starts; ``None`` for formats without pages.
        level: Heading level (1 = top) for headings; nesting depth (0 = top) for bullets.
        rows: For tables: the cell texts, row by row. A merged cell appears once (in its first
            row/column) and the cells it covers are ``""``. Wrapped words are rejoined.
        numbering: The agenda numbering of a heading as written (``"3 §"``, ``"§ 3"``, ``"3."``),
            with the text in ``text`` free of it.
        bold: The whole block is bold (a bold one-line paragraph may be a heading).
        row_pages: For tables that run across a page break: the page each row starts on, one
            entry per row of ``rows``. Empty means every row is on ``page``.
    """

    kind: BlockKind
    text: str = ""
    page: int | None = None
    level: int = 0
    rows: tuple[tuple[str, ...], ...] = ()
    numbering: str = ""
    bold: bool = False
    row_pages: tuple[int | None, ...] = ()


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A file's content as blocks, before metadata extraction and segmentation.

    Attributes:
        path: The file as given.
        format: ``"pdf"``, ``"docx"`` or ``"txt"``.
        blocks: The body in reading order.
        pages: Page count (PDF) or ``None``.
        furniture: Text removed as page furniture (running headers/footers) and document
            properties such as a DOCX title: not statements, but may supply metadata.
    """

    path: str
    format: str
    blocks: tuple[Block, ...]
    pages: int | None = None
    furniture: tuple[str, ...] = field(default=())


__all__ = ["Block", "BlockKind", "RawDocument"]
