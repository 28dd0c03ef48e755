"""WordAnalysis records: lemma, UPOS and compound parts."""

from __future__ import annotations

import dataclasses

import pytest

import hyte_nlp
from hyte_nlp.nlp import WordAnalysis, analyze, analyze_many

PARTS_CASES = [
    ("kotiturvallisuuskäynnit", ("koti", "turvallisuus", "käynti")),
    ("yhdistysjärjestöissä", ("yhdistys", "järjestö")),
    ("järjestöjen", ("järjestö",)),
    ("sote-palvelujen", ("sote", "palvelu")),
    ("hyvinvointipalvelut", ("hyvinvointi", "palvelu")),  # hyvinvointi is one part, not hyvin+vointi
    ("Jyväskylässä", ("Jyväskylä",)),  # names are not split
]


@pytest.mark.parametrize(("word", "parts"), PARTS_CASES)
def test_compound_parts(word: str, parts: tuple[str, ...]) -> None:
    (analysis,) = analyze([word])
    assert analysis.parts == parts


def test_api_example() -> None:
    (tok,) = hyte_nlp.analyze("kotiturvallisuuskäynnit")
    assert (tok.text, tok.lemma, tok.upos) == ("kotiturvallisuuskäynnit", "kotiturvallisuuskäynti", "NOUN")
    assert list(tok.parts) == ["koti", "turvallisuus", "käynti"]


def test_records_are_frozen() -> None:
    (tok,) = analyze(["kunta"])
    with pytest.raises(dataclasses.FrozenInstanceError):
        tok.lemma = "x"  # type: ignore[misc]


def test_flags() -> None:
    kunta, pilkku, ja, tuntematon = analyze(["kunta", ",", "ja", "Esimerkkilässä"])
    assert kunta.is_alpha and kunta.is_known and not kunta.is_stop
    assert not pilkku.is_alpha and pilkku.upos == "PUNCT"
    assert ja.is_stop
    assert not tuntematon.is_known and tuntematon.upos == "PROPN"


def test_pos_tags_of_a_minutes_sentence() -> None:
    tags = [a.upos for a in analyze("Kunnassa on huolta nuorten päihteiden käytöstä.")]
    assert tags[0] == "NOUN" and tags[1] == "AUX" and tags[-1] == "PUNCT"


def test_analyze_many_matches_analyze() -> None:
    texts = ["Järjestöjen merkitys kasvaa.", "", "Laukaan   kunta ja hva:n edustajat", "THL:n TEA-viisari"]
    many = analyze_many(texts)
    assert len(many) == len(texts)
    assert many == [analyze(t) for t in texts]
    assert all(isinstance(a, WordAnalysis) for result in many for a in result)


def test_analyze_many_in_two_processes_gives_the_same() -> None:
    texts = [f"Kunta {i} järjestää kotiturvallisuuskäyntejä ikääntyneille." for i in range(600)]
    assert analyze_many(texts, n_process=2) == analyze_many(texts)


def test_analyze_many_checks_its_input() -> None:
    with pytest.raises(TypeError):
        analyze_many(["kunta", None])  # type: ignore[list-item]
    with pytest.raises(ValueError):
        analyze_many(["kunta"], n_process=0)
