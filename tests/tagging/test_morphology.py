"""Grammar features of statement types, read from real spaCy + Voikko analyses."""

from __future__ import annotations

import numpy as np
import pytest

from hyte_nlp.tagging.analysis import analyse_texts
from hyte_nlp.tagging.morphology import grammar_features, lexicons


def features(text: str) -> set[str]:
    return set(grammar_features(analyse_texts([text])[0]))


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # an agreement: past passive, first word
        ("Sovittiin, että kunta kutsuu verkoston koolle syyskuussa.", {"g:init:pass_past", "g:sched"}, {"g:verbless"}),
        # a proposal: conditional obligation verb + A-infinitive; the infinitive is not finite
        ("Liikuntavuoroja tulisi lisätä.", {"g:modal_inf", "g:modal_inf_cond"}, {"g:fin:pass_pres"}),
        ("On tarpeen selvittää nuorten tilanne.", {"g:necessive"}, set()),
        # a problem: negation; the connegative *toimi* is neither imperative nor past tense
        ("Yhteistyö koulun kanssa ei toimi.", {"g:neg"}, {"g:fin:imper", "g:fin:act_past", "g:verbless"}),
        ("Ei ole riittävästi vuoroja", {"g:neg", "g:neg_exist"}, set()),
        # verbless bullets: an action noun, an evaluation, a change for the worse, a bare topic
        ("Nuorten harrastusmahdollisuuksien tukeminen", {"g:verbless_actn", "g:actn_head"}, {"g:verbless_bare"}),
        ("Kaatumisten ehkäisy", {"g:verbless_actn"}, set()),
        ("Aktiiviset järjestöt", {"g:verbless_pol+"}, {"g:verbless_bare"}),
        ("Lisääntynyt yksinäisyys", {"g:verbless_chg-", "g:ptc:past_active"}, set()),
        ("Uimahallin vuorot ikäihmisille", {"g:verbless_bare"}, {"g:verbless_actn", "g:pol+", "g:pol-"}),
        # results and plans
        ("Koulutukset toteutuivat suunnitellusti.", {"g:fin:act_past", "g:chg+"}, set()),
        ("Senioreille järjestetään tablettikursseja.", {"g:fin:pass_pres"}, {"g:verbless"}),
        ("Työttömien määrä on kääntynyt laskuun.", {"g:perfect"}, set()),
        ("Vastuu: hyte-koordinaattori, DL 12.10.2026", {"g:sched"}, {"g:num"}),
        ("Kunnassa on kaksi kuntosalia ja 40 % käyttää niitä.", {"g:num"}, set()),
    ],
)
def test_grammar_signals(text, expected, absent):
    found = features(text)
    assert expected <= found, f"{text!r}: missing {expected - found}, got {sorted(found)}"
    assert not absent & found, f"{text!r}: unexpected {absent & found}"


def test_negation_turns_an_evaluation_around():
    assert "g:pol+" in features("Yhteistyö toimii hyvin.")
    negated = features("Yhteistyö ei toimi hyvin.")
    assert "g:pol+neg" in negated and "g:pol+" not in negated


def test_a_noun_that_is_also_a_verb_form_stays_a_noun():
    # *tuki* is also the past tense of *tukea*; as a noun in a bullet it is no finite verb
    found = features("Senioreiden digituki")
    assert "g:verbless" in found and not any(f.startswith("g:fin:") for f in found)


def test_lexicons_are_data_files_of_lower_case_lemmas():
    lex = lexicons()
    assert {"pol+", "pol-", "chg+", "chg-", "modal", "sched", "actn"} <= set(lex)
    for name, words in lex.items():
        assert words, name
        assert all(w == w.lower() and not w.startswith("#") for w in words), name
    assert "hyvä" in lex["pol+"] and "heikko" in lex["pol-"] and "tulla" in lex["modal"]


def test_grammar_features_are_used_by_statement_type_only(mini_model_dir):
    from hyte_nlp.tagging.persistence import load_model

    model = load_model(mini_model_dir)
    names = model.featurizer.feature_names
    grammar = np.array([n.startswith("g:") for n in names])
    assert grammar.any(), "the featurizer learned no g: features from the mini corpus"
    for facet_id, clf in model.classifiers.items():
        weight = np.abs(clf.coef_[:, grammar]).sum()
        if facet_id == "statement_type":
            assert weight > 0, "statement_type does not use the grammar features"
        else:
            assert weight == 0, f"{facet_id} uses grammar features"
