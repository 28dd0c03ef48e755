"""The result record of the language layer: one analysed word."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class WordAnalysis:
    """One word with its lemma, part of speech and compound parts.

    Attributes:
        text: The word as written.
        lemma: Its lemma in the convention of UD Finnish-TDT, without compound marks
            (*järjestöjen* -> ``"järjestö"``, *Laukaan* -> ``"Laukaa"``, *THL:n* -> ``"THL"``).
        upos: Universal POS tag (``"NOUN"``, ``"VERB"``, ``"PROPN"``, ``"PUNCT"``...).
        parts: Compound parts as lemmas, e.g. ``("koti", "turvallisuus", "käynti")``; a word that is
            not a compound has ``(lemma,)``. A tuple, so the record stays immutable.
        is_alpha: The word has letters only (hyphens allowed), e.g. not a number or punctuation.
        is_stop: The lemma is a Finnish stop word (spaCy's list plus hyte_nlp's additions).
        is_known: Voikko or the domain lexicon knew the word; ``False`` means the lemma is a guess.
    """

    text: str
    lemma: str
    upos: str
    parts: tuple[str, ...]
    is_alpha: bool
    is_stop: bool
    is_known: bool


__all__ = ["WordAnalysis"]
