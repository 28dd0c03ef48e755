"""The data model of read minutes: frozen records that round-trip through JSON.

A :class:`Statement` is one unit of minutes text (a bullet item, a sentence of discussion, a table
cell, an agreed action) together with where it came from. Later stages (lemmas, tags, summaries)
wrap statements; they never change them.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

StatementKind = Literal["bullet", "paragraph", "table_cell", "action"]
STATEMENT_KINDS: tuple[str, ...] = get_args(StatementKind)


@dataclass(frozen=True, slots=True)
class Statement:
    """One unit of minutes text with its provenance.

    Attributes:
        id: Stable identifier, ``"<file stem>:<index>"``.
        text: The statement text, cleaned (NFC, no soft hyphens, line breaks rejoined).
        kind: ``"bullet"``, ``"paragraph"``, ``"table_cell"`` or ``"action"``.
        section: The heading path the statement stands under, outermost first.
        page: 1-based page number (PDF); ``None`` where the format has no pages (DOCX, text).
        index: 0-based position of the statement in its document (reading order).
        source: Path of the file it was read from, as given to :func:`hyte_nlp.read`.
        row_header: For a table cell, the header of its row (first column), if any.
        column_header: For a table cell, the header of its column (first row), if any.
        municipality: Municipality of the minutes the statement belongs to, if known.
    """

    id: str
    text: str
    kind: StatementKind
    section: tuple[str, ...] = ()
    page: int | None = None
    index: int = 0
    source: str = ""
    row_header: str | None = None
    column_header: str | None = None
    municipality: str | None = None

    @property
    def context(self) -> tuple[str, ...]:
        """Headings and table headers that frame this statement, outermost first."""
        extra = tuple(h for h in (self.column_header, self.row_header) if h)
        return self.section + extra

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (tuples become lists)."""
        return {
            "id": self.id,
            "text": self.text,
            "kind": self.kind,
            "section": list(self.section),
            "page": self.page,
            "index": self.index,
            "source": self.source,
            "row_header": self.row_header,
            "column_header": self.column_header,
            "municipality": self.municipality,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Statement:
        """Inverse of :meth:`to_dict`; unknown keys (e.g. tags in a JSONL record) are ignored."""
        kind = data.get("kind", "paragraph")
        if kind not in STATEMENT_KINDS:
            raise ValueError(f"unknown statement kind {kind!r}; expected one of {STATEMENT_KINDS}")
        return cls(
            id=str(data.get("id", "")),
            text=str(data["text"]),
            kind=kind,
            section=tuple(data.get("section") or ()),
            page=data.get("page"),
            index=int(data.get("index", 0)),
            source=str(data.get("source", "")),
            row_header=data.get("row_header"),
            column_header=data.get("column_header"),
            municipality=data.get("municipality"),
        )


@dataclass(frozen=True, slots=True)
class Participant:
    """A person listed as present. Metadata only: never a statement, never in reports by default."""

    name: str
    role: str = ""
    organisation: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "role": self.role, "organisation": self.organisation}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Participant:
        return cls(data.get("name", ""), data.get("role", ""), data.get("organisation", ""))


@dataclass(frozen=True, slots=True)
class Minutes:
    """One set of minutes read from one file.

    Attributes:
        source: Path of the file, as given.
        municipality: Base-form municipality name (``"Laukaa"``, not ``"Laukaan"``), if found.
        date: Date of the negotiation, if found.
        participants: People listed as present, with roles.
        statements: Statements in reading order.
        title: The document title or first heading, if any.
        format: ``"pdf"``, ``"docx"`` or ``"txt"``.
        pages: Number of pages (PDF), or ``None``.
    """

    source: str
    municipality: str | None = None
    date: _dt.date | None = None
    participants: tuple[Participant, ...] = ()
    statements: tuple[Statement, ...] = ()
    title: str | None = None
    format: str = ""
    pages: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "municipality": self.municipality,
            "date": self.date.isoformat() if self.date else None,
            "participants": [p.to_dict() for p in self.participants],
            "statements": [s.to_dict() for s in self.statements],
            "title": self.title,
            "format": self.format,
            "pages": self.pages,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Minutes:
        date = data.get("date")
        return cls(
            source=data["source"],
            municipality=data.get("municipality"),
            date=_dt.date.fromisoformat(date) if date else None,
            participants=tuple(Participant.from_dict(p) for p in data.get("participants", ())),
            statements=tuple(Statement.from_dict(s) for s in data.get("statements", ())),
            title=data.get("title"),
            format=data.get("format", ""),
            pages=data.get("pages"),
        )

    def statement_records(self) -> list[dict[str, Any]]:
        """The ``parse`` JSONL records of API.md: one dict per statement with file metadata."""
        date = self.date.isoformat() if self.date else None
        return [{**s.to_dict(), "municipality": self.municipality, "date": date} for s in self.statements]


@dataclass(frozen=True, slots=True)
class ReadResult:
    """The outcome of reading one file in a batch: exactly one of ``minutes`` / ``error`` is set."""

    path: str
    minutes: Minutes | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


__all__ = ["Minutes", "Participant", "ReadResult", "STATEMENT_KINDS", "Statement", "StatementKind"]
