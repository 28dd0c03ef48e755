"""The result record of the language layer: one analysed word."""

from __future__ import annotations

from dataclasses import dataclass

#: The compound boundary mark of the UD Finnish treebanks (``koti#turvallisuus``).
COMPOUND_MARK = "#"


def marked_lemma(lemma: str, parts: tuple[str, ...]) -> str:
    """``lemma`` with its compound boundaries marked the way UD Finnish-TDT writes lemmas.

    A boundary between two parts gets ``#``; a hyphen at a boundary of a common compound becomes
    ``#`` (*sote-palvelu* -> ``sote#palvelu``, *1940-luku* -> ``1940#luku``), while a name whose
    parts are capitalised keeps its hyphen (*Iso-Britannia*, *Anna-Mari*), as in the treebank.

    Example:
        >>> marked_lemma("kotiturvallisuuskäynti", ("koti", "turvallisuus", "käynti"))
        'koti#turvallisuus#käynti'
        >>> marked_lemma("sote-palvelu", ("sote", "palvelu"))
        'sote#palvelu'
    """
    out: list[str] = []
    pos = 0
    low = lemma.lower()
    for part in parts[:-1]:
        end = pos + len(part)
        if not part or low[pos:end] != part.lower():
            return _mark_hyphens(lemma)  # parts that are not spelled out in the lemma
        out.append(lemma[pos:end])
        pos = end
        if lemma[pos : pos + 1] != "-":  # a hyphen at the boundary is left to _mark_hyphens
            out.append(COMPOUND_MARK)
    out.append(lemma[pos:])
    return _mark_hyphens("".join(out))


def _is_common_hyphen(text: str, i: int) -> bool:
    # a hyphen between letters or digits, followed by a lower-case letter: EU-maa, 28-vuotias
    return 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalpha() and text[i + 1].islower()


def _mark_hyphens(lemma: str) -> str:
    if "-" not in lemma:
        return lemma
    return "".join(COMPOUND_MARK if ch == "-" and _is_common_hyphen(lemma, i) else ch for i, ch in enumerate(lemma))


@dataclass(frozen=True, slots=True)
class WordAnalysis:
    """One word with its lemma, part of speech and compound parts.

    Attributes:
        text: The word as written.
        lemma: Its lemma in the convention of UD Finnish-TDT, without compound marks; a hyphenated
            compound keeps its hyphen (*järjestöjen* -> ``"järjestö"``, *Laukaan* -> ``"Laukaa"``,
            *THL:n* -> ``"THL"``, *sote-palvelujen* -> ``"sote-palvelu"``).
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

    @property
    def marked_lemma(self) -> str:
        """The lemma with compound boundaries marked ``#`` as in UD Finnish-TDT (see
        :func:`marked_lemma`): ``koti#turvallisuus#käynti``, ``sote#palvelu``, ``Iso-Britannia``."""
        return marked_lemma(self.lemma, self.parts)


__all__ = ["COMPOUND_MARK", "WordAnalysis", "marked_lemma"]
