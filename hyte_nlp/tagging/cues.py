"""Matching a codebook's cue lemmas in analysed text, including inside compounds.

A cue is a lemma (``nuuska``) or a lemma sequence (``kaikki ikäryhmä``). Cues are analysed with the
same language layer as the statements, so inflected forms match (*kaatumisten* and the cue
*kaatuminen* share the lemma *kaatua*). A word matches a cue in one of five ways, weakest last:

``lemma``   the word's lemma (or its lower-case form) is the cue;
``phrase``  the cue's lemma sequence occurs in the statement;
``head``    the cue is the head (last part or parts) of a compound: *sähkötupakka* for *tupakka*,
            *lähiliikuntapaikka* for *liikuntapaikka*;
``part``    the cue is a non-final part of a compound: *nuorisotila* for *nuoriso*;
``prefix``  the analyser did not know the word and it begins with the cue (*vapettaminen* for
            *vape*): new slang and coinages still reach their label.

This is how unseen words reach their labels with no training data at all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from hyte_nlp.tagging.analysis import AnalysedText, analyse_texts
from hyte_nlp.tagging.codebook import Codebook

#: Evidence weight of each kind of match. A whole-lemma match is the cue itself; a compound head
#: usually keeps the cue's meaning (*sähkötupakka* is a *tupakka*), a modifier only often does
#: (*kouluruoka* concerns pupils, *työmatka* is not about work ability).
MATCH_WEIGHTS: dict[str, float] = {"lemma": 1.0, "phrase": 1.0, "head": 0.8, "prefix": 0.6, "part": 0.6}

#: Shortest cue that may match the beginning of an unknown word; shorter ones match by accident.
MIN_PREFIX_LENGTH = 4


@dataclass(frozen=True, slots=True)
class CueHit:
    """One cue found in one statement.

    Attributes:
        facet: Facet id.
        label: Label id.
        cue: The cue as written in the codebook.
        word: The word (or words, space-separated) it matched, as written in the statement.
        kind: ``"lemma"``, ``"phrase"``, ``"head"``, ``"part"`` or ``"prefix"``.
        weight: The evidence weight (:data:`MATCH_WEIGHTS`).
    """

    facet: str
    label: str
    cue: str
    word: str
    kind: str
    weight: float


_Entry = tuple[str, str, str]  # facet, label, cue text


class CueIndex:
    """All cues of a codebook, indexed for fast matching. Build once per tagger.

    Args:
        codebook: The codebook whose cues are indexed.
    """

    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        entries: list[tuple[str, str, str]] = [
            (facet.id, label.id, cue) for facet in codebook.facets for label in facet.labels for cue in label.cues
        ]
        analysed = analyse_texts([cue for _, _, cue in entries]) if entries else []
        self._by_lemma: dict[str, list[_Entry]] = defaultdict(list)
        self._by_parts: dict[tuple[str, ...], list[_Entry]] = defaultdict(list)
        self._phrases: dict[str, list[tuple[tuple[str, ...], _Entry]]] = defaultdict(list)
        self._prefixes: list[tuple[str, _Entry]] = []
        for entry, text in zip(entries, analysed):
            if not text.lemmas:
                continue
            if len(text.lemmas) == 1:
                keys = {text.lemmas[0], text.words[0]}
                for key in keys:
                    self._by_lemma[key].append(entry)
                for key in {text.parts[0], (text.lemmas[0],), (text.words[0],)}:
                    self._by_parts[key].append(entry)
                if len(text.words[0]) >= MIN_PREFIX_LENGTH:
                    self._prefixes.append((text.words[0], entry))
            else:
                self._phrases[text.lemmas[0]].append((text.lemmas, entry))
        self._word_cache: dict[tuple[str, str, tuple[str, ...], bool], tuple[tuple[str, str, _Entry], ...]] = {}

    def _word_hits(self, word: str, lemma: str, parts: tuple[str, ...], known: bool) -> tuple[tuple[str, str, _Entry], ...]:
        key = (word, lemma, parts, known)
        cached = self._word_cache.get(key)
        if cached is not None:
            return cached
        hits: list[tuple[str, str, _Entry]] = []
        seen: set[_Entry] = set()
        whole = self._by_lemma.get(lemma, [])
        if word != lemma:
            whole = whole + self._by_lemma.get(word, [])
        for entry in whole:
            if entry not in seen:
                seen.add(entry)
                hits.append(("lemma", word, entry))
        n = len(parts)
        if n > 1:
            # every contiguous run of parts except the whole word; the head run ends the word
            for start in range(n):
                for end in range(start + 1, n + 1):
                    if end - start == n:
                        continue
                    kind = "head" if end == n else "part"
                    for entry in self._by_parts.get(parts[start:end], ()):
                        if entry not in seen:
                            seen.add(entry)
                            hits.append((kind, word, entry))
        if not known and not hits:
            for prefix, entry in self._prefixes:
                if entry not in seen and len(word) > len(prefix) and (word.startswith(prefix) or lemma.startswith(prefix)):
                    seen.add(entry)
                    hits.append(("prefix", word, entry))
        result = tuple(hits)
        if len(self._word_cache) < 500_000:
            self._word_cache[key] = result
        return result

    def match(self, text: AnalysedText) -> list[CueHit]:
        """Every cue found in ``text`` (one hit per cue and label; the strongest match wins)."""
        best: dict[_Entry, CueHit] = {}
        for i, (word, lemma, parts, known) in enumerate(zip(text.words, text.lemmas, text.parts, text.known)):
            for kind, surface, entry in self._word_hits(word, lemma, parts, known):
                weight = MATCH_WEIGHTS[kind]
                old = best.get(entry)
                if old is None or old.weight < weight:
                    best[entry] = CueHit(entry[0], entry[1], entry[2], surface, kind, weight)
            for sequence, entry in self._phrases.get(lemma, ()):
                if text.lemmas[i : i + len(sequence)] == sequence:
                    best[entry] = CueHit(
                        entry[0], entry[1], entry[2], " ".join(text.words[i : i + len(sequence)]), "phrase", MATCH_WEIGHTS["phrase"]
                    )
        return list(best.values())

    def match_many(self, texts: Sequence[AnalysedText]) -> list[list[CueHit]]:
        """:meth:`match` for each text."""
        return [self.match(text) for text in texts]


def cue_strengths(hits: Sequence[CueHit]) -> dict[tuple[str, str], float]:
    """Summed evidence per (facet, label)."""
    totals: dict[tuple[str, str], float] = defaultdict(float)
    for hit in hits:
        totals[(hit.facet, hit.label)] += hit.weight
    return dict(totals)


__all__ = ["MATCH_WEIGHTS", "CueHit", "CueIndex", "cue_strengths"]
