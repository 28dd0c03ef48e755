"""Finnish stop words: spaCy's list plus the domain's additions from ``lang/fi/stop_words.txt``."""

from __future__ import annotations

from functools import lru_cache
from hyte_nlp.package_data import word_set


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's Finnish stop words united with hyte_nlp's additions (lower case)."""
    from spacy.lang.fi.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | word_set("lang", "fi", "stop_words.txt")


def is_stop_lemma(word: str) -> bool:
    """Whether ``word`` (a lemma or lower-case form) is a stop word."""
    return word in stop_words()


__all__ = ["is_stop_lemma", "stop_words"]
