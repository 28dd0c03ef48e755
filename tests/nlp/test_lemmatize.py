"""Lemmas of words from wellbeing-negotiation minutes, with the real libvoikko and dictionary."""

from __future__ import annotations

import pytest

import hyte_nlp
from hyte_nlp.nlp import lemmatize

# (word as written in minutes, expected lemma, why)
LEMMA_CASES = [
    ("järjestöjen", "järjestö", "plural genitive"),
    ("järjestöille", "järjestö", "plural allative"),
    ("yhdistysjärjestöissä", "yhdistysjärjestö", "compound, plural inessive"),
    ("Laukaan", "Laukaa", "place name keeps its capital, loses the genitive"),
    ("Jyväskylässä", "Jyväskylä", "place name in the inessive"),
    ("hva:n", "hva", "abbreviation with a case ending after a colon"),
    ("THL:n", "THL", "upper-case abbreviation after a colon"),
    ("EU:ta", "EU", "partitive after a colon"),
    ("sote-palvelujen", "sote-palvelu", "hyphenated compound keeps its hyphen"),
    ("hyvinvointi-", "hyvinvointi", "first part of a suspended compound"),
    ("tekemisen", "tekeminen", "-minen noun"),
    ("liikkumisen", "liikkuminen", "-minen noun"),
    ("niiden", "se", "treebank convention for plural pronouns"),
    ("he", "hän", "treebank convention for plural pronouns"),
    ("ei", "ei", "negation verb"),
    ("markkinoilla", "markkinat", "plurale tantum"),
    ("esimerkiksi", "esimerkiksi", "adverb lemmatised as written"),
    ("kotiturvallisuuskäynnit", "kotiturvallisuuskäynti", "three-part compound"),
    ("nopeammin", "nopeasti", "compared adverb: the positive adverb, as in the treebank"),
    ("selvemmin", "selvästi", "compared adverb whose stem changed (selve- -> selvä)"),
    ("paremmin", "hyvin", "irregular compared adverb, from the conventions table"),
]


@pytest.mark.parametrize(("word", "lemma", "why"), LEMMA_CASES)
def test_word_lemmas(word: str, lemma: str, why: str) -> None:
    assert lemmatize([word]) == [lemma], why


def test_sentence_from_api_doc() -> None:
    assert hyte_nlp.lemmatize("Järjestöjen merkitys kasvaa") == ["järjestö", "merkitys", "kasvaa"]


@pytest.mark.parametrize(
    ("text", "index", "lemma"),
    [
        # a participle with an auxiliary is the verb (treebank: VERB -> infinitive)
        ("Kunta on järjestänyt kotiturvallisuuskäyntejä.", 2, "järjestää"),
        ("Toimintaa on lisätty kouluissa.", 2, "lisätä"),
        ("Liikkumisen edistäminen jatkuu.", 0, "liikkuminen"),
        ("Liikkumisen edistäminen jatkuu.", 1, "edistäminen"),
        # "hyvinvointi- ja terveyspalvelut": both halves reach their lemma
        ("hyvinvointi- ja terveyspalvelut", 0, "hyvinvointi"),
        ("hyvinvointi- ja terveyspalvelut", 2, "terveyspalvelu"),
    ],
)
def test_lemmas_in_context(text: str, index: int, lemma: str) -> None:
    assert lemmatize(text)[index] == lemma


@pytest.mark.parametrize(
    ("text", "index", "lemma"),
    [
        # an invented municipality: Voikko does not know it, the suffix guesser must
        ("Neuvottelu pidettiin Esimerkkilässä.", 2, "Esimerkkilä"),
        ("Esimerkkilän kunta ja hyvinvointialue sopivat asiasta.", 0, "Esimerkkilä"),
        ("Edustajat tulivat Esimerkkilästä.", 2, "Esimerkkilä"),
    ],
)
def test_unknown_place_name_loses_case_ending(text: str, index: int, lemma: str) -> None:
    assert lemmatize(text)[index] == lemma


def test_domain_lexicon_words() -> None:
    words = ["hyten", "hytestä", "hva", "EPT:n", "SPR:n", "MLL:n", "4H-yhdistyksen", "TEA-viisarin", "Sotkanetista"]
    assert lemmatize(words) == ["hyte", "hyte", "hva", "EPT", "SPR", "MLL", "4H-yhdistys", "TEA-viisari", "Sotkanet"]


def test_list_gives_one_lemma_per_word() -> None:
    # punctuation, numbers, symbols and odd tokens all count as words: the length never changes
    words = ["Sovittiin", ",", "että", "3.5.2024", "§", "5", "hy-te-tu", "www.thl.fi", ":)", "x", "–"]
    assert len(lemmatize(words)) == len(words)


def test_string_is_tokenised_and_whitespace_collapsed() -> None:
    assert lemmatize("nuorten   \n  harrastukset") == ["nuori", "harrastus"]


@pytest.mark.parametrize("bad", [["kunta", ""], ["kunta", " kunta"], ["kunta", 5]])
def test_bad_word_lists_are_rejected(bad: list) -> None:
    with pytest.raises((TypeError, ValueError)):
        lemmatize(bad)


def test_non_text_is_rejected() -> None:
    with pytest.raises(TypeError):
        lemmatize(42)  # type: ignore[arg-type]


def test_same_tag_tie_prefers_the_lemma_sharing_the_form() -> None:
    # both ilahtua and ilahduttaa are VERB readings of the participle; the form is ilahduttaa's
    from hyte_nlp.nlp.disambiguator import Disambiguator
    from hyte_nlp.nlp.candidates import candidates

    readings = candidates("ilahduttavan")[0]
    chosen = Disambiguator({}, {})._best_of(readings, "VERB", "ilahduttavan")
    assert chosen.lemma == "ilahduttaa"


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        # invented names Voikko cannot know: a local-case or translative ending goes, the capital stays
        ("Vellamondolla", "Vellamondo"),
        ("Brixtonille", "Brixton"),
        ("Zimbardoksi", "Zimbardo"),
    ],
)
def test_unknown_name_loses_local_case_ending(word: str, lemma: str) -> None:
    assert lemmatize([word]) == [lemma]
