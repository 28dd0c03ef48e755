"""Training corpora: annotated statements from JSONL files and corrected review sheets (.xlsx).

A JSONL record (API.md): ``{"text": ..., "priority": [...], "age_group": [...], "theme": [...],
"statement_type": [...], "source": "..."}``. ``source`` groups near-paraphrases (statements written
from one idea); cross-validation keeps a group within one fold so its scores are honest. A review
sheet written by ``hyte-nlp tag -o review.xlsx`` and corrected by a person reads the same way: one
column per facet with comma-separated label ids.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from hyte_nlp.errors import HyteError
from hyte_nlp.tagging.codebook import Codebook

CORPUS_SUFFIXES = (".jsonl", ".xlsx")


class CorpusError(HyteError, ValueError):
    """A training file is unreadable or uses labels the codebook does not have."""


@dataclass(frozen=True, slots=True)
class Example:
    """One annotated statement.

    Attributes:
        text: The statement text.
        labels: Facet id -> label ids (a facet missing from the record is missing here too).
        source: Paraphrase group / provenance; the file and line when the record has none.
        section: Headings the statement stood under, if recorded.
        origin: ``"file:line"`` (or ``"file:row"``) for error messages.
    """

    text: str
    labels: Mapping[str, tuple[str, ...]]
    source: str
    section: tuple[str, ...] = ()
    origin: str = ""


def corpus_files(paths: Iterable[str | Path]) -> list[Path]:
    """The .jsonl and .xlsx files named by ``paths`` (files, or folders searched recursively)."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in CORPUS_SUFFIXES and not p.name.startswith((".", "~$"))))
        elif path.is_file():
            files.append(path)
        else:
            raise CorpusError(f"{path}: no such file or folder.")
    if not files:
        raise CorpusError(f"no .jsonl or .xlsx training files in {', '.join(map(str, paths))}.")
    return files


def _check_labels(codebook: Codebook, labels: dict[str, tuple[str, ...]], origin: str) -> None:
    for facet_id, ids in labels.items():
        facet = codebook.facet(facet_id)
        for label_id in ids:
            if label_id not in facet.label_ids:
                raise CorpusError(
                    f"{origin}: facet {facet_id!r} has no label {label_id!r} in codebook {codebook.id!r}; "
                    f"labels: {', '.join(facet.label_ids)}."
                )
        if not facet.multi_label and len(ids) > 1:
            raise CorpusError(f"{origin}: facet {facet_id!r} is single-label but has {list(ids)}.")


def _labels_from(record: Mapping[str, object], codebook: Codebook, origin: str) -> dict[str, tuple[str, ...]]:
    labels: dict[str, tuple[str, ...]] = {}
    for facet_id in codebook.facet_ids:
        if facet_id not in record:
            continue
        value = record[facet_id]
        if value is None:
            value = []
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if not isinstance(value, list):
            raise CorpusError(f"{origin}: facet {facet_id!r} must be a list of label ids, got {value!r}.")
        ids = []
        for item in value:
            label_id = item.get("id") if isinstance(item, dict) else item
            if not isinstance(label_id, str):
                raise CorpusError(f"{origin}: facet {facet_id!r} has a non-string label {item!r}.")
            ids.append(label_id.strip())
        labels[facet_id] = tuple(dict.fromkeys(ids))
    _check_labels(codebook, labels, origin)
    return labels


def _read_jsonl(path: Path, codebook: Codebook) -> list[Example]:
    examples = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise CorpusError(f"{path}: cannot read ({err}). Training files must be UTF-8 JSONL.") from err
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        origin = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise CorpusError(f"{origin}: invalid JSON ({err.msg}).") from err
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            raise CorpusError(f"{origin}: a record needs a non-empty \"text\".")
        labels = _labels_from(record, codebook, origin)
        if not labels:
            raise CorpusError(f"{origin}: no facet of codebook {codebook.id!r} is annotated ({', '.join(codebook.facet_ids)}).")
        examples.append(
            Example(
                text=record["text"].strip(),
                labels=labels,
                source=str(record.get("source") or origin),
                section=tuple(record.get("section") or ()),
                origin=origin,
            )
        )
    return examples


def load_corpus(paths: Iterable[str | Path], codebook: Codebook) -> list[Example]:
    """Read annotated statements from JSONL files, corrected review sheets, or folders of them.

    Raises:
        CorpusError: a file is unreadable, or a record uses a label the codebook lacks; the
            message names the file and line (or row), the facet and the label.
    """
    from hyte_nlp.tagging.review import read_review

    examples: list[Example] = []
    for path in corpus_files(paths):
        if path.suffix.lower() == ".xlsx":
            for origin, record in read_review(path):
                labels = _labels_from(record, codebook, origin)
                text = str(record.get("text") or "").strip()
                if text and labels:
                    examples.append(Example(text, labels, str(record.get("source") or origin), origin=origin))
        else:
            examples.extend(_read_jsonl(path, codebook))
    if not examples:
        raise CorpusError("the training files hold no annotated statements.")
    return examples


def corpus_sha256(examples: Sequence[Example]) -> str:
    """Hash of the corpus content (texts, labels, groups), independent of file layout."""
    digest = hashlib.sha256()
    for ex in sorted(examples, key=lambda e: (e.source, e.text)):
        line = json.dumps([ex.text, {k: list(v) for k, v in sorted(ex.labels.items())}, ex.source], ensure_ascii=False)
        digest.update(line.encode("utf-8") + b"\n")
    return digest.hexdigest()


__all__ = ["CORPUS_SUFFIXES", "CorpusError", "Example", "corpus_files", "corpus_sha256", "load_corpus"]
