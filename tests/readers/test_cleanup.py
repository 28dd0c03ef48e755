"""Text clean-up shared by the readers: Unicode, page numbers, line-end hyphens, broken words.

The hyphen and broken-word decisions consult the real Voikko dictionary (no mocks).
"""

from __future__ import annotations

import pytest

from hyte_nlp.readers.cleanup import (
    collapse_spaces,
    furniture_key,
    is_page_number,
    join_cell_lines,
    join_lines,
    joins_wrapped_word,
    line_end_hyphen,
    normalize_unicode,
)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("pa\u0308iva\u0308", "päivä"),  # decomposed ä → NFC
        ("\ufb01nanssi", "finanssi"),  # ligature
        ("työ\u00adikäiset", "työikäiset"),  # soft hyphen
        ("12.3.\u00a02025", "12.3. 2025"),  # no-break space
        ("a\u200bb", "ab"),  # zero-width space
    ],
)
def test_normalize_unicode(raw: str, clean: str) -> None:
    assert normalize_unicode(raw) == clean


def test_collapse_spaces() -> None:
    assert collapse_spaces("  a   b ") == "a b"


@pytest.mark.parametrize("text", ["2 (5)", "Sivu 2/5", "sivu 12 / 15", "2/5", "- 2 -", "– 3 –", "Page 2 of 5", "7"])
def test_page_numbers(text: str) -> None:
    assert is_page_number(text)


@pytest.mark.parametrize("text", ["3 § Painopisteet", "2025", "12.3.2025", "Sivu", "1. Avaus", "2 (5) kohtaa"])
def test_not_page_numbers(text: str) -> None:
    assert not is_page_number(text)


def test_furniture_key_ignores_digits() -> None:
    assert furniture_key("Sivu 2/5") == furniture_key("SIVU 3/5") == "sivu #/#"
    assert furniture_key("Järvikylän kunta") != furniture_key("Koskelan kunta")


@pytest.mark.parametrize(
    ("stem", "following", "result"),
    [
        ("hyvinvointi", "alueen", ""),  # hyphenation: Voikko knows the joined word
        ("kotiturvallisuus", "käynnit.", ""),
        ("sosiaali", "ja", "- "),  # suspended compound
        ("hyvinvointi", "ja", "- "),
        ("lasten", ",", "- "),
        ("sote", "palvelut", "-"),  # only the hyphenated form is a word
        ("te", "tu", "-"),  # "hy-te-tu": a two-letter part is no hyphenation point
        ("TEA", "viisari", "-"),  # abbreviation
        ("hyte", "työ", "-"),  # domain abbreviation (hyte_nlp/lang/fi/domain_lexicon.tsv)
        ("hyte", "kerroin", "-"),
        ("Keski", "Suomen", "-"),  # capital after the hyphen
        ("linja", "auto", "-"),  # equal vowels meet
    ],
)
def test_line_end_hyphen(stem: str, following: str, result: str) -> None:
    assert line_end_hyphen(stem, following) == result


def test_join_lines() -> None:
    assert join_lines(["Kunnan ja hyvinvointi-", "alueen yhteistyö"]) == "Kunnan ja hyvinvointialueen yhteistyö"
    assert join_lines(["sosiaali-", "ja terveyspalvelut"]) == "sosiaali- ja terveyspalvelut"
    assert join_lines(["hy-te-", "tu-työ"]) == "hy-te-tu-työ"
    assert join_lines(["työ\u00ad", "ikäisten  tuki"]) == "työikäisten tuki"
    assert join_lines(["Kohta –", "jatkuu"]) == "Kohta – jatkuu"  # an en dash is no hyphen
    assert join_lines(["", "  yksi  ", ""]) == "yksi"


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("koulukiusaamise", "n", True),
        ("Hyvinvointikerto", "mus", True),
        ("nuorten", "harrastukset", False),  # both are words
        ("lasten", "ja", False),
        ("koulukiusaamise.", "n", False),  # punctuation ends a word
        ("koulukiusaamise", "N", False),  # a capital starts a new one
    ],
)
def test_joins_wrapped_word(left: str, right: str, joined: bool) -> None:
    assert joins_wrapped_word(left, right) is joined


def test_join_cell_lines() -> None:
    assert join_cell_lines(["Koulukiusaamise", "n ehkäisy"]) == ["Koulukiusaamisen", "ehkäisy"]
    assert join_cell_lines(["Hyvinvointisuunnitel", "ma"]) == ["Hyvinvointisuunnitelma"]
    assert join_cell_lines(["Nuorten", "harrastukset"]) == ["Nuorten", "harrastukset"]
