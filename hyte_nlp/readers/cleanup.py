"""Text clean-up shared by all format readers: Unicode normal form, invisible characters, ligatures.

Format-specific work (PDF hyphenation and page furniture) lives in the PDF reader; this module
holds what every reader needs.
"""

from __future__ import annotations

import re
import unicodedata

# Ligatures that broken PDF exports leave in text; NFKC would also fold them but would change
# other characters (superscripts, "§" numerals) that we want to keep.
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
# Soft hyphen, zero-width space/joiners, BOM, word joiner: invisible, never part of a word.
_INVISIBLE_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# Non-breaking and other fixed-width spaces become a plain space.
_SPACES_RE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]+")
_MULTISPACE_RE = re.compile(" {2,}")


def normalize_unicode(text: str) -> str:
    """NFC-normalise ``text``, expand ligatures, drop invisible characters, unify spaces.

    >>> normalize_unicode("ty\u00f6\u00adik\u00e4isten\u00a0tuki")
    'työikäisten tuki'
    >>> normalize_unicode("pa\u0308iva\u0308") == "päivä"
    True
    """
    text = _INVISIBLE_RE.sub("", text.translate(_LIGATURES))
    text = _SPACES_RE.sub(" ", text)
    return unicodedata.normalize("NFC", text)


def collapse_spaces(text: str) -> str:
    """Collapse runs of spaces and strip the ends."""
    return _MULTISPACE_RE.sub(" ", text).strip()


__all__ = ["collapse_spaces", "normalize_unicode"]
