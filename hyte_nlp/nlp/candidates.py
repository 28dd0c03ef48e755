"""All candidate readings of one word form, from the domain lexicon, Voikko or deliberate rules.

The order of the sources is the order of trust (the LemmaBackend chain of STYLE.md b12):

1. non-words (punctuation, numbers, symbols, URLs) keep their form;
2. the domain lexicon, because it exists to overrule Voikko on the domain's own words;
3. Voikko, the reference morphology of Finnish;
4. rules for words Voikko does not know, tried in order: an abbreviation with a case ending after a
   colon (*THL:n*), a hyphenated compound whose last part Voikko knows (*sote-palvelujen*), a
   line-break hyphen (*hoi-toon*), a spoken form whose written form Voikko knows (*tultii*,
   :mod:`hyte_nlp.nlp.spoken`), a compound that starts with a lexicon word (*hytetyö*), and
   finally the suffix guesser trained on UD Finnish-TDT dev (:mod:`hyte_nlp.nlp.guesser`).

A missing libvoikko is an error (:class:`~hyte_nlp.errors.VoikkoNotAvailableError`), never a
reason to use the later sources alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from hyte_nlp.nlp.guesser import guess_readings
from hyte_nlp.nlp.lexicon import domain_lexicon
from hyte_nlp.nlp.readings import Reading, readings_from_analysis
from hyte_nlp.nlp.spoken import written_form
from hyte_nlp.nlp.voikko import ANALYSIS_CACHE_SIZE, analyze_word
from hyte_nlp.package_data import data_rows

_NUMBER_RE = re.compile(r"^[+-]?\d[\d.,:/%-]*$")
_URL_RE = re.compile(r"^(https?://|www\.)|@\w|\w\.(fi|com|org|net)\b", re.IGNORECASE)
_PUNCT = frozenset("\"'.,:;!?()[]{}-–—/\\…«»“”’‘*•§&+=<>|~^")


@lru_cache(maxsize=1)
def particles() -> dict[str, tuple[str, ...]]:
    """Uninflected words (adverbs, adpositions, conjunctions) whose lemma is the word itself.

    Voikko often reads them as case forms of nouns or as clitic forms (*esimerkiksi* as
    translative of *esimerkki*, *jopa* as *jo* + *pa*); the treebank lemmatises them as written.
    Read from ``lang/fi/particles.tsv`` (form -> UPOS tags), collected from UD Finnish-TDT dev.
    """
    path = resources.files("hyte_nlp.lang.fi").joinpath("particles.tsv")
    if not path.is_file():
        return {}
    return {row[0]: tuple(row[1].split(",")) for row in data_rows("lang", "fi", "particles.tsv")}


@lru_cache(maxsize=1)
def colloquial() -> dict[str, Reading]:
    """Spoken-style forms Voikko does not know (*mä*, *mulle*, *tää*), from ``colloquial.tsv``."""
    return {
        form: Reading(lemma, upos, (lemma,), "colloquial")
        for form, lemma, upos, *_ in data_rows("lang", "fi", "colloquial.tsv")
    }


def _symbolic(form: str) -> Reading | None:
    if any(ch.isalpha() for ch in form):
        if _URL_RE.search(form) and " " not in form:
            return Reading(form, "SYM", (form,), "symbol")
        return None
    if _NUMBER_RE.match(form):
        return Reading(form, "NUM", (form,), "number")
    if all(ch in _PUNCT for ch in form):
        return Reading(form, "PUNCT", (form,), "punct")
    return Reading(form, "SYM", (form,), "symbol")


def _dedupe(readings: list[Reading]) -> tuple[Reading, ...]:
    seen: set[tuple[str, str]] = set()
    out = []
    for r in readings:
        key = (r.lemma, r.upos)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return tuple(out)


def _voikko_readings(form: str) -> list[Reading]:
    out: list[Reading] = []
    for analysis in analyze_word(form):
        out.extend(readings_from_analysis(form, analysis))
    return out


def _with_prefix(prefix: str, readings: list[Reading]) -> list[Reading]:
    """Readings of a compound whose first part Voikko does not know (*sote-*, *hyte*)."""
    head = prefix.rstrip("-")
    known_head = domain_lexicon().lookup(head)
    if known_head is not None and known_head.lemma.lower() == head.lower():
        head_parts = known_head.parts
    else:
        head_parts = (head if any(ch.isupper() for ch in head) else head.lower(),)
    return [Reading(prefix + r.lemma, r.upos, (*head_parts, *r.parts), r.voikko_class) for r in readings]


def _unknown_readings(form: str) -> list[Reading]:
    lexicon = domain_lexicon()
    # an abbreviation or name with a case ending after a colon: THL:n, hva:n, EU:ta
    if ":" in form:
        head = form.split(":", 1)[0]
        if head:
            upos = "PROPN" if head[:1].isupper() else "NOUN"
            return [Reading(head, upos, (head,), "abbreviation")]
    if "-" in form.strip("-"):
        head, _, tail = form.rpartition("-")
        # a hyphen left by a line break: "hoi-toon" is "hoitoon"
        if head.islower() and tail.islower():
            joined = _voikko_readings(head + tail)
            if joined and not analyze_word(head):
                return joined
        if tail:
            tail_readings = _voikko_readings(tail) or _voikko_readings(tail.lower())
            if not tail_readings:
                hit = lexicon.lookup(tail)
                tail_readings = [hit] if hit else []
            if tail_readings:
                return _with_prefix(head + "-", tail_readings)
    # spoken or informally typed: tultii -> tultiin, ymmärtäny -> ymmärtänyt, oikeesti -> oikeasti
    written = written_form(form)
    if written is not None:
        return list(candidates(written)[0])
    prefix = lexicon.prefix_of(form)
    if prefix is not None:
        rest = form[len(prefix.lemma) :]
        rest_readings = _voikko_readings(rest)
        if rest_readings:
            return _with_prefix(form[: len(prefix.lemma)], rest_readings)
    return guess_readings(form)


def _prefer_place_name(readings: list[Reading]) -> list[Reading]:
    """A capitalised word that Voikko knows as a place drops the same word as a common noun:
    *Jyväskylässä* is Jyväskylä, not a compound *jyväs+kylä*."""
    places = {r.lemma.lower() for r in readings if r.voikko_class == "paikannimi"}
    if not places:
        return readings
    return [r for r in readings if not (r.upos in ("NOUN", "ADJ") and r.lemma.lower() in places)]


def _as_proper_noun(form: str, readings: list[Reading]) -> list[Reading]:
    """A capitalised word Voikko reads only as a common word may be a name (*Kelan* -> *Kela*)."""
    if any(r.upos == "PROPN" for r in readings):
        return []
    base = next((r for r in readings if r.upos in ("NOUN", "ADJ")), None)
    if base is None:
        return []
    lemma = base.lemma.upper() if form.isupper() and len(form) > 1 else base.lemma[:1].upper() + base.lemma[1:]
    return [Reading(lemma, "PROPN", (lemma,), "capitalised")]


def _hyphen_case(form: str, readings: tuple[Reading, ...]) -> tuple[Reading, ...]:
    """Parts after a hyphen keep their written case: *Luonto-Liiton* -> *Luonto-Liitto* (Voikko says
    *Luonto-liitto*), *EU-maiden* -> *EU-maa* (not *EU-Maa*); a name's first part keeps its capital
    too: *Metsä-Lapin* -> *Metsä-Lappi*."""
    written = form.split("-")
    out = []
    for r in readings:
        pieces = r.lemma.split("-")
        if len(pieces) != len(written) or r.upos == "PUNCT":
            out.append(r)
            continue
        fixed = [pieces[0][:1].upper() + pieces[0][1:] if r.upos == "PROPN" and written[0][:1].isupper() else pieces[0]]
        fixed += [(p[:1].upper() if w[:1].isupper() else p[:1].lower()) + p[1:] for p, w in zip(pieces[1:], written[1:])]
        lemma = "-".join(fixed)
        parts = (lemma,) if r.parts == (r.lemma,) else r.parts
        out.append(r if lemma == r.lemma else Reading(lemma, r.upos, parts, r.voikko_class))
    return tuple(out)


def _inner_capitals(form: str, readings: tuple[Reading, ...]) -> tuple[Reading, ...]:
    """A word written with capitals inside (*iTunes*, *OmaHyvinvointi*) is a name: where the
    lemma only lost those capitals, the written form wins."""
    out = []
    for r in readings:
        if r.lemma.lower() == form.lower() and r.lemma != form:
            r = Reading(form, r.upos, (form,), r.voikko_class)
        out.append(r)
    return tuple(out)


def _restore_case(form: str, readings: tuple[Reading, ...]) -> tuple[Reading, ...]:
    if "-" in form.strip("-") and any(ch.isupper() for ch in form):
        readings = _hyphen_case(form, readings)
    if any(ch.isupper() for ch in form[1:]) and not form.isupper() and form.isalpha():
        readings = _inner_capitals(form, readings)
    return readings


@lru_cache(maxsize=ANALYSIS_CACHE_SIZE)
def candidates(form: str) -> tuple[tuple[Reading, ...], bool]:
    """The candidate readings of ``form`` (never empty) and whether Voikko or the lexicon knew it."""
    symbolic = _symbolic(form)
    if symbolic is not None:
        return (symbolic,), True
    hit = domain_lexicon().lookup(form)
    if hit is not None:
        return (hit,), True
    spoken = colloquial().get(form.lower())
    if spoken is not None:
        return (spoken,), True
    if form[:1] in "-–" and len(form) > 2 and form[1:2].isalpha():
        # a suspended first part was elsewhere: "Suomi- -ohjelmaa", "–seuran" -> the rest's lemma
        rest, known = candidates(form[1:])
        return rest, known
    readings = _voikko_readings(form)
    particle = particles().get(form.lower())
    if particle:
        low = form.lower()
        readings = [Reading(low, u, (low,), "particle") for u in particle] + [
            r for r in readings if r.upos not in particle
        ]
    if readings:
        if form[:1].isupper():
            readings = _prefer_place_name(readings)
            readings.extend(_as_proper_noun(form, readings))
        return _restore_case(form, _dedupe(readings)), True
    unknown = _restore_case(form, _dedupe(_unknown_readings(form)))
    # known when its parts were: THL:n, sote-palvelujen, hytetyöryhmän; a guess is not
    return unknown, unknown[0].voikko_class not in ("guess", "abbreviation")


__all__ = ["candidates"]
