"""Spoken and informally typed Finnish: the written form of a word Voikko does not know.

Participants' quotes, youth councils' comments and chat-like notes in minutes contain spoken forms
(*tultii*, *ymmärtäny*, *oikeesti*, *semmonen*), and minutes typed on a keyboard without ä and ö
contain *jarjestojen*, *paihteiden*, *tyottomien*. Letters a and o are first tried as ä and ö
(the whole word, or its end for a compound: *nuorisotyo* -> *nuorisotyö*); then the rewrite rules
in ``hyte_nlp/lang/fi/spoken_rewrites.tsv`` undo the regular features of spoken Finnish. A rewrite
counts only when Voikko knows the result, so a loanword or a name is never forced into a Finnish
word. Irregular spoken forms (*mä*, *oon*, *kyl*) are listed in ``colloquial.tsv`` instead.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hyte_nlp.nlp.voikko import analyze_word
from hyte_nlp.package_data import data_rows

#: How many rules may apply one after another (voiskos -> voisko -> voisikos needs two).
MAX_REWRITES = 2


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[re.Pattern[str], str, bool], ...]:
    return tuple(
        (re.compile(row[0]), row[1], row[2] == "generic") for row in data_rows("lang", "fi", "spoken_rewrites.tsv")
    )


def _rewrites(word: str, allow_generic: bool) -> list[tuple[str, bool]]:
    out = []
    for pattern, replacement, generic in _rules():
        if (allow_generic or not generic) and pattern.match(word):
            new = pattern.sub(replacement, word, count=1)
            if new != word:
                out.append((new, generic))
    return out


_DIACRITICS = str.maketrans("ao", "äö")


def _with_diacritics(word: str) -> list[str]:
    """*jarjestojen* -> *järjestöjen*: a and o as ä and ö, in the whole word or, for a compound whose
    first part has back vowels, from some point on (*nuorisotyo* -> *nuorisotyö*)."""
    if "a" not in word and "o" not in word:
        return []
    out = [word.translate(_DIACRITICS)]
    for cut in range(len(word) - 2, 2, -1):
        tail = word[cut:].translate(_DIACRITICS)
        if tail != word[cut:]:
            out.append(word[:cut] + tail)
    return out


def written_form(word: str) -> str | None:
    """The written form of a lower-case spoken or diacritic-less ``word`` that Voikko knows, or ``None``.

    Rewrites are tried breadth first, in the order of the rules file, so the smallest change wins;
    a chain of rewrites uses at most one generic rule (a lost final -n or vowel). A word Voikko
    knows is not spoken: ``None``.

    Example:
        >>> written_form("tultii"), written_form("oikeesti"), written_form("showroomia")
        ('tultiin', 'oikeasti', None)
    """
    if not word.isalpha() or not word.islower() or len(word) < 2 or analyze_word(word):
        # a capitalised word may be a name, where a and o are what they are (Sallivaara)
        return None
    if "ä" not in word and "ö" not in word:
        for restored in _with_diacritics(word):
            if analyze_word(restored):
                return restored
    frontier = [(word, False)]
    seen = {word}
    for _ in range(MAX_REWRITES):
        following = []
        for form, used_generic in frontier:
            for new, generic in _rewrites(form, allow_generic=not used_generic):
                if new in seen:
                    continue
                seen.add(new)
                if analyze_word(new):
                    return new
                following.append((new, used_generic or generic))
        frontier = following
    return None


__all__ = ["written_form"]
