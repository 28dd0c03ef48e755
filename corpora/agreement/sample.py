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

The batch files keep changing, so the first sample (240 statements from batches A and B) can be
redrawn only from the corpus as it was when it was drawn (commit 486f1af)::

    mkdir -p /tmp/at486 && for f in $(git ls-tree --name-only 486f1af corpora/annotated/); do
        git show 486f1af:$f > /tmp/at486/$(basename $f); done
    .venv/bin/python corpora/agreement/sample.py --annotated /tmp/at486 --out-dir /tmp/check

A later sample from other batches uses ``--batches`` and ``--exclude`` (a file of texts, one a
line, that must not be drawn -- e.g. texts whose labels the second annotator has already seen)
and its own ``--prefix`` for the output names.

Usage::

    .venv/bin/python corpora/agreement/sample.py [--seed 13] [--size 240] [--batches 'batch_[ab]_*.jsonl']
        [--exclude FILE] [--prefix ''] [--annotated DIR] [--out-dir DIR]
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
    parser.add_argument("--batches", default="batch_[ab]_*.jsonl", help="glob of the batch files to sample")
    parser.add_argument("--exclude", type=Path, help="file of texts (one a line) never to draw")
    parser.add_argument("--prefix", default="", help="prefix of the output file names")
    parser.add_argument("--annotated", type=Path, default=ANNOTATED, help="folder of the batch files")
    parser.add_argument("--out-dir", type=Path, default=HERE, help="where to write the sample")
    args = parser.parse_args(argv)

    excluded = set()
    if args.exclude:
        excluded = {t.strip() for t in args.exclude.read_text(encoding="utf-8").splitlines() if t.strip()}
    files = sorted(args.annotated.glob(args.batches))
    batches = {p.name: [r for r in read_batch(p) if r["text"].strip() not in excluded] for p in files}
    alloc = allocate({name: len(recs) for name, recs in batches.items()}, args.size)

    rng = random.Random(args.seed)
    drawn: list[dict] = []
    for name in sorted(batches):
        drawn.extend(rng.sample(batches[name], alloc[name]))
    rng.shuffle(drawn)

    args.out_dir.mkdir(parents=True, exist_ok=True)
    with (args.out_dir / f"{args.prefix}sample_texts.jsonl").open("w", encoding="utf-8") as texts, (
        args.out_dir / f"{args.prefix}first_annotation.jsonl"
    ).open("w", encoding="utf-8") as first:
        for i, rec in enumerate(drawn, start=1):
            sample_id = f"{args.prefix}s{i:03d}"
            texts.write(json.dumps({"text": rec["text"], "sample_id": sample_id}, ensure_ascii=False) + "\n")
            first.write(json.dumps({**rec, "sample_id": sample_id}, ensure_ascii=False) + "\n")
    print(f"sampled {len(drawn)} of {sum(len(r) for r in batches.values())} statements "
          f"from {len(batches)} files (seed {args.seed})")
    for name in sorted(alloc):
        print(f"  {name:40s} {alloc[name]:3d} of {len(batches[name]):3d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
