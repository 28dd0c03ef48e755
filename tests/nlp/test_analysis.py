"""Compound-marked lemmas (the UD Finnish-TDT lemma format), from the real Voikko analyses."""

from __future__ import annotations

import pytest

from hyte_nlp.nlp import analyze, lemmatize
from hyte_nlp.nlp.analysis import marked_lemma


@pytest.mark.parametrize(
    ("word", "plain", "marked"),
    [
        ("kotiturvallisuuskäynnit", "kotiturvallisuuskäynti", "koti#turvallisuus#käynti"),
        ("sote-palvelujen", "sote-palvelu", "sote#palvelu"),
        ("raaka-aineita", "raaka-aine", "raaka#aine"),
        ("1990-luvulla", "1990-luku", "1990#luku"),
        ("EU-maiden", "EU-maa", "EU#maa"),
        # a name with capitalised parts keeps its hyphen, as in the treebank
        ("Ison-Britannian", "Iso-Britannia", "Iso-Britannia"),
        ("järjestöjen", "järjestö", "järjestö"),
        ("hva:n", "hva", "hva"),
    ],
)
def test_marked_lemma_of_minutes_words(word: str, plain: str, marked: str) -> None:
    (a,) = analyze([word])
    assert (a.lemma, a.marked_lemma) == (plain, marked)
    assert lemmatize([word]) == [plain]
    assert lemmatize([word], compound_marks=True) == [marked]


def test_marks_only_add_boundaries() -> None:
    words = "Sote-palvelujen ja kotihoidon asiakasmäärät kasvoivat 2020-luvulla Keski-Suomessa".split()
    for a in analyze(words):
        assert a.marked_lemma.replace("#", "") == a.lemma.replace("-", "") or a.marked_lemma.replace("#", "-") == a.lemma or a.marked_lemma == a.lemma


def test_parts_that_are_not_in_the_lemma_fall_back_to_hyphens() -> None:
    assert marked_lemma("lapsiklinikka", ("lasten", "klinikka")) == "lapsiklinikka"
    assert marked_lemma("nuoriso-ohjaaja", ("nuorten", "ohjaaja")) == "nuoriso#ohjaaja"
    assert marked_lemma("Anna-Mari", ("Anna-Mari",)) == "Anna-Mari"
    assert marked_lemma("1-3", ("1-3",)) == "1-3"
