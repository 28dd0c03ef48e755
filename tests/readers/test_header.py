"""Metadata extraction: title, municipality (with Voikko), date, participants; body without them."""

from __future__ import annotations

import datetime as dt

import pytest

from hyte_nlp.minutes import Participant
from hyte_nlp.readers.base import Block, RawDocument
from hyte_nlp.readers.header import Metadata, extract_metadata, find_date, genitive_to_base, parse_participants


def _doc(*blocks: Block, path: str = "muistio.docx", furniture: tuple[str, ...] = ()) -> RawDocument:
    return RawDocument(path=path, format="docx", blocks=tuple(blocks), furniture=furniture)


# ------------------------------------------------------------------------------------------ dates
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aika: 12.3.2025 klo 13.00", dt.date(2025, 3, 12)),
        ("ke 12.3.25", dt.date(2025, 3, 12)),
        ("2025-03-12", dt.date(2025, 3, 12)),
        ("12. maaliskuuta 2025", dt.date(2025, 3, 12)),
        ("12.maaliskuuta 2025", dt.date(2025, 3, 12)),
        ("maaliskuun 12. päivänä 2025", dt.date(2025, 3, 12)),
        ("Kokous pidettiin 1. joulukuuta 2024 Teamsissa", dt.date(2024, 12, 1)),
        ("klo 13.15", None),
        ("31.2.2025", None),  # no such day
        ("versio 1.2.3", None),
    ],
)
def test_find_date(text: str, expected: dt.date | None) -> None:
    assert find_date(text) == expected


# ----------------------------------------------------------------------------------- municipality
@pytest.mark.parametrize(
    ("word", "hint", "expected"),
    [
        ("Laukaan", None, "Laukaa"),  # Voikko: paikannimi
        ("Kivijärven", None, "Kivijärvi"),
        ("Mäntyrannan", None, "Mäntyranta"),  # Voikko knows the compound's parts: gradation done right
        ("Pohjoisniemen", None, "Pohjoisniemi"),
        ("Salmelan", None, "Salmela"),
        ("Järvikylä", None, "Järvikylä"),  # already nominative
        ("Esimerkkilän", None, "Esimerkkilä"),  # unknown to Voikko: rule -n
        ("Kuusirannan", "kuusiranta", "Kuusiranta"),  # rule guesses checked against the file name
        ("Keski-Suomen", None, "Keski-Suomi"),
    ],
)
def test_genitive_to_base(word: str, hint: str | None, expected: str) -> None:
    assert genitive_to_base(word, hint) == expected


@pytest.mark.parametrize(
    ("title", "path", "expected"),
    [
        ("Laukaan kunnan ja Keski-Suomen hyvinvointialueen hyte-neuvottelu", "x.docx", "Laukaa"),
        ("Keski-Suomen hyvinvointialueen ja Laukaan kunnan hyte-neuvottelu", "x.docx", "Laukaa"),
        ("Hyvinvointineuvottelu: Järvikylä", "x.docx", "Järvikylä"),
        ("Esimerkkilän kaupunki", "x.docx", "Esimerkkilä"),
        ("Järvikylä – hyte-neuvottelu 2025", "x.docx", "Järvikylä"),
        ("Hyte-neuvottelu Pohjoisniemen kanssa", "x.docx", "Pohjoisniemi"),
        ("Järviseudun hyvinvointialueen ja Mäntyrannan kaupungin hyte-neuvottelu", "x.docx", "Mäntyranta"),
    ],
)
def test_municipality_from_title(title: str, path: str, expected: str) -> None:
    meta, _ = extract_metadata(_doc(Block("heading", title, level=1), Block("paragraph", "Teksti."), path=path))
    assert meta.municipality == expected
    assert meta.title == title


def test_municipality_from_file_name_restores_umlauts_from_text() -> None:
    doc = _doc(
        Block("heading", "Hyte-neuvottelu 2025", level=1),
        Block("paragraph", "Esimerkkilän nuorisotila avataan."),
        path="corpora/esimerkkila_2025.docx",
    )
    assert extract_metadata(doc)[0].municipality == "Esimerkkilä"


def test_municipality_from_file_name_without_text_support() -> None:
    doc = _doc(Block("paragraph", "Nuoret toivovat tiloja."), path="koivula_2025.txt")
    assert extract_metadata(doc)[0].municipality == "Koivula"


# ----------------------------------------------------------------------------------- participants
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Matti Meikäläinen, kunnanjohtaja", [("Matti Meikäläinen", "kunnanjohtaja", "")]),
        ("Liisa Laine (hyvinvointikoordinaattori)", [("Liisa Laine", "hyvinvointikoordinaattori", "")]),
        ("Pekka Puu, Järviseudun hyvinvointialue", [("Pekka Puu", "", "Järviseudun hyvinvointialue")]),
        ("sivistysjohtaja Eero Esimerkki", [("Eero Esimerkki", "sivistysjohtaja", "")]),
        ("Ville Hämäläinen, hyvinvointialueen lasten, nuorten ja perheiden palvelujen johtaja",
         [("Ville Hämäläinen", "hyvinvointialueen lasten, nuorten ja perheiden palvelujen johtaja", "")]),
        ("Eila Mustonen, järjestöjen edustaja, Salmenkylän Martat",
         [("Eila Mustonen", "järjestöjen edustaja", "Salmenkylän Martat")]),
        ("Arja Partanen, järjestöjen edustaja, Kivikosken Mielenterveysyhdistys ry Samuli Räsänen, "
         "seurakunnan nuorisotyönohjaaja",
         [("Arja Partanen", "järjestöjen edustaja", "Kivikosken Mielenterveysyhdistys ry"),
          ("Samuli Räsänen", "seurakunnan nuorisotyönohjaaja", "")]),
        ("Aino Aalto; Olli Ojala, rehtori; Helmi Harju",
         [("Aino Aalto", "", ""), ("Olli Ojala", "rehtori", ""), ("Helmi Harju", "", "")]),
        ("Hyvinvointialue: Maija Mäki (hyte-koordinaattori), Pekka Puu",
         [("Maija Mäki", "hyte-koordinaattori", "Hyvinvointialue"), ("Pekka Puu", "", "Hyvinvointialue")]),
    ],
)
def test_parse_participants(line: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(p.name, p.role, p.organisation) for p in parse_participants(line)] == expected


# ---------------------------------------------------------------------------------- header blocks
def test_header_block_removed_and_parsed() -> None:
    doc = _doc(
        Block("heading", "Koskelan kunnan ja Järviseudun hyvinvointialueen hyte-neuvottelu", level=1),
        Block("paragraph", "Aika: 8.4.2025 klo 9.00\nPaikka: Teams"),
        Block("paragraph", "Läsnä:"),
        Block("bullet", "Aino Aaltonen, kunnanjohtaja"),
        Block("bullet", "Olli Ojala (hyvinvointialueen edustaja)"),
        Block("paragraph", "Sihteeri: Helmi Harju"),
        Block("heading", "Kokouksen avaus", level=1, numbering="1."),
        Block("paragraph", "Kunnanjohtaja avasi kokouksen."),
    )
    meta, body = extract_metadata(doc)
    assert meta == Metadata(
        municipality="Koskela",
        date=dt.date(2025, 4, 8),
        participants=(
            Participant("Aino Aaltonen", "kunnanjohtaja"),
            Participant("Olli Ojala", "hyvinvointialueen edustaja"),
            Participant("Helmi Harju", "sihteeri"),
        ),
        title="Koskelan kunnan ja Järviseudun hyvinvointialueen hyte-neuvottelu",
    )
    assert body == doc.blocks[6:]


def test_participant_heading_with_table_anywhere() -> None:
    doc = _doc(
        Block("heading", "Muistio", level=1),
        Block("heading", "Osallistujat", level=1, numbering="1 §"),
        Block("table", rows=(("Nimi", "Rooli", "Organisaatio"), ("Sanna Salo", "koordinaattori", "Kunta"))),
        Block("heading", "Seuranta", level=1),
        Block("paragraph", "Seurataan vuosittain."),
    )
    meta, body = extract_metadata(doc)
    assert meta.participants == (Participant("Sanna Salo", "koordinaattori", "Kunta"),)
    assert meta.title == "Muistio"
    assert body == doc.blocks[3:]


def test_label_table_header_block() -> None:
    doc = _doc(
        Block("heading", "Salmelan kunnan hyte-neuvottelu", level=1),
        Block("table", rows=(
            ("Aika", "2.12.2025 klo 13"),
            ("Paikka", "Kunnantalo"),
            ("Läsnä", "Aino Aalto, kunnanjohtaja\nOlli Ojala, rehtori"),
        )),
        Block("paragraph", "Keskusteltiin."),
    )
    meta, body = extract_metadata(doc)
    assert (meta.municipality, meta.date) == ("Salmela", dt.date(2025, 12, 2))
    assert [p.name for p in meta.participants] == ["Aino Aalto", "Olli Ojala"]
    assert body == (Block("paragraph", "Keskusteltiin."),)


def test_date_priority_label_then_title_then_furniture() -> None:
    labelled = _doc(
        Block("heading", "Hyte-neuvottelu 1.1.2025", level=1),
        Block("paragraph", "Päivämäärä: 12.3.2025"),
        Block("paragraph", "Teksti."),
        furniture=("Tulostettu 5.5.2025",),
    )
    assert extract_metadata(labelled)[0].date == dt.date(2025, 3, 12)
    titled = _doc(Block("heading", "Hyte-neuvottelu 1.1.2025", level=1), Block("paragraph", "Teksti."),
                  furniture=("Tulostettu 5.5.2025",))
    assert extract_metadata(titled)[0].date == dt.date(2025, 1, 1)
    furniture = _doc(Block("paragraph", "Teksti."), furniture=("Hyte-neuvottelu 5.5.2025",))
    assert extract_metadata(furniture)[0].date == dt.date(2025, 5, 5)


def test_body_dates_and_labels_are_not_taken_from_discussion() -> None:
    doc = _doc(
        Block("heading", "Järvikylän hyte-neuvottelu", level=1),
        Block("paragraph", "Kokouksessa todettiin, että seuraava neuvottelu on 12.10.2026."),
        Block("paragraph", "Paikka: kirjasto on hyvä kohtaamispaikka."),
    )
    meta, body = extract_metadata(doc)
    assert meta.date is None
    assert body == doc.blocks[1:]


def test_no_metadata_at_all() -> None:
    doc = _doc(Block("heading", "Kokouksen avaus", level=1, numbering="1."), Block("paragraph", "Teksti."),
               path="x/123.docx")
    meta, body = extract_metadata(doc)
    assert meta == Metadata(title="Kokouksen avaus")  # the first heading, kept as a section
    assert body == doc.blocks


def test_participant_lists_one_person_per_paragraph_and_label_table_rows() -> None:
    doc = _doc(
        Block("heading", "Salmelan kunnan hyte-neuvottelu", level=1),
        Block("paragraph", "Aika\t2.12.2025".replace("\t", ": ")),
        Block("paragraph", "Läsnä: Aino Aalto, kunnanjohtaja"),
        Block("paragraph", "Olli Ojala, rehtori"),
        Block("paragraph", "Helmi Harju"),
        Block("paragraph", "Poissa: Pekka Puu"),
        Block("paragraph", "Eero Esimerkki"),
        Block("table", rows=(("Läsnä", "Kaisa Kivi, jäsen"), ("", "Jussi Järvi, jäsen"))),
        Block("paragraph", "Kunta kertoi tilanteesta."),
    )
    meta, body = extract_metadata(doc)
    assert [(p.name, p.role) for p in meta.participants] == [
        ("Aino Aalto", "kunnanjohtaja"),
        ("Olli Ojala", "rehtori"),
        ("Helmi Harju", ""),
        ("Kaisa Kivi", "jäsen"),  # a label table's rows without a label continue "Läsnä"
        ("Jussi Järvi", "jäsen"),
    ]
    assert body == (Block("paragraph", "Kunta kertoi tilanteesta."),)  # absentees removed, not listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Läsnä\tAino Aalto", "Läsnä: Aino Aalto"),
        ("Aika ja paikka\t12.3.2025, Teams", "Aika ja paikka: 12.3.2025, Teams"),
        ("Liikunta\tkerhot", "Liikunta\tkerhot"),
    ],
)
def test_label_tabs_to_colons(text: str, expected: str) -> None:
    from hyte_nlp.readers.header import label_tabs_to_colons

    assert label_tabs_to_colons(text) == expected


def test_letterhead_table_and_county_line_are_metadata() -> None:
    doc = _doc(
        Block("table", rows=(("Järviseudun hyvinvointialue", "MUISTIO", "1 (3)"), ("", "", "8.4.2025"))),
        Block("paragraph", "Järviseudun hyvinvointialue"),
        Block("heading", "Koskelan kunnan hyte-neuvottelu", level=1),
        Block("heading", "Kokouksen avaus", level=1, numbering="1."),
        Block("paragraph", "Avattiin."),
    )
    meta, body = extract_metadata(doc)
    assert (meta.title, meta.municipality, meta.date) == (
        "Koskelan kunnan hyte-neuvottelu", "Koskela", dt.date(2025, 4, 8)
    )
    assert body == doc.blocks[3:]


def test_participant_groups_under_organisation_labels() -> None:
    doc = _doc(
        Block("heading", "Koskelan kunnan hyte-neuvottelu", level=1),
        Block("heading", "Läsnä", level=2),
        Block("heading", "Koskelan kunta:", level=3, bold=True),
        Block("bullet", "Aino Aaltonen, kunnanjohtaja"),
        Block("paragraph", "Järviseudun hyvinvointialue"),
        Block("bullet", "Olli Ojala, hyte-päällikkö"),
        Block("heading", "Kokouksen avaus", level=2),
        Block("paragraph", "Avattiin."),
    )
    meta, body = extract_metadata(doc)
    assert meta.participants == (
        Participant("Aino Aaltonen", "kunnanjohtaja", "Koskelan kunta"),
        Participant("Olli Ojala", "hyte-päällikkö", "Järviseudun hyvinvointialue"),
    )
    assert body == doc.blocks[6:]
