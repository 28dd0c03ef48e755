"""Evaluation: per-label precision, recall, F1 and support; macro and micro averages per facet;
confusion between priorities; and grouped cross-validation (the honest numbers).

Macro averages are taken over the labels that occur in the gold data. For a facet with a default
label (``age_group``), a statement annotated with nothing counts as the default, exactly as in
training.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from hyte_nlp.tagging.analysis import AnalysedText, analyse_texts
from hyte_nlp.tagging.codebook import Codebook, Facet
from hyte_nlp.tagging.corpus import Example
from hyte_nlp.tagging.cues import CueHit, CueIndex
from hyte_nlp.tagging.estimators import grouped_folds
from hyte_nlp.tagging.model import fit_model

NONE = "—"  # row/column of the confusion matrix for "no label"


@dataclass(frozen=True, slots=True)
class LabelScores:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass
class FacetReport:
    """Scores of one facet.

    Attributes:
        facet: Facet id.
        labels: Label id -> :class:`LabelScores`.
        macro: Mean precision, recall and F1 over labels present in the gold data.
        micro: Precision, recall and F1 over all label decisions.
        exact: Share of statements whose label set is exactly right.
        confusion: For the confusion table: (gold rows, predicted columns, counts).
    """

    facet: str
    labels: dict[str, LabelScores]
    macro: LabelScores
    micro: LabelScores
    exact: float
    confusion: tuple[list[str], list[str], list[list[int]]] | None = None


@dataclass
class EvaluationReport:
    """Scores of every facet, and how they were obtained."""

    facets: dict[str, FacetReport]
    n_statements: int
    method: str
    extra: dict[str, Any] = field(default_factory=dict)

    def macro_f1(self) -> dict[str, float]:
        return {facet: round(report.macro.f1, 4) for facet, report in self.facets.items()}

    def to_dict(self) -> dict[str, Any]:
        def scores(s: LabelScores) -> dict[str, float | int]:
            return {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4), "support": s.support}

        out: dict[str, Any] = {"method": self.method, "n_statements": self.n_statements, **self.extra, "facets": {}}
        for facet, report in self.facets.items():
            entry: dict[str, Any] = {
                "macro": scores(report.macro),
                "micro": scores(report.micro),
                "exact_match": round(report.exact, 4),
                "labels": {label: scores(s) for label, s in report.labels.items()},
            }
            if report.confusion:
                rows, cols, counts = report.confusion
                entry["confusion"] = {"gold": rows, "predicted": cols, "counts": counts}
            out["facets"][facet] = entry
        return out

    def to_text(self) -> str:
        lines = [f"Evaluation ({self.method}), {self.n_statements} statements"]
        for facet, report in self.facets.items():
            lines.append("")
            lines.append(f"== {facet}")
            lines.append(f"{'label':<24}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>9}")
            for label, s in report.labels.items():
                lines.append(f"{label:<24}{s.precision:>10.3f}{s.recall:>10.3f}{s.f1:>10.3f}{s.support:>9d}")
            for name, s in (("macro avg", report.macro), ("micro avg", report.micro)):
                lines.append(f"{name:<24}{s.precision:>10.3f}{s.recall:>10.3f}{s.f1:>10.3f}{s.support:>9d}")
            lines.append(f"{'exact match':<24}{report.exact:>10.3f}")
            if report.confusion:
                rows, cols, counts = report.confusion
                width = max(len(c) for c in cols + rows) + 2
                lines.append("confusion (rows: gold, columns: predicted)")
                lines.append(" " * width + "".join(f"{c:>{width}}" for c in cols))
                for r, row in zip(rows, counts):
                    lines.append(f"{r:<{width}}" + "".join(f"{v:>{width}d}" for v in row))
        return "\n".join(lines)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _gold_ids(facet: Facet, labels: Mapping[str, Sequence[str]]) -> set[str]:
    ids = set(labels.get(facet.id) or ())
    if not ids and facet.default:
        ids = {facet.default}
    return ids


def score_facet(facet: Facet, gold: Sequence[Mapping[str, Sequence[str]]], pred: Sequence[Mapping[str, Sequence[str]]], *, confusion: bool = False) -> FacetReport:
    """Scores of one facet over statements annotated on it."""
    pairs = [(_gold_ids(facet, g), set(p.get(facet.id) or ())) for g, p in zip(gold, pred) if facet.id in g]
    labels: dict[str, LabelScores] = {}
    total_tp = total_fp = total_fn = 0
    macro: list[tuple[float, float, float]] = []
    for label_id in facet.label_ids:
        tp = sum(1 for g, p in pairs if label_id in g and label_id in p)
        fp = sum(1 for g, p in pairs if label_id not in g and label_id in p)
        fn = sum(1 for g, p in pairs if label_id in g and label_id not in p)
        p_, r_, f_ = _prf(tp, fp, fn)
        labels[label_id] = LabelScores(p_, r_, f_, tp + fn)
        total_tp, total_fp, total_fn = total_tp + tp, total_fp + fp, total_fn + fn
        if tp + fn:
            macro.append((p_, r_, f_))
    support = total_tp + total_fn
    m = np.mean(macro, axis=0) if macro else np.zeros(3)
    micro = _prf(total_tp, total_fp, total_fn)
    exact = float(np.mean([g == p for g, p in pairs])) if pairs else 0.0
    table = None
    if confusion:
        names = list(facet.label_ids) + [NONE]
        counts = [[0] * len(names) for _ in names]
        for g, p in pairs:
            for gi in g or {NONE}:
                for pi in p or {NONE}:
                    counts[names.index(gi)][names.index(pi)] += 1
        table = (names, names, counts)
    return FacetReport(facet.id, labels, LabelScores(*map(float, m), support), LabelScores(*micro, support), exact, table)


def score_predictions(
    codebook: Codebook, gold: Sequence[Mapping[str, Sequence[str]]], pred: Sequence[Mapping[str, Sequence[str]]], method: str
) -> EvaluationReport:
    """Compare predicted label ids with gold ones, facet by facet (confusion for the first facet)."""
    facets = {
        facet.id: score_facet(facet, gold, pred, confusion=(i == 0)) for i, facet in enumerate(codebook.facets)
    }
    return EvaluationReport(facets, len(gold), method)


def predict_labels(tagger: Any, texts: Sequence[AnalysedText], hits: Sequence[Sequence[CueHit]]) -> list[dict[str, list[str]]]:
    """Label ids per facet for analysed texts without context (what a corpus statement has)."""
    X = tagger.model.featurizer.transform(texts, hits)
    scores = tagger.scores(X)
    rows = {facet: matrix.tolist() for facet, matrix in scores.items()}
    out: list[dict[str, list[str]]] = []
    for row in range(len(texts)):
        out.append({facet.id: tagger.decide(facet.id, rows[facet.id][row])[0] for facet in tagger.codebook.facets})
    return out


def evaluate(tagger: Any, examples: Sequence[Example]) -> EvaluationReport:
    """Score a tagger on annotated statements (held-out data, or it measures memory)."""
    analysed = analyse_texts([ex.text for ex in examples])
    hits = tagger.cues.match_many(analysed)
    pred = predict_labels(tagger, analysed, hits)
    return score_predictions(tagger.codebook, [ex.labels for ex in examples], pred, "held-out")


def cross_validate(
    examples: Sequence[Example],
    codebook: Codebook,
    *,
    folds: int = 5,
    seed: int = 0,
    params: Mapping[str, Any] | None = None,
) -> EvaluationReport:
    """Grouped K-fold cross-validation: train on K-1 folds, tag the held-out fold, pool the results.

    Statements sharing a ``source`` group (near-paraphrases) are always in the same fold, so a
    test statement never has its paraphrase in training.
    """
    from hyte_nlp.tagging.tagger import Tagger

    texts = analyse_texts([ex.text for ex in examples])
    cue_index = CueIndex(codebook)
    hits = cue_index.match_many(texts)
    groups = [ex.source for ex in examples]
    pred: list[dict[str, list[str]] | None] = [None] * len(examples)
    splits = grouped_folds(groups, folds, seed)
    for train, test in splits:
        model = fit_model(
            codebook,
            [texts[i] for i in train],
            [hits[i] for i in train],
            [examples[i].labels for i in train],
            [groups[i] for i in train],
            seed=seed,
            params=params,
        )
        tagger = Tagger(model, cues=cue_index)
        fold_pred = predict_labels(tagger, [texts[i] for i in test], [hits[i] for i in test])
        for i, p in zip(test, fold_pred):
            pred[i] = p
    report = score_predictions(codebook, [ex.labels for ex in examples], [p or {} for p in pred], f"grouped {len(splits)}-fold CV, seed {seed}")
    report.extra = {"folds": len(splits), "groups": len(set(groups)), "seed": seed}
    return report


__all__ = ["EvaluationReport", "FacetReport", "LabelScores", "cross_validate", "evaluate", "predict_labels", "score_predictions"]
