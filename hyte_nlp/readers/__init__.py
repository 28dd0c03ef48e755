"""Read minutes files into :class:`~hyte_nlp.minutes.Minutes`.

The data flow is one direction::

    file --(pdf.py | word.py | plain.py)--> RawDocument(blocks)
         --(header.py)--> metadata + body blocks
         --(segment.py)--> statements with provenance
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from hyte_nlp.errors import HyteError, ParseError
from hyte_nlp.minutes import Minutes, ReadResult
from hyte_nlp.readers.base import RawDocument
from hyte_nlp.readers.detect import SUPPORTED_SUFFIXES, detect_format


def _reader_for(fmt: str) -> Callable[[Path], RawDocument]:
    # Imported on demand so that `import hyte_nlp` does not pay for pdfplumber or python-docx.
    if fmt == "pdf":
        from hyte_nlp.readers.pdf import read_pdf

        return read_pdf
    if fmt == "docx":
        from hyte_nlp.readers.word import read_docx

        return read_docx
    from hyte_nlp.readers.plain import read_text

    return read_text


def read(path: str | os.PathLike[str]) -> Minutes:
    """Read one minutes file (PDF, DOCX, TXT or MD) into :class:`Minutes`.

    Example:
        >>> m = read("corpora/minutes/esimerkkila_2025.docx")  # doctest: +SKIP
        >>> m.municipality, m.statements[0].text  # doctest: +SKIP

    Raises:
        FileNotFoundError: the path does not exist.
        ParseError: a subclass saying why the file cannot be read (encrypted, corrupt, scanned,
            empty, unsupported or mislabelled).
    """
    from hyte_nlp.readers.header import extract_metadata
    from hyte_nlp.readers.segment import segment

    p = Path(path)
    fmt = detect_format(p)
    raw = _reader_for(fmt)(p)
    meta, body = extract_metadata(raw)
    statements = segment(body, source=str(path), municipality=meta.municipality)
    if not statements:
        from hyte_nlp.errors import EmptyDocumentError

        raise EmptyDocumentError(p, "the document has no statements (no body text was found).")
    return Minutes(
        source=str(path),
        municipality=meta.municipality,
        date=meta.date,
        participants=meta.participants,
        statements=tuple(statements),
        title=meta.title,
        format=fmt,
        pages=raw.pages,
    )


#: Files never taken as minutes when a folder is searched (a file named explicitly is always read).
_NOT_MINUTES_STEMS = frozenset({"readme", "license", "licence", "changelog", "notice"})


def _is_minutes_candidate(f: Path) -> bool:
    return (
        f.is_file()
        and f.suffix.lower() in SUPPORTED_SUFFIXES
        and not f.name.startswith((".", "~$"))  # hidden files and Word's lock files
        and f.stem.lower() not in _NOT_MINUTES_STEMS
    )


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Expand folders into the minutes files they hold (recursively, sorted); keep files as given.

    In a folder, files with a supported suffix are taken, except hidden files, Word lock files
    (``~$*.docx``) and README/LICENSE/CHANGELOG files.
    """
    out: list[Path] = []
    for item in paths:
        p = Path(item)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if _is_minutes_candidate(f)))
        else:
            out.append(p)
    return out


def _read_one(path: str) -> ReadResult:
    try:
        return ReadResult(path=path, minutes=read(path))
    except (HyteError, OSError) as err:
        return ReadResult(path=path, error=err)
    except Exception as err:  # noqa: BLE001 - a batch never stops on one bad file
        wrapped = ParseError(path, f"unexpected {type(err).__name__} while reading: {err}",
                             "Please report this file as a bug.")
        return ReadResult(path=path, error=wrapped)


def read_many(paths: Iterable[str | os.PathLike[str]], jobs: int = 1) -> Iterator[ReadResult]:
    """Read many files (folders are expanded), yielding one :class:`ReadResult` per file in order.

    Never stops on a bad file: its result carries the error instead of minutes.

    Args:
        paths: Files and/or folders.
        jobs: Number of worker processes; 1 reads in this process.
    """
    files = [str(p) for p in expand_paths(paths)]
    if jobs <= 1 or len(files) <= 1:
        for f in files:
            yield _read_one(f)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(files))) as pool:
        yield from pool.map(_read_one, files, chunksize=1)


__all__ = ["expand_paths", "read", "read_many"]
