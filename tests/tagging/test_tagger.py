"""The tagger on short bullets, plain text, context and its outputs."""

from __future__ import annotations

import json

import pytest

import hyte_nlp
from hyte_nlp import Statement
from hyte_nlp.tagging.corpus import load_corpus
from hyte_nlp.tagging.training import train_examples

# Short bullets as counties write them: (text, facet, label that must be chosen). The words that
# carry them are kept out of training below, so only lemmas, compound parts and cues can help.
BULLETS = [
    ("Senioreiden digituki", "age_group", "ikaantyneet"),
    ("Senioreiden digituki", "theme", "digi_some"),
    ("Uimahallin vuorot", "priority", "liikunta"),
    ("Uimahallin vuorot", "theme", "liikuntaolosuhteet"),
    ("Nuuskan käyttö yläkoulussa", "age_group", "lapset_nuoret"),
    ("Nuuskan käyttö yläkoulussa", "theme", "paihteet"),
    ("Sähkötupakointi koulun pihalla", "theme", "paihteet"),
    ("Sähkötupakointi koulun pihalla", "age_group", "lapset_nuoret"),
    ("Lähisuhdeväkivallan puheeksiotto", "priority", "turvallisuus"),
    ("Lähisuhdeväkivallan puheeksiotto", "theme", "vakivalta_kiusaaminen"),
    ("Eläkeläisten kuntosaliryhmät", "age_group", "ikaantyneet"),
    ("Eläkeläisten kuntosaliryhmät", "priority", "liikunta"),
]
HELD_OUT_WORDS = ("digi", "uima", "nuuska", "sähkötupak", "lähisuhde", "kuntosali", "eläkeläi", "senior")


@pytest.fixture(scope="module")
def held_out_tagger(mini_corpus_path):
    """Trained on the mini corpus minus every statement with a word of the bullets above."""
    codebook = hyte_nlp.load_codebook()
    examples = [
        ex for ex in load_corpus([mini_corpus_path], codebook) if not any(w in ex.text.lower() for w in HELD_OUT_WORDS)
    ]
    from hyte_nlp.tagging.tagger import Tagger

    return Tagger(train_examples(examples, codebook, seed=0))


@pytest.mark.parametrize(("text", "facet", "label"), BULLETS)
def test_unseen_short_bullets(held_out_tagger, text, facet, label):
    tag = held_out_tagger.tag([text])[0]
    assert label in tag.label_ids(facet), (tag.labels[facet], tag.explain(facet))


@pytest.mark.parametrize(("text", "facet", "label"), BULLETS)
def test_short_bullets_with_the_shipped_model(default_tagger, text, facet, label):
    assert label in default_tagger.tag([text])[0].label_ids(facet)


def test_unknown_word_reaches_its_label_through_a_cue_prefix(default_tagger):
    tag = default_tagger.tag(["Nuorten vapettaminen on lisääntynyt"])[0]
    assert "paihteet" in tag.label_ids("theme")
    cues = [e for e in tag.explain("theme")["paihteet"] if e.kind == "cue"]
    assert any(e.text == "vapettaminen" for e in cues)


def test_tag_structure_and_defaults(default_tagger):
    tags = default_tagger.tag(["Kokouksen avasi puheenjohtaja.", "Nuorten päihteiden käyttö huolestuttaa"])
    first, second = tags
    assert isinstance(first.statement, Statement) and first.statement.text == "Kokouksen avasi puheenjohtaja."
    codebook = default_tagger.codebook
    for tag in tags:
        assert set(tag.labels) == set(codebook.facet_ids)
        for facet in codebook.facets:
            assert set(tag.scores[facet.id]) == set(facet.label_ids)
            assert all(0.0 <= v <= 1.0 for v in tag.scores[facet.id].values())
            scores = [label.score for label in tag.labels[facet.id]]
            assert scores == sorted(scores, reverse=True)
        assert len(tag.labels["statement_type"]) == 1
        assert tag.labels["age_group"], "age_group always has a label (fallback yhteiset)"
        assert len(tag.labels["priority"]) <= 3
    assert first.label_ids("age_group") == ["yhteiset"]
    assert second.lemmas[:2] == ("nuori", "päihde")
    assert second.label_ids("statement_type") == ["haaste"]
    assert second.labels["priority"][0].name == "Mielen hyvinvoinnin edistäminen"
    reasons = second.explain("theme")["paihteet"]
    assert reasons and any("päihde" in str(r) for r in reasons)
    with pytest.raises(KeyError):
        second.explain("no_such_facet")


def test_record_matches_api(default_tagger):
    record = default_tagger.tag(["Uimahallin vuorot"])[0].to_record()
    assert {"id", "text", "kind", "section", "page", "index", "source", "lemmas"} <= set(record)
    for facet in ("priority", "age_group", "theme", "statement_type"):
        assert all(set(item) == {"id", "score"} for item in record[facet])
    json.dumps(record, ensure_ascii=False)


def test_heading_names_the_priority(default_tagger):
    plain = Statement(id="x:0", text="Kerhojen mainonta paikallislehdessä", kind="bullet")
    framed = Statement(id="x:1", text=plain.text, kind="bullet", section=("Arjen turvallisuus",), column_header="Ikäihmiset")
    untagged, tagged = default_tagger.tag([plain, framed])
    assert "turvallisuus" not in untagged.label_ids("priority")
    assert "turvallisuus" in tagged.label_ids("priority")
    assert tagged.label_ids("age_group") == ["ikaantyneet"]


def test_to_dataframe(default_tagger):
    df = hyte_nlp.to_dataframe(default_tagger.tag(["Uimahallin vuorot", "Senioreiden digituki"]))
    assert len(df) == 2
    assert {"text", "source", "page", "priority", "priority_scores", "theme", "statement_type"} <= set(df.columns)
    assert df.loc[0, "priority"] == ["liikunta"]


def test_wrong_input_type(default_tagger):
    with pytest.raises(TypeError, match="Statement or a str"):
        default_tagger.tag([42])
    assert default_tagger.tag([]) == []


def test_agreed_actions_are_agreements(default_tagger):
    heading = ("Sovitut toimenpiteet",)
    action = Statement(id="x:0", text="Kunta selvittää harrastuskuljetusten kokeilun syksyllä.", kind="action", section=heading)
    tag = default_tagger.tag([action])[0]
    assert tag.label_ids("statement_type") == ["sopimus"]
    assert tag.explain("statement_type")["sopimus"][0].kind == "context"
