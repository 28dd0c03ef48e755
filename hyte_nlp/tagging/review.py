"""Review sheets: tags written to .xlsx for a person to correct, and read back as training data.

The sheet ``Tarkistus`` has one row per statement: its id, text, source file, page, section and
kind, then one column per facet with the chosen label ids separated by commas (edit these), then
one ``<facet>_score`` column per facet (for reference; ignored when reading). A second sheet
``Koodikirja`` lists every label id with its Finnish name and description. Corrected sheets go
straight to ``hyte-nlp train``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from hyte_nlp.tagging.codebook import Codebook
from hyte_nlp.tagging.tag import Tag

REVIEW_SHEET = "Tarkistus"
CODEBOOK_SHEET = "Koodikirja"
_INFO_COLUMNS = ("id", "text", "source", "page", "section", "kind", "municipality")
_WIDTHS = {"id": 18, "text": 70, "source": 28, "page": 6, "section": 30, "kind": 10, "municipality": 14}


def write_review(tags: Sequence[Tag], path: str | Path, codebook: Codebook) -> Path:
    """Write a review workbook for ``tags`` to ``path`` (.xlsx)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    wb = Workbook()
    ws = wb.active
    ws.title = REVIEW_SHEET
    facet_ids = list(codebook.facet_ids)
    header = [*_INFO_COLUMNS, *facet_ids, *(f"{f}_score" for f in facet_ids)]
    ws.append(header)
    bold = Font(bold=True)
    editable = PatternFill("solid", fgColor="FFF2CC")
    for cell in ws[1]:
        cell.font = bold
    for tag in tags:
        s = tag.statement
        row: list[Any] = [s.id, s.text, s.source, s.page, " > ".join(s.section), s.kind, s.municipality]
        row.extend(", ".join(label.id for label in tag.labels[f]) for f in facet_ids)
        row.extend(", ".join(f"{label.score:.2f}" for label in tag.labels[f]) for f in facet_ids)
        ws.append(row)
    wrap = Alignment(wrap_text=True, vertical="top")
    for column_cells in ws.iter_cols(min_row=1, max_row=ws.max_row):
        name = column_cells[0].value
        letter = column_cells[0].column_letter
        ws.column_dimensions[letter].width = _WIDTHS.get(str(name), 22)
        for cell in column_cells[1:]:
            cell.alignment = wrap
            if name in facet_ids:
                cell.fill = editable
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = ws.dimensions
    # single-label facets get a drop-down of their label ids
    for facet in codebook.facets:
        if facet.multi_label or ws.max_row < 2:
            continue
        letter = ws.cell(row=1, column=header.index(facet.id) + 1).column_letter
        validation = DataValidation(type="list", formula1='"' + ",".join(facet.label_ids) + '"', allow_blank=False)
        validation.add(f"{letter}2:{letter}{ws.max_row}")
        ws.add_data_validation(validation)
    book = wb.create_sheet(CODEBOOK_SHEET)
    book.append(["facet", "multi_label", "label", "name_fi", "name_en", "description"])
    for cell in book[1]:
        cell.font = bold
    for facet in codebook.facets:
        for label in facet.labels:
            book.append([facet.id, "kyllä" if facet.multi_label else "ei", label.id, label.name_fi, label.name_en, label.description])
    for letter, width in zip("ABCDEF", (16, 11, 24, 44, 40, 80)):
        book.column_dimensions[letter].width = width
    wb.save(out)
    return out


def read_review(path: str | Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """Rows of a (corrected) review sheet as corpus-like records.

    Yields:
        ``("file:row N", record)`` where ``record`` has ``text``, ``source`` and one entry per
        facet column present (a comma-separated string of label ids; empty means no label).
    """
    from openpyxl import load_workbook

    from hyte_nlp.tagging.corpus import CorpusError

    file = Path(path)
    try:
        wb = load_workbook(file, read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises several unrelated types for a bad file
        raise CorpusError(f"{file}: not a readable .xlsx workbook ({err}).") from err
    try:
        ws = wb[REVIEW_SHEET] if REVIEW_SHEET in wb.sheetnames else wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header = next(rows, None)
        if not header or "text" not in header:
            raise CorpusError(f"{file}: the first row must name the columns, including 'text' (a sheet written by `hyte-nlp tag -o FILE.xlsx`).")
        names = [str(h).strip() if h is not None else "" for h in header]
        for number, values in enumerate(rows, 2):
            record = {name: value for name, value in zip(names, values) if name and not name.endswith("_score")}
            if not record.get("text"):
                continue
            for key, value in list(record.items()):
                if value is None:
                    record[key] = ""
            source = str(record.get("source") or "")
            record["source"] = f"review:{source}" if source else f"review:{file.name}:{number}"
            yield f"{file}:row {number}", record
    finally:
        wb.close()


__all__ = ["CODEBOOK_SHEET", "REVIEW_SHEET", "read_review", "write_review"]
