"""Labels named by a statement's context: its headings and its table row and column headers.

Counties lay out their minutes as grids: a heading or a column names a priority (*Liikunnallisen
elämäntavan edistäminen*) or an age group (*Ikääntyneet*), a row names the kind of statement
(*Haasteet*). Every statement in that part of the grid carries the label, whatever its own words.

A header names a label when

* one of the label's ``context_cues`` occurs in it as a lemma or as a compound part
  (*Lapsiperheet* -> *lapsi*), or a multi-word context cue occurs as a lemma sequence; or
* all content lemmas of the label's Finnish name occur in it (*Mielen hyvinvoinnin edistäminen*
  contains *mieli* and *hyvinvointi*).

Headers longer than :data:`MAX_HEADER_WORDS` words are ignored: they are sentences, not headers.
A label may also list statement kinds (``kinds = ["action"]``): the readers mark agreed actions,
so *Sovittiin, että ...* and everything under *Sovitut toimenpiteet* is an agreement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hyte_nlp.minutes import Statement
from hyte_nlp.tagging.analysis import AnalysedText, analyse_texts
from hyte_nlp.tagging.codebook import Codebook

MAX_HEADER_WORDS = 12

#: Name words that say nothing about which label is meant ("Arjen turvallisuuden *edistäminen*").
_GENERIC_NAME_LEMMAS = frozenset({"edistäminen", "edistää", "asia", "muu", "tai", "ja", "sekä"})


@dataclass(frozen=True, slots=True)
class ContextMatch:
    """A label named by one header of a statement.

    Attributes:
        facet: Facet id.
        label: Label id.
        header: The heading or table header, as written.
        where: ``"section"``, ``"column"``, ``"row"``, or ``"kind"`` (the statement's kind, e.g.
            ``"action"``, names the label; it outranks headers in a single-label facet).
        cue: The context cue or name lemma that matched.
    """

    facet: str
    label: str
    header: str
    where: str
    cue: str


class ContextMatcher:
    """Finds the labels that a statement's headers name. Build once per tagger.

    Args:
        codebook: The codebook whose label names and context cues are matched.
    """

    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        rules: list[tuple[str, str, str, tuple[str, ...]]] = []  # facet, label, cue text, lemma seq
        names: list[tuple[str, str, str]] = []
        self._kinds: dict[str, list[tuple[str, str]]] = {}
        for facet in codebook.facets:
            for label in facet.labels:
                for kind in label.kinds:
                    self._kinds.setdefault(kind, []).append((facet.id, label.id))
                for cue in label.context_cues:
                    rules.append((facet.id, label.id, cue, ()))
                names.append((facet.id, label.id, label.name_fi))
        analysed = analyse_texts([r[2] for r in rules] + [n[2] for n in names])
        self._cues = [(f, lab, cue, text.lemmas) for (f, lab, cue, _), text in zip(rules, analysed) if text.lemmas]
        self._names: list[tuple[str, str, str, frozenset[str]]] = []
        for (f, lab, name), text in zip(names, analysed[len(rules) :]):
            content = frozenset(
                lemma for lemma, stop in zip(text.lemmas, text.stop) if not stop and lemma not in _GENERIC_NAME_LEMMAS
            )
            if content:
                self._names.append((f, lab, name, content))
        self._cache: dict[str, tuple[tuple[str, str, str], ...]] = {}

    def _header_labels(self, header: str, text: AnalysedText) -> tuple[tuple[str, str, str], ...]:
        if len(text.lemmas) > MAX_HEADER_WORDS:
            return ()
        bag = set(text.lemmas) | set(text.words)
        for parts in text.parts:
            bag.update(parts)
        found: dict[tuple[str, str], str] = {}
        for facet, label, cue, lemmas in self._cues:
            if (facet, label) in found:
                continue
            if len(lemmas) == 1:
                if lemmas[0] in bag:
                    found[(facet, label)] = cue
            elif any(text.lemmas[i : i + len(lemmas)] == lemmas for i in range(len(text.lemmas))):
                found[(facet, label)] = cue
        for facet, label, name, content in self._names:
            if (facet, label) not in found and content <= bag:
                found[(facet, label)] = name
        return tuple((facet, label, cue) for (facet, label), cue in found.items())

    def match_many(self, statements: Sequence[Statement]) -> list[list[ContextMatch]]:
        """Per statement, the labels its section headings and table headers name."""
        headers = {h for s in statements for h in (*s.section, s.row_header or "", s.column_header or "") if h}
        new = [h for h in headers if h not in self._cache]
        if new:
            for header, text in zip(new, analyse_texts(new)):
                self._cache[header] = self._header_labels(header, text)
        out: list[list[ContextMatch]] = []
        for s in statements:
            matches: list[ContextMatch] = []
            framed = [(h, "section") for h in s.section]
            if s.column_header:
                framed.append((s.column_header, "column"))
            if s.row_header:
                framed.append((s.row_header, "row"))
            for header, where in framed:
                for facet, label, cue in self._cache.get(header, ()):
                    matches.append(ContextMatch(facet, label, header, where, cue))
            for facet, label in self._kinds.get(s.kind, ()):
                matches.append(ContextMatch(facet, label, s.kind, "kind", s.kind))
            out.append(matches)
        return out


__all__ = ["MAX_HEADER_WORDS", "ContextMatch", "ContextMatcher"]
