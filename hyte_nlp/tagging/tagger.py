"""The tagger: statements (or plain texts) -> one :class:`~hyte_nlp.tagging.tag.Tag` each.

Per batch: analyse the texts once (:func:`hyte_nlp.nlp.analyze_many`), find codebook cues, build
the feature matrix, score every facet with its calibrated linear classifier, then decide:

1. a multi-label facet keeps the labels whose score reaches the label's threshold, best first, at
   most ``max_labels``; a single-label facet keeps its best label;
2. labels named by the statement's headings or table headers are added (a single-label facet
   chooses among them) and scored at least :data:`CONTEXT_SCORE`; beside them, other labels of
   the facet need a score of :data:`CONTEXT_OTHERS_SCORE`;
3. a facet with a default label (``age_group`` -> ``yhteiset``) falls back to it when nothing
   else is chosen, and drops it when a specific label is.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from hyte_nlp.minutes import Statement
from hyte_nlp.tagging.analysis import analyse_texts
from hyte_nlp.tagging.codebook import Codebook, load_codebook
from hyte_nlp.tagging.context import ContextMatch, ContextMatcher
from hyte_nlp.tagging.cues import CueHit, CueIndex
from hyte_nlp.tagging.model import TaggingModel, cue_only_model
from hyte_nlp.tagging.tag import Evidence, Label, Tag

#: Minimum score of a label that the statement's heading or table header names.
CONTEXT_SCORE = 0.95
#: When headers name labels of a facet, another label of that facet must score this much: a cell
#: in the *Ikääntyneet* column is about older people even if it mentions a club (*kerho*).
CONTEXT_OTHERS_SCORE = 0.8
#: Evidence items listed per label by :meth:`Tag.explain`.
MAX_EVIDENCE = 6

_FEATURE_KINDS = {
    "l": "lemma",
    "f": "first word",
    "p": "part",
    "h": "head",
    "b": "bigram",
    "w": "word pair",
    "v": "verb",
    "s": "ending",
    "e": "ending",
    "n": "length",
}


class Tagger:
    """Tags statements by every facet of a codebook.

    Build one with :func:`load_tagger`. A tagger is reusable and keeps per-word caches, so tag
    many statements with one tagger (in batches as large as you like).

    Args:
        model: A fitted :class:`~hyte_nlp.tagging.model.TaggingModel`.
        cues: A prebuilt cue index of the model's codebook (shared between taggers in
            cross-validation); built here when omitted.
    """

    def __init__(self, model: TaggingModel, *, cues: CueIndex | None = None) -> None:
        self.model = model
        self.codebook: Codebook = model.codebook
        self.cues = cues if cues is not None else CueIndex(self.codebook)
        self._context: ContextMatcher | None = None
        self._names = {f.id: {lab.id: lab.name_fi for lab in f.labels} for f in self.codebook.facets}
        # per facet: the facet, its label ids, thresholds as floats, label id -> position
        self._facet_info = {
            f.id: (f, f.label_ids, model.classifiers[f.id].thresholds_.tolist(), {lab: j for j, lab in enumerate(f.label_ids)})
            for f in self.codebook.facets
        }
        self._feature_names: list[str] | None = None
        #: Seconds spent per stage in the last :meth:`tag` call (for benchmarks/tag_speed.py).
        self.last_timings: dict[str, float] = {}

    @property
    def context(self) -> ContextMatcher:
        """The matcher of headings and table headers (built on first use)."""
        if self._context is None:
            self._context = ContextMatcher(self.codebook)
        return self._context

    @property
    def meta(self) -> dict[str, Any]:
        """The model's provenance (versions, hashes, metrics)."""
        return self.model.meta

    # ------------------------------------------------------------------------------- scoring
    def scores(self, X: sparse.csr_matrix) -> dict[str, np.ndarray]:
        """Per facet, the calibrated scores (n, labels) of a feature matrix."""
        return {facet: clf.predict_proba(X) for facet, clf in self.model.classifiers.items()}

    # ------------------------------------------------------------------------------- tagging
    def tag(self, items: Iterable[Statement | str]) -> list[Tag]:
        """Tag statements or plain texts.

        Args:
            items: :class:`~hyte_nlp.minutes.Statement` objects (their headings and table
                headers are used as context) or plain strings.

        Returns:
            One :class:`Tag` per item, in order.

        Raises:
            TypeError: an item is neither a Statement nor a str.
        """
        statements: list[Statement] = []
        for i, item in enumerate(items):
            if isinstance(item, Statement):
                statements.append(item)
            elif isinstance(item, str):
                statements.append(Statement(id=f"text:{i}", text=item, kind="paragraph", index=i))
            else:
                raise TypeError(f"item {i} is {type(item).__name__}; expected a Statement or a str")
        if not statements:
            return []
        clock = [time.perf_counter()]
        analysed = analyse_texts([s.text for s in statements])
        clock.append(time.perf_counter())
        hits = self.cues.match_many(analysed)
        clock.append(time.perf_counter())
        X = self.model.featurizer.transform(analysed, hits)
        clock.append(time.perf_counter())
        scores = self.scores(X)
        clock.append(time.perf_counter())
        contexts = self.context.match_many(statements)
        clock.append(time.perf_counter())
        explainer = _Explainer(self, X, hits, contexts)
        facets = self.codebook.facets
        rows_by_facet = {facet.id: scores[facet.id].tolist() for facet in facets}  # floats, once
        tags: list[Tag] = []
        for row, (statement, text) in enumerate(zip(statements, analysed)):
            labels: dict[str, list[Label]] = {}
            facet_scores: dict[str, dict[str, float]] = {}
            decided: dict[str, tuple[list[str], set[str], bool]] = {}
            framed = contexts[row]
            for facet in facets:
                p = rows_by_facet[facet.id][row]
                named = {m.label for m in framed if m.facet == facet.id} if framed else set()
                if named and not facet.multi_label:
                    # the statement's kind outranks its headers ("Sovitut toimenpiteet" names
                    # both toimenpide and sopimus; the reader's kind="action" settles it)
                    by_kind = {m.label for m in framed if m.facet == facet.id and m.where == "kind"}
                    named = by_kind or named
                chosen, fell_back = self.decide(facet.id, p, named)
                score_map = dict(zip(self._facet_info[facet.id][1], p))
                for label_id in named:
                    score_map[label_id] = max(score_map[label_id], CONTEXT_SCORE)
                names = self._names[facet.id]
                labels[facet.id] = [Label(label_id, names[label_id], score_map[label_id]) for label_id in chosen]
                facet_scores[facet.id] = score_map
                decided[facet.id] = (chosen, named, fell_back)
            tags.append(
                Tag(
                    statement=statement,
                    lemmas=text.lemmas,
                    labels=labels,
                    scores=facet_scores,
                    _explain=partial(explainer.explain, row, decided),
                )
            )
        clock.append(time.perf_counter())
        stages = ("analysis", "cues", "features", "classifiers", "context", "decisions")
        self.last_timings = {name: b - a for name, a, b in zip(stages, clock, clock[1:])}
        return tags

    def decide(self, facet_id: str, p: Sequence[float], named: set[str] | frozenset[str] = frozenset()) -> tuple[list[str], bool]:
        """Chosen label ids (best first) and whether the default was a fallback.

        Args:
            facet_id: The facet.
            p: Every label's score, in codebook order.
            named: Labels the statement's headers name.
        """
        facet, ids, thresholds, index = self._facet_info[facet_id]
        if not facet.multi_label:
            pool = [index[label_id] for label_id in named] if named else range(len(ids))
            return [ids[max(pool, key=lambda j: (p[j], -j))]], False
        # beside labels the headers name, another label needs strong evidence of its own
        floor = CONTEXT_OTHERS_SCORE if named else 0.0
        picked = sorted((j for j in range(len(ids)) if p[j] >= thresholds[j] and p[j] >= floor), key=lambda j: -p[j])
        # labels the headers name come first: the grid is the county's own classification
        first = sorted(named, key=lambda label_id: -p[index[label_id]])
        chosen = first + [ids[j] for j in picked if ids[j] not in named]
        if facet.default and facet.default not in named:
            specific = [c for c in chosen if c != facet.default]
            if specific:
                chosen = specific
        if facet.max_labels:
            chosen = chosen[: max(facet.max_labels, len(named))]
        fell_back = False
        if not chosen and facet.default:
            chosen, fell_back = [facet.default], True
        return chosen, fell_back

    # --------------------------------------------------------------------------------- misc
    def feature_names(self) -> list[str]:
        if self._feature_names is None:
            self._feature_names = self.model.featurizer.feature_names
        return self._feature_names


class _Explainer:
    """Computes :meth:`Tag.explain` on demand from the batch's feature matrix and cue hits."""

    def __init__(self, tagger: Tagger, X: sparse.csr_matrix, hits: list[list[CueHit]], contexts: list[list[ContextMatch]]) -> None:
        self.tagger = tagger
        self.X = X
        self.hits = hits
        self.contexts = contexts

    def explain(self, row: int, decided: dict[str, tuple[list[str], set[str], bool]], facet_id: str) -> dict[str, list[Evidence]]:
        tagger = self.tagger
        facet = tagger.codebook.facet(facet_id)
        clf = tagger.model.classifiers[facet_id]
        chosen, _named, fell_back = decided[facet_id]
        names = tagger.feature_names()
        n_text = len(tagger.model.featurizer.vocabulary_)
        start, end = self.X.indptr[row], self.X.indptr[row + 1]
        cols, values = self.X.indices[start:end], self.X.data[start:end]
        out: dict[str, list[Evidence]] = {}
        for label_id in chosen:
            j = facet.label_ids.index(label_id)
            evidence: list[Evidence] = [
                Evidence("context", m.header, f"statement kind '{m.header}' names it" if m.where == "kind" else f"{m.where} header names it ('{m.cue}')")
                for m in self.contexts[row]
                if m.facet == facet_id and m.label == label_id
            ]
            if fell_back and label_id == facet.default:
                evidence.append(Evidence("default", label_id, "no other label was chosen"))
            label_hits = [h for h in self.hits[row] if h.facet == facet_id and h.label == label_id]
            weighted: list[Evidence] = []
            if clf.learned_[j]:
                contrib = clf.coef_[j, cols] * values
                for col, weight in zip(cols, contrib):
                    if weight <= 0:
                        continue
                    if col >= n_text:
                        _, cue_facet, cue_label = names[col].split(":", 2)
                        own = cue_facet == facet_id and cue_label == label_id
                        col_hits = label_hits if own else [
                            h for h in self.hits[row] if h.facet == cue_facet and h.label == cue_label
                        ]
                        total = sum(h.weight for h in col_hits) or 1.0
                        suffix = "" if own else f", a cue of {cue_facet} '{cue_label}'"
                        weighted.extend(
                            Evidence("cue", h.word, _hit_detail(h) + suffix, float(weight) * h.weight / total) for h in col_hits
                        )
                        continue
                    kind, _, value = names[col].partition(":")
                    weighted.append(Evidence(_FEATURE_KINDS.get(kind, kind), value.replace("_", " ") if kind == "b" else value, "", float(weight)))
            else:
                weighted.extend(Evidence("cue", h.word, _hit_detail(h), h.weight) for h in label_hits)
            weighted.sort(key=lambda e: -e.weight)
            out[label_id] = evidence + weighted[:MAX_EVIDENCE]
        return out


def _hit_detail(hit: CueHit) -> str:
    if hit.kind in ("lemma", "phrase"):
        return f"cue '{hit.cue}'"
    if hit.kind == "head":
        return f"cue '{hit.cue}' as the head of a compound"
    if hit.kind == "part":
        return f"cue '{hit.cue}' as part of a compound"
    return f"unknown word beginning with cue '{hit.cue}'"


def default_model_path() -> Path | None:
    """The shipped model (``models/default`` beside the package, or inside it), if present."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[1] / "data" / "models" / "default", here.parents[2] / "models" / "default"):
        if (candidate / "meta.json").is_file():
            return candidate
    return None


def load_tagger(model: str | Path | None = None, codebook: str | Path | Codebook | None = None) -> Tagger:
    """Load a tagger.

    Args:
        model: A model directory written by ``hyte-nlp train``; ``None`` for the shipped default
            model. Pass ``"cues"`` to score from the codebook's cues alone (no trained model).
        codebook: A codebook file (or loaded :class:`Codebook`); ``None`` for the model's own.
            With a codebook other than the model's, ``model=None`` gives a cue-only tagger, and an
            explicit model is refused.

    Returns:
        A ready :class:`Tagger`.

    Raises:
        ModelError: the model directory is missing, tampered with, or made for another codebook
            or an incompatible library version.
        CodebookError: the codebook file is invalid.
    """
    from hyte_nlp.tagging.persistence import load_model

    book = codebook if isinstance(codebook, Codebook) else (load_codebook(codebook) if codebook is not None else None)
    if model == "cues":
        return Tagger(cue_only_model(book or load_codebook()))
    if model is None:
        path = default_model_path()
        default_book = load_codebook()
        if book is not None and book.sha256 != default_book.sha256:
            # a user's own codebook: start from its cues alone until a model is trained for it
            return Tagger(cue_only_model(book))
        if path is None:
            warnings.warn(
                "hyte_nlp: the shipped model (models/default) was not found; tagging from the "
                "codebook's cues alone. Pass model=DIR or train one with `hyte-nlp train`.",
                stacklevel=2,
            )
            return Tagger(cue_only_model(default_book))
        return Tagger(load_model(path, book))
    return Tagger(load_model(Path(model), book))


__all__ = ["CONTEXT_SCORE", "Tagger", "default_model_path", "load_tagger"]
