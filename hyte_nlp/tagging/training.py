"""Training a tagging model from annotated statements (JSONL files and corrected review sheets)."""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from hyte_nlp.tagging.analysis import analyse_texts
from hyte_nlp.tagging.codebook import Codebook, load_codebook
from hyte_nlp.tagging.corpus import Example, corpus_files, corpus_sha256, load_corpus
from hyte_nlp.tagging.cues import CueIndex
from hyte_nlp.tagging.model import TaggingModel, fit_model, label_matrix


def train_examples(
    examples: list[Example],
    codebook: Codebook,
    *,
    seed: int = 0,
    params: Mapping[str, Any] | None = None,
    cv_folds: int = 0,
    sources: Iterable[str] = (),
) -> TaggingModel:
    """Fit a model on annotated examples and record its provenance in ``model.meta``.

    Args:
        examples: Annotated statements.
        codebook: The codebook their labels come from.
        seed: The same seed (and data) gives the same model, byte for byte.
        params: Overrides of :data:`hyte_nlp.tagging.model.DEFAULT_PARAMS`.
        cv_folds: If > 1, also run grouped cross-validation and store its metrics in the meta.
        sources: Training file names to record.
    """
    from hyte_nlp.tagging.evaluation import cross_validate

    started = time.perf_counter()
    texts = analyse_texts([ex.text for ex in examples])
    hits = CueIndex(codebook).match_many(texts)
    model = fit_model(
        codebook, texts, hits, [ex.labels for ex in examples], [ex.source for ex in examples], seed=seed, params=params
    )
    label_counts = {
        facet.id: dict(
            zip(facet.label_ids, label_matrix(facet, [ex.labels for ex in examples if facet.id in ex.labels]).sum(axis=0).tolist())
        )
        for facet in codebook.facets
    }
    model.meta.update(
        {
            "corpus": {
                "sha256": corpus_sha256(examples),
                "n_statements": len(examples),
                "n_groups": len({ex.source for ex in examples}),
                "files": sorted(set(sources)),
                "label_counts": label_counts,
            },
            "training_seconds": round(time.perf_counter() - started, 2),
        }
    )
    if cv_folds > 1:
        report = cross_validate(examples, codebook, folds=cv_folds, seed=seed, params=params)
        model.meta["metrics"] = report.to_dict()
    return model


def train(
    corpus: str | Path | Iterable[str | Path],
    *,
    codebook: str | Path | Codebook | None = None,
    seed: int = 0,
    params: Mapping[str, Any] | None = None,
    cv_folds: int = 0,
) -> TaggingModel:
    """Train a model from JSONL files, corrected review sheets (.xlsx), or folders of them.

    Args:
        corpus: A file or folder, or several.
        codebook: The codebook (file or loaded); ``None`` for the default codebook.
        seed: Seed of fold splits and solvers.
        params: Hyperparameter overrides.
        cv_folds: Also cross-validate with this many grouped folds and store the metrics.

    Returns:
        The fitted model; save it with :func:`hyte_nlp.tagging.persistence.save_model`.

    Raises:
        CorpusError: unreadable files or labels the codebook lacks.
    """
    book = codebook if isinstance(codebook, Codebook) else load_codebook(codebook)
    paths = [corpus] if isinstance(corpus, (str, Path)) else list(corpus)
    files = corpus_files(paths)
    examples = load_corpus(files, book)
    return train_examples(examples, book, seed=seed, params=params, cv_folds=cv_folds, sources=[str(f) for f in files])


__all__ = ["train", "train_examples"]
