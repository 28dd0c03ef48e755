"""The domain lexicon: words of wellbeing negotiations that Voikko does not know, read from data.

The entries live in ``hyte_nlp/lang/fi/domain_lexicon.tsv``; the endings that may follow them in
``case_endings.txt``. A form matches an entry when it is the entry itself, the entry followed by a
case ending (*hyten*, *hytestä*), or the entry followed by a colon and anything (*THL:n*).
"""

from __future__ import annotations

from functools import lru_cache

from hyte_nlp.nlp.readings import Reading
from hyte_nlp.package_data import data_lines



def _data_lines(name: str) -> list[str]:
    return data_lines("lang", "fi", name)


class DomainLexicon:
    """Lookup of domain words and their inflected forms.

    Args:
        entries: ``(lemma, upos, parts)`` triples.
        endings: Case endings that may follow an entry.
    """

    def __init__(self, entries: list[tuple[str, str, tuple[str, ...]]], endings: list[str]) -> None:
        self._by_form: dict[str, Reading] = {}
        for lemma, upos, parts in entries:
            reading = Reading(lemma, upos, parts, "lexicon")
            self._by_form.setdefault(lemma, reading)
            self._by_form.setdefault(lemma.lower(), reading)
        self._endings = frozenset(endings)
        # longest ending first, so "hytestä" is read as hyte+stä, not hytest+ä
        self._ending_lengths = sorted({len(e) for e in endings}, reverse=True)

    def __contains__(self, form: str) -> bool:
        return self.lookup(form) is not None

    def lookup(self, form: str) -> Reading | None:
        """The reading of ``form`` if it is a lexicon word or one of its inflected forms."""
        hit = self._by_form.get(form) or self._by_form.get(form.lower())
        if hit is not None:
            return hit
        if ":" in form:
            head = form.split(":", 1)[0]
            return self._by_form.get(head) or self._by_form.get(head.lower())
        # a handful of dictionary lookups per form (one per ending length), not one per ending
        for k in self._ending_lengths:
            if len(form) > k + 1 and form[-k:] in self._endings:
                stem = form[:-k]
                hit = self._by_form.get(stem) or self._by_form.get(stem.lower())
                if hit is not None:
                    return hit
        return None

    def prefix_of(self, form: str, min_length: int = 3) -> Reading | None:
        """The longest lexicon word that ``form`` starts with (for compounds such as *hytetyö*)."""
        low = form.lower()
        for end in range(len(low) - 2, min_length - 1, -1):
            hit = self._by_form.get(low[:end])
            if hit is not None:
                return hit
        return None


@lru_cache(maxsize=1)
def domain_lexicon() -> DomainLexicon:
    """The shipped domain lexicon (loaded once per process)."""
    entries = []
    for line in _data_lines("domain_lexicon.tsv"):
        fields = line.split("\t")
        lemma, upos = fields[0], fields[1]
        parts = tuple(fields[2].split()) if len(fields) > 2 and fields[2] else (lemma,)
        entries.append((lemma, upos, parts))
    return DomainLexicon(entries, _data_lines("case_endings.txt"))


@lru_cache(maxsize=1)
def domain_terms() -> dict[str, str]:
    """Multi-word domain terms (base form -> what it is), e.g. *Harrastamisen Suomen malli*."""
    return dict(line.split("\t", 1) for line in _data_lines("domain_terms.tsv"))


__all__ = ["DomainLexicon", "domain_lexicon", "domain_terms"]
