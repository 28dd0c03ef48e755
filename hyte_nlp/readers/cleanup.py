"""Text clean-up shared by all format readers: Unicode normal form, invisible characters, ligatures.

Format-specific work (PDF hyphenation and page furniture) lives in the PDF reader; this module
holds what every reader needs.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hyte_nlp.nlp.lexicon import DomainLexicon

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




# ------------------------------------------------------------------------ page numbers (furniture)
#: A line (or a line segment) that is only a page number: ``2 (5)``, ``Sivu 2/5``, ``2/5``,
#: ``- 2 -``, ``s. 2``, ``Page 2 of 5``, ``2``.
PAGE_NUMBER_RE = re.compile(
    r"""^\s*(?:
        (?:sivu|s\.|page|p\.)\s*\d{1,4}(?:\s*(?:/|\(|of|\.\.)\s*\d{1,4}\)?)?   # Sivu 2/5, s. 2, Page 2 of 5
      | \d{1,4}\s*\(\s*\d{1,4}\s*\)                                           # 2 (5)
      | \d{1,4}\s*/\s*\d{1,4}                                                 # 2/5
      | [-–—]\s*\d{1,4}\s*[-–—]                                               # - 2 -
      | \d{1,3}                                                               # 2
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_DIGITS_RE = re.compile(r"\d+")


def is_page_number(text: str) -> bool:
    """True when ``text`` is nothing but a page number in a common form.

    >>> [is_page_number(t) for t in ("2 (5)", "Sivu 2/5", "2/5", "- 2 -", "3 § Painopisteet")]
    [True, True, True, True, False]
    """
    return bool(PAGE_NUMBER_RE.match(text))


def furniture_key(text: str) -> str:
    """A comparison key for running headers/footers: lower case, single spaces, digits as ``#``.

    Running headers differ between pages only in their numbers (``Sivu 2/5`` vs ``Sivu 3/5``,
    a date stays the same), so they share one key.

    >>> furniture_key("Sivu 2/5") == furniture_key("Sivu  3/5")
    True
    """
    return collapse_spaces(_DIGITS_RE.sub("#", text.lower()))


# ----------------------------------------------------------------------- line-end hyphenation
_HYPHENS = "-\u2010\u2011"  # hyphen-minus, hyphen, non-breaking hyphen (not en/em dashes)
_SOFT_HYPHEN = "\u00ad"
_VOWELS = frozenset("aeiouyäöå")
# Leading/trailing punctuation stripped before a word is looked up in Voikko.
_WORD_EDGE_RE = re.compile(r"^[^\w]+|[^\w]+$")


@lru_cache(maxsize=1)
def _suspended_followers() -> frozenset[str]:
    text = resources.files("hyte_nlp.lang.fi").joinpath("suspended_compound_followers.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _bare(word: str) -> str:
    return _WORD_EDGE_RE.sub("", word)


def _known(word: str) -> bool:
    """A word Voikko knows, or a word (or inflected form) of the domain lexicon (hyte, sote …)."""
    from hyte_nlp.nlp.voikko import analyze_word

    return bool(word) and (bool(analyze_word(word)) or word in _domain_lexicon())


def _domain_lexicon() -> DomainLexicon:
    from hyte_nlp.nlp.lexicon import domain_lexicon

    return domain_lexicon()


def _is_abbreviation(part: str) -> bool:
    # "TEA", "EU", "4H", "THL": no lower-case letter, or a digit inside.
    return any(ch.isdigit() for ch in part) or (part.upper() == part and any(ch.isalpha() for ch in part))


def line_end_hyphen(stem: str, following: str) -> str:
    """Decide what a hyphen at a line end becomes, given the word before it and the next line's first word.

    Returns ``""`` (hyphenation: join, ``hyvinvointi-`` + ``alueen``), ``"-"`` (a real hyphen:
    ``sote-`` + ``palvelut`` → ``sote-palvelut``) or ``"- "`` (a suspended compound:
    ``hyvinvointi-`` + ``ja`` → ``hyvinvointi- ja``).

    The order of the checks matters: grammar that is certain (a conjunction after the hyphen, a
    capital or a digit after it, an abbreviation before it) comes before Voikko, and Voikko's
    lexicon comes before the weak length and vowel rules.
    """
    nxt = _bare(following)
    if not nxt or nxt.lower() in _suspended_followers() or following[:1] in ",/":
        return "- "
    part = stem.rsplit("-", 1)[-1]
    if nxt[0].isupper() or nxt[0].isdigit() or _is_abbreviation(part):
        return "-"
    if part.lower() in _domain_lexicon() and (_known(f"{stem}-{nxt}") or not _known(stem + nxt)):
        return "-"  # a domain abbreviation keeps its hyphen: "hyte-" + "työ", "EPT-" + "työ"
    if _known(stem + nxt):
        return ""
    if _known(f"{stem}-{nxt}"):
        return "-"
    if len(part) <= 2:  # "hy-te-tu": a syllable abbreviation, not a hyphenation point
        return "-"
    if part[-1].lower() in _VOWELS and part[-1].lower() == nxt[0].lower():
        return "-"  # Finnish writes a hyphen where two equal vowels meet in a compound
    return ""


def join_lines(lines: list[str]) -> str:
    """Join the wrapped lines of one paragraph, bullet or table cell into one clean string.

    Line-end hyphenation is undone, suspended compounds and real hyphens are kept (see
    :func:`line_end_hyphen`), a soft hyphen at a line end joins the halves, and the result is
    Unicode-normalised with single spaces.

    >>> join_lines(["Kunnan ja hyvinvointi-", "alueen yhteistyö"])  # doctest: +SKIP
    'Kunnan ja hyvinvointialueen yhteistyö'
    """
    out = ""
    for raw in lines:
        line = collapse_spaces(normalize_unicode(raw.rstrip(_SOFT_HYPHEN)))
        if not line:
            continue
        soft = raw.rstrip().endswith(_SOFT_HYPHEN)
        if not out:
            out = line
        else:
            out = _append(out, line)
        if soft:
            out += _SOFT_HYPHEN  # a marker consumed by the next _append
    return out.replace(_SOFT_HYPHEN, "")


def _append(left: str, right: str) -> str:
    if left.endswith(_SOFT_HYPHEN):
        return left[:-1] + right
    if left[-1] in _HYPHENS and len(left) >= 2 and left[-2].isalpha():
        stem = left[:-1].rsplit(" ", 1)[-1]
        first = right.split(" ", 1)[0]
        return left[:-1] + line_end_hyphen(_bare(stem), first) + right
    return f"{left} {right}"


def joins_wrapped_word(left: str, right: str) -> bool:
    """True when ``left`` + ``right`` are one word that a narrow column broke without a hyphen.

    Joins when the joined form is a word Voikko knows and the two fragments are not both words
    (``koulukiusaamise`` + ``n``; but not ``nuorten`` + ``harrastukset``).
    """
    if not left or not right or not left[-1].isalpha() or not right[0].islower():
        return False  # a word that ends in punctuation, or a capitalised next line, is not broken
    a, b = _bare(left), _bare(right)
    return _known(a + b) and not (_known(a) and _known(b))


def join_cell_lines(lines: list[str]) -> list[str]:
    """Rejoin words that a narrow table column broke across ``lines`` (with or without a hyphen).

    Returns the lines with each broken word moved whole onto the earlier line.
    """
    out: list[str] = []
    for line in lines:
        if out and line and out[-1]:
            last, first = out[-1].rsplit(" ", 1)[-1], line.split(" ", 1)[0]
            if joins_wrapped_word(last, first):
                out[-1] += first
                line = line[len(first):].strip()
                if not line:
                    continue
        out.append(line)
    return out


__all__ = [
    "PAGE_NUMBER_RE",
    "collapse_spaces",
    "furniture_key",
    "is_page_number",
    "join_cell_lines",
    "join_lines",
    "joins_wrapped_word",
    "line_end_hyphen",
    "normalize_unicode",
]
