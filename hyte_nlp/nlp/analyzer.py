"""The fast path: a sequence of words -> one :class:`WordAnalysis` per word.

Per word form the candidate readings are computed once and cached
(:func:`hyte_nlp.nlp.candidates.candidates`); the only per-occurrence work is choosing among them
in context, which the POS disambiguator (:mod:`hyte_nlp.nlp.disambiguator`) does for the few word
forms that have more than one lemma.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from hyte_nlp.nlp.analysis import WordAnalysis
from hyte_nlp.nlp.candidates import candidates
from hyte_nlp.nlp.disambiguator import choose_readings
from hyte_nlp.nlp.readings import Reading
from hyte_nlp.nlp.stop_words import is_stop_lemma
from hyte_nlp.nlp.voikko import ANALYSIS_CACHE_SIZE


@lru_cache(maxsize=ANALYSIS_CACHE_SIZE)
def _record(form: str, reading: Reading, known: bool) -> WordAnalysis:
    # one shared immutable record per (form, reading): most occurrences cost a cache hit
    lemma = reading.lemma
    return WordAnalysis(
        text=form,
        lemma=lemma,
        upos=reading.upos,
        parts=reading.parts,
        is_alpha=form.replace("-", "").isalpha(),
        is_stop=is_stop_lemma(lemma) or is_stop_lemma(form.lower()),
        is_known=known,
    )


def analyze_words(words: Sequence[str]) -> list[WordAnalysis]:
    """Analyse one run of words (a sentence or a statement) in context.

    Args:
        words: Word forms in text order; empty strings are not allowed.

    Returns:
        Exactly one :class:`WordAnalysis` per word.
    """
    cands = [candidates(w) for w in words]
    chosen = choose_readings(words, [c[0] for c in cands])
    return [_record(w, r, c[1]) for w, r, c in zip(words, chosen, cands)]


__all__ = ["analyze_words"]
