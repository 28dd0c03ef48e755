"""Voikko analyses turned into candidate readings: (lemma, UPOS, compound parts).

Voikko describes a word form as a list of analyses with a Finnish word class (``CLASS``), a base
form and a finite-state transducer trace (``FSTOUTPUT``). This module converts each analysis into one
or more :class:`Reading` values that follow the Universal Dependencies conventions of the Finnish
treebanks (UD Finnish-TDT):

* a participle (``PARTICIPLE``) yields an ADJ reading with the participle as lemma (*sanottu*) and a
  VERB reading with the infinitive (*sanoa*); the tagger picks one;
* a fourth-infinitive form (``MINEN-infinitive``) yields a NOUN reading with the *-minen* noun as
  lemma (*tekemisen* -> *tekeminen*) and a VERB reading with the infinitive;
* compound parts come from the transducer's compound boundaries (``[Bc]``), not from lexicalised
  morpheme boundaries (``[Bm]``), so *hyvinvointi* stays whole while *kotiturvallisuuskäynnit*
  splits into *koti*, *turvallisuus*, *käynti*.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple
from hyte_nlp.nlp.voikko import analyze_word
from hyte_nlp.package_data import data_rows

#: Voikko word class -> the UPOS tags a reading of that class may carry, most likely first.
CLASS_UPOS: dict[str, tuple[str, ...]] = {
    "nimisana": ("NOUN",),
    "laatusana": ("ADJ",),
    "nimisana_laatusana": ("ADJ", "NOUN"),
    "teonsana": ("VERB",),
    "seikkasana": ("ADV",),
    "asemosana": ("PRON", "DET"),
    "suhdesana": ("ADP",),
    "huudahdussana": ("INTJ",),
    "sidesana": ("CCONJ", "SCONJ"),
    "kieltosana": ("AUX",),
    "lukusana": ("NUM", "ADJ"),
    "etunimi": ("PROPN",),
    "sukunimi": ("PROPN",),
    "paikannimi": ("PROPN",),
    "nimi": ("PROPN",),
    "lyhenne": ("NOUN", "PROPN"),
    "etuliite": ("NOUN", "ADJ"),
}

#: Verbs that UD Finnish-TDT tags AUX in most uses; their readings may be VERB or AUX (same lemma).
AUX_LEMMAS = frozenset({"olla", "ei", "voida", "saattaa", "täytyä", "taitaa", "mahtaa", "pitää", "joutua", "tulla", "aikoa"})

#: Voikko cases of lexicalised adverbs and adpositions: *nopeasti* (kerrontosti), *usein*
#: (keinonto), *esimerkiksi* (tulento), *lopulta* (ulkoeronto), *puolesta* (sisaeronto), *kotona*
#: (olento), and the local cases of *suoraan*, *pitkälle*, *vastassa*, *ulkopuolelle* (sisatulento,
#: ulkotulento, sisaolento, ulkoolento; 5-fold CV on dev +0.09 points). The treebank lemmatises such
#: an ADV or ADP as the form itself, so these get an extra ADV/ADP reading and the disambiguator
#: decides.
ADVERBIAL_CASES = frozenset(
    {"kerrontosti", "keinonto", "tulento", "ulkoeronto", "sisaeronto", "olento", "sisaolento", "ulkoolento", "sisatulento", "ulkotulento"}
)

_TAG_RE = re.compile(r"\[([^\]]*)\]")


class Reading(NamedTuple):
    """One way to read a word form.

    Attributes:
        lemma: The lemma in the treebank's convention (no compound marks).
        upos: The Universal POS tag this reading stands for.
        parts: Compound parts as lemmas, e.g. ``("koti", "turvallisuus", "käynti")``; a
            non-compound word has its lemma as the only part.
        voikko_class: Voikko's word class (``"nimisana"``...), or a pseudo class for words
            analysed by hyte_nlp itself (``"lexicon"``, ``"guess"``, ``"punct"``).
    """

    lemma: str
    upos: str
    parts: tuple[str, ...]
    voikko_class: str


class _Trace(NamedTuple):
    surface_parts: tuple[str, ...]  # surface text split at compound boundaries
    last_lexeme: str  # the lexicon entry ([Xp]) of the last lexical morpheme
    last_lexeme_class: str  # its class tag (Lt = verb, Ln = noun...)
    minen_stem: str | None  # surface up to and including the -mi- of a fourth infinitive
    clitic: str  # a focus clitic Voikko split off ("kin", "kaan"), or ""
    core: str  # the surface before any clitic or possessive suffix (selvästikin -> selvästi)
    derived_verb: str  # the last part's verb derived from the root verb (kohdist+ua), or ""


def _parse_fst(fst: str) -> _Trace:
    """Split Voikko's transducer trace into surface segments at compound boundaries.

    Text that follows ``[Xp]`` or ``[Xj]`` is a lexicon form and is skipped up to the next ``[X]``;
    all other text is surface. ``[Bc]`` marks a compound boundary.
    """
    parts: list[str] = []
    current: list[str] = []
    in_lexeme = False
    last_lexeme = ""
    last_class = ""
    pending_class = ""
    minen_stem: str | None = None
    after_tn4 = False
    lexeme_is_root = False
    clitic = ""
    core: str | None = None
    derived_verb = ""
    pos = 0
    for match in _TAG_RE.finditer(fst):
        text = fst[pos : match.start()]
        if text:
            if in_lexeme:
                if lexeme_is_root:
                    last_lexeme, last_class = text, pending_class
                    derived_verb = ""
                elif pending_class == "Lt" and text[-1:] in ("a", "ä"):
                    # a verb derived from the root verb before any participle or noun suffix:
                    # kohdist[Xj]ua -> kohdistua (not kohdistaa), muunnel[Xj]la -> muunnella
                    derived_verb = "".join(current) + text
            else:
                if after_tn4:  # the surface after [Tn4] starts with the -mi- of -minen
                    minen_stem = "".join(parts) + "".join(current) + text[:2]
                    after_tn4 = False
                current.append(text)
        tag = match.group(1)
        pos = match.end()
        if tag in ("Xp", "Xj"):
            in_lexeme = True
            lexeme_is_root = tag == "Xp"  # [Xj] is a derivational suffix, not a lexicon word
        elif tag == "X":
            in_lexeme = False
        elif tag == "Bc":
            parts.append("".join(current))
            current = []
        elif tag == "Tn4":
            after_tn4 = True
        elif tag in ("Fkin", "Fkaan"):
            clitic = tag[1:]
        if core is None and tag[:1] in ("F", "O"):
            core = "".join(parts) + "".join(current)
        elif tag.startswith("L") and len(tag) >= 2:
            pending_class = tag
    tail = fst[pos:]
    if tail and not in_lexeme:
        current.append(tail)
    parts.append("".join(current))
    surface = "".join(parts)
    return _Trace(
        tuple(p for p in parts if p),
        last_lexeme,
        last_class,
        minen_stem,
        clitic,
        core if core is not None else surface,
        derived_verb,
    )


def _compound_parts(word: str, lemma: str, surface_parts: tuple[str, ...]) -> tuple[str, ...]:
    """Compound parts as lemmas: non-final parts as written, the final one from the lemma."""
    if len(surface_parts) <= 1:
        return (lemma,)
    head = [p.rstrip("-").lower() for p in surface_parts[:-1]]
    prefix = "".join(surface_parts[:-1]).lower()
    low = lemma.lower()
    if not low.startswith(prefix):
        return (lemma,)
    last = lemma[len(prefix) :]
    return (*[h for h in head if h], last) if last else (lemma,)


def readings_from_analysis(word: str, analysis: dict[str, str]) -> list[Reading]:
    """The readings one Voikko analysis of ``word`` stands for (see the module docstring)."""
    cls = analysis.get("CLASS", "")
    base = analysis.get("BASEFORM", word)
    trace = _parse_fst(analysis.get("FSTOUTPUT", ""))
    upos_options = CLASS_UPOS.get(cls, ("X",))
    out: list[Reading] = []

    if cls == "teonsana" and analysis.get("MOOD") == "MINEN-infinitive" and trace.minen_stem:
        # the treebank tags -minen forms NOUN (165 of 169 in dev), so no VERB reading is offered
        noun = trace.minen_stem.lower() + "nen"
        return [Reading(noun, "NOUN", _compound_parts(word, noun, trace.surface_parts), "minen")]
    if cls == "asemosana" and trace.clitic:
        # the treebank keeps the clitic of indefinite pronouns: jostakin -> jokin, mihinkään -> mikään
        base = _pronoun_clitics().get((base, trace.clitic), base)
    elif cls == "asemosana" and word.lower().endswith(("ään", "aan")):
        # -kään after a long vowel shortens to -än and Voikko does not split it: mistään -> mikään
        base = _pronoun_clitics().get((base, "kaan"), base)
    if cls in _AS_WRITTEN_CLASSES and trace.core:
        # the treebank lemmatises uninflected words as written (eteen, edellä, not edessä),
        # without a clitic (vieläkin -> vielä)
        base = trace.core.lower()
        if analysis.get("POSSESSIVE") == "3" and word.lower().endswith("n") and len(base) > 2 and base[-1] == base[-2] and base[-1] in "aeiouyäö":
            # a possessive suffix lengthened the final vowel: mukanaan -> mukana, luokseen -> luokse
            base = base[:-1]
    if analysis.get("NUMBER") == "plural" and upos_options[0] in ("NOUN", "PROPN", "ADJ"):
        base = _plurale_tantum(base)
    if cls == "etuliite":
        base = base.rstrip("-")  # a suspended compound's first part: "hyvinvointi- ja ..."
    parts = _compound_parts(word, base, trace.surface_parts) if upos_options[0] != "PROPN" else (base,)
    for upos in upos_options:
        out.append(Reading(conventional_lemma(base, upos), upos, parts, cls))
    if cls == "teonsana" and base in AUX_LEMMAS:
        out.append(Reading(base, "AUX", parts, cls))

    # -maton/-mätön adjectives (tuntematon) are ADJ in the treebank, never the verb
    participle = analysis.get("PARTICIPLE")
    if participle and participle != "negation" and trace.last_lexeme_class == "Lt" and trace.last_lexeme:
        prefix = "".join(trace.surface_parts[:-1]).lower()
        # Voikko's lexicon forms mark inner boundaries with "=" (alle=kirjoittaa)
        verb = prefix + (trace.derived_verb.lower() or trace.last_lexeme).replace("=", "")
        verb_parts = _compound_parts(word, verb, trace.surface_parts)
        verb_class = "participle_" + participle  # lets the disambiguator weigh each participle type
        out.append(Reading(verb, "VERB", verb_parts, verb_class))
        if verb in AUX_LEMMAS:
            out.append(Reading(verb, "AUX", verb_parts, verb_class))
    if analysis.get("SIJAMUOTO") in ADVERBIAL_CASES and cls != "asemosana":
        low = (trace.core or word).lower()
        compared = _positive_adverb(base, low) if analysis.get("COMPARISON") in ("comparative", "superlative") else None
        if compared:
            # the treebank lemmatises a compared adverb as the positive one: nopeammin -> nopeasti
            # (an adposition is never compared)
            out.append(Reading(compared, "ADV", (compared,), "compared_adverb"))
        else:
            out.append(Reading(low, "ADV", (low,), "adverbial"))
            out.append(Reading(low, "ADP", (low,), "adverbial"))
    return out


def _positive_adverb(adjective: str, form: str) -> str | None:
    """The positive -sti adverb of a compared adverb (*selvemmin* -> *selvästi*,
    *helpoimmin* -> *helposti*), checked with Voikko; irregular ones from the conventions table
    (*paremmin* -> *hyvin*)."""
    irregular = conventional_lemma(adjective, "ADV")
    if irregular != adjective:
        return irregular
    if not form.endswith("mmin"):
        return None
    stem = form[: -len("immin")] if form.endswith("immin") else form[: -len("mmin")]
    for candidate in (adjective + "sti", stem + "sti"):
        for analysis in analyze_word(candidate):
            if analysis.get("BASEFORM") == adjective and analysis.get("SIJAMUOTO") == "kerrontosti":
                return candidate
    return None


@lru_cache(maxsize=1)
def _conventions() -> dict[tuple[str, str], str]:
    return {(row[0], row[1]): row[2] for row in data_rows("lang", "fi", "lemma_conventions.tsv")}


_AS_WRITTEN_CLASSES = frozenset({"seikkasana", "suhdesana", "sidesana", "huudahdussana"})


@lru_cache(maxsize=1)
def _pluralia() -> dict[str, str]:
    return {row[0]: row[1] for row in data_rows("lang", "fi", "pluralia_tantum.tsv")}


def _plurale_tantum(lemma: str) -> str:
    """A plural form of a word used only in the plural keeps the plural lemma (markkinoilla ->
    markkinat), also as the last part of a compound (sisämarkkinoiden -> sisämarkkinat)."""
    table = _pluralia()
    low = lemma.lower()
    for singular, plural in table.items():
        if low.endswith(singular) and (len(low) == len(singular) or len(low) - len(singular) >= 3):
            out = lemma[: len(lemma) - len(singular)] + plural
            return out[:1].upper() + out[1:] if lemma[:1].isupper() else out
    return lemma


@lru_cache(maxsize=1)
def _pronoun_clitics() -> dict[tuple[str, str], str]:
    return {(row[0], row[1]): row[2] for row in data_rows("lang", "fi", "pronoun_clitics.tsv")}


def conventional_lemma(lemma: str, upos: str) -> str:
    """Voikko's lemma in the treebank's convention (*ne* -> *se*, *he* -> *hän*, *me* -> *minä*)."""
    return _conventions().get((lemma, upos), lemma)


__all__ = ["ADVERBIAL_CASES", "AUX_LEMMAS", "CLASS_UPOS", "Reading", "conventional_lemma", "readings_from_analysis"]
