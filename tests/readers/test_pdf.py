"""The PDF reader on the hard fixtures of tests/fixtures/pdf/ (made by make_pdf_fixtures.py).

Every test reads a real PDF through pdfplumber and checks exact blocks, statements or the specific
error. Regenerate the fixtures with ``.venv/bin/python tests/fixtures/make_pdf_fixtures.py``.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pdfplumber
import pytest

import hyte_nlp
from hyte_nlp.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    NoTextLayerError,
    ParseError,
)
from hyte_nlp.readers.base import Block, RawDocument
from hyte_nlp.readers.pdf import read_pdf

PDF = Path(__file__).resolve().parents[1] / "fixtures" / "pdf"
FURNITURE_RE = re.compile(r"Sivu \d|\d+ \(\d+\)|\b\d/\d\b|- \d+ -|LUONNOS|Hyte-neuvottelu 12\.3|muistio$")


@pytest.fixture(scope="module")
def layout() -> RawDocument:
    return read_pdf(PDF / "layout_minutes.pdf")


@pytest.fixture(scope="module")
def two_column() -> RawDocument:
    return read_pdf(PDF / "two_column.pdf")


@pytest.fixture(scope="module")
def table_doc() -> RawDocument:
    return read_pdf(PDF / "table_across_pages.pdf")


def _summary(blocks: tuple[Block, ...]) -> list[tuple[str, str, int | None]]:
    return [(b.kind, b.text, b.page) for b in blocks if b.kind != "table"]


# ----------------------------------------------------------------------------- layout and text
LAYOUT_BLOCKS = [
    ("heading", "Järvikylän kunnan ja Järviseudun hyvinvointialueen hyte-neuvottelu", 1),
    ("paragraph", "Aika: 12.3.2025 klo 13.00–15.00", 1),
    ("paragraph", "Paikka: Järvikylän kunnantalo, valtuustosali", 1),
    ("heading", "Kokouksen avaus", 1),
    ("paragraph", "Puheenjohtaja avasi kokouksen ja totesi osallistujat. Järvikylän kunnan ja "
                  "hyvinvointialueen yhteistyö on jatkunut tiiviinä koko vuoden, ja sosiaali- ja "
                  "terveyspalvelujen edustajat kertoivat palvelujen tilanteesta kunnassa.", 1),
    ("heading", "Painopisteet", 1),
    ("paragraph", "Lasten ja nuorten hyvinvointi- ja tunnetaitojen vahvistaminen nostettiin esiin. "
                  "Kunnan sote-palvelut ja hy-te-tu-työ kuuluvat yhteen, ja TEA-viisarin tulokset "
                  "käydään läpi syksyllä. Työikäisten kotiturvallisuuskäynnit jatkuvat.", 1),
    ("bullet", "Nuorten harrastusmahdollisuuksien tukeminen yhdessä urheiluseurojen ja "
               "kansalaisopiston kanssa koko kunnan alueella", 1),
    ("bullet", "Ikääntyneiden kotiturvallisuuskäynnit", 1),
    ("bullet", "Matalan kynnyksen kohtaamispaikat", 1),
    ("bullet", "Järjestöjen avustukset", 1),
    ("bullet", "Koulujen liikuntatilojen ilta-käyttö", 1),
    ("heading", "Yhteistyö", 1),
    ("bullet", "Kunnan hyvinvointikertomus valmistuu keväällä.", 1),
    ("bullet", "Ehkäisevän päihdetyön suunnitelma päivitetään.", 1),
    ("bullet", "Seurakunnan ja järjestöjen edustajat kutsutaan mukaan.", 1),
    ("heading", "SEURANTA", 1),
    ("paragraph", "Päiväkodin tilojen käyttö ja finanssiasiat sovitaan erikseen. Kunnan edustaja "
                  "esitteli tilannekuvan.", 1),
    ("heading", "Keskustelu", 1),
    ("paragraph", "Keskustelussa todettiin, että ikääntyneiden yksinäisyys ja liikkumisen vaikeudet "
                  "näkyvät kunnassa yhä useammin, ja että kylätalojen ja kirjaston kohtaamispaikat "
                  "tarvitsevat lisää vapaaehtoisia ja hyvinvointialueen tukea toimintansa jatkamiseen.", 1),
    ("heading", "Päätös", 2),
    ("paragraph", "Sovittiin, että seuraava neuvottelu pidetään syksyllä.", 2),
    ("heading", "Muut asiat", 2),
    ("paragraph", "Muita asioita ei ollut.", 2),
]


def test_layout_blocks_in_reading_order(layout: RawDocument) -> None:
    assert layout.format == "pdf" and layout.pages == 2
    assert _summary(layout.blocks) == LAYOUT_BLOCKS


def test_heading_numbering_and_levels(layout: RawDocument) -> None:
    headings = {b.text: b for b in layout.blocks if b.kind == "heading"}
    assert [headings[t].numbering for t in ("Kokouksen avaus", "Painopisteet", "Yhteistyö", "Muut asiat")] == [
        "1 §", "§ 2", "3.", "5 §"]
    # 16 pt title > 13 pt bold agenda items > bold body-size "Päätös" > plain ALL-CAPS "SEURANTA"
    assert [headings[t].level for t in (LAYOUT_BLOCKS[0][1], "Kokouksen avaus", "Päätös", "SEURANTA")] == [1, 2, 3, 4]
    assert headings["Päätös"].bold and not headings["SEURANTA"].bold


def test_bullet_nesting_level(layout: RawDocument) -> None:
    levels = {b.text: b.level for b in layout.blocks if b.kind == "bullet"}
    assert levels["Järjestöjen avustukset"] == 1  # the indented "o" item
    assert levels["Matalan kynnyksen kohtaamispaikat"] == 0


@pytest.mark.parametrize(
    ("kept", "not_there"),
    [
        ("hyvinvointialueen yhteistyö", "hyvinvointi-alueen"),  # hyphenation undone
        ("sosiaali- ja terveyspalvelujen", "sosiaalija"),  # suspended compound kept
        ("hyvinvointi- ja tunnetaitojen", "hyvinvointija"),
        ("sote-palvelut", "sotepalvelut"),  # real hyphen kept (Voikko knows the hyphenated form)
        ("hy-te-tu-työ", "hy-tetu"),  # syllable abbreviation kept
        ("TEA-viisarin", "TEAviisarin"),  # all-caps left part kept
        ("Työikäisten", "\u00ad"),  # soft hyphen dropped
        ("kotiturvallisuuskäynnit jatkuvat", "kotiturvallisuus-"),
    ],
)
def test_line_end_hyphens(layout: RawDocument, kept: str, not_there: str) -> None:
    text = " ".join(b.text for b in layout.blocks)
    assert kept in text
    assert not_there not in text


def test_unicode_cleanup(layout: RawDocument) -> None:
    para = next(b.text for b in layout.blocks if b.text.startswith("Päiväkodin"))
    assert unicodedata.is_normalized("NFC", para) and "\u0308" not in para  # decomposed ä composed
    assert "finanssiasiat" in para and "\ufb01" not in para and "\u00a0" not in para


def test_paragraph_continues_over_the_page_break() -> None:
    # The fixture really breaks that paragraph: page 2's first body line continues its sentence.
    with pdfplumber.open(PDF / "layout_minutes.pdf") as pdf:
        page2 = pdf.pages[1].extract_text().splitlines()
    assert page2[1].startswith("näkyvät kunnassa")


def test_furniture_and_watermark_removed(layout: RawDocument) -> None:
    assert {"Järvikylän kunta", "Hyte-neuvottelu 12.3.2025", "Sivu 1/2", "Sivu 2/2"} <= set(layout.furniture)
    for block in layout.blocks:
        assert not FURNITURE_RE.search(block.text), block
        assert "LUONNOS" not in block.text and "SONNOUL" not in block.text.replace(" ", "")


# ----------------------------------------------------------------------------------- two columns
def test_two_column_reading_order(two_column: RawDocument) -> None:
    assert _summary(two_column.blocks) == [
        ("heading", "Koskelan kunnan ja Järviseudun hyvinvointialueen hyte-neuvottelu", 1),
        ("paragraph", "Vasemman palstan ensimmäinen kappale kertoo, että nuorten harrastusmahdollisuudet "
                      "ovat parantuneet kunnassa viime vuosina selvästi. Vasemman palstan toinen virke "
                      "jatkuu tässä ja päättyy tähän.", 1),
        ("paragraph", "Oikean palstan kappale kertoo ikääntyneiden palveluista ja siitä, miten "
                      "kotiturvallisuuskäynnit on järjestetty yhdessä pelastuslaitoksen kanssa. Oikean "
                      "palstan viimeinen virke on tämä.", 1),
        ("paragraph", "Palstojen jälkeen tuleva koko leveyden kappale kokoaa keskustelun yhteen ja "
                      "toteaa, että yhteistyö jatkuu.", 1),
        # flows from the left column's foot to the right column's head: one paragraph
        ("paragraph", "Toisen sivun kappale alkaa vasemmasta palstasta ja kertoo koulujen ja "
                      "järjestöjen yhteistyöstä, joka on tiivistynyt, kun liikuntapaikkojen "
                      "saavutettavuutta on parannettu ja kerhoja on perustettu kaikkiin kyläkouluihin.", 2),
        ("paragraph", "Oikean palstan toinen kappale käsittelee työikäisten mielen hyvinvointia.", 2),
    ]


def test_two_column_page_numbers_and_light_watermark(two_column: RawDocument) -> None:
    assert {"1 (2)", "2 (2)", "- 1 -", "- 2 -", "Koskelan kunta – muistio"} <= set(two_column.furniture)
    assert not any("LUONNOS" in b.text or FURNITURE_RE.search(b.text) for b in two_column.blocks)


# ---------------------------------------------------------------------------------------- tables
GRID_ROWS = (
    ("Painopiste", "Lapset ja nuoret", "Työikäiset", "Ikääntyneet"),
    ("Liikunta", "• Harrastamisen Suomen malli\n• Koulujen kerhot", "Työpaikkaliikunta", "Tasapainoryhmät"),
    ("Mielen hyvinvointi", "Koulukiusaamisen ehkäisy", "Mielenterveyden ensiapu", "Yksinäisyyden vähentäminen"),
    ("Arjen turvallisuus", "Turvallinen koulumatka", "Päihdetyö", "Kotiturvallisuuskäynnit"),
    ("Osallisuus", "Nuorisovaltuusto", "Järjestöyhteistyö", "Vanhusneuvosto"),
    ("Yhteiset", "Hyvinvointikertomus", "Hyvinvointisuunnitelma", "Ikääntyneen väestön suunnitelma"),
)


def test_table_across_page_break_is_one_table(table_doc: RawDocument) -> None:
    kinds = [b.kind for b in table_doc.blocks]
    assert kinds == ["heading", "heading", "paragraph", "table", "paragraph"]
    table = table_doc.blocks[3]
    assert table.rows == GRID_ROWS  # header row repeated on page 2 dropped, wrapped words rejoined
    assert table.page == 1 and table.row_pages == (1, 1, 2, 2, 2, 2)
    assert table_doc.blocks[4].page == 2


def test_narrow_column_really_breaks_words() -> None:
    with pdfplumber.open(PDF / "table_across_pages.pdf") as pdf:
        text = pdf.pages[1].extract_text()
    assert "Koulukiusaamise\n" in text or "Koulukiusaamise " in text


def test_table_text_not_duplicated_outside(table_doc: RawDocument) -> None:
    outside = " ".join(b.text for b in table_doc.blocks if b.kind != "table")
    for cell in ("Työpaikkaliikunta", "Koulukiusaami", "Vanhusneuvosto", "Painopiste "):
        assert cell not in outside


# ------------------------------------------------------------------------------------- one page
def test_one_page_small_header_and_hard_line_breaks() -> None:
    doc = read_pdf(PDF / "one_page.pdf")
    # A one-page document cannot show repetition: its smaller-font header is furniture anyway.
    assert set(doc.furniture) == {"Salmelan kaupunki – hyvinvointiryhmä", "Muistio 4.2.2025", "1 (1)"}
    assert [(b.kind, b.text, b.bold) for b in doc.blocks] == [
        ("heading", "Salmelan kaupungin ja Järviseudun hyvinvointialueen hyte-neuvottelu", True),
        ("heading", "Läsnä", True),
        # short lines without space between them stay apart: one participant per block
        ("paragraph", "Maija Esimerkki, hyvinvointikoordinaattori", False),
        ("paragraph", "Olli Salmi, sivistysjohtaja", False),
        # a bold one-line *sentence* is emphasis, not a heading
        ("paragraph", "Sovittiin, että hyvinvointikertomus tuodaan valtuustolle keväällä.", True),
        ("bullet", "Liikuntapaikkojen esteettömyys selvitetään yhdessä vammaisneuvoston ja "
                   "hyvinvointialueen kuntoutuksen kanssa ennen seuraavaa neuvottelua", False),
        ("bullet", "Nuorisotilan aukioloajat", False),
        # a lone plain "6. ..." line before a paragraph is an agenda heading, not a list item
        ("heading", "Seuraava neuvottelu", False),
        ("paragraph", "Seuraava neuvottelu pidetään lokakuussa.", False),
    ]
    assert doc.blocks[-2].numbering == "6."


def test_one_page_through_read() -> None:
    m = hyte_nlp.read(PDF / "one_page.pdf")
    assert m.municipality == "Salmela" and str(m.date) == "2025-02-04"
    assert [p.name for p in m.participants] == ["Maija Esimerkki", "Olli Salmi"]
    assert [(s.kind, s.text) for s in m.statements][0] == (
        "action", "Sovittiin, että hyvinvointikertomus tuodaan valtuustolle keväällä.")


# ---------------------------------------------------------------------------------------- errors
@pytest.mark.parametrize(
    ("name", "error", "words"),
    [
        ("encrypted.pdf", EncryptedDocumentError, "password"),
        ("truncated.pdf", CorruptDocumentError, "truncated"),
        ("garbled.pdf", CorruptDocumentError, "cannot be parsed"),
        ("image_only.pdf", NoTextLayerError, "OCR"),
        ("scan_with_stamp.pdf", NoTextLayerError, "OCR"),  # only a stamped "Sivu 1/1" is text
        ("empty_pages.pdf", EmptyDocumentError, "no text"),
        ("zero_pages.pdf", EmptyDocumentError, "no pages"),
    ],
)
def test_errors(name: str, error: type[ParseError], words: str) -> None:
    with pytest.raises(error) as info:
        read_pdf(PDF / name)
    assert words in str(info.value)
    assert info.value.path.endswith(name)


def test_errors_keep_the_pdfminer_cause() -> None:
    with pytest.raises(CorruptDocumentError) as info:
        read_pdf(PDF / "garbled.pdf")
    assert info.value.__cause__ is not None


# ------------------------------------------------------------------------ through hyte_nlp.read()
def test_read_statements_layout() -> None:
    m = hyte_nlp.read(PDF / "layout_minutes.pdf")
    assert m.municipality == "Järvikylä" and m.format == "pdf" and m.pages == 2
    by_text = {s.text: s for s in m.statements}
    assert by_text["Työikäisten kotiturvallisuuskäynnit jatkuvat."].section == ("Painopisteet",)
    assert by_text["Järjestöjen avustukset"].kind == "bullet"
    assert by_text["Sovittiin, että seuraava neuvottelu pidetään syksyllä."].kind == "action"
    assert by_text["Sovittiin, että seuraava neuvottelu pidetään syksyllä."].page == 2
    long = next(s for s in m.statements if s.text.startswith("Keskustelussa todettiin"))
    assert long.text.endswith("toimintansa jatkamiseen.") and long.page == 1
    for s in m.statements:
        assert not FURNITURE_RE.search(s.text), s


def test_read_statements_table_cells() -> None:
    m = hyte_nlp.read(PDF / "table_across_pages.pdf")
    cells = [(s.text, s.row_header, s.column_header, s.page) for s in m.statements if s.kind == "table_cell"]
    assert ("Koulukiusaamisen ehkäisy", "Mielen hyvinvointi", "Lapset ja nuoret", 2) in cells
    assert ("Harrastamisen Suomen malli", "Liikunta", "Lapset ja nuoret", 1) in cells
    assert ("Koulujen kerhot", "Liikunta", "Lapset ja nuoret", 1) in cells
    assert len(cells) == 16
    for s in m.statements:
        assert not FURNITURE_RE.search(s.text), s


def test_read_many_reports_each_failure() -> None:
    results = list(hyte_nlp.read_many(sorted(PDF.glob("*.pdf"))))
    failed = {Path(r.path).name: type(r.error) for r in results if r.error is not None}
    assert failed == {
        "encrypted.pdf": EncryptedDocumentError,
        "truncated.pdf": CorruptDocumentError,
        "garbled.pdf": CorruptDocumentError,
        "image_only.pdf": NoTextLayerError,
        "scan_with_stamp.pdf": NoTextLayerError,
        "empty_pages.pdf": EmptyDocumentError,
        "zero_pages.pdf": EmptyDocumentError,
    }
    assert sum(r.minutes is not None for r in results) == 4


# ------------------------------------------------------------------- table rows over a page break
def test_row_broken_over_page_break_is_joined() -> None:
    from hyte_nlp.readers.pdf_model import TableItem
    from hyte_nlp.readers.pdf_tables import continue_table

    first = (("Painopiste", "Lapset ja nuoret", "Ikääntyneet"), ("Liikunta", "Nuorten harrastus-", "Ikääntyneiden"))
    more = TableItem(rows=(first[0], ("", "mahdollisuudet", "tasapainoryhmät"), ("Mieli", "Kerhot", "Ryhmät")),
                     page=2, top=80.0, bottom=200.0, x0=70.0, x1=500.0)
    rows, pages = continue_table(first, (1, 1), more)
    assert rows == (first[0], ("Liikunta", "Nuorten harrastusmahdollisuudet", "Ikääntyneiden tasapainoryhmät"),
                    ("Mieli", "Kerhot", "Ryhmät"))
    assert pages == (1, 1, 2)
    # An empty first cell with capitalised text is a row of its own (a merged row header).
    own_row = TableItem(rows=(("", "Kerhot", "Ryhmät"),), page=2, top=80.0, bottom=120.0, x0=70.0, x1=500.0)
    assert continue_table(first, (1, 1), own_row)[0][-1] == ("", "Kerhot", "Ryhmät")


@pytest.mark.parametrize("name", ["layout_minutes.pdf", "two_column.pdf", "table_across_pages.pdf", "one_page.pdf"])
def test_no_furniture_in_any_statement(name: str) -> None:
    raw = read_pdf(PDF / name)
    m = hyte_nlp.read(PDF / name)
    assert raw.furniture
    for s in m.statements:
        assert not FURNITURE_RE.search(s.text), s
        assert not any(f in s.text for f in raw.furniture if len(f) > 6), s
        assert s.page in (1, 2)


def test_numbered_item_that_fills_its_line_does_not_swallow_the_next_number():
    # Regression: in the example minutes item 3 filled its line, item 4 began as page 2's last
    # line, and the reader took "4. Mopoautoilun ..." for a wrapped continuation of item 3.
    from hyte_nlp import read

    minutes_pdf = Path(__file__).resolve().parents[2] / "corpora" / "minutes" / "jarvikyla_2025.pdf"
    texts = [s.text for s in read(minutes_pdf).statements]
    assert "Nuorisovaltuusto kutsutaan hyvinvointiryhmän kokoukseen kaksi kertaa vuodessa." in texts
    assert "Mopoautoilun liikenneturvallisuuskampanja toteutetaan yhdessä poliisin ja koulujen kanssa." in texts
