"""The language layer as the tagger sees it: one :class:`AnalysedText` per statement text.

The tagger needs, per word, the lemma, the compound parts and a few flags; this module asks
:func:`hyte_nlp.nlp.analyze_many` for them once per distinct text and keeps only plain tuples, so
features, cue matching and explanations read from one compact record.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hyte_nlp.nlp.analysis import WordAnalysis


@dataclass(frozen=True, slots=True)
class AnalysedText:
    """The words of one text with what the tagger needs from each.

    Attributes:
        words: Surface forms, lower case.
        lemmas: Lemmas, lower case.
        parts: Compound parts per word (a one-part tuple for a simple word).
        upos: Universal POS tags.
        stop: Whether each lemma is a stop word.
        known: Whether the analyser knew each word (``False``: the lemma is a guess).
    """

    words: tuple[str, ...]
    lemmas: tuple[str, ...]
    parts: tuple[tuple[str, ...], ...]
    upos: tuple[str, ...]
    stop: tuple[bool, ...]
    known: tuple[bool, ...]


_SKIP_UPOS = frozenset({"PUNCT", "SYM", "X"})


def _convert(words: Sequence[WordAnalysis]) -> AnalysedText:
    kept = [w for w in words if w.upos not in _SKIP_UPOS and any(c.isalnum() for c in w.text)]
    return AnalysedText(
        words=tuple(w.text.lower() for w in kept),
        lemmas=tuple(w.lemma.lower() for w in kept),
        parts=tuple(tuple(p.lower() for p in (w.parts or (w.lemma,))) for w in kept),
        upos=tuple(w.upos for w in kept),
        stop=tuple(w.is_stop for w in kept),
        known=tuple(w.is_known for w in kept),
    )


def analyse_texts(texts: Sequence[str]) -> list[AnalysedText]:
    """Analyse texts with the Finnish language layer; each distinct text is analysed once.

    Args:
        texts: Statement texts, headings or cue phrases.

    Returns:
        One :class:`AnalysedText` per input text, in order.
    """
    from hyte_nlp.nlp import analyze_many

    distinct = list(dict.fromkeys(texts))
    analysed = {text: _convert(words) for text, words in zip(distinct, analyze_many(distinct))}
    return [analysed[text] for text in texts]


__all__ = ["AnalysedText", "analyse_texts"]
