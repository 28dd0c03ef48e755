#!/usr/bin/env python3
"""Validate the annotated training corpus and report per-label positive counts.

Checks every record of every ``corpora/annotated/*.jsonl`` file (or the files given on the
command line):

* the record is a JSON object with exactly the keys of API.md "Training corpus records":
  ``text``, ``priority``, ``age_group``, ``theme``, ``statement_type``, ``source``;
* ``text`` and ``source`` are non-empty strings without surrounding whitespace;
* every facet value is a list of unique label ids that exist in the codebook
  (``hyte_nlp/data/codebook.toml``; falls back to the tables of ``shared/TAXONOMY.md``);
* ``statement_type`` has exactly one label, ``age_group`` at least one, and ``yhteiset``
  is never combined with another age group (GUIDELINES.md 4.1); ``priority`` has at most three;
* no text occurs twice across all files (exact match after stripping).

Then prints, for every facet, the number of positive examples per label over all files, and
flags labels with fewer than ``--min-count`` (default 30) positives.

Exit status: 0 when no record is invalid, 1 otherwise (low counts alone do not fail unless
``--strict-counts`` is given). Usage::

    .venv/bin/python corpora/validate_corpus.py [FILES...] [--min-count 30] [--strict-counts]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_GLOB = REPO / "corpora" / "annotated"
CODEBOOK = REPO / "hyte_nlp" / "data" / "codebook.toml"
TAXONOMY_FALLBACKS = (REPO.parent / "shared" / "TAXONOMY.md", REPO / "shared" / "TAXONOMY.md")
FACETS = ("priority", "age_group", "theme", "statement_type")
KEYS = frozenset(("text", *FACETS, "source"))
MAX_LABELS = {"priority": 3}
MIN_LABELS = {"age_group": 1, "statement_type": 1}
EXACT_LABELS = {"statement_type": 1}
EXCLUSIVE = {"age_group": "yhteiset"}


def load_codebook_labels(path: Path) -> dict[str, list[str]]:
    """Return facet id -> ordered label ids from a codebook TOML file."""
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    facets = data.get("facets") or data.get("facet")
    if not isinstance(facets, list):
        raise ValueError(f"{path}: expected a list of [[facets]] tables")
    labels: dict[str, list[str]] = {}
    for facet in facets:
        labels[str(facet["id"])] = [str(label["id"]) for label in facet.get("labels", [])]
    return labels


def load_taxonomy_labels(path: Path) -> dict[str, list[str]]:
    """Parse the label ids out of the Markdown tables of TAXONOMY.md (fallback only)."""
    labels: dict[str, list[str]] = {}
    facet: str | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^## Facet `([a-z_]+)`", line)
        if heading:
            facet = heading.group(1)
            labels[facet] = []
            continue
        if line.startswith("## "):
            facet = None
        row = re.match(r"^\| `([a-z_]+)` \|", line)
        if facet and row:
            labels[facet].append(row.group(1))
    return labels


def known_labels() -> tuple[dict[str, list[str]], str]:
    if CODEBOOK.exists():
        return load_codebook_labels(CODEBOOK), str(CODEBOOK.relative_to(REPO))
    for candidate in TAXONOMY_FALLBACKS:
        if candidate.exists():
            return load_taxonomy_labels(candidate), str(candidate)
    raise SystemExit("no codebook found: neither hyte_nlp/data/codebook.toml nor shared/TAXONOMY.md")


def check_record(obj: object, labels: dict[str, list[str]]) -> list[str]:
    """Return the problems of one record (empty when valid)."""
    if not isinstance(obj, dict):
        return ["record is not a JSON object"]
    problems: list[str] = []
    missing = KEYS - obj.keys()
    extra = obj.keys() - KEYS
    if missing:
        problems.append(f"missing keys {sorted(missing)}")
    if extra:
        problems.append(f"unexpected keys {sorted(extra)}")
    for key in ("text", "source"):
        value = obj.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{key!r} must be a non-empty string")
        elif value != value.strip():
            problems.append(f"{key!r} has leading or trailing whitespace")
    for facet in FACETS:
        value = obj.get(facet)
        if value is None:
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(f"{facet!r} must be a list of label ids")
            continue
        if len(set(value)) != len(value):
            problems.append(f"{facet!r} repeats a label: {value}")
        unknown = [v for v in value if v not in labels.get(facet, [])]
        if unknown:
            problems.append(f"{facet!r} has unknown label(s) {unknown}")
        if facet in EXACT_LABELS and len(value) != EXACT_LABELS[facet]:
            problems.append(f"{facet!r} must have exactly {EXACT_LABELS[facet]} label, has {len(value)}")
        elif facet in MIN_LABELS and len(value) < MIN_LABELS[facet]:
            problems.append(f"{facet!r} needs at least {MIN_LABELS[facet]} label")
        if facet in MAX_LABELS and len(value) > MAX_LABELS[facet]:
            problems.append(f"{facet!r} allows at most {MAX_LABELS[facet]} labels")
        exclusive = EXCLUSIVE.get(facet)
        if exclusive and exclusive in value and len(value) > 1:
            problems.append(f"{facet!r}: {exclusive!r} cannot be combined with other labels")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSONL files (default: corpora/annotated/*.jsonl)")
    parser.add_argument("--min-count", type=int, default=30, help="flag labels with fewer positives")
    parser.add_argument("--strict-counts", action="store_true", help="also fail on low label counts")
    args = parser.parse_args(argv)

    labels, label_source = known_labels()
    files = args.files or sorted(DEFAULT_GLOB.glob("*.jsonl"))
    if not files:
        print(f"no JSONL files under {DEFAULT_GLOB}", file=sys.stderr)
        return 1

    counts = {facet: Counter() for facet in FACETS}
    empty = Counter()
    seen: dict[str, str] = {}
    errors = 0
    total = 0
    per_file: Counter[str] = Counter()
    for path in files:
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, start=1):
                where = f"{path}:{lineno}"
                if not line.strip():
                    print(f"{where}: empty line", file=sys.stderr)
                    errors += 1
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    print(f"{where}: invalid JSON ({exc.msg} at column {exc.colno})", file=sys.stderr)
                    errors += 1
                    continue
                problems = check_record(obj, labels)
                if isinstance(obj, dict) and isinstance(obj.get("text"), str):
                    key = obj["text"].strip()
                    if key in seen:
                        problems.append(f"duplicate text, first seen at {seen[key]}")
                    else:
                        seen[key] = where
                for problem in problems:
                    print(f"{where}: {problem}", file=sys.stderr)
                if problems:
                    errors += 1
                    continue
                total += 1
                per_file[path.name] += 1
                for facet in FACETS:
                    counts[facet].update(obj[facet])
                    if not obj[facet]:
                        empty[facet] += 1

    print(f"labels from {label_source}")
    print(f"{total} valid records in {len(files)} files, {errors} invalid")
    for name, n in sorted(per_file.items()):
        print(f"  {name:40s} {n:5d}")
    low = 0
    for facet in FACETS:
        print(f"\n{facet}:")
        for label in labels.get(facet, []):
            n = counts[facet][label]
            flag = f"  <-- under {args.min_count}" if n < args.min_count else ""
            low += bool(flag)
            print(f"  {label:24s} {n:5d}{flag}")
        if facet in ("priority", "theme"):
            print(f"  {'(none)':24s} {empty[facet]:5d}")
    print(f"\n{low} label(s) under {args.min_count} positives")
    if errors:
        return 1
    return 1 if (args.strict_counts and low) else 0


if __name__ == "__main__":
    sys.exit(main())
