"""Grammar features of a statement: how something is said (mood, voice, tense, negation, verbless
noun phrase, evaluation), which is what its *type* depends on.

Statement type is signalled by grammar more than by topic words: *Sovittiin* (past passive) records
an agreement, *tulisi järjestää* (conditional + A-infinitive) proposes an action, *Kehittäminen* in
a verbless bullet names an action, *ei toimi* a problem, *Aktiiviset järjestöt* a strength. The
features here name those signals; they are used only by the single-label ``statement_type`` facet
(the ``g:`` prefix is one of the model's ``form_features``).

Every word form is read once per process: :func:`word_traits` turns Voikko's analyses of a form
(:func:`hyte_nlp.nlp.voikko.analyze_word`, itself cached) into a small frozen set of traits, and is
cached per form, so the per-statement work is a few set unions. The lexicons (evaluative words,
verbs of change and obligation, schedule words, action-noun endings) are data files in
``hyte_nlp/data/grammar/``.

Feature names (all prefixed ``g:``):

``g:fin:<form>``   a finite verb form: ``pass_past`` (*sovittiin*), ``pass_pres`` (*järjestetään*),
                   ``act_past`` (*toteutui*), ``act_pres``, ``cond`` (*tulisi*), ``imper``;
``g:init:<form>``  the same for a statement that *begins* with the verb (*Sovittiin, että*), or
                   with a participle (``g:init:ptc:past_passive``: *Järjestetty kursseja*);
``g:pass_pres_plan`` a present passive without a sign of routine (*Senioreille järjestetään
                   kursseja*: a plan), ``g:pass_pres_routine`` with one (*järjestetään jo
                   viikoittain*: a fact; GUIDELINES 6.7);
``g:neg``          a negation verb (*ei, eivät*); ``g:neg_exist`` with *olla* (*ei ole*);
``g:modal_inf``    an obligation verb with an A-infinitive (*tulee järjestää, pitäisi selvittää*),
                   ``g:modal_inf_cond`` when conditional (*tulisi, pitäisi*);
``g:necessive``    *on tarpeen / on syytä / on tärkeää* + A-infinitive;
``g:ptc:<kind>``   a participle: ``past_active`` (*lisääntynyt*), ``past_passive`` (*sovittu*),
                   ``present_passive`` (*järjestettävä*: must be done), ``agent``;
``g:perfect``      *olla* + a past participle (*on kääntynyt*), ``g:perfect_pass`` passive
                   (*on järjestetty*: already done);
``g:cmp``          a comparative (*parempi, enemmän*);
``g:verbless``     no finite verb (a noun-phrase bullet), ``g:verbless_actn`` with an action noun
                   (*-minen, ehkäisy, kartoitus*), ``g:verbless_pol+`` / ``g:verbless_pol-`` with an
                   evaluation, ``g:verbless_bare`` with neither; ``g:verbless_partitive`` when it
                   begins with a partitive (*Talousneuvontaa nuorille*), ``g:verbless_illative``
                   with a destination (*Vapaaehtoiset palvelutaloihin*);
``g:actn``         an action noun in the nominative (the head of a bullet) anywhere,
                   ``g:actn_obl`` in another case (*kaatumisten*, *kehittämiseen*); ``g:actn_head`` as the first or last word (the head
                   of a bullet: *Harrastusten tukeminen*, *Kehittäminen yhdessä järjestöjen kanssa*);
``g:pol+`` / ``g:pol-``  positive / negative evaluation (``…neg`` when the statement is negated);
``g:chg+`` / ``g:chg-``  a verb (or its participle) of improvement / change for the worse;
``g:sched``        schedule, deadline or responsibility (*mennessä, vastuu, syyskuussa*, a date);
``g:routine`` / ``g:future``  it already happens or recurs / it looks ahead;
``g:num``          a figure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hyte_nlp.package_data import word_set
from hyte_nlp.tagging.analysis import AnalysedText

_FINITE_MOODS = {"indicative": "", "conditional": "cond", "imperative": "imper", "potential": "pot"}
_DATE = re.compile(r"^\d{1,2}\.\d{1,2}\.?(\d{2,4})?$|^\d{1,2}/\d{1,2}$|^(vk|vko)\d+$")
#: Finite-verb traits count only where the tagger's POS says verb: *tuki* 'support' is also a past
#: tense of *tukea*, *tulee* both a verb and a noun's plural in some readings.
_VERB_UPOS = frozenset({"VERB", "AUX"})
_VERB_TRAITS = frozenset({"fin", "cond"})
#: Word forms of *olla* 'be': "ei ole" (existential negation, a lack) and "on tarpeen".
_BE = frozenset({"on", "ovat", "ole", "oli", "olivat", "olisi", "olisivat", "ollut", "olleet"})
#: Copula complements that make "on X + A-infinitive" a recommendation.
_NECESSIVE = frozenset({"tarpeen", "syytä", "tärkeää", "tärkeä", "hyvä", "välttämätöntä", "pakko", "aiheellista"})


def _read_lexicon(name: str) -> frozenset[str]:
    return word_set("data", "grammar", name)


@lru_cache(maxsize=1)
def lexicons() -> dict[str, frozenset[str]]:
    """The grammar lexicons of ``hyte_nlp/data/grammar/`` (read once)."""
    return {
        "pol+": _read_lexicon("evaluative_positive.txt"),
        "pol-": _read_lexicon("evaluative_negative.txt"),
        "chg+": _read_lexicon("change_better.txt"),
        "chg-": _read_lexicon("change_worse.txt"),
        "modal": _read_lexicon("modal_verbs.txt"),
        "sched": _read_lexicon("schedule_words.txt"),
        "actn": _read_lexicon("action_noun_suffixes.txt"),
        "routine": _read_lexicon("routine_words.txt"),
        "future": _read_lexicon("future_words.txt"),
    }


def _is_action_noun(head: str, suffixes: frozenset[str]) -> bool:
    return any(head == s or (head.endswith(s) and len(head) - len(s) >= 3) for s in suffixes)


@lru_cache(maxsize=100_000)
def word_traits(word: str, lemma: str, head: str) -> frozenset[str]:
    """Grammatical traits of one word form (cached per form, lemma and compound head).

    Traits come from every Voikko reading of the form (an ambiguous form such as *järjestää*,
    finite or A-infinitive, gets both) and from the lexicons, matched on the lemma, on the
    readings' base forms and on the compound head.
    """
    from hyte_nlp.nlp.voikko import analyze_word

    lex = lexicons()
    traits: set[str] = set()
    bases = {lemma, head}
    readings = analyze_word(word)
    # an imperative reading of a form that is also indicative (*käy, toimi*) is almost never meant
    # in minutes
    indicative = any(r.get("MOOD") == "indicative" and r.get("PERSON") for r in readings)
    nominative = any(r.get("SIJAMUOTO") == "nimento" for r in readings)
    for reading in readings:
        bases.add(reading.get("BASEFORM", "").lower())
        cls = reading.get("CLASS", "")
        mood = reading.get("MOOD", "")
        person = reading.get("PERSON", "")
        if cls == "kieltosana":
            traits.add("neg")
            continue
        if cls == "teonsana" and mood in _FINITE_MOODS and person and not (mood == "imperative" and indicative):
            past = reading.get("TENSE") == "past_imperfective"
            if person == "4":
                form = "pass_past" if past else "pass_pres"
            else:
                form = "act_past" if past else "act_pres"
            traits.add("fin")
            traits.add("fin:" + (_FINITE_MOODS[mood] or form))
            if mood == "conditional":
                traits.add("cond")
        elif mood == "A-infinitive":
            traits.add("inf_a")
        elif mood == "MINEN-infinitive":
            traits.add("actn" if nominative else "actn_obl")
        case = reading.get("SIJAMUOTO")
        if case == "osanto" and cls in {"nimisana", "nimisana_laatusana"}:
            traits.add("partitive")
        elif case == "sisatulento" and cls == "nimisana":
            traits.add("illative")
        participle = reading.get("PARTICIPLE")
        if participle in {"past_active", "past_passive", "present_passive", "agent"}:
            traits.add("ptc:" + participle)
        if reading.get("COMPARISON") in {"comparative", "superlative"} and cls in {"laatusana", "nimisana_laatusana"}:
            traits.add("cmp")
    if _is_action_noun(head, lex["actn"]):
        traits.add("actn" if nominative or not readings else "actn_obl")
    for key in ("pol+", "pol-", "chg+", "chg-", "modal", "sched", "routine", "future"):
        if bases & lex[key] or word in lex[key]:
            traits.add(key)
    # an active past participle has its own base form (*lisääntynyt*): match its verb by stem
    if "ptc:past_active" in traits:
        for key in ("chg+", "chg-"):
            if any(word.startswith(verb[:-2]) for verb in lex[key] if len(verb) > 5):
                traits.add(key)
    if any(c.isdigit() for c in word):
        traits.add("sched" if _DATE.match(word) else "num")
    return frozenset(traits)


def _without_finite(traits: frozenset[str]) -> frozenset[str]:
    return frozenset(t for t in traits if t not in _VERB_TRAITS and not t.startswith("fin:"))


@lru_cache(maxsize=100_000)
def _traits_in_context(word: str, lemma: str, head: str, is_verb: bool) -> frozenset[str]:
    """:func:`word_traits`, without the finite-verb traits when the POS tagger says not a verb."""
    traits = word_traits(word, lemma, head)
    return traits if is_verb else _without_finite(traits)


def grammar_features(text: AnalysedText) -> list[str]:
    """The ``g:`` feature names of one statement (see the module docstring)."""
    if not text.words:
        return []
    per_word = [
        _traits_in_context(w, l, p[-1], u in _VERB_UPOS)
        for w, l, p, u in zip(text.words, text.lemmas, text.parts, text.upos)
    ]
    # Voikko reads a form out of context: after a negation verb the next verb is its connegative
    # (*ei toimi* is not the imperative or past of *toimia*), and after a finite verb a form that
    # may be an A-infinitive is one (*tulisi lisätä*, *pitää järjestää*).
    seen_finite = seen_neg = False
    for i, traits in enumerate(per_word):
        if "fin" in traits or "inf_a" in traits:
            if seen_neg:
                per_word[i] = _without_finite(traits) | {"conneg"}
                seen_neg = False
                continue
            if seen_finite and "inf_a" in traits:
                per_word[i] = _without_finite(traits)
                continue
            seen_finite = seen_finite or "fin" in traits
        if "neg" in traits:
            seen_neg = True
    every: set[str] = set().union(*per_word)
    feats: list[str] = []
    negated = "neg" in every
    finite = [t for traits in per_word for t in traits if t.startswith("fin:")]
    feats.extend("g:" + t for t in dict.fromkeys(finite))
    first = per_word[0]
    feats.extend("g:init:" + t[4:] for t in sorted(first) if t.startswith("fin:"))
    if negated:
        feats.append("g:neg")
        if any(w in _BE for w in text.words):
            feats.append("g:neg_exist")
    if "inf_a" in every:
        modal_at = [i for i, traits in enumerate(per_word) if "modal" in traits and "fin" in traits]
        if modal_at and any("inf_a" in traits for traits in per_word[modal_at[0] + 1 :]):
            feats.append("g:modal_inf")
            if any("cond" in per_word[i] for i in modal_at):
                feats.append("g:modal_inf_cond")
        if any(a in _BE and b in _NECESSIVE for a, b in zip(text.words, text.words[1:])):
            feats.append("g:necessive")
    feats.extend("g:" + t for t in sorted(every) if t.startswith("ptc:"))
    # perfect tense: *on kääntynyt* (a result reached), *on järjestetty* (done, a routine)
    for i, word in enumerate(text.words):
        if word in _BE:
            for traits in per_word[i + 1 : i + 3]:
                if "ptc:past_active" in traits:
                    feats.append("g:perfect")
                elif "ptc:past_passive" in traits:
                    feats.append("g:perfect_pass")
    for key in ("cmp", "chg+", "chg-", "sched", "num", "routine", "future"):
        if key in every:
            feats.append("g:" + key)
    if "fin:pass_pres" in finite:
        feats.append("g:pass_pres_routine" if "routine" in every else "g:pass_pres_plan")
    feats.extend("g:init:" + t for t in sorted(first) if t.startswith("ptc:"))
    for key in ("pol+", "pol-"):
        if key in every:
            feats.append("g:" + key + ("neg" if negated else ""))
    if "actn_obl" in every:
        feats.append("g:actn_obl")
    if "actn" in every:
        feats.append("g:actn")
        if "actn" in first or "actn" in per_word[-1]:
            feats.append("g:actn_head")
    if "fin" not in every and not negated:
        feats.append("g:verbless")
        tagged = False
        for key in ("actn", "pol+", "pol-", "chg-"):
            if key in every:
                feats.append("g:verbless_" + key)
                tagged = True
        if not tagged:
            feats.append("g:verbless_bare")
        # "Talousneuvontaa nuorille" (a partitive object: more of it, a proposal); "Vapaaehtoiset
        # palvelutaloihin" (a destination: bringing something somewhere; GUIDELINES 6.6)
        if "partitive" in first:
            feats.append("g:verbless_partitive")
        if "illative" in every:
            feats.append("g:verbless_illative")
    return list(dict.fromkeys(feats))


__all__ = ["grammar_features", "lexicons", "word_traits"]
