"""Running headers, footers, page numbers and watermark words: find them across pages, remove them.

A cheap second pass over the small per-page line records. Only lines that the layout step put in
the top or bottom margin are candidates; each such line is judged segment by segment (a header
row often holds ``Järvikylän kunta``, a title and ``2 (5)`` far apart). A segment is furniture
when it is a page number, a watermark word, set in a smaller font than the body text, or when
the same text, with digits ignored, stands in the same margin on enough pages.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from hyte_nlp.readers.cleanup import collapse_spaces, furniture_key, is_page_number, normalize_unicode
from hyte_nlp.readers.pdf_model import ZONE_BODY, Item, Line, PageLayout

#: Margin text at least this many points smaller than the body text is a header/footer even
#: when it does not repeat (a one-page document, the first page's own header).
SMALLER_BY = 1.0
#: A margin text must repeat on at least this share of the pages (and on two pages) to count as
#: a running header/footer; the first page often has its own header, so not all pages are needed.
MIN_REPEAT_SHARE = 0.4


@lru_cache(maxsize=1)
def watermark_words() -> frozenset[str]:
    """Lines that are page furniture wherever they stand (``LUONNOS``, ``DRAFT``), lower case."""
    text = resources.files("hyte_nlp.lang.fi").joinpath("watermark_words.txt").read_text("utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _repeated_keys(pages: Sequence[PageLayout]) -> set[tuple[str, str]]:
    seen: dict[tuple[str, str], set[int]] = defaultdict(set)
    for page in pages:
        for item in page.items:
            if isinstance(item, Line) and item.zone != ZONE_BODY:
                for segment in item.segments:
                    seen[(item.zone, furniture_key(segment))].add(page.number)
    needed = max(2.0, MIN_REPEAT_SHARE * len(pages))
    return {key for key, on_pages in seen.items() if len(on_pages) >= needed}


def _is_furniture(line: Line, segment: str, repeated: set[tuple[str, str]], body_size: float) -> bool:
    return (
        is_page_number(segment)
        or (line.zone, furniture_key(segment)) in repeated
        or collapse_spaces(segment).lower() in watermark_words()
        or line.size <= body_size - SMALLER_BY
    )


def _body_size(pages: Sequence[PageLayout]) -> float:
    sizes: Counter[float] = Counter()
    for page in pages:
        for item in page.items:
            if isinstance(item, Line) and item.zone == ZONE_BODY:
                sizes[item.size] += len(item.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def strip_furniture(pages: Sequence[PageLayout]) -> tuple[list[Item], list[str]]:
    """All pages' items in reading order with furniture removed, and the furniture texts found.

    Returns:
        The remaining lines and tables, and the distinct furniture texts in order of first
        appearance (normalised), for :attr:`RawDocument.furniture`.
    """
    repeated = _repeated_keys(pages)
    body_size = _body_size(pages)
    items: list[Item] = []
    furniture: dict[str, None] = {}
    for page in pages:
        for item in page.items:
            if not isinstance(item, Line):
                items.append(item)
                continue
            if item.zone == ZONE_BODY:
                if collapse_spaces(item.text).lower() in watermark_words():
                    furniture.setdefault(collapse_spaces(normalize_unicode(item.text)), None)
                else:
                    items.append(item)
                continue
            kept = []
            for segment in item.segments:
                if _is_furniture(item, segment, repeated, body_size):
                    furniture.setdefault(collapse_spaces(normalize_unicode(segment)), None)
                else:
                    kept.append(segment)
            if len(kept) == len(item.segments):
                items.append(item)
            elif kept:
                items.append(replace(item, text=" ".join(kept), segments=tuple(kept)))
    return items, list(furniture)


__all__ = ["MIN_REPEAT_SHARE", "SMALLER_BY", "strip_furniture", "watermark_words"]
