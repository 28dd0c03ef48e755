#!/usr/bin/env python3
"""Apply ``corpora/agreement/*corrections.jsonl`` to the batch files of the corpus.

The corrections live outside ``corpora/annotated/`` on purpose: ``validate_corpus.py`` and
``hyte_nlp.tagging.corpus.load_corpus`` read every ``*.jsonl`` there, and would take the
corrections for (duplicate) training records.

Each correction names a statement by its exact ``text`` and gives its adjudicated
``priority``, ``age_group``, ``theme`` and ``statement_type``. The record with that text is
found in ``corpora/annotated/batch_*.jsonl`` (any batch file, so a record that moved still
matches), its four facets are replaced, and every other key, the key order and the line order
are kept. Files are rewritten atomically (temporary file + rename) and only when they change,
so the script is idempotent: a second run reports every correction as already applied.

Run it only when the batch files' writers have finished (they append to the same files).
``--dry-run`` reports what would change without writing. A correction whose text is no longer
in the corpus (its writer removed or reworded it) is listed and skipped. Exit status 1 when a
corrected record would be invalid.

Usage::

    .venv/bin/python corpora/agreement/apply_corrections.py [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANNOTATED = HERE.parent / "annotated"
CORRECTION_FILES = sorted(HERE.glob("*corrections.jsonl"))  # corrections.jsonl, c_corrections.jsonl
FACETS = ("priority", "age_group", "theme", "statement_type")


def load_corrections(path: Path) -> dict[str, dict]:
    out: dict[str, dict] = {}
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            c = json.loads(line)
            missing = [k for k in ("text", *FACETS) if k not in c]
            if missing:
                raise SystemExit(f"{path}:{lineno}: correction lacks {missing}")
            out[c["text"].strip()] = c
    return out


def write_atomic(path: Path, lines: list[str]) -> None:
    fd, tmp = tempfile.mkstemp(prefix=path.name, dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.writelines(lines)
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="report only, do not write")
    parser.add_argument("--annotated", type=Path, default=ANNOTATED, help="folder of the batch files")
    parser.add_argument("--corrections", type=Path, nargs="*", default=CORRECTION_FILES,
                        help="correction files (default: agreement/*corrections.jsonl)")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(HERE.parent))
    from validate_corpus import check_record, known_labels

    labels = known_labels()[0]
    corrections: dict[str, dict] = {}
    for path in args.corrections:
        corrections.update(load_corrections(path))
    found: set[str] = set()
    applied = already = invalid = 0
    for path in sorted(args.annotated.glob("batch_*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        changed = False
        for i, line in enumerate(lines):
            if not line.strip():
                continue
            rec = json.loads(line)
            c = corrections.get(rec.get("text", "").strip())
            if c is None:
                continue
            found.add(c["text"].strip())
            new = {k: (c[k] if k in FACETS else v) for k, v in rec.items()}
            problems = check_record(new, labels)
            if problems:
                print(f"{path.name}:{i + 1}: corrected record invalid: {problems}", file=sys.stderr)
                invalid += 1
                continue
            if all(set(new[f]) == set(rec[f]) for f in FACETS):
                already += 1
                continue
            print(f"{path.name}:{i + 1}: {rec['text'][:60]!r}: "
                  + "; ".join(f"{f} {rec[f]} -> {new[f]}" for f in FACETS if set(new[f]) != set(rec[f])))
            lines[i] = json.dumps(new, ensure_ascii=False) + "\n"
            changed = True
            applied += 1
        if changed and not args.dry_run:
            write_atomic(path, lines)
    missing = [t for t in corrections if t not in found]
    for t in missing:
        print(f"not in any batch file any more (removed or reworded by its writer), skipped: {t!r}")
    verb = "would apply" if args.dry_run else "applied"
    print(f"{verb} {applied}, already applied {already}, invalid {invalid}, not found {len(missing)} "
          f"of {len(corrections)} corrections")
    return 1 if invalid else 0


if __name__ == "__main__":
    raise SystemExit(main())
