"""The per-facet classifier: linear, calibrated, with per-label thresholds, stored as plain arrays.

:class:`FacetClassifier` follows scikit-learn's estimator conventions (``__init__`` only stores
parameters, ``fit`` sets ``*_`` attributes and returns ``self``). Inside, it fits scikit-learn's
``LogisticRegression`` one-vs-rest (joined by a softmax for a single-label facet)
and then keeps only the learned arrays, so saving a model never needs pickle.

Scores are calibrated on out-of-fold decision values from *grouped* cross-validation (statements
that paraphrase each other stay in one fold): Platt scaling per label for multi-label facets,
a temperature for single-label ones. Per-label decision thresholds are chosen on the same
out-of-fold scores. A label with too few training examples is scored from its codebook cues alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.utils.validation import check_is_fitted
from threadpoolctl import threadpool_limits

#: Cue scoring: p = 1 - exp(-CUE_RATE * evidence), so one whole-lemma cue gives 0.70, a compound
#: head 0.62, a modifier part or an unknown word's prefix 0.51. It scores labels without training
#: examples, and is a floor under the learned score of a label whose cues the training data
#: (almost) never shows.
CUE_RATE = 1.2
#: Threshold of a label scored from cues alone.
CUE_THRESHOLD = 0.5
#: In a single-label facet scored from cues alone, the default label's evidence: a head or
#: whole-lemma cue of another label beats it, a lone modifier part does not.
DEFAULT_EVIDENCE = 0.7

_THRESHOLD_GRID = np.round(np.arange(0.15, 0.86, 0.025), 3)


def grouped_folds(groups: Sequence[str], n_folds: int, seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Deterministic grouped K-fold: every group lies in exactly one test fold.

    Groups are shuffled with ``seed``, then placed largest first into the currently smallest fold,
    so folds have similar sizes.

    Returns:
        ``(train_indices, test_indices)`` per fold; fewer folds if there are fewer groups.
    """
    names = sorted(set(groups))
    rng = np.random.default_rng(seed)
    rng.shuffle(names)
    sizes: dict[str, int] = {}
    for g in groups:
        sizes[g] = sizes.get(g, 0) + 1
    k = max(1, min(n_folds, len(names)))
    fold_of: dict[str, int] = {}
    load = [0] * k
    for name in sorted(names, key=lambda g: -sizes[g]):  # stable: shuffled order breaks ties
        fold = int(np.argmin(load))
        fold_of[name] = fold
        load[fold] += sizes[name]
    assignment = np.array([fold_of[g] for g in groups])
    all_idx = np.arange(len(groups))
    return [(all_idx[assignment != f], all_idx[assignment == f]) for f in range(k) if (assignment == f).any()]


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -35.0, 35.0)))


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def _best_threshold(p: np.ndarray, y: np.ndarray) -> float:
    """The threshold maximising F1 on out-of-fold scores; ties go to the one nearest 0.5."""
    best, best_f1 = 0.5, -1.0
    pos = y.sum()
    for t in _THRESHOLD_GRID:
        pred = p >= t
        tp = float((pred & (y == 1)).sum())
        f1 = 2 * tp / (pred.sum() + pos) if (pred.sum() + pos) else 0.0
        if f1 > best_f1 + 1e-9 or (abs(f1 - best_f1) <= 1e-9 and abs(t - 0.5) < abs(best - 0.5)):
            best, best_f1 = float(t), f1
    return best


def _platt(decision: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Platt scaling with Platt's smoothed targets; returns (a, b) for sigmoid(a*d + b).

    Minimised with L-BFGS (as scikit-learn's sigmoid calibration does) plus a tiny L2 penalty,
    so perfectly separated out-of-fold scores give a steep but finite sigmoid.
    """
    from scipy.optimize import minimize

    n_pos, n_neg = float(y.sum()), float(len(y) - y.sum())
    targets = np.where(y == 1, (n_pos + 1) / (n_pos + 2), 1 / (n_neg + 2))

    def loss(params: np.ndarray) -> tuple[float, np.ndarray]:
        a, b = params
        z = a * decision + b
        # log(1 + exp(z)) - t*z, written to stay finite
        value = np.sum(np.logaddexp(0.0, z) - targets * z) + 1e-3 * (a * a + b * b)
        g = _sigmoid(z) - targets
        return float(value), np.array([np.dot(g, decision) + 2e-3 * a, g.sum() + 2e-3 * b])

    start = np.array([1.0, float(np.log((n_pos + 1) / (n_neg + 1)))])
    result = minimize(loss, start, jac=True, method="L-BFGS-B")
    a, b = (float(v) for v in result.x)
    if not (np.isfinite(a) and np.isfinite(b)) or a <= 0:
        return 1.0, 0.0  # degenerate scores: keep the raw logistic
    return a, b


def _macro_f1(pred: np.ndarray, gold: np.ndarray, n: int) -> float:
    scores = []
    for j in range(n):
        tp = np.sum((pred == j) & (gold == j))
        denom = np.sum(pred == j) + np.sum(gold == j)
        scores.append(2 * tp / denom if denom else 0.0)
    return float(np.mean(scores))


def _macro_f1_offsets(logits: np.ndarray, gold: np.ndarray, rounds: int = 2) -> np.ndarray:
    """Per-class logit offsets maximising macro-F1 of the argmax (coordinate ascent on a grid)."""
    n = logits.shape[1]
    offsets = np.zeros(n)
    best = _macro_f1(logits.argmax(axis=1), gold, n)
    grid = np.round(np.arange(-1.0, 1.01, 0.1), 2)
    for _ in range(rounds):
        for k in range(n):
            for value in grid:
                trial = offsets.copy()
                trial[k] = value
                score = _macro_f1((logits + trial).argmax(axis=1), gold, n)
                if score > best + 1e-9:
                    best, offsets = score, trial
    return offsets


class FacetClassifier(ClassifierMixin, BaseEstimator):
    """Linear classifier of one facet over :class:`~hyte_nlp.tagging.features.StatementFeaturizer`
    features.

    Args:
        multi_label: One-vs-rest with per-label thresholds (``True``) or one label per statement.
        C: Inverse regularisation strength of the logistic regressions.
        calibration_folds: Grouped folds for out-of-fold calibration and threshold choice.
        min_positives: A label with fewer training examples is scored from its cues alone.
        cue_columns: Per label, the column of its cue evidence in the feature matrix.
        cue_scale: The featurizer's cue-block multiplier (to read evidence back from a column).
        default_index: Index of the facet's default label (single-label cue-only scoring), or -1.
        random_state: Seed for the fold split and the solver.
    """

    def __init__(
        self,
        *,
        multi_label: bool = True,
        C: float = 4.0,
        calibration_folds: int = 5,
        min_positives: int = 3,
        cue_columns: Sequence[int] = (),
        cue_scale: float = 1.0,
        default_index: int = -1,
        random_state: int = 0,
    ) -> None:
        self.multi_label = multi_label
        self.C = C
        self.calibration_folds = calibration_folds
        self.min_positives = min_positives
        self.cue_columns = cue_columns
        self.cue_scale = cue_scale
        self.default_index = default_index
        self.random_state = random_state

    # ----------------------------------------------------------------------------------- fit
    def fit(self, X: sparse.spmatrix, Y: np.ndarray, groups: Sequence[str] | None = None) -> FacetClassifier:
        """Fit on features ``X`` (n, F) and a label indicator matrix ``Y`` (n, L).

        Args:
            X: Feature matrix.
            Y: 0/1 indicators; for a single-label facet exactly one 1 per row (rows without one
               are ignored).
            groups: Group of each row (near-paraphrases share one); ``None``: every row its own.
        """
        Y = np.asarray(Y, dtype=np.int8)
        if Y.ndim != 2 or Y.shape[0] != X.shape[0]:
            raise ValueError(f"Y must have shape (n_samples, n_labels) = ({X.shape[0]}, L), got {Y.shape}")
        if len(self.cue_columns) != Y.shape[1]:
            raise ValueError(f"cue_columns has {len(self.cue_columns)} entries for {Y.shape[1]} labels")
        # float64: lbfgs converges faster on it than on the featurizer's float32
        X = sparse.csr_matrix(X, dtype=np.float64)
        groups = [str(i) for i in range(X.shape[0])] if groups is None else list(groups)
        n_labels = Y.shape[1]
        self.n_features_in_ = X.shape[1]
        self.classes_ = np.arange(n_labels)
        self.coef_ = np.zeros((n_labels, X.shape[1]), dtype=np.float32)
        self.intercept_ = np.zeros(n_labels, dtype=np.float32)
        self.calibration_ = np.tile(np.array([1.0, 0.0], dtype=np.float32), (n_labels, 1))
        # multi-label: decision thresholds on the calibrated scores; single-label: logit offsets
        self.thresholds_ = np.full(n_labels, CUE_THRESHOLD if self.multi_label else 0.0, dtype=np.float32)
        self.temperature_ = np.float32(1.0)
        self.support_ = Y.sum(axis=0).astype(np.int32)
        self.learned_ = np.zeros(n_labels, dtype=bool)
        self.cue_floor_ = np.full(n_labels, self.multi_label, dtype=bool)
        folds = grouped_folds(groups, self.calibration_folds, self.random_state)
        # The problems are small: BLAS threads only fight each other (measured on 2 cores: an
        # lbfgs fit of statement types took 12 s with default threads, 2.5 s with one).
        with threadpool_limits(limits=1):
            if self.multi_label:
                self._fit_multi(X, Y, folds)
            else:
                self._fit_single(X, Y, groups, folds)
        return self

    def _logreg(self) -> LogisticRegression:
        return LogisticRegression(
            C=self.C, class_weight="balanced", solver="liblinear", max_iter=1000, random_state=self.random_state
        )

    def _fit_multi(self, X: sparse.csr_matrix, Y: np.ndarray, folds: list[tuple[np.ndarray, np.ndarray]]) -> None:
        n = X.shape[0]
        cue_p = 1.0 - np.exp(-CUE_RATE * self.cue_evidence(X))
        for j in range(Y.shape[1]):
            y = Y[:, j]
            n_pos = int(y.sum())
            if n_pos < self.min_positives or n_pos == n:
                continue
            model = self._logreg().fit(X, y)
            self.coef_[j] = model.coef_[0]
            self.intercept_[j] = model.intercept_[0]
            self.learned_[j] = True
            oof = np.zeros(n)
            for train, test in folds:
                if len(set(y[train])) < 2:
                    oof[test] = X[test] @ model.coef_[0] + model.intercept_[0]
                    continue
                inner = self._logreg().fit(X[train], y[train])
                oof[test] = inner.decision_function(X[test])
            a, b = _platt(oof, y)
            self.calibration_[j] = (a, b)
            # Training data that (almost) never shows the label's cues cannot teach what they are
            # worth: then a cue in the text is a floor under the learned score.
            self.cue_floor_[j] = int(((cue_p[:, j] > 0) & (y == 1)).sum()) < self.min_positives
            p = _sigmoid(a * oof + b)
            if self.cue_floor_[j]:
                p = np.maximum(p, cue_p[:, j])
            self.thresholds_[j] = _best_threshold(p, y)

    def _fit_single(
        self, X: sparse.csr_matrix, Y: np.ndarray, groups: list[str], folds: list[tuple[np.ndarray, np.ndarray]]
    ) -> None:
        has = Y.sum(axis=1) == 1
        rows = np.flatnonzero(has)
        target = Y[rows].argmax(axis=1)
        present = [j for j in range(Y.shape[1]) if (target == j).sum() >= self.min_positives]
        if len(present) < 2:
            return
        keep = np.isin(target, present)
        rows, target = rows[keep], target[keep]
        Xs = X[rows]
        # one-vs-rest liblinear per class, joined by a softmax with a fitted temperature: as
        # accurate here as a multinomial fit and ten times faster (lbfgs on 70k weights)
        for j in present:
            model = self._logreg().fit(Xs, (target == j).astype(np.int8))
            self.coef_[j] = model.coef_[0]
            self.intercept_[j] = model.intercept_[0]
            self.learned_[j] = True
        sub_folds = grouped_folds([groups[i] for i in rows], self.calibration_folds, self.random_state)
        logits = np.zeros((len(rows), len(present)))
        for train, test in sub_folds:
            for k, j in enumerate(present):
                y = (target[train] == j).astype(np.int8)
                if len(set(y)) < 2:
                    logits[test, k] = Xs[test] @ self.coef_[j] + self.intercept_[j]
                    continue
                logits[test, k] = self._logreg().fit(Xs[train], y).decision_function(Xs[test])
        y_idx = np.searchsorted(np.array(present), target)
        best_t, best_loss = 1.0, np.inf
        for t in np.arange(0.2, 3.01, 0.05):
            p = _softmax(logits / t)
            loss = -np.mean(np.log(np.maximum(p[np.arange(len(y_idx)), y_idx], 1e-12)))
            if loss < best_loss - 1e-12:
                best_t, best_loss = float(t), loss
        self.temperature_ = np.float32(best_t)
        # per-class offsets on the tempered logits, chosen for macro-F1 on the out-of-fold
        # logits: the single-label counterpart of per-label thresholds
        offsets = _macro_f1_offsets(logits / best_t, y_idx)
        for k, j in enumerate(present):
            self.thresholds_[j] = offsets[k]

    # ------------------------------------------------------------------------------- predict
    def cue_evidence(self, X: sparse.spmatrix) -> np.ndarray:
        """Per label, the cue evidence read back from the cue block (n, L)."""
        cols = np.asarray(self.cue_columns, dtype=np.int64)
        return X[:, cols].toarray().astype(np.float64) / self.cue_scale

    def predict_proba(self, X: sparse.spmatrix) -> np.ndarray:
        """Calibrated score of every label, shape (n, L). Single-label rows sum to 1."""
        check_is_fitted(self, "coef_")
        X = sparse.csr_matrix(X)
        evidence = self.cue_evidence(X)
        cue_p = 1.0 - np.exp(-CUE_RATE * evidence)
        learned = self.learned_
        decision = np.asarray(X @ self.coef_.T, dtype=np.float64) + self.intercept_
        if self.multi_label:
            a, b = self.calibration_[:, 0], self.calibration_[:, 1]
            p = _sigmoid(a * decision + b)
            p = np.where(self.cue_floor_, np.maximum(p, cue_p), p)
            return np.where(learned, p, cue_p)
        if not learned.any():
            ev = evidence.copy()
            if self.default_index >= 0:
                ev[:, self.default_index] = np.maximum(ev[:, self.default_index], DEFAULT_EVIDENCE)
            return _softmax(3.0 * ev)
        logits = np.where(learned, decision / float(self.temperature_) + self.thresholds_, -np.inf)
        p = _softmax(logits)
        if learned.all():
            return p
        # labels nobody trained: their cue score competes with the learned distribution
        extra = np.where(learned, 0.0, cue_p)
        p = p * (1.0 - extra.max(axis=1, keepdims=True)) + extra
        return p / p.sum(axis=1, keepdims=True)

    def predict(self, X: sparse.spmatrix) -> np.ndarray:
        """0/1 label indicators (n, L): thresholds for multi-label, argmax for single-label."""
        p = self.predict_proba(X)
        if self.multi_label:
            return (p >= self.thresholds_).astype(np.int8)
        out = np.zeros_like(p, dtype=np.int8)
        out[np.arange(len(p)), p.argmax(axis=1)] = 1
        return out

    # --------------------------------------------------------------------------- persistence
    _ARRAYS = ("coef_", "intercept_", "calibration_", "thresholds_", "support_", "learned_", "cue_floor_")

    def to_arrays(self) -> dict[str, np.ndarray]:
        """The fitted state as plain numpy arrays (what a model file stores)."""
        check_is_fitted(self, "coef_")
        arrays = {name: np.asarray(getattr(self, name)) for name in self._ARRAYS}
        arrays["temperature_"] = np.asarray([self.temperature_], dtype=np.float32)
        return arrays

    @classmethod
    def from_arrays(cls, params: dict[str, Any], arrays: dict[str, np.ndarray]) -> FacetClassifier:
        """Rebuild a fitted classifier from :meth:`get_params` and :meth:`to_arrays` output."""
        model = cls(**params)
        for name in cls._ARRAYS:
            setattr(model, name, arrays[name])
        model.temperature_ = np.float32(arrays["temperature_"][0])
        model.classes_ = np.arange(len(model.intercept_))
        model.n_features_in_ = model.coef_.shape[1]
        return model


__all__ = ["CUE_RATE", "CUE_THRESHOLD", "FacetClassifier", "grouped_folds"]
