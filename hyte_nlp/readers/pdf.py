"""Read a PDF into a :class:`~hyte_nlp.readers.base.RawDocument` with pdfplumber.

Each page is read once (its characters parsed once, words extracted once, tables looked for only
where ruling lines exist), reduced to small line records and closed. Two cheap passes over those
records then remove running headers/footers and build blocks::

    page --(pdf_watermark)--> chars without watermarks --(pdf_tables)--> tables
         --(extract_words, pdf_lines)--> lines in reading order, margin lines flagged
    all pages --(pdf_furniture)--> lines without headers/footers/page numbers
              --(pdf_blocks)--> headings, bullets, paragraphs, tables
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hyte_nlp.errors import CorruptDocumentError, EmptyDocumentError, EncryptedDocumentError, NoTextLayerError
from hyte_nlp.readers.base import RawDocument
from hyte_nlp.readers.pdf_blocks import build_blocks
from hyte_nlp.readers.pdf_furniture import strip_furniture
from hyte_nlp.readers.pdf_lines import layout_lines
from hyte_nlp.readers.pdf_model import PageLayout
from hyte_nlp.readers.pdf_tables import find_page_tables, may_hold_table
from hyte_nlp.readers.pdf_watermark import watermark_char_ids

#: Word extraction: words split at font changes so headings and bold runs keep their style.
WORD_SETTINGS: dict[str, Any] = {
    "x_tolerance": 1.5,
    "y_tolerance": 3,
    "keep_blank_chars": False,
    "use_text_flow": False,
    "extra_attrs": ["fontname", "size"],
}
# A PDF's end marker must be in its last KiB (PDF 32000-1 §7.5.5; readers look there too).
_EOF_WINDOW = 1024


def read_pdf(path: Path) -> RawDocument:
    """Read a PDF file into blocks in reading order, page furniture removed.

    Args:
        path: The PDF file.

    Raises:
        EncryptedDocumentError: the PDF needs a password.
        CorruptDocumentError: the file is truncated or its structure cannot be parsed.
        NoTextLayerError: the pages hold only images (a scan): OCR is needed.
        EmptyDocumentError: no pages, or pages without any text.
    """
    path = Path(path)
    _check_complete(path)
    with _open_pdf(path) as pdf:
        layouts = [_read_page(page, path) for page in _pages(pdf, path)]
    _check_text(layouts, path)
    items, furniture = strip_furniture(layouts)
    blocks = build_blocks(items, max(p.width for p in layouts))
    if not blocks:
        if any(p.image_count for p in layouts):  # a scan with only a stamped page number as text
            raise NoTextLayerError(path, "the PDF's pages are images with no body text layer (a scan): OCR is needed.")
        raise EmptyDocumentError(path, "the PDF has text only in page headers, footers or watermarks.")
    return RawDocument(
        path=str(path), format="pdf", blocks=tuple(blocks), pages=len(layouts), furniture=tuple(furniture)
    )


def _check_complete(path: Path) -> None:
    with path.open("rb") as fh:
        size = fh.seek(0, 2)
        if size == 0:
            raise EmptyDocumentError(path, "the file is empty (0 bytes).")
        fh.seek(max(0, size - _EOF_WINDOW))
        tail = fh.read()
    if b"%%EOF" not in tail:
        raise CorruptDocumentError(path, "the PDF is truncated: it has no end-of-file marker (%%EOF).")


def _is_password_error(err: BaseException) -> bool:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    causes = (err, *err.args) if isinstance(err, Exception) else (err,)
    return any(isinstance(c, (PDFPasswordIncorrect, PDFEncryptionError)) for c in causes)


@contextmanager
def _pdfminer_errors(path: Path, where: str) -> Iterator[None]:
    """Turn pdfminer/pdfplumber failures into :mod:`hyte_nlp.errors` with the cause kept."""
    try:
        yield
    except (EncryptedDocumentError, CorruptDocumentError):
        raise
    except Exception as err:  # pdfminer raises many unrelated types on damaged files
        if _is_password_error(err):
            raise EncryptedDocumentError(path, "the PDF is password-protected.") from err
        detail = err.args[0] if err.args and isinstance(err.args[0], BaseException) else err
        raise CorruptDocumentError(path, f"the PDF cannot be parsed {where}: {type(detail).__name__}: {detail}.") from err


@contextmanager
def _open_pdf(path: Path) -> Iterator[Any]:
    import pdfplumber

    with _pdfminer_errors(path, "(opening it)"):
        pdf = pdfplumber.open(path)
    with pdf:
        yield pdf


def _pages(pdf: Any, path: Path) -> Iterator[Any]:
    with _pdfminer_errors(path, "(reading its page tree)"):
        pages = pdf.pages
    if not pages:
        raise EmptyDocumentError(path, "the PDF has no pages.")
    yield from pages


def _read_page(page: Any, path: Path) -> PageLayout:
    """Reduce one pdfplumber page to a :class:`PageLayout` and release the page's parsed objects."""
    try:
        # Only pdfminer's parse of the page content is wrapped: an error in our own layout code
        # must surface as itself, not as a "corrupt PDF".
        with _pdfminer_errors(path, f"on page {page.page_number}"):
            objects = page.objects
        return _layout_page(page, objects)
    finally:
        page.close()


def _layout_page(page: Any, objects: dict[str, list[dict[str, Any]]]) -> PageLayout:
    chars = objects.get("char", [])
    marked = watermark_char_ids(chars, objects.get("rect", ())) if chars else set()
    view = page.filter(lambda obj: id(obj) not in marked) if marked else page
    tables = find_page_tables(view, page.page_number) if chars and may_hold_table(objects) else []
    words = view.extract_words(**WORD_SETTINGS) if len(marked) < len(chars) else []
    items = layout_lines(words, tables, page.page_number, float(page.width), float(page.height))
    return PageLayout(
        number=page.page_number,
        width=float(page.width),
        height=float(page.height),
        items=tuple(items),
        char_count=len(chars),
        image_count=len(objects.get("image", ())),
    )


def _check_text(layouts: list[PageLayout], path: Path) -> None:
    if any(p.char_count for p in layouts):
        return
    if any(p.image_count for p in layouts):
        raise NoTextLayerError(
            path, f"the PDF has {len(layouts)} page(s) of images but no text layer (a scan): OCR is needed."
        )
    raise EmptyDocumentError(path, f"the PDF has {len(layouts)} page(s) but no text on them.")


__all__ = ["WORD_SETTINGS", "read_pdf"]
