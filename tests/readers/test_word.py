"""The DOCX reader on generated hard fixtures (tests/fixtures/make_docx_fixtures.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

import hyte_nlp
from hyte_nlp.errors import CorruptDocumentError, EmptyDocumentError, UnsupportedFormatError
from hyte_nlp.readers.word import read_docx

DOCX = Path(__file__).resolve().parents[1] / "fixtures" / "docx"


def _statements(name: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(s.kind, s.text, s.section) for s in hyte_nlp.read(DOCX / name).statements]


def test_finnish_style_names() -> None:
    raw = read_docx(DOCX / "koskela_finnish_styles.docx")
    headings = [(b.text, b.level) for b in raw.blocks if b.kind == "heading"]
    assert headings == [
        ("Koskelan kunnan ja Järviseudun hyvinvointialueen hyte-neuvottelu", 1),  # "Otsikko" = Title
        ("Kokouksen avaus", 1),
        ("Painopisteet", 1),
        ("Lapset ja nuoret", 2),
        ("Ikääntyneet", 2),
        ("Päätökset", 1),
    ]
    # Soft line breaks keep the header block's line structure.
    assert raw.blocks[1] == raw.blocks[1].__class__(
        "paragraph", "Aika: tiistai 8.4.2025 klo 9.00–11.30\nPaikka: Koskelan kunnantalo, valtuustosali"
    )
    assert _statements("koskela_finnish_styles.docx") == [
        ("paragraph", "Kunnanjohtaja avasi neuvottelun klo 9.05.", ("Kokouksen avaus",)),
        ("paragraph", "Käytiin läpi mm. hyvinvointikertomuksen keskeiset havainnot ja esim. THL:n "
                      "kouluterveyskyselyn tulokset.", ("Kokouksen avaus",)),
        ("bullet", "Nuorten harrastusmahdollisuuksien tukeminen", ("Painopisteet", "Lapset ja nuoret")),
        ("bullet", "Koulukiusaamisen ehkäisy yhdessä koulujen kanssa", ("Painopisteet", "Lapset ja nuoret")),
        ("bullet", "Kotiturvallisuuskäyntien laajentaminen", ("Painopisteet", "Ikääntyneet")),
        ("bullet", "Yksinäisyyden vähentäminen kohtaamispaikoilla", ("Painopisteet", "Ikääntyneet")),
        ("action", "Sovittiin, että kunta ja hyvinvointialue laativat yhteisen toimintasuunnitelman.",
         ("Päätökset",)),
        ("action", "Seuraava neuvottelu pidetään 14. lokakuuta 2025.", ("Päätökset",)),
    ]


def test_numbering_list_styles_manual_bullets_and_headings() -> None:
    raw = read_docx(DOCX / "salmela_numbering.docx")
    bullets = [(b.text, b.level) for b in raw.blocks if b.kind == "bullet"]
    assert bullets[:5] == [
        ("Liikunnallisen elämäntavan edistäminen", 0),  # w:numPr bullet, ilvl 0
        ("Koulujen välituntiliikunta", 1),  # ilvl 1
        ("Mielen hyvinvointi", 0),  # w:numPr decimal
        ("Arjen turvallisuus", 0),  # "List Number" style
        ("Liikenneturvallisuus koulumatkoilla", 1),  # "List Bullet 2" style
    ]
    headings = [(b.text, b.numbering, b.level) for b in raw.blocks if b.kind == "heading"]
    assert headings == [
        ("Hyvinvointineuvottelu: Salmela", "", 1),
        ("Painopisteet", "3 §", 1),  # typed "3 § Painopisteet"
        ("Yhteistyö", "4.", 1),  # typed "4. Yhteistyö" standing alone
        ("Keskustelu", "", 2),  # bold one-line paragraph
        ("Jatkotoimenpiteet", "", 2),
    ]
    assert _statements("salmela_numbering.docx") == [
        ("bullet", "Liikunnallisen elämäntavan edistäminen", ("Painopisteet",)),
        ("bullet", "Koulujen välituntiliikunta", ("Painopisteet",)),
        ("bullet", "Mielen hyvinvointi", ("Painopisteet",)),
        ("bullet", "Arjen turvallisuus", ("Painopisteet",)),
        ("bullet", "Liikenneturvallisuus koulumatkoilla", ("Painopisteet",)),
        ("bullet", "Järjestöjen kanssa tehtävä yhteistyö", ("Yhteistyö",)),
        ("bullet", "Seurakunnan diakoniatyö", ("Yhteistyö",)),
        ("bullet", "Nuorisovaltuuston kuuleminen", ("Yhteistyö",)),
        ("bullet", "Kohtaamispaikat", ("Yhteistyö",)),  # "1." and "2." typed on adjacent lines
        ("bullet", "Kulttuuripalvelut", ("Yhteistyö",)),
        ("paragraph", "Kunnassa on huolta nuorten lisääntyneestä nuuskan käytöstä.", ("Yhteistyö", "Keskustelu")),
        ("paragraph", "Toisaalta liikuntaseurojen toiminta on vilkasta.", ("Yhteistyö", "Keskustelu")),
        ("paragraph", "Hyvinvointialueen edustaja", ("Yhteistyö", "Keskustelu")),
        ("paragraph", "Järjestöjen edustaja", ("Yhteistyö", "Keskustelu")),
        ("action", "Päätettiin perustaa yhteinen työryhmä.", ("Yhteistyö", "Jatkotoimenpiteet")),
        ("action", "Työryhmä kokoontuu n. kerran kuukaudessa.", ("Yhteistyö", "Jatkotoimenpiteet")),
        ("action", "Selvitetään koulumatkojen turvallisuus", ("Yhteistyö", "Jatkotoimenpiteet")),
    ]


def test_merged_cells_read_once_and_nested_table_in_place() -> None:
    raw = read_docx(DOCX / "mantyranta_tables.docx")
    grid = next(b for b in raw.blocks if b.kind == "table")
    assert grid.rows == (
        ("Painopiste", "Lapset ja nuoret", "", "Ikääntyneet"),
        ("", "Alakoulu", "Yläkoulu", ""),
        ("Liikunta", "• Kerhotoiminta\n• Välituntiliikunta", "Harrastamisen Suomen malli", "Tasapainoryhmät"),
        ("", "Koulumatkaliikunta", "Liikuntakerhot", "Ulkoilureitit"),
        ("Mielen hyvinvointi", "Koulukuraattorien saatavuus\non heikentynyt", "",
         "Kohtaamispaikat:\n• Kirjasto\n• Seurakuntatalo\n• Eläkeläisjärjestöt\n• Kyläyhdistys"),
    )
    m = hyte_nlp.read(DOCX / "mantyranta_tables.docx")
    cells = [(s.text, s.row_header, s.column_header) for s in m.statements if s.kind == "table_cell"]
    assert cells == [
        ("Kerhotoiminta", "Liikunta", "Lapset ja nuoret / Alakoulu"),
        ("Välituntiliikunta", "Liikunta", "Lapset ja nuoret / Alakoulu"),
        ("Harrastamisen Suomen malli", "Liikunta", "Lapset ja nuoret / Yläkoulu"),
        ("Tasapainoryhmät", "Liikunta", "Ikääntyneet"),
        ("Koulumatkaliikunta", "Liikunta", "Lapset ja nuoret / Alakoulu"),
        ("Liikuntakerhot", "Liikunta", "Lapset ja nuoret / Yläkoulu"),
        ("Ulkoilureitit", "Liikunta", "Ikääntyneet"),
        ("Koulukuraattorien saatavuus on heikentynyt", "Mielen hyvinvointi", "Lapset ja nuoret / Alakoulu"),
        ("Kohtaamispaikat:", "Mielen hyvinvointi", "Ikääntyneet"),
        ("Kirjasto", "Mielen hyvinvointi", "Ikääntyneet"),
        ("Seurakuntatalo", "Mielen hyvinvointi", "Ikääntyneet"),
        ("Eläkeläisjärjestöt", "Mielen hyvinvointi", "Ikääntyneet"),
        ("Kyläyhdistys", "Mielen hyvinvointi", "Ikääntyneet"),
        ("Liikuntaneuvonnan vakiinnuttaminen", None, "Toimenpide"),
        ("Hyvinvointialue", None, "Vastuutaho"),
        ("2025", None, "Aikataulu"),
        ("Nuorisotilan aukioloaikojen laajentaminen", None, "Toimenpide"),
        ("Kaupunki", None, "Vastuutaho"),
        ("syksy 2025", None, "Aikataulu"),
    ]
    assert len({s.text for s in m.statements}) == len(m.statements)  # nothing repeated by merging


def test_headers_and_footers_are_furniture_not_statements() -> None:
    raw = read_docx(DOCX / "pohjoisniemi_header_footer.docx")
    assert raw.furniture == ("Pohjoisniemen kunta | Hyte-neuvottelu 24.9.2025", "Sivu 1 / 1")
    m = hyte_nlp.read(DOCX / "pohjoisniemi_header_footer.docx")
    assert all("Sivu" not in s.text and "Hyte-neuvottelu" not in s.text for s in m.statements)
    assert [s.text for s in m.statements] == [
        "Hyvinvointikertomuksen indikaattoreita seurataan vuosittain TEA-viisarin ja Sotkanetin avulla.",
        "Kunnan ja hyvinvointialueen yhteistyö on toiminut hyvin.",
    ]
    # The date and the municipality come from the running header.
    assert (m.municipality, m.date.isoformat() if m.date else None) == ("Pohjoisniemi", "2025-09-24")
    assert m.pages is None and {s.page for s in m.statements} == {None}


def test_empty_docx() -> None:
    with pytest.raises(EmptyDocumentError, match="no body text"):
        read_docx(DOCX / "empty.docx")


def test_truncated_docx_is_corrupt() -> None:
    with pytest.raises(CorruptDocumentError) as info:
        read_docx(DOCX / "truncated.docx")
    assert info.value.__cause__ is not None  # the python-docx/zipfile error is kept
    assert "save or export it again" in str(info.value)


def test_legacy_doc_renamed_docx_is_refused_with_libreoffice_hint() -> None:
    with pytest.raises(UnsupportedFormatError, match="legacy Word .doc") as info:
        hyte_nlp.read(DOCX / "legacy_word97.docx")
    assert "soffice --headless --convert-to docx" in str(info.value)


def test_corrupt_xml(tmp_path: Path) -> None:
    import zipfile

    bad = tmp_path / "bad_xml.docx"
    with zipfile.ZipFile(DOCX / "koskela_finnish_styles.docx") as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = data[: len(data) // 2]  # cut inside an element
            dst.writestr(info, data)
    with pytest.raises(CorruptDocumentError, match="XML is damaged"):
        read_docx(bad)


def test_revisions_content_controls_hidden_text_and_tables_of_contents() -> None:
    m = hyte_nlp.read(DOCX / "kuusiranta_revisions.docx")
    assert (m.municipality, str(m.date)) == ("Kuusiranta", "2025-11-12")  # "Päivämäärä<TAB>12. marraskuuta 2025"
    assert [(s.kind, s.text, s.section) for s in m.statements] == [
        ("paragraph", "Tämä kappale on sisältöohjausobjektissa.", ("Keskustelu",)),  # inside w:sdt
        # w:ins kept, w:del and hidden text dropped, hyperlink text kept
        ("paragraph", "Kunta lisää harrastuksia (ks. kunnan sivut).", ("Keskustelu",)),
        # bold from the "Strong" character style makes a heading; "a)", "b)" typed items are bullets
        ("bullet", "Nuorten osallisuus", ("Keskustelu", "Yhteenveto")),
        ("bullet", "Ikääntyneiden liikunta", ("Keskustelu", "Yhteenveto")),
    ]
    assert not any("\t" in s.text or s.text.endswith(("2", "3")) for s in m.statements)  # no TOC lines


def test_agenda_items_made_with_word_numbering(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Kokouksen avaus", style="List Number")
    d.add_paragraph("Puheenjohtaja avasi kokouksen.")
    d.add_paragraph("Painopisteet", style="List Number")
    d.add_paragraph("Liikunta", style="List Number 2")
    d.add_paragraph("Mieli", style="List Number 2")
    d.add_paragraph("Muut asiat", style="List Number")
    d.add_paragraph("Ei muita asioita.")
    path = tmp_path / "agenda.docx"
    d.save(str(path))
    assert [(s.kind, s.text, s.section) for s in hyte_nlp.read(path).statements] == [
        ("paragraph", "Puheenjohtaja avasi kokouksen.", ("Kokouksen avaus",)),
        ("bullet", "Liikunta", ("Painopisteet",)),
        ("bullet", "Mieli", ("Painopisteet",)),
        ("paragraph", "Ei muita asioita.", ("Muut asiat",)),
    ]


def test_text_boxes_are_read_in_place_once(tmp_path: Path) -> None:
    """A title in a text box (DrawingML with its VML fallback copy, as Word writes it)."""
    import docx
    from docx.oxml import parse_xml

    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    wps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def box(text: str) -> str:
        return f'<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>'

    d = docx.Document()
    anchor = d.add_paragraph()
    anchor._p.append(parse_xml(
        f'<w:r xmlns:w="{w}" xmlns:mc="{mc}" xmlns:wps="{wps}"><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{box("Koivulan kunnan hyte-neuvottelu")}</wps:txbx>'
        f'</w:drawing></mc:Choice><mc:Fallback><w:pict>{box("Koivulan kunnan hyte-neuvottelu")}</w:pict>'
        "</mc:Fallback></mc:AlternateContent></w:r>"
    ))
    d.add_paragraph("Aika: 3.3.2025")
    d.add_paragraph("Kunnassa on aktiivisia järjestöjä.")
    path = tmp_path / "textbox.docx"
    d.save(str(path))
    m = hyte_nlp.read(path)
    assert (m.title, m.municipality, str(m.date)) == ("Koivulan kunnan hyte-neuvottelu", "Koivula", "2025-03-03")
    assert [s.text for s in m.statements] == ["Kunnassa on aktiivisia järjestöjä."]
