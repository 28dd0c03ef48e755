"""Patterns that classify a PDF text line: bullet glyphs, heading numbering, sentence ends."""

from __future__ import annotations

import re

# Glyphs that always mark a list item, with or without a space after them. U+F0B7, U+F0A7 and
# U+F076 are the Symbol/Wingdings private-use code points Word uses for its bullets.
_SYMBOL_GLYPHS = "•▪●◦○■□►▸‣⁃∙·\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e✓✔❖➢→"
#: A list-item marker at the start of a line, with the text after it in group "text".
#: ``(cid:127)`` is a glyph of a symbol font without a Unicode mapping: at a line start, a bullet.
#: ``-``, ``–``, ``o``, ``*`` and numbers (``1.``, ``1)``, ``a)``) count only when a space follows.
BULLET_RE = re.compile(
    rf"^\s*(?P<glyph>[{_SYMBOL_GLYPHS}]|\(cid:\d+\)|(?:[-–—*o]|\d{{1,2}}[.)]|\(\d{{1,2}}\)|[a-zA-Z]\)|\([a-z]\))(?=\s))\s*(?P<text>.*)$"
)
#: Markers that are also ordinary text at a line start ("3. luokka", "- 2 -", "o"), trusted only
#: when the previous line did not wrap into this one.
AMBIGUOUS_GLYPH_RE = re.compile(r"^(?:[-–—*o]|\d{1,2}[.)]|\(\d{1,2}\)|[a-zA-Z]\)|\([a-z]\))$")

#: Agenda numbering before a heading's text: ``3 §``, ``§ 3``, ``3.``, ``3.1``, ``3.1.``.
HEADING_NUMBER_RE = re.compile(
    r"^(?P<num>§\s*\d{1,3}[a-z]?|\d{1,3}[a-z]?\s*§|\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}(?:\.\d{1,2})+)\s+(?P<text>\S.*)$"
)
#: A paragraph line ending like this may end the paragraph (a full line without it wraps on).
SENTENCE_END_RE = re.compile(r"[.!?:;…][\"'”’»)]*$")
#: Letters of a line, to tell ALL-CAPS headings.
_LETTER_RE = re.compile(r"[^\W\d_]")


def is_all_caps(text: str) -> bool:
    """True when ``text`` has at least three letters and none of them lower case."""
    letters = _LETTER_RE.findall(text)
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def split_heading_number(text: str) -> tuple[str, str]:
    """Split agenda numbering off a heading: ``"3 § Painopisteet"`` → ``("3 §", "Painopisteet")``."""
    match = HEADING_NUMBER_RE.match(text)
    if not match:
        return "", text
    return " ".join(match["num"].split()), match["text"].strip()


__all__ = ["AMBIGUOUS_GLYPH_RE", "BULLET_RE", "HEADING_NUMBER_RE", "SENTENCE_END_RE", "is_all_caps", "split_heading_number"]
