"""Access to libvoikko with the Finnish dictionary: one instance per process, analyses cached.

A missing libvoikko or dictionary raises :class:`~hyte_nlp.errors.VoikkoNotAvailableError`; there
is no silent fallback.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

from hyte_nlp.errors import VoikkoNotAvailableError

_lock = threading.Lock()
_instance: Any = None

#: Word forms whose analyses are kept per process. Minutes repeat most word forms, so a bounded
#: cache makes Voikko's cost nearly vanish on real text.
ANALYSIS_CACHE_SIZE = 200_000


def get_voikko() -> Any:
    """The process-wide ``libvoikko.Voikko("fi")`` instance.

    Raises:
        VoikkoNotAvailableError: the Python binding, the C library or the dictionary is missing.
    """
    global _instance
    if _instance is not None:
        return _instance
    with _lock:
        if _instance is None:
            try:
                import libvoikko
            except ImportError as err:
                raise VoikkoNotAvailableError("The Python package 'libvoikko' is not installed.") from err
            try:
                _instance = libvoikko.Voikko("fi")
            except (OSError, libvoikko.VoikkoException) as err:
                raise VoikkoNotAvailableError(
                    f"libvoikko could not be loaded with a Finnish dictionary: {err}"
                ) from err
    return _instance


@lru_cache(maxsize=ANALYSIS_CACHE_SIZE)
def analyze_word(word: str) -> tuple[dict[str, str], ...]:
    """Voikko's analyses of one word form (cached per form); empty for unknown words."""
    return tuple(get_voikko().analyze(word))


__all__ = ["ANALYSIS_CACHE_SIZE", "analyze_word", "get_voikko"]
