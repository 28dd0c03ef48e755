"""Access to libvoikko with the Finnish dictionary: one instance per process, analyses cached.

A missing libvoikko or dictionary raises :class:`~hyte_nlp.errors.VoikkoNotAvailableError`; there
is no silent fallback.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from hyte_nlp.errors import VoikkoNotAvailableError

_lock = threading.Lock()
_instance: Any = None

#: Environment variable naming a folder that holds the Finnish Voikko dictionary (the folder with
#: ``5/mor-standard/index.txt``). When set, that folder must hold a dictionary; otherwise libvoikko
#: searches its default places (``~/.voikko``, ``/etc/voikko``, ``/usr/lib/voikko`` ...).
DICTIONARY_PATH_ENV = "HYTE_VOIKKO_DICTIONARY"

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
            path = os.environ.get(DICTIONARY_PATH_ENV) or None
            if path is not None:
                _check_dictionary_folder(path)
            try:
                _instance = libvoikko.Voikko("fi", path=path)
            except (OSError, libvoikko.VoikkoException) as err:
                raise VoikkoNotAvailableError(
                    f"libvoikko could not be loaded with a Finnish dictionary: {err}"
                ) from err
    return _instance


def _check_dictionary_folder(path: str) -> None:
    """A folder named by ``HYTE_VOIKKO_DICTIONARY`` must really hold a Voikko dictionary.

    libvoikko would otherwise quietly fall back to a system dictionary, which is not what the
    user asked for.
    """
    folder = Path(path)
    if not folder.is_dir():
        raise VoikkoNotAvailableError(
            f"{DICTIONARY_PATH_ENV}={path!r}: that folder does not exist. Point it at the folder "
            "that holds the Finnish dictionary (with 5/mor-standard/index.txt), or unset it."
        )
    layouts = ("*/mor-*/index.txt", "mor-*/index.txt")
    if not any(next(folder.glob(pattern), None) for pattern in layouts):
        raise VoikkoNotAvailableError(
            f"{DICTIONARY_PATH_ENV}={path!r}: no Voikko dictionary in that folder (expected "
            "5/mor-standard/index.txt). Point it at the folder of the Finnish dictionary, or unset it."
        )


@lru_cache(maxsize=ANALYSIS_CACHE_SIZE)
def analyze_word(word: str) -> tuple[dict[str, str], ...]:
    """Voikko's analyses of one word form (cached per form); empty for unknown words."""
    return tuple(get_voikko().analyze(word))


__all__ = ["ANALYSIS_CACHE_SIZE", "DICTIONARY_PATH_ENV", "analyze_word", "get_voikko"]
