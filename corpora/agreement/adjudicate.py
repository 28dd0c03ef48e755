#!/usr/bin/env python3
"""Turn the adjudication decisions into ``adjudication.md`` and ``corrections.jsonl``.

Inputs (next to this script):

* ``first_annotation.jsonl`` / ``second_annotation.jsonl`` -- the two annotations;
* ``decisions.txt`` -- the final labels of every adjudicated statement, one line each:
  ``sample_id|priority|age_group|theme|statement_type|rule`` with the abbreviations listed in
  its header, and the guideline rule that decided it.

Outputs:

* ``adjudication.md`` -- one row per adjudicated statement: text, the first and second
  annotation of the facets that differ, the final decision and the rule;
* ``corrections.jsonl`` -- for every statement whose final labels differ from the
  corpus (first annotation): ``text``, ``file`` and the corrected facets (all four), plus
  ``was`` and ``rule``. ``apply_corrections.py`` applies it to the batch files.

Refuses to run when a disagreement has no decision, so no disagreement is silently dropped.
``--prefix c_`` does the same for the second sample (``c_first_annotation.jsonl``,
``c_decisions.txt`` -> ``c_adjudication.md``, ``c_corrections.jsonl``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
FACETS = ("priority", "age_group", "theme", "statement_type")
ABBREV = {"L": "liikunta", "M": "mieli", "T": "turvallisuus", "ln": "lapset_nuoret",
          "ty": "tyoikaiset", "ik": "ikaantyneet", "y": "yhteiset"}


def read_jsonl(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as fh:
        return {r["sample_id"]: r for r in (json.loads(line) for line in fh if line.strip())}


def read_decisions(path: Path) -> dict[str, tuple[dict[str, list[str]], str]]:
    decisions = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) != 6:
            raise SystemExit(f"{path}:{lineno}: expected 6 '|'-separated fields, got {len(parts)}")
        sid, *labels, rule = parts
        final = {f: [ABBREV.get(x, x) for x in v.split(",") if x] for f, v in zip(FACETS, labels)}
        if sid in decisions:
            raise SystemExit(f"{path}:{lineno}: {sid} decided twice")
        decisions[sid] = (final, rule.strip())
    return decisions


def show(labels: list[str]) -> str:
    return ", ".join(sorted(labels)) if labels else "—"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--prefix", default="", help="file-name prefix of the sample (e.g. c_)")
    prefix = parser.parse_args(argv).prefix
    first = read_jsonl(HERE / f"{prefix}first_annotation.jsonl")
    second = read_jsonl(HERE / f"{prefix}second_annotation.jsonl")
    decisions = read_decisions(HERE / f"{prefix}decisions.txt")
    # not under annotated/: the corpus validator and load_corpus read every *.jsonl there
    corrections_path = HERE / f"{prefix}corrections.jsonl"
    disagreements = [s for s in sorted(first) if any(set(first[s][f]) != set(second[s][f]) for f in FACETS)]
    undecided = [s for s in disagreements if s not in decisions]
    if undecided:
        raise SystemExit(f"no decision for {len(undecided)} disagreement(s): {undecided}")

    rows, corrections = [], []
    kept_first = kept_second = 0
    facet_changes = {f: 0 for f in FACETS}
    for sid in sorted(decisions):
        final, rule = decisions[sid]
        a, b = first[sid], second[sid]
        differ = [f for f in FACETS if set(a[f]) != set(b[f]) or set(final[f]) != set(a[f])]
        kept_first += all(set(final[f]) == set(a[f]) for f in FACETS)
        kept_second += all(set(final[f]) == set(b[f]) for f in FACETS)
        cells = "<br>".join(f"{f}: {show(a[f])}" for f in differ)
        cells2 = "<br>".join(f"{f}: {show(b[f])}" for f in differ)
        cells3 = "<br>".join(f"{f}: {show(final[f])}" for f in differ)
        rows.append(f"| {sid} | {a['text']} | {a['file'][6:7].upper()} | {cells} | {cells2} | {cells3} | {rule} |")
        changed = [f for f in FACETS if set(final[f]) != set(a[f])]
        for f in changed:
            facet_changes[f] += 1
        if changed:
            corrections.append({"text": a["text"], "file": a["file"], **{f: final[f] for f in FACETS},
                                "was": {f: a[f] for f in changed}, "rule": rule, "sample_id": sid})

    n = len(decisions)
    lines = [
        "# Adjudicated disagreements of the agreement sample", "",
        f"{len(disagreements)} of {len(first)} sampled statements had at least one facet on which the "
        f"corpus label (first annotation, batch A or B) and the blind second annotation differed; "
        f"{n - len(disagreements)} more were agreed by both but changed by a refined rule. All {n} were decided "
        "by the rules of `corpora/GUIDELINES.md` as refined in its changelog (section 8); the rule "
        "column cites the deciding rule.", "",
        f"- Final decision equal to the first annotation: {kept_first} of {n}; equal to the second: "
        f"{kept_second} of {n} (neither annotator was right on every facet of the rest).",
        f"- Corpus records corrected: {len(corrections)} "
        f"({', '.join(f'{f} {c}' for f, c in facet_changes.items())} facet changes), listed in "
        f"`corpora/agreement/{prefix}corrections.jsonl` and applied with `apply_corrections.py`.", "",
        f"Generated by `corpora/agreement/adjudicate.py` from `{prefix}decisions.txt`. Column batch: the batch "
        "(first annotator). Only the facets that differ are shown.", "",
        "| id | text | batch | first | second | final | rule |", "|---|---|---|---|---|---|---|",
        *rows,
    ]
    (HERE / f"{prefix}adjudication.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with corrections_path.open("w", encoding="utf-8") as fh:
        for c in corrections:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"{n} adjudicated, {len(corrections)} corrections; first kept {kept_first}, second kept {kept_second}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
