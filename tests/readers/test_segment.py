"""Segmentation of blocks into statements, per docs/SEGMENTATION.md."""

from __future__ import annotations

import pytest

from hyte_nlp.readers.base import Block
from hyte_nlp.readers.segment import join_lines, segment, split_agenda_numbering, strip_bullet


def _view(blocks: list[Block]) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(s.kind, s.text, s.section) for s in segment(blocks, source="x/minutes.docx")]


def test_section_path_ids_and_kinds() -> None:
    blocks = [
        Block("heading", "Painopisteet", level=1, numbering="3 §"),
        Block("bullet", "Nuorten harrastukset"),
        Block("heading", "Ikääntyneet", level=2),
        Block("paragraph", "Yksinäisyys on yleistä. Sovittiin, että asiaa seurataan."),
        Block("heading", "4. Yhteistyö", level=1),
        Block("paragraph", "Järjestöt ovat mukana."),
    ]
    statements = segment(blocks, source="x/jarvikyla_2025.docx", municipality="Järvikylä")
    assert [(s.id, s.index, s.kind, s.text, s.section) for s in statements] == [
        ("jarvikyla_2025:0", 0, "bullet", "Nuorten harrastukset", ("Painopisteet",)),
        ("jarvikyla_2025:1", 1, "paragraph", "Yksinäisyys on yleistä.", ("Painopisteet", "Ikääntyneet")),
        ("jarvikyla_2025:2", 2, "action", "Sovittiin, että asiaa seurataan.", ("Painopisteet", "Ikääntyneet")),
        ("jarvikyla_2025:3", 3, "paragraph", "Järjestöt ovat mukana.", ("Yhteistyö",)),
    ]
    assert {s.municipality for s in statements} == {"Järvikylä"}
    assert {s.source for s in statements} == {"x/jarvikyla_2025.docx"}
    assert {s.page for s in statements} == {None}


@pytest.mark.parametrize(
    "heading", ["Päätös", "Päätökset:", "Sovitut toimenpiteet", "JATKOTOIMENPITEET", "Päätökset ja vastuut"]
)
def test_everything_under_an_action_heading_is_an_action(heading: str) -> None:
    blocks = [
        Block("heading", heading, level=1),
        Block("bullet", "Työryhmä perustetaan"),
        Block("paragraph", "Kunta kokoaa tiedot. Hyvinvointialue raportoi."),
        Block("table", rows=(("Toimenpide", "Vastuu"), ("Kysely", "Kunta"))),
    ]
    kinds = [s.kind for s in segment(blocks, source="a.docx")]
    assert kinds == ["action", "action", "action", "table_cell", "table_cell"]


@pytest.mark.parametrize(
    "text",
    ["Sovittiin, että kunta kokoaa tiedot.", "Sovitaan jatkosta.", "Päätettiin perustaa työryhmä.",
     "Päätetään seurata asiaa.", "Todettiin ja sovittiin, että asiaan palataan."],
)
def test_action_openers(text: str) -> None:
    assert _view([Block("paragraph", text)]) == [("action", text, ())]
    assert _view([Block("bullet", text)]) == [("action", text, ())]


def test_not_actions() -> None:
    blocks = [Block("heading", "Päätöksenteon tuki", level=1), Block("bullet", "Tietojohtaminen")]
    assert [k for k, _, _ in _view(blocks)] == ["bullet"]
    assert [k for k, _, _ in _view([Block("paragraph", "Sovittelu on tärkeää. Päätöksiä tehtiin.")])] == [
        "paragraph",
        "paragraph",
    ]


def test_bullet_is_never_split_and_wrapped_lines_join() -> None:
    block = Block("bullet", "Nuorten harrastusmahdollisuuksien tukeminen. Myös\nkesäaikaan")
    assert _view([block]) == [
        ("bullet", "Nuorten harrastusmahdollisuuksien tukeminen. Myös kesäaikaan", ()),
    ]


def test_paragraph_line_structure() -> None:
    # Soft line breaks: short capitalised lines are separate units, a wrapped line is joined,
    # glyph lines inside a paragraph are bullets.
    text = (
        "Keskustelussa todettiin, että yhteistyö\n"
        "toimii hyvin.\n"
        "Hyvinvointialueen edustaja\n"
        "Järjestöjen edustaja\n"
        "• Kohtaamispaikat\n"
        "• Kulttuuripalvelut, jotka\n"
        "puuttuvat suunnitelmasta"
    )
    assert _view([Block("paragraph", text)]) == [
        ("paragraph", "Keskustelussa todettiin, että yhteistyö toimii hyvin.", ()),
        ("paragraph", "Hyvinvointialueen edustaja", ()),
        ("paragraph", "Järjestöjen edustaja", ()),
        ("bullet", "Kohtaamispaikat", ()),
        ("bullet", "Kulttuuripalvelut, jotka puuttuvat suunnitelmasta", ()),
    ]


def test_text_is_cleaned() -> None:
    block = Block("paragraph", "Ty\u00f6\u00adik\u00e4isten\u00a0 tuki   kasvaa. Pa\u0308iva\u0308 on hyva\u0308.")
    assert [t for _, t, _ in _view([block])] == ["Työikäisten tuki kasvaa.", "Päivä on hyvä."]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["hyvinvointi-", "alueen palvelut"], "hyvinvointialueen palvelut"),
        (["sosiaali-", "ja terveyspalvelut"], "sosiaali- ja terveyspalvelut"),
        (["sote-", "palvelut"], "sote-palvelut"),
        (["THL-", "tiedot"], "THL-tiedot"),
        (["koulu-", "Kiusaaminen"], "koulu-Kiusaaminen"),
        (["yksi", "", "  kaksi "], "yksi kaksi"),
    ],
)
def test_join_lines(lines: list[str], expected: str) -> None:
    assert join_lines(lines) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("• Nuorten harrastukset", "Nuorten harrastukset"),
        ("- Seurakunta", "Seurakunta"),
        ("– Järjestöt", "Järjestöt"),
        ("o Kirjasto", "Kirjasto"),
        ("▪ Koulut", "Koulut"),
        ("\uf0b7 Liikunta", "Liikunta"),
        ("1. Kohtaamispaikat", "Kohtaamispaikat"),
        ("2) Kulttuuri", "Kulttuuri"),
        ("a) Nuoret", "Nuoret"),
        ("3. luokka aloittaa", None),
        ("12. lokakuuta pidetään", None),
        ("Osallistujat", None),
        ("-", None),
    ],
)
def test_strip_bullet(line: str, expected: str | None) -> None:
    assert strip_bullet(line) == expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("3 § Painopisteet", ("3 §", "Painopisteet")),
        ("§ 3 Painopisteet", ("§ 3", "Painopisteet")),
        ("4. Yhteistyö", ("4.", "Yhteistyö")),
        ("4.1 Lapset ja nuoret", ("4.1", "Lapset ja nuoret")),
        ("IV. Muut asiat", ("IV.", "Muut asiat")),
        ("Painopisteet", ("", "Painopisteet")),
        ("2025 tavoitteet", ("", "2025 tavoitteet")),
        ("5 §", ("5 §", "")),
    ],
)
def test_split_agenda_numbering(heading: str, expected: tuple[str, str]) -> None:
    assert split_agenda_numbering(heading) == expected


# ----------------------------------------------------------------------------------------- tables
def _cells(rows: tuple[tuple[str, ...], ...]) -> list[tuple[str, str | None, str | None]]:
    return [(s.text, s.row_header, s.column_header) for s in segment([Block("table", rows=rows)], source="t.docx")]


def test_grid_with_row_and_column_headers() -> None:
    rows = (
        ("Painopiste", "Lapset ja nuoret", "Ikääntyneet"),
        ("Liikunta", "• Harrastukset\n• Koulumatkat", "Tasapaino-\nryhmät"),
        ("", "Kerhot", ""),
        ("Mieli", "Kuraattorit", "-"),
    )
    assert _cells(rows) == [
        ("Harrastukset", "Liikunta", "Lapset ja nuoret"),
        ("Koulumatkat", "Liikunta", "Lapset ja nuoret"),
        ("Tasapainoryhmät", "Liikunta", "Ikääntyneet"),
        ("Kerhot", "Liikunta", "Lapset ja nuoret"),  # vertically merged row header
        ("Kuraattorit", "Mieli", "Lapset ja nuoret"),
    ]


def test_empty_top_left_means_both_headers() -> None:
    rows = (("", "Kunta", "Hyvinvointialue"), ("Liikunta", "Liikuntapaikat", "Liikuntaneuvonta"))
    assert _cells(rows) == [
        ("Liikuntapaikat", "Liikunta", "Kunta"),
        ("Liikuntaneuvonta", "Liikunta", "Hyvinvointialue"),
    ]


def test_action_plan_has_header_row_only() -> None:
    rows = (
        ("Toimenpide", "Vastuutaho", "Aikataulu"),
        ("Liikuntaneuvonnan vakiinnuttaminen", "Hyvinvointialue", "2025"),
    )
    assert _cells(rows) == [
        ("Liikuntaneuvonnan vakiinnuttaminen", None, "Toimenpide"),
        ("Hyvinvointialue", None, "Vastuutaho"),
        ("2025", None, "Aikataulu"),
    ]


def test_table_without_headers() -> None:
    rows = (
        ("Liikunta", "Uimahallin peruskorjaus viivästyy vuoteen 2027."),
        ("Kulttuuri", "Kirjaston aukioloaikoja laajennetaan syksyllä."),
    )
    # A first column of short labels beside long text is a header column; no header row.
    assert _cells(rows) == [
        ("Uimahallin peruskorjaus viivästyy vuoteen 2027.", "Liikunta", None),
        ("Kirjaston aukioloaikoja laajennetaan syksyllä.", "Kulttuuri", None),
    ]


def test_merged_header_spans_and_sub_headers() -> None:
    rows = (
        ("Painopiste", "Lapset ja nuoret", "", "Ikääntyneet"),
        ("", "Alakoulu", "Yläkoulu", ""),
        ("Liikunta", "Kerhot", "Seurat", "Tuolijumppa"),
    )
    assert _cells(rows) == [
        ("Kerhot", "Liikunta", "Lapset ja nuoret / Alakoulu"),
        ("Seurat", "Liikunta", "Lapset ja nuoret / Yläkoulu"),
        ("Tuolijumppa", "Liikunta", "Ikääntyneet"),
    ]


def test_table_row_pages() -> None:
    block = Block("table", page=1, rows=(("Toimenpide", "Vastuu"), ("Kysely", "Kunta"), ("Raportti", "Hva")),
                  row_pages=(1, 1, 2))
    assert [s.page for s in segment([block], source="t.pdf")] == [1, 1, 2, 2]


def test_single_row_table() -> None:
    assert _cells((("Nuorisotila", "Kirjasto"),)) == [("Nuorisotila", None, None), ("Kirjasto", None, None)]
