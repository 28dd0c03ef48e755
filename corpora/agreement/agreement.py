#!/usr/bin/env python3
"""Inter-annotator agreement between the corpus (first annotation) and a blind second annotation.

Reads ``first_annotation.jsonl`` and ``second_annotation.jsonl`` (joined on ``sample_id``) and
writes ``report.md`` plus ``disagreements.jsonl`` (every sampled statement on which the two
annotations differ in at least one facet, with both label sets, for adjudication).

Measures, per facet:

* ``statement_type`` (single label): observed agreement, Cohen's kappa, and Krippendorff's
  alpha with the nominal distance;
* ``priority``, ``age_group``, ``theme`` (multi-label): exact-set agreement, Cohen's kappa per
  label (each label as a yes/no decision on every statement) with their macro average over the
  labels for which kappa is defined, and Krippendorff's alpha over label *sets* with the MASI
  distance (Passonneau 2006).

95% confidence intervals come from a percentile bootstrap over statements (seed fixed).

Definitions (two coders, no missing values in our use, but the alpha code accepts any number
of coders per unit). Cohen's kappa: ``(p_o - p_e) / (1 - p_e)`` with ``p_e`` from each coder's
own marginals; undefined (``None``) when ``p_e == 1``. Krippendorff's alpha:
``1 - D_o / D_e`` where ``D_o`` averages the distance over the pairable value pairs within
units and ``D_e`` over all pairable value pairs in the data. MASI distance:
``1 - J * M`` with ``J`` the Jaccard index and ``M`` = 1 (equal), 2/3 (one a subset of the
other), 1/3 (overlap only), 0 (disjoint); two empty sets are equal.

Hand-computed example (also in ``tests/corpora/test_agreement.py``): three units coded
``{a}/{a}``, ``{a,b}/{a}``, ``{b}/{c}`` give MASI distances 0, 2/3, 1, ``D_o = 5/9``,
``D_e = 32/45`` and alpha = 7/32:

>>> units = [[{"a"}, {"a"}], [{"a", "b"}, {"a"}], [{"b"}, {"c"}]]
>>> round(krippendorff_alpha(units, masi_distance), 5)
0.21875
>>> cohen_kappa(["x", "x", "y", "y"], ["x", "y", "y", "y"])
0.5

Usage::

    .venv/bin/python corpora/agreement/agreement.py              # sample 1: batches A and B
    .venv/bin/python corpora/agreement/agreement.py --prefix c_  # sample 2: batch C

``--prefix`` selects ``<prefix>first_annotation.jsonl`` / ``<prefix>second_annotation.jsonl`` and
writes ``<prefix>report.md`` / ``<prefix>disagreements.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
MULTI_FACETS = ("priority", "age_group", "theme")
FACETS = (*MULTI_FACETS, "statement_type")
BOOTSTRAP_ROUNDS = 1000
BOOTSTRAP_SEED = 13


# --- metrics -------------------------------------------------------------------------------


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Cohen's kappa of two coders' labels for the same items; ``None`` when undefined."""
    if len(a) != len(b) or not a:
        raise ValueError(f"need two equally long, non-empty label lists, got {len(a)} and {len(b)}")
    n = len(a)
    p_o = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    p_e = sum(ca[k] * cb[k] for k in ca.keys() | cb.keys()) / (n * n)
    if p_e >= 1.0:
        return None
    return (p_o - p_e) / (1.0 - p_e)


def masi_distance(a: Iterable[Hashable], b: Iterable[Hashable]) -> float:
    """MASI distance between two label sets (0 = same set, 1 = disjoint)."""
    sa, sb = set(a), set(b)
    if sa == sb:
        return 0.0
    union = len(sa | sb)
    inter = len(sa & sb)
    jaccard = inter / union
    if sa <= sb or sb <= sa:
        monotonicity = 2 / 3
    elif inter:
        monotonicity = 1 / 3
    else:
        monotonicity = 0.0
    return 1.0 - jaccard * monotonicity


def nominal_distance(a: Hashable, b: Hashable) -> float:
    return 0.0 if a == b else 1.0


def krippendorff_alpha(units: Sequence[Sequence[object]], distance: Callable[[object, object], float]) -> float | None:
    """Krippendorff's alpha for ``units`` (each a list of the values the coders gave it).

    Units with fewer than two values are not pairable and are ignored. Returns ``None`` when the
    expected disagreement is zero (every value identical).
    """
    pairable = [list(u) for u in units if len(u) >= 2]
    values = [v for u in pairable for v in u]
    n = len(values)
    if n < 2:
        return None
    d_o = sum(
        sum(distance(u[i], u[j]) for i in range(len(u)) for j in range(len(u)) if i != j) / (len(u) - 1)
        for u in pairable
    ) / n
    # Expected disagreement over all ordered pairs of values; values are sets, so group equal ones.
    keys = [frozenset(v) if isinstance(v, (set, frozenset, list, tuple)) else v for v in values]
    counts = Counter(keys)
    distinct = list(counts)
    total = 0.0
    for i, x in enumerate(distinct):
        for y in distinct[i + 1 :]:
            total += 2 * counts[x] * counts[y] * distance(x, y)
    d_e = total / (n * (n - 1))
    if d_e == 0:
        return None
    return 1.0 - d_o / d_e


# --- facet summaries -----------------------------------------------------------------------


def facet_scores(first: list[dict], second: list[dict], facet: str, labels: list[str]) -> dict:
    """All agreement figures of one facet (no confidence intervals)."""
    a = [frozenset(r[facet]) for r in first]
    b = [frozenset(r[facet]) for r in second]
    scores: dict = {"n": len(a), "exact": sum(x == y for x, y in zip(a, b)) / len(a)}
    if facet == "statement_type":
        sa = [next(iter(x)) for x in a]
        sb = [next(iter(y)) for y in b]
        scores["kappa"] = cohen_kappa(sa, sb)
        scores["alpha"] = krippendorff_alpha(list(zip(sa, sb)), nominal_distance)
        return scores
    per_label = {}
    for label in labels:
        ya = [label in x for x in a]
        yb = [label in y for y in b]
        per_label[label] = {"kappa": cohen_kappa(ya, yb), "first": sum(ya), "second": sum(yb),
                            "both": sum(p and q for p, q in zip(ya, yb))}
    defined = [v["kappa"] for v in per_label.values() if v["kappa"] is not None]
    scores["per_label"] = per_label
    scores["macro_kappa"] = statistics.fmean(defined) if defined else None
    scores["alpha"] = krippendorff_alpha(list(zip(a, b)), masi_distance)
    return scores


def bootstrap(first: list[dict], second: list[dict], facet: str, labels: list[str], keys: tuple[str, ...]) -> dict:
    """Percentile 95% intervals of the headline figures by resampling statements."""
    rng = random.Random(BOOTSTRAP_SEED)
    n = len(first)
    draws: dict[str, list[float]] = {k: [] for k in keys}
    for _ in range(BOOTSTRAP_ROUNDS):
        idx = [rng.randrange(n) for _ in range(n)]
        s = facet_scores([first[i] for i in idx], [second[i] for i in idx], facet, labels)
        for k in keys:
            if s.get(k) is not None:
                draws[k].append(s[k])
    out = {}
    for k, vals in draws.items():
        vals.sort()
        if vals:
            out[k] = (vals[int(0.025 * len(vals))], vals[min(len(vals) - 1, int(0.975 * len(vals)))])
    return out


# --- I/O and report ------------------------------------------------------------------------


def load_labels() -> dict[str, list[str]]:
    sys.path.insert(0, str(REPO / "corpora"))
    from validate_corpus import known_labels  # the corpus validator's codebook reader

    return known_labels()[0]


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def fmt_ci(ci: tuple[float, float] | None) -> str:
    return "" if ci is None else f" [{ci[0]:.2f}, {ci[1]:.2f}]"


def build_report(first: list[dict], second: list[dict], labels: dict[str, list[str]], prefix: str = "") -> str:
    batches = sorted({r["file"].split("_")[1].upper() for r in first})
    lines = ["# Inter-annotator agreement on the training corpus", "",
             f"Generated by `corpora/agreement/agreement.py` from `{prefix}first_annotation.jsonl` (the corpus "
             f"labels of the sampled statements, written by the batch {' and '.join(batches)} annotator"
             f"{'s' if len(batches) > 1 else ''}) and `{prefix}second_annotation.jsonl` (a blind, independent "
             "second annotation following GUIDELINES.md). Figures are **before adjudication**. Brackets: 95% "
             f"bootstrap interval over statements ({BOOTSTRAP_ROUNDS} resamples, seed {BOOTSTRAP_SEED}).", "",
             f"Sample: {len(first)} statements, stratified over the batch files "
             f"(`sample.py{' --prefix ' + prefix if prefix else ''}`, seed 13).", "",
             "| facet | exact-set agreement | Cohen's κ | macro per-label κ | Krippendorff's α (MASI) |",
             "|---|---|---|---|---|"]
    details = []
    for facet in FACETS:
        s = facet_scores(first, second, facet, labels[facet])
        if facet == "statement_type":
            ci = bootstrap(first, second, facet, labels[facet], ("exact", "kappa", "alpha"))
            lines.append(f"| {facet} | {fmt(s['exact'])}{fmt_ci(ci.get('exact'))} | {fmt(s['kappa'])}"
                         f"{fmt_ci(ci.get('kappa'))} | – | {fmt(s['alpha'])} (nominal) |")
            matrix = Counter((x["statement_type"][0], y["statement_type"][0]) for x, y in zip(first, second))
            details += ["", "## statement_type confusion (rows: first annotation, columns: second)", "",
                        "| first \\ second | " + " | ".join(labels[facet]) + " |",
                        "|---|" + "---|" * len(labels[facet])]
            for r in labels[facet]:
                details.append(f"| {r} | " + " | ".join(str(matrix[(r, c)]) for c in labels[facet]) + " |")
        else:
            ci = bootstrap(first, second, facet, labels[facet], ("exact", "macro_kappa", "alpha"))
            lines.append(f"| {facet} | {fmt(s['exact'])}{fmt_ci(ci.get('exact'))} | – | {fmt(s['macro_kappa'])}"
                         f"{fmt_ci(ci.get('macro_kappa'))} | {fmt(s['alpha'])}{fmt_ci(ci.get('alpha'))} |")
            details += ["", f"## {facet}: per-label Cohen's κ", "",
                        "| label | κ | first + | second + | both + |", "|---|---|---|---|---|"]
            for label, v in s["per_label"].items():
                details.append(f"| {label} | {fmt(v['kappa'])} | {v['first']} | {v['second']} | {v['both']} |")
    by_batch = ["", "## By first annotator", "",
                "| batch | n | priority exact | age_group exact | theme exact | statement_type κ |",
                "|---|---|---|---|---|---|"]
    for batch in sorted({"_".join(r["file"].split("_")[:2]) for r in first}):
        idx = [i for i, r in enumerate(first) if r["file"].startswith(batch)]
        f = [first[i] for i in idx]
        g = [second[i] for i in idx]
        if not f:
            continue
        cells = [fmt(facet_scores(f, g, facet, labels[facet])["exact"]) for facet in MULTI_FACETS]
        by_batch.append(f"| {batch} | {len(f)} | " + " | ".join(cells) + " | "
                        f"{fmt(facet_scores(f, g, 'statement_type', labels['statement_type'])['kappa'])} |")
    notes = ["", "Per-label κ is undefined (n/a) when neither annotation ever uses the label in the sample, "
             "or both use it on every statement; the macro average is over the defined labels only. "
             "Labels with few positives in the sample have wide uncertainty: read their κ with the counts."]
    return "\n".join(lines + notes + by_batch + details) + "\n"


def drift_section(first: list[dict], second: list[dict], labels: dict[str, list[str]]) -> list[str]:
    """Agreement of the second annotation with the corpus *as it is now* (writers keep editing)."""
    current: dict[str, dict] = {}
    for path in sorted((REPO / "corpora" / "annotated").glob("batch_*.jsonl")):
        current.update({r["text"]: r for r in read_jsonl(path)})
    pairs = [(current[a["text"]], b) for a, b in zip(first, second) if a["text"] in current]
    changed = sum(any(set(current[a["text"]][f]) != set(a[f]) for f in FACETS)
                  for a in first if a["text"] in current)
    lines = ["", "## Drift: the same comparison against the corpus as it is now", "",
             f"The sample was drawn from the corpus before its writers' last consistency passes. Of the "
             f"{len(first)} sampled statements, {len(first) - len(pairs)} have since been removed or reworded "
             f"by their writers and {changed} relabelled (by their writers, or by applying the adjudicated "
             f"corrections). Against the current labels of the {len(pairs)} still present — once the "
             "corrections are applied this includes the adjudication, so it is **not** a consistency figure; "
             "the table above is:", "",
             "| facet | exact-set agreement | κ (type) / macro per-label κ | α (MASI / nominal) |", "|---|---|---|---|"]
    if not pairs:
        return lines
    cur = [p[0] for p in pairs]
    sec = [p[1] for p in pairs]
    for facet in FACETS:
        s = facet_scores(cur, sec, facet, labels[facet])
        k = s["kappa"] if facet == "statement_type" else s["macro_kappa"]
        lines.append(f"| {facet} | {fmt(s['exact'])} | {fmt(k)} | {fmt(s['alpha'])} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--prefix", default="", help="file-name prefix of the sample (e.g. c_)")
    prefix = parser.parse_args(argv).prefix
    first = {r["sample_id"]: r for r in read_jsonl(HERE / f"{prefix}first_annotation.jsonl")}
    second = {r["sample_id"]: r for r in read_jsonl(HERE / f"{prefix}second_annotation.jsonl")}
    missing = sorted(first.keys() ^ second.keys())
    if missing:
        raise SystemExit(f"sample ids present in only one annotation: {missing[:10]} …; annotate them first")
    ids = sorted(first)
    for sid in ids:
        if first[sid]["text"] != second[sid]["text"]:
            raise SystemExit(f"{sid}: text differs between the annotations; redraw or re-annotate")
    a = [first[s] for s in ids]
    b = [second[s] for s in ids]
    labels = load_labels()
    report = build_report(a, b, labels, prefix) + "\n".join(drift_section(a, b, labels)) + "\n"
    (HERE / f"{prefix}report.md").write_text(report, encoding="utf-8")
    with (HERE / f"{prefix}disagreements.jsonl").open("w", encoding="utf-8") as fh:
        for x, y in zip(a, b):
            diff = [f for f in FACETS if set(x[f]) != set(y[f])]
            if diff:
                fh.write(json.dumps({"sample_id": x["sample_id"], "text": x["text"], "file": x["file"],
                                     "facets": diff, "first": {f: x[f] for f in FACETS},
                                     "second": {f: y[f] for f in FACETS}}, ensure_ascii=False) + "\n")
    print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
