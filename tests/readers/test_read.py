"""read() and read_many() end to end over the DOCX and text hard fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import hyte_nlp
from hyte_nlp.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    ParseError,
    UnsupportedFormatError,
)
from hyte_nlp.minutes import Minutes
from hyte_nlp.readers.plain import TextEncodingError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

# Every hard fixture and what reading it must give: (municipality, date, statement count) or the
# specific error class.
EXPECTED: dict[str, tuple[str, str, int] | type[ParseError]] = {
    "docx/koskela_finnish_styles.docx": ("Koskela", "2025-04-08", 8),
    "docx/salmela_numbering.docx": ("Salmela", "2025-05-20", 17),
    "docx/mantyranta_tables.docx": ("Mäntyranta", "2025-06-03", 19),
    "docx/pohjoisniemi_header_footer.docx": ("Pohjoisniemi", "2025-09-24", 2),
    "docx/kuusiranta_revisions.docx": ("Kuusiranta", "2025-11-12", 4),
    "docx/empty.docx": EmptyDocumentError,
    "docx/truncated.docx": CorruptDocumentError,
    "docx/legacy_word97.docx": UnsupportedFormatError,
    "text/kivijarvi_utf8_bom.txt": ("Kivijärvi", "2025-10-15", 6),
    "text/salmela_cp1252.txt": ("Salmela", "2025-12-02", 2),
    "text/salmela_utf16.txt": ("Salmela", "2025-12-02", 2),
    "text/mantyranta.md": ("Mäntyranta", "2025-11-05", 7),
    "text/garbage_binary.txt": TextEncodingError,
    "text/garbage_no_nul.txt": TextEncodingError,
    "text/legacy_no_finnish_letters.txt": TextEncodingError,
}


def test_every_fixture_is_listed() -> None:
    on_disk = {
        str(p.relative_to(FIXTURES)) for d in ("docx", "text") for p in (FIXTURES / d).iterdir() if p.is_file()
    }
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_read_fixture(name: str) -> None:
    expected = EXPECTED[name]
    path = FIXTURES / name
    if isinstance(expected, type):
        with pytest.raises(expected) as info:
            hyte_nlp.read(path)
        assert type(info.value) is expected  # the specific error, not just any ParseError
        assert info.value.path == str(path) and info.value.reason and info.value.hint
        return
    m = hyte_nlp.read(path)
    assert (m.municipality, m.date.isoformat() if m.date else None, len(m.statements)) == expected
    assert [s.index for s in m.statements] == list(range(len(m.statements)))
    assert [s.id for s in m.statements] == [f"{path.stem}:{i}" for i in range(len(m.statements))]
    assert all(s.text == s.text.strip() and "  " not in s.text and "\n" not in s.text for s in m.statements)
    assert all(s.municipality == m.municipality for s in m.statements)
    # Participants are metadata, never statements.
    names = {p.name for p in m.participants}
    assert not any(n in s.text for n in names for s in m.statements)
    # JSON round trip.
    assert Minutes.from_dict(json.loads(json.dumps(m.to_dict()))) == m


@pytest.mark.parametrize("jobs", [1, 2])
def test_read_many_reports_every_failure_and_finishes(jobs: int) -> None:
    results = list(hyte_nlp.read_many([FIXTURES / "docx", FIXTURES / "text"], jobs=jobs))
    by_name = {str(Path(r.path).relative_to(FIXTURES)): r for r in results}
    assert set(by_name) == set(EXPECTED)
    for name, expected in EXPECTED.items():
        r = by_name[name]
        if isinstance(expected, type):
            assert r.minutes is None and type(r.error) is expected, name
            assert name.split("/")[-1] in str(r.error)  # the report names the file
        else:
            assert r.ok and r.error is None and r.minutes is not None, (name, r.error)
            assert len(r.minutes.statements) == expected[2]
    # Results come back in the order of the expanded paths.
    assert [r.path for r in results] == sorted(r.path for r in results)


def test_missing_file() -> None:
    with pytest.raises(FileNotFoundError):
        hyte_nlp.read(FIXTURES / "docx" / "no_such_file.docx")
