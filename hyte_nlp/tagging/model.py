"""A fitted tagging model: codebook, featurizer vocabulary and one classifier per facet.

:func:`fit_model` trains one from analysed statements; :func:`cue_only_model` makes one from a
codebook alone (every label scored from its cues), which is what a county gets before it has
labelled any statements.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy import sparse

from hyte_nlp.tagging.analysis import AnalysedText
from hyte_nlp.tagging.codebook import Codebook, Facet
from hyte_nlp.tagging.cues import CueHit
from hyte_nlp.tagging.estimators import FacetClassifier
from hyte_nlp.tagging.features import StatementFeaturizer

#: Hyperparameters used unless the caller overrides them; recorded in meta.json. C=10 was chosen by
#: grouped 5-fold CV on the default corpus (C=1: macro-F1 lower on every facet; C=30: no better).
DEFAULT_PARAMS: dict[str, Any] = {
    "C": 10.0,
    "calibration_folds": 5,
    "min_positives": 3,
    "min_df": 1,
    "cue_scale": 1.0,
    # feature kinds that only the single-label facet (statement type) uses: verb forms and
    # endings, the first word and grammar features say how something is said, not what it is about
    "form_features": ["v:", "s:", "e:", "f:", "w:", "g:"],
}


@dataclass
class TaggingModel:
    """Everything :class:`~hyte_nlp.tagging.tagger.Tagger` needs besides the language layer.

    Attributes:
        codebook: The codebook the model was made for.
        featurizer: Turns analysed statements into features.
        classifiers: Facet id -> fitted :class:`FacetClassifier`.
        meta: Provenance (versions, hashes, metrics, parameters), saved as meta.json.
    """

    codebook: Codebook
    featurizer: StatementFeaturizer
    classifiers: dict[str, FacetClassifier]
    meta: dict[str, Any] = field(default_factory=dict)


def _classifier_params(codebook: Codebook, facet: Facet, featurizer: StatementFeaturizer, params: Mapping[str, Any], seed: int) -> dict[str, Any]:
    names = featurizer.feature_names
    offset = len(featurizer.vocabulary_)
    cue_names = names[offset:]
    columns = [offset + cue_names.index(f"c:{facet.id}:{label.id}") for label in facet.labels]
    default_index = facet.label_ids.index(facet.default) if facet.default else -1
    return {
        "multi_label": facet.multi_label,
        "C": float(params["C"]),
        "calibration_folds": int(params["calibration_folds"]),
        "min_positives": int(params["min_positives"]),
        "cue_columns": columns,
        "cue_scale": float(params["cue_scale"]),
        "default_index": default_index,
        "random_state": seed,
    }


def label_matrix(facet: Facet, annotations: Sequence[Mapping[str, Sequence[str]]]) -> np.ndarray:
    """0/1 indicators (n, labels of ``facet``) from per-statement annotations.

    A statement whose annotation of a facet is missing or empty, in a facet with a default label,
    counts as the default (``age_group`` -> ``yhteiset``).
    """
    index = {label_id: j for j, label_id in enumerate(facet.label_ids)}
    Y = np.zeros((len(annotations), len(index)), dtype=np.int8)
    for i, annotation in enumerate(annotations):
        ids = list(annotation.get(facet.id) or ())
        if not ids and facet.default:
            ids = [facet.default]
        for label_id in ids:
            Y[i, index[label_id]] = 1
    return Y


def fit_model(
    codebook: Codebook,
    texts: Sequence[AnalysedText],
    hits: Sequence[Sequence[CueHit]],
    annotations: Sequence[Mapping[str, Sequence[str]]],
    groups: Sequence[str],
    *,
    seed: int = 0,
    params: Mapping[str, Any] | None = None,
) -> TaggingModel:
    """Fit the featurizer and one classifier per facet.

    Args:
        codebook: The codebook; annotations use its label ids.
        texts: Analysed training statements.
        hits: Their cue hits (:meth:`CueIndex.match_many`).
        annotations: Per statement, facet id -> label ids.
        groups: Per statement, its paraphrase group (kept within one calibration fold).
        seed: Seed for fold splits and solvers; the same seed gives the same model.
        params: Overrides of :data:`DEFAULT_PARAMS`.
    """
    merged = {**DEFAULT_PARAMS, **(params or {})}
    featurizer = StatementFeaturizer(codebook, min_df=int(merged["min_df"]), cue_scale=float(merged["cue_scale"]))
    featurizer.fit(texts)
    X = featurizer.transform(texts, hits)
    form = tuple(merged["form_features"])
    topic_mask = np.array([not name.startswith(form) for name in featurizer.feature_names], dtype=np.float64)
    X_topic = X @ sparse.diags(topic_mask, format="csr")
    classifiers = {}
    for facet in codebook.facets:
        # a statement not annotated on this facet (e.g. a half-corrected review row) is left out
        rows = [i for i, annotation in enumerate(annotations) if facet.id in annotation]
        clf = FacetClassifier(**_classifier_params(codebook, facet, featurizer, merged, seed))
        X_facet = X if not facet.multi_label else X_topic
        classifiers[facet.id] = clf.fit(
            X_facet[rows], label_matrix(facet, [annotations[i] for i in rows]), [groups[i] for i in rows]
        )
    return TaggingModel(codebook, featurizer, classifiers, {"params": merged, "seed": seed})


def cue_only_model(codebook: Codebook) -> TaggingModel:
    """A model that scores every label from the codebook's cues alone (no training data)."""
    featurizer = StatementFeaturizer(codebook, cue_scale=float(DEFAULT_PARAMS["cue_scale"]))
    featurizer.set_vocabulary([])
    classifiers = {}
    for facet in codebook.facets:
        params = _classifier_params(codebook, facet, featurizer, DEFAULT_PARAMS, 0)
        clf = FacetClassifier(**params)
        X = sparse.csr_matrix((0, featurizer.n_features), dtype=np.float32)
        classifiers[facet.id] = clf.fit(X, np.zeros((0, len(facet.labels)), dtype=np.int8))
    return TaggingModel(codebook, featurizer, classifiers, {"params": dict(DEFAULT_PARAMS), "cue_only": True})


__all__ = ["DEFAULT_PARAMS", "TaggingModel", "cue_only_model", "fit_model", "label_matrix"]
