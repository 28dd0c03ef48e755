"""Read ``.txt`` and ``.md`` minutes into layout blocks.

Decoding: UTF-8 with or without a byte-order mark, UTF-16 with a byte-order mark, and legacy
Windows-1252/Latin-1 files (``päivä`` saved as the byte E4) when the result is plausible Finnish:
it has ä or ö and no control characters. Anything else is refused with
:class:`TextEncodingError` rather than read as mangled text. UTF-8 that was decoded as
Windows-1252 once and saved again (``pÃ¤ivÃ¤``) is repaired.

Structure:

- Markdown: ``#`` headings (and ``===``/``---`` underlines), ``-``/``*``/``1.`` bullets with
  indented or lower-case continuation lines, pipe tables, ``**bold**`` one-line headings.
- Plain text: agenda headings (``3 §``, ``§ 3``, ``3. Painopisteet`` standing alone), ALL CAPS
  lines, short lines ending in ``:``, bullets by glyph, paragraphs separated by blank lines.

Paragraph blocks keep their line breaks; segmentation decides which breaks are wrapping and which
are line structure.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from hyte_nlp.errors import EmptyDocumentError, UnsupportedFormatError
from hyte_nlp.readers.base import Block, RawDocument
from hyte_nlp.readers.cleanup import collapse_spaces
from hyte_nlp.readers.header import label_tabs_to_colons
from hyte_nlp.readers.segment import BULLET_RE, normalize_fast, split_agenda_numbering, strip_bullet

__all__ = ["TextEncodingError", "decode_text", "read_text"]


class TextEncodingError(UnsupportedFormatError):
    """A text file is neither UTF-8 nor a legacy 8-bit encoding that reads as Finnish."""

    default_hint = (
        "Save the file as UTF-8 (e.g. Notepad: Save as → Encoding: UTF-8, or "
        "`iconv -f WINDOWS-1252 -t UTF-8 in.txt > out.txt`) and read it again."
    )


# Control characters that never occur in text: C0 (except tab, newlines, form feed) and C1.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_FINNISH_LETTERS_RE = re.compile("[äöÄÖ]")
# UTF-8 bytes of ä/ö/Ä/Ö/å read as Windows-1252: the signature of double-encoded text.
_MOJIBAKE_RE = re.compile("Ã[¤¶„–¥…]")


def _plausible_finnish(text: str) -> bool:
    return bool(_FINNISH_LETTERS_RE.search(text)) and not _CONTROL_RE.search(text)


def decode_text(data: bytes, path: str | Path = "<bytes>") -> str:
    """Decode the bytes of a text file, refusing what cannot be decoded faithfully.

    Raises:
        TextEncodingError: binary content, or bytes that are neither UTF-8 nor plausible
            Windows-1252/Latin-1 Finnish.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8")
        except UnicodeDecodeError as err:
            raise TextEncodingError(
                path, f"the file starts with a UTF-8 byte-order mark but byte {err.start} is not valid UTF-8."
            ) from err
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise TextEncodingError(path, "the file has a UTF-16 byte-order mark but is not valid UTF-16.") from err
    if b"\x00" in data:
        raise TextEncodingError(
            path, "the file contains NUL bytes: it is binary data (or UTF-16 without a byte-order mark), not text."
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        try:
            legacy = data.decode("cp1252")
        except UnicodeDecodeError:
            legacy = None
        if legacy is not None and _plausible_finnish(legacy):
            return legacy
        raise TextEncodingError(
            path,
            f"the file is not UTF-8 (invalid byte 0x{data[err.start]:02X} at offset {err.start}) and does not "
            "read as Finnish text in Windows-1252/Latin-1 either (no ä/ö, or control characters).",
        ) from err
    if _CONTROL_RE.search(text):
        bad = _CONTROL_RE.search(text)
        assert bad is not None
        raise TextEncodingError(
            path, f"the file holds control character U+{ord(bad.group(0)):04X}: it is binary data, not text."
        )
    if _MOJIBAKE_RE.search(text):
        try:
            return text.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return text
    return text


# ----------------------------------------------------------------------------------- structure
_MD_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT_RE = re.compile(r"^\s*(=+|-+)\s*$")
_RULE_RE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$")
_TABLE_SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_FENCE_RE = re.compile(r"^\s*(```|~~~)")
_BOLD_LINE_RE = re.compile(r"^\s*(\*\*|__)(.+?)\1\s*:?\s*$")
_MD_INLINE = (
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # [text](url)
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),
    (re.compile(r"`([^`]*)`"), r"\1"),
)
_BR_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
_NUMBERED_RE = re.compile(r"^\s*\d{1,2}[.)]\s+\S")
_MAX_HEADING_WORDS = 12


def _inline(text: str, markdown: bool) -> str:
    if markdown:
        for pattern, repl in _MD_INLINE:
            text = pattern.sub(repl, text)
    return collapse_spaces(text)


def _is_caps_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return (
        len(letters) >= 3
        and all(c.isupper() for c in letters)
        and len(line) <= 80
        and len(line.split()) <= 10
    )


def _heading_like(text: str) -> bool:
    return len(text) <= 100 and len(text.split()) <= _MAX_HEADING_WORDS and not text.endswith((".", "!", "?", ";", ","))


def _stands_as_heading(line: str, lines: list[str], i: int) -> bool:
    """A short capitalised line alone between blank lines, without final punctuation, with text
    after it ("Kokouksen avaus" above its discussion): a plain-text heading."""
    if not (line[:1].isupper() and len(line.split()) <= 6 and len(line) <= 60):
        return False
    if line.endswith((".", "!", "?", ";", ",", ":")) or strip_bullet(line) is not None:
        return False
    following = next((ln.strip() for ln in lines[i + 1 :] if ln.strip()), "")
    return bool(following)


def _split_row(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    cells = re.split(r"(?<!\\)\|", line)
    return [c.replace("\\|", "|") for c in cells]


def _parse(text: str, markdown: bool) -> list[Block]:
    lines = text.split("\n")
    blocks: list[Block] = []
    para: list[str] = []
    bullet: list[str] | None = None
    bullet_level = 0
    structural_level = 0  # level of the last heading from '#', numbering or capitals

    def flush() -> None:
        nonlocal para, bullet
        if bullet is not None:
            item = "\n".join(bullet)
            if item.strip():
                blocks.append(Block("bullet", item, level=bullet_level))
            bullet = None
        if para:
            blocks.append(Block("paragraph", "\n".join(para)))
            para = []

    def heading(text: str, level: int | None) -> None:
        nonlocal structural_level
        flush()
        numbering, rest = split_agenda_numbering(text)
        if level is None:
            level = structural_level + 1
        else:
            structural_level = level
        blocks.append(Block("heading", rest or text, level=level, numbering=numbering))

    n = len(lines)
    i = 0
    in_fence = False
    while i < n:
        raw = lines[i].rstrip()
        stripped = raw.strip()
        prev_blank = i == 0 or not lines[i - 1].strip()
        next_line = lines[i + 1].strip() if i + 1 < n else ""
        if _FENCE_RE.match(raw):
            in_fence = not in_fence
            flush()
            i += 1
            continue
        if not stripped:
            flush()
            i += 1
            continue
        if in_fence:
            para.append(stripped)
            i += 1
            continue
        m = _MD_HEADING_RE.match(stripped)
        if m:
            heading(_inline(m.group(2), markdown), len(m.group(1)))
            i += 1
            continue
        if stripped.startswith("|") and "|" in stripped[1:]:
            flush()
            rows: list[tuple[str, ...]] = []
            while i < n and lines[i].strip().startswith("|"):
                row_line = lines[i].strip()
                if not _TABLE_SEP_RE.match(row_line):
                    cells = _split_row(row_line)
                    rows.append(tuple("\n".join(_inline(x, markdown) for x in _BR_RE.split(c)) for c in cells))
                i += 1
            if rows:
                width = max(len(r) for r in rows)
                blocks.append(Block("table", rows=tuple(r + ("",) * (width - len(r)) for r in rows)))
            continue
        if not para and bullet is None and next_line and _SETEXT_RE.match(next_line) and len(next_line) >= 3:
            if not BULLET_RE.match(raw):
                heading(_inline(stripped, markdown), 1 if next_line.startswith("=") else 2)
                i += 2
                continue
        if _RULE_RE.match(stripped):
            flush()
            i += 1
            continue
        indent = len(raw) - len(raw.lstrip(" \t"))
        item = strip_bullet(raw)
        if item is not None:
            numbering, rest = split_agenda_numbering(stripped)
            standalone = prev_blank and not _NUMBERED_RE.match(next_line) and not (
                i > 0 and _NUMBERED_RE.match(lines[i - 1])
            )
            if numbering and standalone and indent == 0 and _heading_like(stripped):
                # "3. Painopisteet" alone on its line, not in a run of numbered lines: an agenda heading.
                heading(_inline(stripped, markdown), 2 if re.match(r"^\d+\.\d+", numbering) else 1)
                i += 1
                continue
            flush()
            bullet = [_inline(item, markdown)]
            bullet_level = indent // 2
            i += 1
            continue
        if bullet is not None:
            if indent > 0 or stripped[:1].islower():
                bullet.append(_inline(stripped, markdown))
                i += 1
                continue
            flush()
        if not para and prev_blank:
            numbering, rest = split_agenda_numbering(stripped)
            bold = _BOLD_LINE_RE.match(stripped) if markdown else None
            if numbering and rest and "§" in numbering and _heading_like(stripped):
                heading(_inline(stripped, markdown), 1)
                i += 1
                continue
            if bold and _heading_like(bold.group(2).strip()):
                heading(_inline(bold.group(2).strip().rstrip(":"), markdown), None)
                i += 1
                continue
            if _is_caps_heading(stripped):
                heading(_inline(stripped, markdown), 1)
                i += 1
                continue
            if (
                stripped.endswith(":")
                and len(stripped) <= 60
                and len(stripped.split()) <= 6
                and next_line
                and ":" not in stripped[:-1]
            ):
                heading(_inline(stripped[:-1], markdown), None)
                i += 1
                continue
            if not next_line and _stands_as_heading(stripped, lines, i):
                heading(_inline(stripped, markdown), None)
                i += 1
                continue
        para.append(_inline(stripped, markdown))
        i += 1
    flush()
    return blocks


def read_text(path: Path) -> RawDocument:
    """Read a ``.txt`` or ``.md`` file into blocks.

    Raises:
        TextEncodingError: the bytes cannot be decoded faithfully (binary or unknown encoding).
        EmptyDocumentError: the file holds only whitespace.
    """
    path = Path(path)
    text = decode_text(path.read_bytes(), path)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    # "Läsnä<TAB>Name, role": a tab after a header label stands for its colon.
    text = normalize_fast(label_tabs_to_colons(text))
    markdown = path.suffix.lower() == ".md"
    blocks = _parse(text, markdown)
    if not blocks:
        raise EmptyDocumentError(path, "the text file holds no text (only whitespace).")
    return RawDocument(path=str(path), format="txt", blocks=tuple(blocks), pages=None, furniture=())
