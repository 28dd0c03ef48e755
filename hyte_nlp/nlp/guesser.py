"""Lemmas for words neither Voikko nor the domain lexicon knows: suffix rules learned from data.

Unknown words in minutes are mostly names (of places, projects, organisations) and loan words with
Finnish case endings: *Esimerkkilässä* -> *Esimerkkilä*, *Sotkanetista* -> *Sotkanet*. The rules
map a word's final letters to "remove k letters, add s", learned from the words of UD Finnish-TDT
**dev** that Voikko does not know and from synthetic invented names and loanwords in Finnish cases
(``corpora/unknown_words``, weighted by cross-validation on dev; ``benchmarks/lemma_train_dev.py``),
and shipped as plain JSON in
``hyte_nlp/lang/fi/unknown_suffix_rules.json``. Capitalised and lower-case words have separate
rules, because a capital signals a proper noun whose lemma keeps its capital.

Without the rules file every unknown word keeps its form (a deliberate, visible fallback).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from hyte_nlp.nlp.readings import Reading
from hyte_nlp.package_data import data_lines

_RULES_FILE = "unknown_suffix_rules.json"
#: Longest word ending a rule may look at.
MAX_SUFFIX = 6


@lru_cache(maxsize=1)
def _rules() -> dict[str, dict[str, tuple[int, str, str]]]:
    path = resources.files("hyte_nlp.lang.fi").joinpath(_RULES_FILE)
    if not path.is_file():
        return {"upper": {}, "lower": {}}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        group: {suffix: (int(rule[0]), str(rule[1]), str(rule[2])) for suffix, rule in table.items()}
        for group, table in data["rules"].items()
    }


@lru_cache(maxsize=1)
def _name_case_endings() -> tuple[str, ...]:
    return tuple(data_lines("lang", "fi", "name_case_endings.txt"))


_VOWELS = frozenset("aeiouyäö")


def _without_case_ending(name: str) -> str:
    """A capitalised unknown word without a local-case or translative ending (*Arduinolla* ->
    *Arduino*, *Theronille* -> *Theron*), or the word itself."""
    low = name.lower()
    for ending in _name_case_endings():
        if low.endswith(ending) and len(name) - len(ending) >= 3:
            stem = name[: -len(ending)]
            if stem[-1:].lower() == "i" and len(stem) >= 4 and stem[-2].lower() not in _VOWELS:
                return stem[:-1]  # the linking vowel of a consonant stem: Theron+i+lle
            return stem
    return name


def _shape_group(form: str) -> str:
    return "upper" if form[:1].isupper() else "lower"


def guess_readings(form: str) -> list[Reading]:
    """One guessed reading for an unknown word: the longest learned suffix rule that applies; a
    capitalised word the rules keep as it is still loses a local-case ending (``name_case_endings.txt``)."""
    if not form[:1].isalpha():  # 89/662/ETY, 3D-tulostin, :D keep their form
        return [Reading(form, "NUM" if form[:1].isdigit() else "SYM", (form,), "guess")]
    if form.isupper() and len(form) > 1:
        # an unknown acronym or a word in a capitalised heading: its ending is not a case ending
        return [Reading(form, "PROPN", (form,), "guess")]
    group = _shape_group(form)
    table = _rules().get(group, {})
    low = form.lower()
    for k in range(min(MAX_SUFFIX, len(low) - 2), 0, -1):
        rule = table.get(low[-k:])
        if rule is not None:
            strip, add, upos = rule
            if len(form) - strip >= 2:
                lemma = form[: len(form) - strip] + add
                if group == "lower" and not any(ch.isupper() for ch in form):
                    lemma = lemma.lower()  # but iTunesissa -> iTunes
                elif lemma == form:
                    lemma = _without_case_ending(form)  # a rule that keeps a name still drops -lla
                return [Reading(lemma, upos, (lemma,), "guess")]
    upos = "PROPN" if group == "upper" else "NOUN"
    lemma = _without_case_ending(form) if group == "upper" else low
    return [Reading(lemma, upos, (lemma,), "guess")]


__all__ = ["MAX_SUFFIX", "guess_readings"]
