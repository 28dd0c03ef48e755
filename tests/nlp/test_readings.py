"""Voikko analyses -> readings, and the data files that steer them."""

from __future__ import annotations

from hyte_nlp.nlp.candidates import candidates
from hyte_nlp.nlp.lexicon import domain_lexicon, domain_terms
from hyte_nlp.nlp.voikko import analyze_word, get_voikko


def lemmas(word: str) -> set[tuple[str, str]]:
    return {(r.lemma, r.upos) for r in candidates(word)[0]}


def test_voikko_accessor_is_shared_and_cached() -> None:
    assert get_voikko() is get_voikko()
    assert analyze_word("kunnan")[0]["BASEFORM"] == "kunta"
    assert analyze_word("kunnan") is analyze_word("kunnan")


def test_participle_offers_adjective_and_verb() -> None:
    assert {("tehty", "ADJ"), ("tehdä", "VERB")} <= lemmas("tehty")
    assert {("järjestetty", "ADJ"), ("järjestää", "VERB")} <= lemmas("järjestetyt")


def test_negative_participle_is_only_an_adjective() -> None:
    assert ("tuntea", "VERB") not in lemmas("tuntematon")


def test_minen_form_is_the_minen_noun() -> None:
    # the treebank tags -minen forms NOUN with the -minen lemma, never the verb
    assert lemmas("tukemisen") == {("tukeminen", "NOUN")}
    assert ("liikkuminen", "NOUN") in lemmas("liikkumista")  # also an agent participle (liikkuma)


def test_pronoun_clitic_convention() -> None:
    assert ("jokin", "PRON") in lemmas("jostakin")


def test_domain_lexicon_loads_from_data() -> None:
    lexicon = domain_lexicon()
    for word in ("hyte", "hva", "sote", "EPT", "SPR", "MLL", "4H", "THL", "TEA-viisari", "Sotkanet", "hy-te-tu"):
        assert word in lexicon, word
    assert lexicon.lookup("hytestä").lemma == "hyte"
    assert lexicon.lookup("THL:ää").lemma == "THL"
    assert lexicon.lookup("kunta") is None
    assert "Harrastamisen Suomen malli" in domain_terms()


def test_lexicon_prefix_compound() -> None:
    ((reading,), known) = candidates("hytetyöryhmän")
    assert known and reading.lemma == "hytetyöryhmä"
    assert reading.parts == ("hyte", "työ", "ryhmä")


def test_participle_verb_keeps_the_derivation() -> None:
    # Voikko's root verb is kohdistaa / muuntaa; the participle belongs to the derived verb
    assert ("kohdistua", "VERB") in lemmas("kohdistunut")
    assert ("kohdistaa", "VERB") not in lemmas("kohdistunut")
    assert ("muunnella", "VERB") in lemmas("muunneltavissa")
    assert ("haastatella", "VERB") in lemmas("haastatellut")


def test_adverb_with_possessive_suffix() -> None:
    assert lemmas("mukanaan") == {("mukana", "ADV")}
    assert lemmas("luokseen") == {("luokse", "ADV")}


def test_hyphenated_parts_keep_their_written_case() -> None:
    assert ("Luonto-Liitto", "NOUN") in lemmas("Luonto-Liiton")
    assert ("EU-Maa", "PROPN") not in lemmas("EU-maiden")
    assert ("sote-palvelu", "NOUN") in lemmas("Sote-palvelujen")


def test_inner_capitals_survive_the_guesser() -> None:
    assert {lemma for lemma, _ in lemmas("iTunesissa")} == {"iTunes"}


def test_indefinite_pronoun_with_shortened_clitic() -> None:
    # -kään after a long vowel is -än, which Voikko leaves inside the case ending
    assert ("mikään", "PRON") in lemmas("mistään")
    assert ("mikään", "PRON") in lemmas("missään")


def test_local_case_adverb_reading() -> None:
    assert {("suora", "ADJ"), ("suoraan", "ADV")} <= lemmas("suoraan")
    assert ("ulkopuolelle", "ADP") in lemmas("ulkopuolelle")


def test_voikko_inner_boundary_marks_are_dropped() -> None:
    assert ("allekirjoittaa", "VERB") in lemmas("allekirjoittaneen")
