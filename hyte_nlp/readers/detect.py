"""Decide a file's format from its content, and refuse files whose content and name disagree."""

from __future__ import annotations

import zipfile
from pathlib import Path

from hyte_nlp.errors import CorruptDocumentError, EmptyDocumentError, UnsupportedFormatError

SUFFIX_FORMATS = {".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".md": "txt"}
#: Suffixes searched for when a folder is given.
SUPPORTED_SUFFIXES = tuple(SUFFIX_FORMATS)

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc/.xls, and encrypted .docx
_RTF_MAGIC = b"{\\rtf"


def detect_format(path: str | Path) -> str:
    """Return ``"pdf"``, ``"docx"`` or ``"txt"`` for ``path``, checked against its content.

    Raises:
        FileNotFoundError: ``path`` does not exist.
        EmptyDocumentError: the file has zero bytes.
        UnsupportedFormatError: unknown extension, or content of another format (e.g. a legacy
            ``.doc`` renamed ``.docx``).
        EncryptedDocumentError: a password-protected Word file (OLE2-wrapped OOXML).
    """
    p = Path(path)
    if not p.is_file():
        raise FileNotFoundError(f"{p}: no such file")
    suffix = p.suffix.lower()
    claimed = SUFFIX_FORMATS.get(suffix)
    if claimed is None:
        raise UnsupportedFormatError(p, f"unsupported file type {suffix or '(no extension)'!r}.")
    with p.open("rb") as fh:
        head = fh.read(8)
    if not head:
        raise EmptyDocumentError(p, "the file is empty (0 bytes).")
    sniffed = _sniff(head, p)
    if claimed == "txt":
        if sniffed in ("pdf", "docx", "ole2", "rtf"):
            raise UnsupportedFormatError(p, f"the extension says text but the content is {sniffed}.")
        return "txt"
    if sniffed == claimed:
        return claimed
    if claimed == "docx" and sniffed == "ole2":
        if _is_encrypted_ooxml(p):
            from hyte_nlp.errors import EncryptedDocumentError

            raise EncryptedDocumentError(p, "the Word file is password-protected.")
        raise UnsupportedFormatError(
            p, "this is a legacy Word .doc (OLE2) file with a .docx name; only .docx is supported."
        )
    if claimed == "pdf" and sniffed is None:
        # A PDF may have junk before %PDF (allowed within the first 1024 bytes).
        with p.open("rb") as fh:
            if b"%PDF-" in fh.read(1024):
                return "pdf"
        raise CorruptDocumentError(p, "the file has a .pdf name but no PDF header.")
    what = sniffed or "not a recognised document"
    raise UnsupportedFormatError(p, f"the extension says {claimed} but the content is {what}.")


def _sniff(head: bytes, path: Path) -> str | None:
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(_OLE2_MAGIC):
        return "ole2"
    if head.startswith(_RTF_MAGIC):
        return "rtf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
        except zipfile.BadZipFile:
            return "docx"  # a truncated zip: let the DOCX reader report it as corrupt
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "ppt/presentation.xml" in names:
            return "pptx"
        if "content.xml" in names:
            return "odf"
        return "zip"
    return None


def _is_encrypted_ooxml(path: Path) -> bool:
    # Word wraps an encrypted .docx in an OLE2 container holding "EncryptionInfo" and
    # "EncryptedPackage" streams; the UTF-16 stream names appear in the directory sectors.
    data = path.read_bytes()[:1 << 20]
    return "EncryptedPackage".encode("utf-16-le") in data


__all__ = ["SUFFIX_FORMATS", "SUPPORTED_SUFFIXES", "detect_format"]
