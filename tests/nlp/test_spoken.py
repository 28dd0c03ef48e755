"""Spoken and informally typed Finnish, as quoted in minutes, reaches the written lemma (real Voikko)."""

from __future__ import annotations

import pytest

from hyte_nlp.nlp import analyze, lemmatize
from hyte_nlp.nlp.spoken import written_form


@pytest.mark.parametrize(
    ("spoken", "written"),
    [
        ("tultii", "tultiin"),  # final -n lost
        ("mitää", "mitään"),
        ("sielt", "sieltä"),  # final vowel lost
        ("ymmärtäny", "ymmärtänyt"),  # -ny participle
        ("ollu", "ollut"),
        ("tekis", "tekisi"),  # -is conditional
        ("ootteko", "oletteko"),  # oo- for ole-
        ("oikeesti", "oikeasti"),  # ee for ea
        ("semmonen", "semmoinen"),  # lost i of -oinen
        ("kattoo", "katsoo"),  # tt for ts
    ],
)
def test_written_form(spoken: str, written: str) -> None:
    assert written_form(spoken) == written


@pytest.mark.parametrize("word", ["showroomia", "smoothieita", "Arduinolla", "hyvinvointi", "x"])
def test_no_rewrite_for_loanwords_names_or_known_words(word: str) -> None:
    # a loanword is not forced into a Finnish word, a name is left to the name rules
    assert written_form(word) is None


def test_youth_council_quote_in_minutes() -> None:
    text = "Nuorisovaltuuston edustaja: oikeesti me tultii sinne ja semmonen paikka puuttuu"
    assert lemmatize(text) == [
        "nuorisovaltuusto", "edustaja", ":", "oikeasti", "minä", "tulla", "sinne", "ja", "semmoinen", "paikka", "puuttua",
    ]


def test_rewritten_words_count_as_known() -> None:
    (a,) = analyze(["ymmärtäny"])
    assert (a.lemma, a.upos, a.is_known) == ("ymmärtää", "VERB", True)


def test_irregular_spoken_forms_come_from_the_table() -> None:
    assert lemmatize(["oon", "kyl", "tuun", "miks"]) == ["olla", "kyllä", "tulla", "miksi"]


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("jarjestojen", "järjestöjen"),  # minutes typed without ä and ö
        ("yksinaisyys", "yksinäisyys"),
        ("paihteiden", "päihteiden"),
        ("tyottomien", "työttömien"),
        ("nuorisotyo", "nuorisotyö"),  # only the compound's end is front-vowelled
        ("lahtee", "lähtee"),
    ],
)
def test_missing_diacritics_are_restored(typed: str, written: str) -> None:
    assert written_form(typed) == written


def test_minutes_typed_without_diacritics() -> None:
    assert lemmatize("Nuorilla yksinaisyys ja paihteiden kaytto lisaantynyt nuorisotyon mukaan") == [
        "nuori", "yksinäisyys", "ja", "päihde", "käyttö", "lisääntyä", "nuorisotyö", "mukaan",
    ]


def test_capitalised_words_keep_their_letters() -> None:
    # a name is not "restored": Sallivaara is not Sälliväärä
    assert written_form("Sallivaara") is None
