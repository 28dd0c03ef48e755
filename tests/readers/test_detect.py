"""Format detection: content decides, and a mislabelled file is refused with a clear error."""

import pytest

from hyte_nlp.errors import EmptyDocumentError, UnsupportedFormatError
from hyte_nlp.readers.detect import detect_format


def _write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_text_files_are_text(tmp_path):
    assert detect_format(_write(tmp_path, "a.txt", "Läsnä: Maija".encode())) == "txt"
    assert detect_format(_write(tmp_path, "a.md", b"# Otsikko\n")) == "txt"


def test_pdf_with_junk_before_header_is_still_pdf(tmp_path):
    assert detect_format(_write(tmp_path, "a.pdf", b"\n\n%PDF-1.7\n...")) == "pdf"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "legacy Word .doc"),
        ("a.docx", b"%PDF-1.4\n", "content is pdf"),
        ("a.pdf", b"PK\x03\x04junk", "content is"),
        ("a.txt", b"%PDF-1.4\n", "content is pdf"),
        ("a.odt", b"PK\x03\x04", "unsupported file type"),
        ("a.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "unsupported file type"),
    ],
)
def test_mislabelled_or_unsupported_files_are_refused(tmp_path, name, data, message):
    with pytest.raises(UnsupportedFormatError, match=message) as info:
        detect_format(_write(tmp_path, name, data))
    assert "LibreOffice" in str(info.value)


def test_empty_file(tmp_path):
    with pytest.raises(EmptyDocumentError):
        detect_format(_write(tmp_path, "a.pdf", b""))


def test_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        detect_format(tmp_path / "nope.pdf")
