"""Split Finnish minutes text into sentences with rules that know Finnish abbreviations and numbers.

Pure Python and regular expressions, no spaCy: it runs on every paragraph of every document, and a
rule splitter is both faster and easier to reason about than a statistical one on this register.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (optionally followed by closing quotes or
parentheses) when whitespace and a capital letter, a digit or an opening quote follow, except

- after an abbreviation that never closes a sentence (``esim.``, ``mm.``, ``ns.``, ``n.`` …, listed
  in ``hyte_nlp/lang/fi/abbreviations.txt``), so ``esim. Järvikylän koulu`` stays whole;
- after an initial (``M. Virtanen``);
- inside parentheses;
- after a number when a number follows (``kohdat 3. 4. ja 5.``).

Dates (``1.1.2024``), times (``klo 13.15``), decimals and ``3 §`` never split because no space
follows their stops, and ordinals (``12. lokakuuta``, ``3. luokka``) never split because a lower-case
word follows.
"""

from __future__ import annotations

import re
from functools import lru_cache
from hyte_nlp.package_data import word_set

__all__ = ["ABBREVIATIONS", "SENTENCE_FINAL_ABBREVIATIONS", "sentence_spans", "split_sentences"]


def _load(name: str) -> frozenset[str]:
    return word_set("lang", "fi", name)


#: Abbreviations (lower case, with their final stop) after which a sentence never ends.
ABBREVIATIONS: frozenset[str] = _load("abbreviations.txt")
#: Abbreviations that may close a sentence (``jne.``): split only when a capital follows.
SENTENCE_FINAL_ABBREVIATIONS: frozenset[str] = _load("abbreviations_sentence_final.txt")

# A sentence-final punctuation run, any closing quotes/brackets, then the whitespace before the
# next sentence.
_BOUNDARY_RE = re.compile(r"(?:[.!?]+|…|\.\.\.)[\"”’»)\]]*\s+")
_OPENERS = "\"“”«„'‘’([–-"
_LEADING_PUNCT = "\"“”«„'‘’(["
_NUMBER_RE = re.compile(r"\d+(?:[.,:]\d+)*")
_WS_RE = re.compile(r"\s+")
_LAST_TOKEN_RE = re.compile(r"\S+$")


def _starts_sentence(text: str, pos: int) -> bool:
    """Whether the text at ``pos`` can begin a sentence: capital letter or digit, maybe quoted."""
    n = len(text)
    while pos < n and text[pos] in _OPENERS:
        pos += 1
    if pos >= n:
        return False
    ch = text[pos]
    return ch.isupper() or ch.isdigit()


def _keeps_together(text: str, start: int, end: int, punct: str) -> bool:
    """Whether the full stop at ``start`` (boundary ``text[start:end]``) does not end a sentence."""
    if punct != ".":
        return False
    m = _LAST_TOKEN_RE.search(text, max(0, start - 40), start)
    word = m.group(0).lstrip(_LEADING_PUNCT) if m else ""
    if not word:
        return False
    lower = word.lower() + "."
    if lower in ABBREVIATIONS:
        return True
    if lower in SENTENCE_FINAL_ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isalpha():
        return True  # an initial ("M. Virtanen") or a list letter
    if _NUMBER_RE.fullmatch(word):
        # "3. 4. ja 5. kohta": a number followed by a number is an enumeration, not an end.
        nxt = end
        while nxt < len(text) and text[nxt] in _OPENERS:
            nxt += 1
        return nxt < len(text) and text[nxt].isdigit()
    return False


@lru_cache(maxsize=4096)
def _spans_cached(text: str) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    start = 0
    depth = 0
    scanned = 0
    n = len(text)
    for m in _BOUNDARY_RE.finditer(text):
        # Parenthesis depth at this boundary, counted incrementally.
        segment = text[scanned : m.start()]
        depth = max(0, depth + segment.count("(") - segment.count(")"))
        scanned = m.start()
        if depth > 0:
            continue
        end = m.end()
        if end >= n or not _starts_sentence(text, end):
            continue
        punct = m.group(0).rstrip()
        closers_stripped = punct.rstrip("\"”’»)]")
        if closers_stripped == punct and _keeps_together(text, m.start(), end, closers_stripped):
            continue
        stop = m.start() + len(punct)
        if text[start:stop].strip():
            out.append((start, stop))
        start = end
    while start < n and text[start].isspace():
        start += 1
    stop = n
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if stop > start:
        out.append((start, stop))
    return tuple(out)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character offsets ``(start, end)`` of the sentences of ``text``, on the text as given.

    The same rules as :func:`split_sentences`; for callers that must map sentences back onto
    their own tokens (e.g. a spaCy component setting ``is_sent_start``). Spans exclude the
    whitespace between sentences.

    >>> sentence_spans("Kokous alkoi. Läsnä oli mm. rehtori.")
    [(0, 13), (14, 36)]
    """
    if not isinstance(text, str):
        raise TypeError(f"sentence_spans() expects str, got {type(text).__name__}")
    return list(_spans_cached(text))


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into sentences, keeping Finnish abbreviations, dates and ordinals whole.

    Whitespace inside each sentence (including line breaks) is collapsed to single spaces.

    Args:
        text: One paragraph of minutes text.

    Returns:
        The sentences in order, stripped; ``[]`` for blank text.

    Raises:
        TypeError: ``text`` is not a string.

    >>> split_sentences("Kokous alkoi klo 13.15. Läsnä oli mm. Järvikylän rehtori.")
    ['Kokous alkoi klo 13.15.', 'Läsnä oli mm. Järvikylän rehtori.']
    >>> split_sentences("Seuraava neuvottelu on 12. lokakuuta 2025. Sovittiin jatkosta.")
    ['Seuraava neuvottelu on 12. lokakuuta 2025.', 'Sovittiin jatkosta.']
    """
    if not isinstance(text, str):
        raise TypeError(f"split_sentences() expects str, got {type(text).__name__}")
    return [_WS_RE.sub(" ", text[a:b]).strip() for a, b in _spans_cached(text)]
