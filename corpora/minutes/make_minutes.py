"""Generate the synthetic example minutes (DOCX and PDF) and their gold statements.

Run from the repository root::

    .venv/bin/python corpora/minutes/make_minutes.py

Each ``content/<stem>.toml`` holds the content of one set of minutes (metadata, participants,
agenda items with paragraphs, lists and tables). From that one content model this script writes

* ``<stem>.docx`` (python-docx: heading and list styles, tables, running header and footer with a
  PAGE field) or ``<stem>.pdf`` (reportlab, laid out here: Finnish hyphenation at line ends with
  libvoikko, bullets with wrapped continuation lines, ruled tables, running header, page numbers);
* ``gold/<stem>.jsonl``: the statements the reader must yield, derived from the content model by
  the rules of ``docs/SEGMENTATION.md`` (never by running the reader); for PDFs the page of each
  statement comes from this script's own layout;
* ``gold/<stem>.meta.json``: municipality, date, participant count and the page-furniture strings
  that must never appear inside a statement.

Everything is fictional and marked "SYNTEETTINEN ESIMERKKI".
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

HERE = Path(__file__).resolve().parent
CONTENT_DIR = HERE / "content"

COUNTY = "Järviseudun hyvinvointialue"
SYNTHETIC_MARK = "SYNTEETTINEN ESIMERKKI"

# docs/SEGMENTATION.md, "Action": headings whose statements are agreed actions, and sentence starts.
ACTION_HEADINGS = {
    "päätös", "päätökset", "sovittiin", "sovitut asiat", "sovitut toimenpiteet",
    "jatkotoimenpiteet", "jatkotoimet",
}
ACTION_START_RE = re.compile(r"^(Sovittiin|Sovitaan|Päätettiin|Päätetään|Todettiin ja sovittiin)\b")


# --------------------------------------------------------------------------------------------
# Content model
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Cell:
    """One table cell: a single text, several plain lines, or bullet lines; ``span`` columns wide."""

    lines: tuple[str, ...] = ()
    bullets: bool = False
    span: int = 1

    @property
    def empty(self) -> bool:
        return not any(line.strip() for line in self.lines)


@dataclass(frozen=True)
class Doc:
    stem: str
    data: dict[str, Any]

    @property
    def meta(self) -> dict[str, Any]:
        return self.data["meta"]

    @property
    def items(self) -> list[dict[str, Any]]:
        return self.data["item"]


def clean(text: str) -> str:
    """Gold text normal form: NFC, single spaces, no soft-break markers."""
    text = unicodedata.normalize("NFC", text.replace("\n", " "))
    return re.sub(r"\s+", " ", text).strip()


def parse_cell(raw: Any) -> Cell:
    """A cell in TOML: ``"text"``, ``"line 1\\nline 2"``, ``["bullet", ...]`` or a table with span."""
    span = 1
    if isinstance(raw, dict):
        span = int(raw.get("span", 1))
        raw = raw.get("bullets", raw.get("text", ""))
    if isinstance(raw, list):
        return Cell(tuple(raw), bullets=True, span=span)
    return Cell(tuple(str(raw).split("\n")), bullets=False, span=span)


def table_cells(rows: list[list[Any]]) -> list[list[Cell | None]]:
    """Rows of cells as a grid; a spanned cell is followed by ``None`` for the columns it covers."""
    grid: list[list[Cell | None]] = []
    for row in rows:
        out: list[Cell | None] = []
        for raw in row:
            cell = parse_cell(raw)
            out.append(cell)
            out.extend([None] * (cell.span - 1))
        grid.append(out)
    return grid


def agenda_label(style: str, n: int, heading: str) -> str:
    if style == "dot":
        return f"{n}. {heading}"
    if style == "para_before":
        return f"§ {n} {heading}"
    if style == "para_after":
        return f"{n} § {heading}"
    return heading


# --------------------------------------------------------------------------------------------
# Gold statements (docs/SEGMENTATION.md), built from the content model
# --------------------------------------------------------------------------------------------

@dataclass
class GoldBuilder:
    """Collects gold records in reading order. ``page`` is filled in by the PDF layout."""

    records: list[dict[str, Any]] = field(default_factory=list)

    def add(self, text: str, kind: str, section: tuple[str, ...], *, row_header: str | None = None,
            column_header: str | None = None) -> int:
        text = clean(text)
        if kind in ("bullet", "paragraph") and (
            ACTION_START_RE.match(text) or any(h.lower() in ACTION_HEADINGS for h in section)
        ):
            kind = "action"
        self.records.append({
            "text": text, "kind": kind, "section": list(section), "page": None,
            "row_header": row_header, "column_header": column_header,
        })
        return len(self.records) - 1


def iter_body(doc: Doc):
    """Yield ``(section_path, block)`` for every block, with a synthetic heading block per item."""
    for n, item in enumerate(doc.items, start=doc.meta.get("first_item_number", 1)):
        heading = item["heading"]
        yield (heading,), {"type": "h1", "text": heading, "n": n}
        sub: str | None = None
        for block in item.get("block", []):
            if "h2" in block:
                sub = block["h2"]
                yield (heading, sub), {"type": "h2", "text": sub}
                continue
            path = (heading, sub) if sub else (heading,)
            yield path, block


def gold_for_block(gold: GoldBuilder, path: tuple[str, ...], block: dict[str, Any]) -> list[Any]:
    """Add the block's gold records; return the record indexes aligned with the block's units.

    Units: one per sentence (``p``), one per item (``ul``/``ol``, nested items flattened in order),
    and a grid of indexes for tables (``None`` for header and empty cells).
    """
    if "p" in block:
        return [gold.add(s, "paragraph", path) for s in block["p"]]
    if "ul" in block or "ol" in block:
        items = block.get("ul") or block.get("ol")
        out: list[Any] = []
        for it in items:
            if isinstance(it, list):
                out.append([gold.add(sub, "bullet", path) for sub in it])
            else:
                out.append(gold.add(it, "bullet", path))
        return out
    if "table" in block:
        grid = table_cells(block["rows"])
        header_col = bool(block.get("header_column", block["table"] == "grid"))
        col_headers = [clean(" ".join(c.lines)) if c else None for c in grid[0]]
        idx_grid: list[list[Any]] = [[None] * len(r) for r in grid]
        for r, row in enumerate(grid):
            if r == 0:
                continue
            row_header = clean(" ".join(row[0].lines)) if header_col and row[0] else None
            for c, cell in enumerate(row):
                if cell is None or cell.empty or (header_col and c == 0):
                    continue
                kw = {"row_header": row_header, "column_header": col_headers[c]}
                if cell.bullets:
                    idx_grid[r][c] = [gold.add(line, "table_cell", path, **kw) for line in cell.lines]
                else:
                    idx_grid[r][c] = [gold.add(" ".join(cell.lines), "table_cell", path, **kw)]
        return idx_grid
    raise ValueError(f"unknown block {block!r}")


# --------------------------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------------------------

def _add_field(paragraph: Any, instr: str, cached: str) -> None:
    """A complex field (PAGE, NUMPAGES) as Word writes it: begin, instrText, separate, result, end."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def fld(kind: str) -> Any:
        run = paragraph.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run._r.append(el)
        return run

    fld("begin")
    run = paragraph.add_run()
    instr_el = OxmlElement("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = f" {instr} "
    run._r.append(instr_el)
    fld("separate")
    paragraph.add_run(cached)
    fld("end")


def write_docx(doc: Doc, out: Path, gold: GoldBuilder) -> None:
    import datetime as dt

    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    meta = doc.meta
    d = docx.Document()
    styles = d.styles
    if meta.get("finnish_styles"):
        # A template with Finnish style names, as some municipal templates have.
        for level in (1, 2):
            styles[f"Heading {level}"].name = f"Otsikko {level}"
    h1 = "Otsikko 1" if meta.get("finnish_styles") else "Heading 1"
    h2 = "Otsikko 2" if meta.get("finnish_styles") else "Heading 2"
    styles["Normal"].font.name = "Calibri"
    styles["Normal"].font.size = Pt(11)

    cp = d.core_properties
    cp.title = meta["title"]
    cp.subject = f"{SYNTHETIC_MARK}: fiktiivinen kunta ja hyvinvointialue"
    cp.author = "hyte-nlp esimerkkiaineisto"
    cp.comments = f"{SYNTHETIC_MARK}. Luotu skriptillä corpora/minutes/make_minutes.py."
    cp.created = cp.modified = dt.datetime(2025, 6, 1, 12, 0, 0)
    cp.last_modified_by = "make_minutes.py"
    cp.revision = 1

    section = d.sections[0]
    section.left_margin = section.right_margin = Cm(2.3)
    header_p = section.header.paragraphs[0]
    header_p.text = meta["running_header"]
    footer_p = section.footer.paragraphs[0]
    footer_p.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT)
    footer_p.add_run(f"{SYNTHETIC_MARK}\tSivu ")
    _add_field(footer_p, "PAGE", "1")
    footer_p.add_run(" / ")
    _add_field(footer_p, "NUMPAGES", "1")

    d.add_paragraph(meta["title"], style="Title")
    _docx_header_block(d, meta)

    cell_bullet_style = meta.get("docx_cell_bullets", "glyph")
    for path, block in iter_body(doc):
        if block.get("type") == "h1":
            label = agenda_label(meta["numbering"], block["n"], block["text"])
            if meta.get("docx_headings") == "bold":
                # Headings typed as bold body text, without a heading style.
                p = d.add_paragraph()
                p.add_run(label).bold = True
                p.paragraph_format.space_before = Pt(12)
            else:
                d.add_paragraph(label, style=h1)
            continue
        if block.get("type") == "h2":
            d.add_paragraph(block["text"], style=h2)
            continue
        gold_for_block(gold, path, block)
        if "p" in block:
            p = d.add_paragraph()
            for i, sent in enumerate(block["p"]):
                if i and sent.startswith("\n"):
                    p.add_run().add_break()  # a soft line break (Shift+Enter) between sentences
                elif i:
                    p.add_run(" ")
                p.add_run(sent.lstrip("\n"))
        elif "ul" in block or "ol" in block:
            numbered = "ol" in block
            items_seen = 0
            for it in block.get("ul") or block.get("ol"):
                for sub in it if isinstance(it, list) else [it]:
                    level = 1 if isinstance(it, list) else 0
                    if meta.get("docx_lists") == "numpr":
                        _numbered_paragraph(d, sub, numbered and not level, level)
                    elif meta.get("docx_lists") == "typed":
                        # Bullets typed by hand: a glyph and a tab in a plain paragraph.
                        glyph = f"{items_seen + 1})" if numbered else ("o" if level else "•")
                        items_seen += 0 if level else 1
                        p = d.add_paragraph(f"{glyph}\t{sub}")
                        p.paragraph_format.left_indent = Pt(18 + 18 * level)
                        p.paragraph_format.first_line_indent = Pt(-18)
                    elif level:
                        d.add_paragraph(sub, style="List Bullet 2")
                    else:
                        d.add_paragraph(sub, style="List Number" if numbered else "List Bullet")
        elif "table" in block:
            _docx_table(d, block, cell_bullet_style)
    d.save(str(out))
    _fix_zip_times(out)


def _fix_zip_times(path: Path) -> None:
    """Rewrite the DOCX package with fixed entry times so that regenerating gives the same bytes."""
    import zipfile

    with zipfile.ZipFile(path) as zin:
        entries = [(info.filename, zin.read(info)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            zout.writestr(zipfile.ZipInfo(name, date_time=(2025, 6, 1, 12, 0, 0)), data,
                          compress_type=zipfile.ZIP_DEFLATED)


# Numbering instances of python-docx's default template: 1 is the bullet list of "List Bullet",
# 5 the decimal list of "List Number".
_BULLET_NUM_ID, _DECIMAL_NUM_ID = 1, 5


def _numbered_paragraph(d: Any, text: str, numbered: bool, level: int) -> None:
    """A list item as Word's toolbar buttons make it: "List Paragraph" plus direct ``w:numPr``."""
    p = d.add_paragraph(text, style="List Paragraph")
    num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = _DECIMAL_NUM_ID if numbered else _BULLET_NUM_ID


def _docx_header_block(d: Any, meta: dict[str, Any]) -> None:
    from docx.shared import Pt

    def labelled(p: Any, label: str, value: str) -> None:
        p.add_run(f"{label}:").bold = True
        if value:
            p.add_run(f" {value}")

    fields = meta["header"]
    if meta.get("docx_header_soft_breaks"):
        # All header lines in one paragraph separated by soft line breaks.
        p = d.add_paragraph()
        for i, (label, value) in enumerate(fields):
            if i:
                p.add_run().add_break()
            labelled(p, label, value)
    else:
        for label, value in fields:
            labelled(d.add_paragraph(), label, value)
    labelled(d.add_paragraph(), meta.get("participants_label", "Läsnä"), "")
    style = "List Bullet" if meta.get("participants_as_bullets") else None
    for person in meta["participants"]:
        p = d.add_paragraph(person, style=style)
        if style is None:
            p.paragraph_format.left_indent = Pt(18)
    for label, value in meta.get("header_after", []):
        labelled(d.add_paragraph(), label, value)


def _docx_table(d: Any, block: dict[str, Any], cell_bullets: str) -> None:
    from docx.shared import Pt

    grid = table_cells(block["rows"])
    ncols = len(grid[0])
    table = d.add_table(rows=len(grid), cols=ncols)
    table.style = "Table Grid"
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell is None:
                continue
            target = table.cell(r, c)
            if cell.span > 1:
                target = target.merge(table.cell(r, c + cell.span - 1))
            paras = target.paragraphs
            for i, line in enumerate(cell.lines):
                p = paras[0] if i == 0 else target.add_paragraph()
                if cell.bullets and cell_bullets == "style":
                    p.style = "List Bullet"
                    p.add_run(line)
                elif cell.bullets:
                    p.add_run(f"– {line}")
                else:
                    run = p.add_run(line)
                    run.bold = r == 0 or (c == 0 and block["table"] == "grid")
                p.paragraph_format.space_after = Pt(2)


# --------------------------------------------------------------------------------------------
# PDF: our own layout (line breaking with Finnish hyphenation, lists, ruled tables, pages)
# --------------------------------------------------------------------------------------------

PAGE_W, PAGE_H = 595.28, 841.89
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 70.0, 62.0, 92.0, 78.0
BODY_FONT, BOLD_FONT = "DejaVuSans", "DejaVuSans-Bold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
BODY_SIZE, LEADING = 10.0, 13.6
# Word hyphenates only when the free space at the line end is wider than its hyphenation zone.
HYPHENATION_ZONE = 18.0
# A suspended compound ("sosiaali-" in "sosiaali- ja terveyspalvelut") is a good place for a
# line break: prefer it to hyphenating the next word when the line is already this full. This
# puts suspended compounds at line ends often enough to test that readers keep their hyphen.
SUSPENDED_BREAK_FILL = 0.78

_voikko: Any = None
# What the line breaker did, per PDF (printed by main): hyphenated words, breaks at a word's own
# hyphen, line ends at a suspended compound, words cut without a hyphen.
LINE_END_STATS: Counter[str] = Counter()


def hyphen_points(word: str) -> list[int]:
    """Offsets inside ``word`` where Voikko allows a hyphenated break (syllable/compound limits)."""
    global _voikko
    if _voikko is None:
        import libvoikko

        _voikko = libvoikko.Voikko("fi")
    pattern = _voikko.getHyphenationPattern(word)
    return [i for i, ch in enumerate(pattern) if ch == "-"]


def text_width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


_CORE_RE = re.compile(r"^([(\"“]*)(.*?)([.,;:)!?\"”]*)$")


def split_word(word: str, room: float, font: str, size: float) -> tuple[str, str] | None:
    """Break ``word`` so that its first part (with its hyphen) fits in ``room``.

    Candidates are existing hyphens (the hyphen stays, nothing is added: ``sote-`` + ``palvelut``)
    and Voikko hyphenation points (a hyphen is added: ``hyvinvointi-`` + ``alueen``). Both sides
    keep at least three (before) and four (after) letters; all-caps words and words with digits are never hyphenated.
    """
    lead, core, trail = _CORE_RE.match(word).groups()  # type: ignore[union-attr]
    if len(core) < 7 or any(ch.isdigit() for ch in core) or "/" in core:
        return None
    cands: list[tuple[bool, int, str, str]] = []
    start = 0
    for part in core.split("-"):
        end = start + len(part)
        if part and not part.isupper() and len(part) >= 6:
            for i in hyphen_points(part):
                cut = start + i
                if i >= 3 and len(part) - i >= 4:
                    cands.append((False, cut, core[:cut] + "-", core[cut:]))
        if end < len(core) and len(part) >= 3 and len(core) - end - 1 >= 3:
            cands.append((True, end + 1, core[: end + 1], core[end + 1 :]))
        start = end + 1
    # A word's own hyphen is an ordinary break opportunity, as in Word: it is tried before the
    # hyphenation points (tuple order: own hyphens first, then the longest first part).
    for _own, _cut, first, rest in sorted(cands, reverse=True):
        first = lead + first
        if text_width(first, font, size) <= room:
            return first, rest + trail
    return None


_CONJ = {"ja", "tai", "sekä", "ynnä", "eli"}


@dataclass
class Frag:
    """A run of text on a line, with the sentence/item unit it starts (for gold pages)."""

    text: str
    unit: Any = None  # gold record index or None


def break_lines(tokens: list[tuple[str, Any]], width: float, font: str, size: float,
                first_width: float | None = None, hyphenate: bool = True) -> list[list[Frag]]:
    """Greedy line breaking with hyphenation. ``tokens`` are ``(word, unit_started_here)``.

    A token of ``"\\n"`` forces a line break (a soft line break in the source).
    """
    lines: list[list[Frag]] = [[]]
    space = text_width(" ", font, size)
    used = 0.0
    cur_width = first_width if first_width is not None else width
    queue = list(tokens)
    while queue:
        word, unit = queue.pop(0)
        if word == "\n":
            lines.append([])
            used, cur_width = 0.0, width
            continue
        line = lines[-1]
        w = text_width(word, font, size)
        need = w + (space if line else 0.0)
        if used + need <= cur_width:
            line.append(Frag(word, unit))
            used += need
            continue
        # Prefer breaking after a suspended compound ("sosiaali-" before "ja") near the line end.
        moved: list[Frag] = []
        for k in range(len(line) - 2, 0, -1):
            if line[k].text.endswith("-") and len(line[k].text) > 4 and line[k + 1].text in _CONJ:
                prefix_w = text_width(" ".join(f.text for f in line[: k + 1]), font, size)
                if prefix_w >= SUSPENDED_BREAK_FILL * cur_width:
                    moved = line[k + 1 :]
                    del line[k + 1 :]
                break
        room = cur_width - used - (space if line else 0.0)
        if not moved and hyphenate and room >= HYPHENATION_ZONE:
            parts = split_word(word, room, font, size)
            if parts:
                LINE_END_STATS["own hyphen" if word.startswith(parts[0]) else "hyphenated"] += 1
                line.append(Frag(parts[0], unit))
                lines.append([])
                used, cur_width = 0.0, width
                queue.insert(0, (parts[1], None))
                continue
        queue[0:0] = [(f.text, f.unit) for f in moved] + [(word, unit)]
        if line and line[-1].text.endswith("-") and (moved or word in _CONJ):
            LINE_END_STATS["suspended compound"] += 1
        lines.append([])
        used, cur_width = 0.0, width
        if not moved and w > width:
            # A single word wider than the column (narrow table cell): hyphenate it if allowed,
            # else cut it without a hyphen, as Word does.
            queue.pop(0)
            parts = split_word(word, width, font, size) if hyphenate else None
            if parts:
                LINE_END_STATS["hyphenated"] += 1
                lines[-1].append(Frag(parts[0], unit))
                lines.append([])
                queue.insert(0, (parts[1], None))
                continue
            cut = len(word)
            while cut > 1 and text_width(word[:cut], font, size) > width:
                cut -= 1
            lines[-1].append(Frag(word[:cut], unit))
            LINE_END_STATS["cut without hyphen"] += 1
            lines.append([])
            queue.insert(0, (word[cut:], None))
    return [ln for ln in lines if ln]


@dataclass
class Line:
    """A laid-out element of given height: text runs and rules, relative to its top."""

    height: float
    texts: list[tuple[float, float, str, str, float]] = field(default_factory=list)  # x, dy, s, font, size
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)  # x1, dy1, x2, dy2
    units: list[Any] = field(default_factory=list)
    keep_with_next: bool = False
    space_before: float = 0.0


class PdfLayout:
    """Pages of positioned text and rules; records the page where each gold unit starts."""

    def __init__(self) -> None:
        self.pages: list[list[tuple[str, tuple]]] = [[]]
        self.y = PAGE_H - MARGIN_T
        self.unit_pages: dict[int, int] = {}

    @property
    def bottom(self) -> float:
        return MARGIN_B

    def new_page(self) -> None:
        self.pages.append([])
        self.y = PAGE_H - MARGIN_T

    def place(self, group: list[Line]) -> None:
        """Place lines that must stay together (a heading with its next line, a table)."""
        total = sum(ln.height + ln.space_before for ln in group) - group[0].space_before
        if self.y - total < self.bottom and self.y < PAGE_H - MARGIN_T:
            self.new_page()
        for i, ln in enumerate(group):
            if i or self.y < PAGE_H - MARGIN_T:
                self.y -= ln.space_before
            if self.y - ln.height < self.bottom:
                self.new_page()
            top = self.y
            page = self.pages[-1]
            for x, dy, s, font, size in ln.texts:
                page.append(("text", (x, top - dy, s, font, size)))
            for x1, dy1, x2, dy2 in ln.rules:
                page.append(("rule", (x1, top - dy1, x2, top - dy2)))
            for u in ln.units:
                self.unit_pages.setdefault(u, len(self.pages))
            self.y -= ln.height


def _units_of(frags: list[Frag]) -> list[Any]:
    return [f.unit for f in frags if f.unit is not None]


def text_lines(tokens: list[tuple[str, Any]], x: float, width: float, *, font: str = BODY_FONT,
               size: float = BODY_SIZE, glyph: str | None = None, indent: float = 0.0) -> list[Line]:
    """Lines of a paragraph or list item (glyph hanging at ``x``, text at ``x + indent``)."""
    out: list[Line] = []
    # Titles and headings are not hyphenated (Word users turn it off for them).
    hyphenate = font != BOLD_FONT
    for i, frags in enumerate(break_lines(tokens, width - indent, font, size, hyphenate=hyphenate)):
        ln = Line(height=size * 1.36, units=_units_of(frags))
        if i == 0 and glyph:
            ln.texts.append((x, size, glyph, font, size))
        ln.texts.append((x + indent, size, " ".join(f.text for f in frags), font, size))
        out.append(ln)
    return out


def tokens_of(text: str, unit: Any) -> list[tuple[str, Any]]:
    words = text.split()
    return [(w, unit if i == 0 else None) for i, w in enumerate(words)]


def pdf_table(block: dict[str, Any], idx_grid: list[list[Any]], x0: float, width: float) -> list[Line]:
    """A ruled table as one group of lines (one Line per row) with its cell text wrapped."""
    grid = table_cells(block["rows"])
    ncols = len(grid[0])
    weights = block.get("widths") or ([1.25] + [1.0] * (ncols - 1))
    total = sum(weights)
    col_w = [width * w / total for w in weights]
    col_x = [x0 + sum(col_w[:i]) for i in range(ncols)]
    size, pad = 8.6, 4.0
    lead = size * 1.3
    header_col = bool(block.get("header_column", block["table"] == "grid"))
    # Some documents have hyphenation off in tables: long words are then cut without a hyphen.
    hyphenate = bool(block.get("hyphenate", True))
    rows: list[Line] = []
    for r, row in enumerate(grid):
        cell_lines: list[list[tuple[float, float, str, str]]] = []  # per cell: (x, dy, text, font)
        units: list[Any] = []
        heights = []
        for c, cell in enumerate(row):
            if cell is None:
                continue
            cw = sum(col_w[c : c + cell.span]) - 2 * pad
            bold = r == 0 or (header_col and c == 0)
            font = BOLD_FONT if bold else BODY_FONT
            placed: list[tuple[float, float, str, str]] = []
            dy = pad + size
            idx = idx_grid[r][c] if idx_grid[r][c] is not None else []
            for k, line in enumerate(cell.lines):
                unit = idx[k] if cell.bullets and k < len(idx) else (idx[0] if idx and k == 0 else None)
                if cell.bullets:
                    for j, frags in enumerate(break_lines(tokens_of(line, unit), cw - 9, font, size,
                                                          hyphenate=hyphenate)):
                        if j == 0:
                            placed.append((col_x[c] + pad, dy, "•", font))
                        placed.append((col_x[c] + pad + 9, dy, " ".join(f.text for f in frags), font))
                        units += _units_of(frags)
                        dy += lead
                else:
                    for frags in break_lines(tokens_of(line, unit), cw, font, size, hyphenate=hyphenate):
                        placed.append((col_x[c] + pad, dy, " ".join(f.text for f in frags), font))
                        units += _units_of(frags)
                        dy += lead
            heights.append(dy - lead + pad + 3)
            cell_lines.append(placed)
        h = max(heights)
        ln = Line(height=h, units=units)
        for placed in cell_lines:
            for x, dy, s, font in placed:
                ln.texts.append((x, dy, s, font, size))
        # Ruling: top of every row, bottom of the last, verticals at column edges (not inside spans).
        ln.rules.append((x0, 0, x0 + width, 0))
        edges = [0]
        c = 0
        for cell in row:
            if cell is None:
                continue
            c += cell.span
            edges.append(c)
        for e in edges:
            xe = x0 + sum(col_w[:e])
            ln.rules.append((xe, 0, xe, h))
        # Every row also draws its bottom rule, as Word's cell borders do, so a table broken
        # across pages is closed at the page end.
        ln.rules.append((x0, h, x0 + width, h))
        rows.append(ln)
    rows[0].space_before = 6
    return rows


def write_pdf(doc: Doc, out: Path, gold: GoldBuilder) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont(BODY_FONT, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD_FONT, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    meta = doc.meta
    lay = PdfLayout()
    x0 = MARGIN_L
    width = PAGE_W - MARGIN_L - MARGIN_R

    title = text_lines(tokens_of(meta["title"], None), x0, width, font=BOLD_FONT, size=15)
    lay.place(title)
    lay.y -= 10
    label_w = 92.0
    for label, value in meta["header"]:
        ln = text_lines(tokens_of(value, None), x0, width - label_w)
        ln[0].texts.insert(0, (x0, BODY_SIZE, f"{label}:", BOLD_FONT, BODY_SIZE))
        ln = [Line(l.height, [(x + label_w, dy, s, f, sz) for x, dy, s, f, sz in l.texts]) for l in ln]
        ln[0].texts[0] = (x0, BODY_SIZE, f"{label}:", BOLD_FONT, BODY_SIZE)
        lay.place(ln)
    lay.y -= 4
    lay.place([Line(LEADING, [(x0, BODY_SIZE, f"{meta.get('participants_label', 'Läsnä')}:", BOLD_FONT, BODY_SIZE)])])
    for person in meta["participants"]:
        if meta.get("participants_as_bullets"):
            lay.place(text_lines(tokens_of(person, None), x0 + 14, width - 14, glyph="•", indent=12))
        else:
            lay.place(text_lines(tokens_of(person, None), x0 + label_w, width - label_w))
    for label, value in meta.get("header_after", []):
        ln = text_lines(tokens_of(value, None), x0 + label_w, width - label_w)
        ln[0].texts.insert(0, (x0, BODY_SIZE, f"{label}:", BOLD_FONT, BODY_SIZE))
        lay.y -= 4
        lay.place(ln)

    pending_heading: list[Line] = []
    for path, block in iter_body(doc):
        if block.get("type") in ("h1", "h2"):
            is_h1 = block["type"] == "h1"
            text = agenda_label(meta["numbering"], block["n"], block["text"]) if is_h1 else block["text"]
            # Some documents use bold body-size text for headings.
            size = meta.get("pdf_heading_sizes", [12.0, 10.5])[0 if is_h1 else 1]
            hl = text_lines(tokens_of(text, None), x0, width, font=BOLD_FONT, size=size)
            hl[0].space_before = 14 if is_h1 else 8
            for l in hl:
                l.height += 2
            pending_heading += hl
            continue
        idx = gold_for_block(gold, path, block)
        group: list[Line] = []
        if "p" in block:
            toks: list[tuple[str, Any]] = []
            for sent, unit in zip(block["p"], idx):
                if sent.startswith("\n"):
                    toks.append(("\n", None))
                toks += tokens_of(sent, unit)
            group = text_lines(toks, x0, width)
            group[0].space_before = 5
        elif "ul" in block or "ol" in block:
            numbered = "ol" in block
            glyphs = meta.get("pdf_bullets", ["•", "–"])
            n = 0
            for it, unit in zip(block.get("ul") or block.get("ol"), idx):
                if isinstance(it, list):
                    for sub, su in zip(it, unit):
                        group += text_lines(tokens_of(sub, su), x0 + 32, width - 32, glyph=glyphs[1], indent=12)
                    continue
                n += 1
                glyph = f"{n}{meta.get('pdf_number_suffix', '.')}" if numbered else glyphs[0]
                group += text_lines(tokens_of(it, unit), x0 + 12, width - 12, glyph=glyph, indent=14)
            group[0].space_before = 4
        elif "table" in block:
            group = pdf_table(block, idx, x0, width)
            group.append(Line(height=8))  # space below the table
        if "table" in block and block.get("split"):
            # A table that may break across pages between rows (header row not repeated): the
            # header row stays with the first body row.
            keep = 2
        elif "table" in block:
            keep = len(group)
        else:
            keep = 2  # a heading stays with the first two lines of what follows it
        lay.place(pending_heading + group[:keep])
        pending_heading = []
        for ln in group[keep:]:
            lay.place([ln])

    for unit, page in lay.unit_pages.items():
        gold.records[unit]["page"] = page
    total = len(lay.pages)
    c = canvas.Canvas(str(out), pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setTitle(meta["title"])
    c.setSubject(f"{SYNTHETIC_MARK}: fiktiivinen kunta ja hyvinvointialue")
    c.setAuthor("hyte-nlp esimerkkiaineisto")
    c.setCreator("corpora/minutes/make_minutes.py (reportlab)")
    for n, ops in enumerate(lay.pages, start=1):
        _furniture(c, meta, n, total)
        c.setLineWidth(0.6)
        for op, args in ops:
            if op == "text":
                x, y, s, font, size = args
                c.setFont(font, size)
                c.drawString(x, y, s)
            else:
                c.line(*args)
        c.showPage()
    c.save()
    if not 3 <= total <= 6:
        print(f"warning: {out.name} has {total} pages (aim 3-6)", file=sys.stderr)


def page_number_text(style: str, n: int, total: int) -> str:
    return {"paren": f"{n} ({total})", "sivu": f"Sivu {n}/{total}", "dash": f"- {n} -"}[style]


def _furniture(c: Any, meta: dict[str, Any], n: int, total: int) -> None:
    c.setFillGray(0.35)
    c.setFont(BODY_FONT, 8)
    top = PAGE_H - 46
    c.drawString(MARGIN_L, top, meta["running_header"])
    if meta.get("running_header_right"):
        c.drawRightString(PAGE_W - MARGIN_R, top, meta["running_header_right"])
    c.setLineWidth(0.4)
    c.line(MARGIN_L, top - 5, PAGE_W - MARGIN_R, top - 5)
    c.drawString(MARGIN_L, 40, f"{SYNTHETIC_MARK} – fiktiivinen kunta ja hyvinvointialue")
    num = page_number_text(meta["page_number"], n, total)
    if meta["page_number"] == "dash":
        c.drawCentredString(PAGE_W / 2, 28, num)
    else:
        c.drawRightString(PAGE_W - MARGIN_R, 40, num)
    if meta.get("watermark"):
        # A draft watermark as case systems stamp it: large, light grey, diagonal.
        c.saveState()
        c.setFillGray(0.9)
        c.setFont(BOLD_FONT, 96)
        c.translate(PAGE_W / 2, PAGE_H / 2)
        c.rotate(48)
        c.drawCentredString(0, -30, meta["watermark"])
        c.restoreState()
    c.setFillGray(0)


# --------------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------------

def furniture_strings(meta: dict[str, Any]) -> list[str]:
    out = [meta["running_header"], SYNTHETIC_MARK] + ([meta["watermark"]] if meta.get("watermark") else [])
    if meta.get("running_header_right"):
        out.append(meta["running_header_right"])
    return out


def build(path: Path, out_dir: Path = HERE) -> dict[str, Any]:
    """Render one content file into ``out_dir`` (document) and ``out_dir/gold`` (gold files)."""
    doc = Doc(path.stem, tomllib.loads(path.read_text(encoding="utf-8")))
    meta = doc.meta
    gold = GoldBuilder()
    gold_dir = out_dir / "gold"
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{doc.stem}.{meta['format']}"
    if meta["format"] == "docx":
        write_docx(doc, out, gold)
    else:
        write_pdf(doc, out, gold)
    gold_dir.mkdir(parents=True, exist_ok=True)
    with open(gold_dir / f"{doc.stem}.jsonl", "w", encoding="utf-8") as fh:
        for rec in gold.records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    info = {
        "file": out.name,
        "municipality": meta["municipality"],
        "date": meta["date"],
        "participants": len(meta["participants"]),
        # Names only to check that no participant leaks into a statement (all invented).
        "participant_names": [re.split(r"[,(]", p)[0].strip() for p in meta["participants"]],
        "title": meta["title"],
        "furniture": furniture_strings(meta),
        "synthetic": True,
    }
    (gold_dir / f"{doc.stem}.meta.json").write_text(
        json.dumps(info, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return {"file": out.name, "statements": len(gold.records)}


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("content", nargs="*", type=Path, help="content TOML files (default: all)")
    parser.add_argument("--out", type=Path, default=HERE,
                        help="folder for the documents; gold files go to its gold/ (default: here)")
    args = parser.parse_args(argv)
    paths = args.content or sorted(CONTENT_DIR.glob("*.toml"))
    for p in paths:
        LINE_END_STATS.clear()
        res = build(p, args.out)
        stats = ", ".join(f"{k} {v}" for k, v in sorted(LINE_END_STATS.items()))
        print(f"{res['file']}: {res['statements']} gold statements" + (f"; line ends: {stats}" if stats else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
