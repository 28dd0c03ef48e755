#!/usr/bin/env python3
"""Draw the double-annotation sample for the inter-annotator agreement study.

Draws a reproducible random sample (``--seed``, default 13) of ``--size`` (default 240)
statements from ``corpora/annotated/batch_*.jsonl``, stratified over the batch files:
each file gets a share proportional to its size (largest-remainder rounding), and within
a file the statements are drawn uniformly without replacement. The sample is then shuffled
so that the second annotator does not see the statements grouped by file (the file names
reveal the topic the first annotator was writing about).

Writes two files next to this script:

* ``sample_texts.jsonl`` -- ``{"text", "sample_id"}`` only, no labels, no source: what the
  second annotator labels, blind;
* ``first_annotation.jsonl`` -- the first annotator's record for each sampled statement plus
  ``sample_id``, ``file`` and ``line`` (hidden from the second annotator until agreement is
  computed).

Only the files that exist when the script runs are used; later appends to a batch file do
not change a sample already drawn, because the sample is stored, not redrawn. Prints only
counts, never labels.

Usage::

    .venv/bin/python corpora/agreement/sample.py [--seed 13] [--size 240]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANNOTATED = HERE.parent / "annotated"


def allocate(sizes: dict[str, int], total: int) -> dict[str, int]:
    """Split ``total`` over strata in proportion to ``sizes`` (largest remainder, ties by name)."""
    population = sum(sizes.values())
    if total > population:
        raise ValueError(f"sample size {total} exceeds population {population}")
    quotas = {name: total * n / population for name, n in sizes.items()}
    alloc = {name: int(q) for name, q in quotas.items()}
    rest = total - sum(alloc.values())
    by_remainder = sorted(quotas, key=lambda name: (-(quotas[name] - alloc[name]), name))
    for name in by_remainder[:rest]:
        alloc[name] += 1
    return alloc


def read_batch(path: Path) -> list[dict]:
    records = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if line.strip():
                obj = json.loads(line)
                obj["file"] = path.name
                obj["line"] = lineno
                records.append(obj)
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--size", type=int, default=240)
    args = parser.parse_args(argv)

    files = sorted(ANNOTATED.glob("batch_*.jsonl"))
    files = [p for p in files if p.name != "batch_minutes.jsonl"]  # written after the sample
    batches = {p.name: read_batch(p) for p in files}
    alloc = allocate({name: len(recs) for name, recs in batches.items()}, args.size)

    rng = random.Random(args.seed)
    drawn: list[dict] = []
    for name in sorted(batches):
        drawn.extend(rng.sample(batches[name], alloc[name]))
    rng.shuffle(drawn)

    with (HERE / "sample_texts.jsonl").open("w", encoding="utf-8") as texts, (
        HERE / "first_annotation.jsonl"
    ).open("w", encoding="utf-8") as first:
        for i, rec in enumerate(drawn, start=1):
            sample_id = f"s{i:03d}"
            texts.write(json.dumps({"text": rec["text"], "sample_id": sample_id}, ensure_ascii=False) + "\n")
            first.write(json.dumps({**rec, "sample_id": sample_id}, ensure_ascii=False) + "\n")
    print(f"sampled {len(drawn)} of {sum(len(r) for r in batches.values())} statements "
          f"from {len(batches)} files (seed {args.seed})")
    for name in sorted(alloc):
        print(f"  {name:40s} {alloc[name]:3d} of {len(batches[name]):3d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
