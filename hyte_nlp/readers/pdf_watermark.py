"""Recognise watermark characters on a PDF page: rotated (diagonal ``LUONNOS``) or very light text.

White or light text printed on a dark table-header fill is real text, not a watermark, so light
characters are kept when they sit on a dark filled rectangle.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

#: Text lighter than this (0 = black, 1 = white) is a watermark unless it sits on a dark fill.
LIGHT_LUMINANCE = 0.75
#: A filled rectangle darker than this makes light text on it readable (table header shading).
DARK_FILL_LUMINANCE = 0.5


def luminance(color: Any) -> float | None:
    """Luminance 0..1 of a pdfminer colour value (gray, RGB or CMYK tuple); ``None`` if unknown."""
    if color is None:
        return None
    if isinstance(color, (int, float)):
        values: Sequence[Any] = (color,)
    elif isinstance(color, (tuple, list)):
        values = color
    else:
        return None
    if not all(isinstance(v, (int, float)) for v in values):
        return None  # pattern colour spaces carry names
    if len(values) == 1:
        return float(values[0])
    if len(values) == 3:
        r, g, b = values
        return 0.299 * r + 0.587 * g + 0.114 * b
    if len(values) == 4:
        c, m, y, k = values
        return max(0.0, 1.0 - min(1.0, 0.3 * c + 0.59 * m + 0.11 * y + k))
    return None


def _is_rotated(char: dict[str, Any]) -> bool:
    return not char.get("upright", True)


def _is_light(char: dict[str, Any]) -> bool:
    lum = luminance(char.get("non_stroking_color"))
    return lum is not None and lum >= LIGHT_LUMINANCE


def _dark_fills(rects: Sequence[dict[str, Any]]) -> list[tuple[float, float, float, float]]:
    boxes = []
    for rect in rects:
        if rect.get("fill"):
            lum = luminance(rect.get("non_stroking_color"))
            if lum is not None and lum <= DARK_FILL_LUMINANCE:
                boxes.append((rect["x0"], rect["top"], rect["x1"], rect["bottom"]))
    return boxes


def watermark_char_ids(chars: Sequence[dict[str, Any]], rects: Sequence[dict[str, Any]]) -> set[int]:
    """The ``id()`` of each watermark character among ``chars`` (empty on most pages).

    Args:
        chars: The page's char dicts.
        rects: The page's rect dicts (dark fills make light text readable).
    """
    marked = {id(ch) for ch in chars if _is_rotated(ch)}
    light = [ch for ch in chars if id(ch) not in marked and _is_light(ch)]
    if light:
        fills = _dark_fills(rects)
        for ch in light:
            cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
            if not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in fills):
                marked.add(id(ch))
    return marked


__all__ = ["DARK_FILL_LUMINANCE", "LIGHT_LUMINANCE", "luminance", "watermark_char_ids"]
