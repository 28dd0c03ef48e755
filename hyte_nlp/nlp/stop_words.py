"""Finnish stop words: spaCy's list plus the domain's additions from ``lang/fi/stop_words.txt``."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's Finnish stop words united with hyte_nlp's additions (lower case)."""
    from spacy.lang.fi.stop_words import STOP_WORDS

    text = resources.files("hyte_nlp.lang.fi").joinpath("stop_words.txt").read_text(encoding="utf-8")
    extra = {line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    return frozenset(STOP_WORDS) | frozenset(extra)


def is_stop_lemma(word: str) -> bool:
    """Whether ``word`` (a lemma or lower-case form) is a stop word."""
    return word in stop_words()


__all__ = ["is_stop_lemma", "stop_words"]
