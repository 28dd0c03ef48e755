"""The spaCy pipeline: declared factories, ._.parts, sentences, caching."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

import hyte_nlp
from hyte_nlp.nlp import finnish_pipeline

FACTORIES = ("hyte_sentencizer", "hyte_voikko_lemmatizer", "hyte_compound_parts")


def test_pipeline_is_cached_and_built_from_declared_factories() -> None:
    nlp = finnish_pipeline()
    assert nlp is hyte_nlp.finnish_pipeline()
    assert nlp.lang == "fi"
    assert tuple(nlp.pipe_names) == FACTORIES
    for name in FACTORIES:
        assert name in Language.factories


def test_lemmas_pos_and_parts_on_tokens() -> None:
    doc = finnish_pipeline()("Järjestöt tekevät kotiturvallisuuskäyntejä Laukaan kunnassa.")
    assert [t.lemma_ for t in doc] == ["järjestö", "tehdä", "kotiturvallisuuskäynti", "Laukaa", "kunta", "."]
    assert doc[2]._.parts == ["koti", "turvallisuus", "käynti"]
    assert doc[0]._.parts == ["järjestö"]
    assert doc[3].pos_ == "PROPN"
    assert Token.has_extension("parts")


def test_pipe_batches_match_single_calls() -> None:
    nlp = finnish_pipeline()
    texts = ["hva:n edustajat", "sote-palvelujen saatavuus", "THL:n TEA-viisari"]
    assert [[t.lemma_ for t in d] for d in nlp.pipe(texts, batch_size=2)] == [
        [t.lemma_ for t in nlp(text)] for text in texts
    ]


def test_sentences_are_marked() -> None:
    doc = finnish_pipeline()("Kokous avattiin klo 9.00. Sovittiin, että kunta kutsuu järjestöt koolle.")
    sentences = [s.text for s in doc.sents]
    assert len(sentences) == 2
    assert sentences[1].startswith("Sovittiin")


def test_sentences_survive_line_breaks_and_abbreviations() -> None:
    text = "Läsnä oli mm. rehtori ja\nnuorisovaltuuston  edustaja. Kokous päättyi klo 11.30.\n\nSovittiin jatkosta."
    doc = finnish_pipeline()(text)
    firsts = [s[0].text for s in doc.sents]
    assert firsts == ["Läsnä", "Kokous", "Sovittiin"]
