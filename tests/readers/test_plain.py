"""The text reader: decoding (UTF-8, BOM, UTF-16, legacy 8-bit, binary) and structure."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

import hyte_nlp
from hyte_nlp.errors import EmptyDocumentError, UnsupportedFormatError
from hyte_nlp.readers.base import Block
from hyte_nlp.readers.plain import TextEncodingError, decode_text, read_text

TEXT = Path(__file__).resolve().parents[1] / "fixtures" / "text"


# ------------------------------------------------------------------------------------- decoding
@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("päivä".encode(), "päivä"),
        (codecs.BOM_UTF8 + "päivä".encode(), "päivä"),
        ("päivä".encode("utf-16"), "päivä"),
        (codecs.BOM_UTF16_BE + "päivä".encode("utf-16-be"), "päivä"),
        ("Hyvää päivää, työikäiset".encode("cp1252"), "Hyvää päivää, työikäiset"),
        ("Päätös – ”lainaus” €".encode("cp1252"), "Päätös – ”lainaus” €"),
        ("päivä".encode().decode("cp1252").encode(), "päivä"),  # double-encoded UTF-8 repaired
    ],
)
def test_decode(data: bytes, expected: str) -> None:
    assert decode_text(data) == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"abc\x00def", "NUL bytes"),
        ("Café".encode("cp1252"), "does not read as Finnish"),  # legacy, but no ä/ö
        (b"p\xe4iv\xe4 \x81\x8d", "does not read as Finnish"),  # undefined in cp1252
        (b"p\xe4iv\xe4 \x85\x07", "does not read as Finnish"),  # control character
        (b"ok\x07text", "control character"),  # valid UTF-8 but binary
        (codecs.BOM_UTF8 + b"p\xe4iv\xe4", "byte-order mark"),
    ],
)
def test_decode_refuses(data: bytes, reason: str) -> None:
    with pytest.raises(TextEncodingError, match=reason) as info:
        decode_text(data, "x.txt")
    assert isinstance(info.value, UnsupportedFormatError)
    assert "UTF-8" in info.value.hint


@pytest.mark.parametrize("name", ["garbage_binary.txt", "garbage_no_nul.txt", "legacy_no_finnish_letters.txt"])
def test_fixture_files_refused(name: str) -> None:
    with pytest.raises(TextEncodingError, match=name):
        hyte_nlp.read(TEXT / name)


def test_cp1252_and_utf16_files_read_the_same() -> None:
    a = hyte_nlp.read(TEXT / "salmela_cp1252.txt")
    b = hyte_nlp.read(TEXT / "salmela_utf16.txt")
    assert [s.text for s in a.statements] == [s.text for s in b.statements] == [
        "Nuorten päihteiden käyttö huolestuttaa.",
        "Kouluterveyskyselyn tulokset käydään läpi keväällä.",
    ]
    assert (a.municipality, str(a.date)) == ("Salmela", "2025-12-02")


def test_empty_text_file(tmp_path: Path) -> None:
    p = tmp_path / "blank.txt"
    p.write_text("\n   \n\t\n", encoding="utf-8")
    with pytest.raises(EmptyDocumentError):
        read_text(p)


# ------------------------------------------------------------------------------------ structure
def test_plain_text_structure() -> None:
    m = hyte_nlp.read(TEXT / "kivijarvi_utf8_bom.txt")
    assert m.title == "KIVIJÄRVEN KUNNAN JA JÄRVISEUDUN HYVINVOINTIALUEEN HYTE-NEUVOTTELU"
    assert (m.municipality, str(m.date)) == ("Kivijärvi", "2025-10-15")
    assert [(p.name, p.role, p.organisation) for p in m.participants] == [
        ("Kaisa Kivi", "hyvinvointikoordinaattori", ""),
        ("Jussi Järvi", "sivistysjohtaja", ""),
        ("Maija Mäki", "", "Järviseudun hyvinvointialue"),
    ]
    assert [(s.kind, s.text, s.section) for s in m.statements] == [
        ("paragraph", "Puheenjohtaja avasi kokouksen.", ("Kokouksen avaus",)),
        ("paragraph", "Todettiin, että mm. ikääntyneiden kotiturvallisuus ja nuorten mielen hyvinvointi ovat "
                      "kunnan keskeisiä huolia.", ("Kokouksen avaus",)),
        ("bullet", "Matalan kynnyksen kohtaamispaikkojen tarve", ("PAINOPISTEET", "Keskustelussa nousi esiin")),
        ("bullet", "Joukkoliikenteen puute syrjäkylillä vaikeuttaa harrastamista",
         ("PAINOPISTEET", "Keskustelussa nousi esiin")),
        ("bullet", "Kulttuuri puuttuu hyvinvointialueen suunnitelmista", ("PAINOPISTEET", "Keskustelussa nousi esiin")),
        ("action", "Sovitaan, että kunta kokoaa järjestöjen yhteystiedot 30.11.2025 mennessä.",
         ("PAINOPISTEET", "Päätös")),
    ]
    assert not m.statements[0].text.startswith("\ufeff")


def test_markdown_structure() -> None:
    raw = read_text(TEXT / "mantyranta.md")
    assert raw.blocks[0] == Block("heading", "Hyvinvointineuvottelu – Mäntyranta", level=1)
    table = next(b for b in raw.blocks if b.kind == "table")
    assert table.rows == (
        ("Teema", "Kunta", "Hyvinvointialue"),
        ("Liikunta", "Liikuntapaikat", "Liikuntaneuvonta"),
        ("Turvallisuus", "Kotiturvallisuus", "-"),
    )
    m = hyte_nlp.read(TEXT / "mantyranta.md")
    assert (m.municipality, str(m.date)) == ("Mäntyranta", "2025-11-05")
    assert [p.name for p in m.participants] == ["Tiina Toivonen", "Pertti Pelto"]
    assert [(s.kind, s.text, s.section, s.row_header, s.column_header) for s in m.statements] == [
        ("paragraph", "Järjestöjen rooli on merkittävä.", ("Yhteistyö",), None, None),
        ("paragraph", "Yhteistyötä tehdään esim. Mäntyrannan 4H-yhdistyksen ja MLL:n kanssa.", ("Yhteistyö",),
         None, None),
        ("table_cell", "Liikuntapaikat", ("Yhteistyö",), "Liikunta", "Kunta"),
        ("table_cell", "Liikuntaneuvonta", ("Yhteistyö",), "Liikunta", "Hyvinvointialue"),
        ("table_cell", "Kotiturvallisuus", ("Yhteistyö",), "Turvallisuus", "Kunta"),
        ("action", "Yhteinen kohtaamispaikka avataan kirjastoon", ("Sovitut asiat",), None, None),
        ("action", "Seurataan nuuskan käyttöä", ("Sovitut asiat",), None, None),
    ]


def test_plain_headings_and_bullets(tmp_path: Path) -> None:
    p = tmp_path / "muistio.txt"
    p.write_text(
        "3 § Painopisteet\n\n"
        "1. Liikunta\n2. Mieli\n\n"
        "4. Yhteistyö\n\n"
        "Järjestöt ovat\ntärkeitä. Seurakunta on mukana.\n\n"
        "Otsikko\n=======\n\n"
        "* Kohta yksi\n  jatkuu\n  - alakohta\n",
        encoding="utf-8",
    )
    raw = read_text(p)
    assert [(b.kind, b.text, b.level, b.numbering) for b in raw.blocks] == [
        ("heading", "Painopisteet", 1, "3 §"),
        ("bullet", "Liikunta", 0, ""),
        ("bullet", "Mieli", 0, ""),
        ("heading", "Yhteistyö", 1, "4."),
        ("paragraph", "Järjestöt ovat\ntärkeitä. Seurakunta on mukana.", 0, ""),
        ("heading", "Otsikko", 1, ""),
        ("bullet", "Kohta yksi\njatkuu", 0, ""),
        ("bullet", "alakohta", 1, ""),
    ]


def test_short_lines_between_blank_lines_are_headings(tmp_path: Path) -> None:
    p = tmp_path / "muistio.txt"
    p.write_text(
        "Kokouksen avaus\n\nPuheenjohtaja avasi kokouksen.\n\nYhteistyö\n\nJärjestöt ovat mukana.\n\n"
        "Ei muita asioita.\n\nSeuraava kokous\n",
        encoding="utf-8",
    )
    raw = read_text(p)
    assert [(b.kind, b.text) for b in raw.blocks] == [
        ("heading", "Kokouksen avaus"),
        ("paragraph", "Puheenjohtaja avasi kokouksen."),
        ("heading", "Yhteistyö"),
        ("paragraph", "Järjestöt ovat mukana."),
        ("paragraph", "Ei muita asioita."),  # punctuated: a statement
        ("paragraph", "Seuraava kokous"),  # nothing follows: not a heading
    ]
