"""Reading the line-based data files shipped in the package (lexicons, word lists, TSV tables).

Every such file has one entry per line, blank lines allowed and ``#`` starting a comment line;
TSV files separate columns with tabs. Readers call these helpers instead of opening files
themselves, so the format is defined once.
"""

from __future__ import annotations

from importlib import resources


def data_lines(*path: str) -> list[str]:
    """The entry lines of ``hyte_nlp/<path...>``: blank lines and ``#`` comment lines dropped.

    >>> data_lines("lang", "fi", "case_endings.txt")[:1] != []
    True
    """
    file = resources.files("hyte_nlp").joinpath(*path)
    return [
        line.rstrip("\r\n")
        for line in file.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def data_rows(*path: str) -> list[list[str]]:
    """The entry lines of a TSV file of the package, split into columns."""
    return [line.split("\t") for line in data_lines(*path)]


def word_set(*path: str) -> frozenset[str]:
    """The entries of a one-word-a-line file, stripped and case-folded."""
    return frozenset(line.strip().casefold() for line in data_lines(*path))


__all__ = ["data_lines", "data_rows", "word_set"]
