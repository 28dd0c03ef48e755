"""Saving and loading tagging models as plain arrays and JSON: nothing is ever unpickled.

A model directory holds

``meta.json``          provenance: versions, codebook id and hash, corpus hash, parameters, metrics;
``codebook.json``      the codebook the model was trained for (so the model is self-contained);
``vocabulary.json``    the text-feature names, in column order;
``facet_<id>.npz``     per facet, the classifier's arrays (read with ``allow_pickle=False``);
``classifiers.json``   per facet, the classifier's parameters;
``manifest.json``      SHA-256 of every other file.

Loading checks the manifest first (a changed, missing or extra file is refused), then the format
and library versions, then the codebook. Every refusal is a :class:`~hyte_nlp.errors.ModelError`
saying what is wrong and what to do.
"""

from __future__ import annotations

import hashlib
import json
import platform
from pathlib import Path
from typing import Any

import numpy as np

from hyte_nlp.about import __version__
from hyte_nlp.errors import CodebookError, ModelError
from hyte_nlp.tagging.codebook import Codebook, codebook_from_dict
from hyte_nlp.tagging.estimators import FacetClassifier
from hyte_nlp.tagging.features import StatementFeaturizer
from hyte_nlp.tagging.model import TaggingModel

#: Version of the directory layout; bump when files or array names change incompatibly.
MODEL_FORMAT = 1
MANIFEST = "manifest.json"

_ARRAY_NAMES = frozenset(
    {"coef_", "intercept_", "calibration_", "thresholds_", "support_", "learned_", "cue_floor_", "temperature_"}
)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _major_minor(version: str) -> tuple[str, ...]:
    return tuple(version.split(".")[:2])


def save_model(model: TaggingModel, directory: str | Path) -> Path:
    """Write ``model`` to ``directory`` (created if needed; existing model files are replaced).

    Returns:
        The directory.
    """
    import scipy
    import sklearn

    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("facet_*.npz"):
        old.unlink()
    codebook = model.codebook
    _write_json(out / "codebook.json", codebook.to_dict())
    _write_json(out / "vocabulary.json", model.featurizer.vocabulary_)
    params: dict[str, Any] = {}
    for facet_id, clf in model.classifiers.items():
        np.savez_compressed(out / f"facet_{facet_id}.npz", **clf.to_arrays())
        p = clf.get_params()
        p["cue_columns"] = [int(c) for c in p["cue_columns"]]
        params[facet_id] = p
    _write_json(out / "classifiers.json", params)
    meta = {
        **model.meta,
        "format": MODEL_FORMAT,
        "versions": {
            "hyte_nlp": __version__,
            "scikit_learn": sklearn.__version__,
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "python": platform.python_version(),
        },
        "codebook": {"id": codebook.id, "version": codebook.version, "sha256": codebook.sha256},
        "featurizer": {"min_df": model.featurizer.min_df, "cue_scale": model.featurizer.cue_scale},
        "n_features": model.featurizer.n_features,
    }
    _write_json(out / "meta.json", meta)
    files = sorted(p.name for p in out.iterdir() if p.is_file() and p.name != MANIFEST and not p.name.startswith("."))
    _write_json(out / MANIFEST, {"algorithm": "sha256", "files": {name: _sha256(out / name) for name in files}})
    model.meta = meta
    return out


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ModelError(f"{path}: cannot read model file ({err}). Retrain the model or restore the file.") from err


def verify_manifest(directory: Path) -> None:
    """Check every model file against ``manifest.json``.

    Raises:
        ModelError: the manifest is missing, or a file is missing, added or changed.
    """
    manifest_path = directory / MANIFEST
    if not manifest_path.is_file():
        raise ModelError(
            f"{directory}: no {MANIFEST}; this is not a hyte_nlp model directory (or it is incomplete). "
            "Train one with `hyte-nlp train CORPUS -o DIR`."
        )
    manifest = _read_json(manifest_path)
    listed = manifest.get("files") if isinstance(manifest, dict) else None
    if not isinstance(listed, dict) or not listed:
        raise ModelError(f"{manifest_path}: malformed manifest. Retrain the model.")
    for name, expected in listed.items():
        path = directory / name
        if Path(name).name != name or not path.is_file():
            raise ModelError(f"{directory}: model file {name!r} listed in the manifest is missing. Restore it or retrain.")
        if _sha256(path) != expected:
            raise ModelError(
                f"{path}: SHA-256 does not match the manifest: the file was changed after training. "
                "Refusing to load it; restore the original model or retrain."
            )
    present = {p.name for p in directory.iterdir() if p.is_file() and (p.suffix in (".npz", ".json")) and p.name != MANIFEST}
    extra = sorted(present - set(listed))
    if extra:
        raise ModelError(f"{directory}: file(s) {', '.join(extra)} are not in the manifest; refusing a modified model.")


def load_model(directory: str | Path, codebook: Codebook | None = None) -> TaggingModel:
    """Load a model directory written by :func:`save_model`, checking it first.

    Args:
        directory: The model directory.
        codebook: The codebook the caller wants to tag with; it must be the one the model was
            trained for (same content hash). ``None``: use the model's own codebook.

    Raises:
        ModelError: missing or tampered files, another model format, an incompatible hyte_nlp
            version, or a model trained for another codebook.
    """
    path = Path(directory)
    if not path.is_dir():
        raise ModelError(f"{path}: model directory not found. Pass a directory written by `hyte-nlp train`.")
    verify_manifest(path)
    meta = _read_json(path / "meta.json")
    fmt = meta.get("format")
    if fmt != MODEL_FORMAT:
        raise ModelError(f"{path}: model format {fmt!r}, but this hyte_nlp reads format {MODEL_FORMAT}. Retrain the model.")
    trained_with = str(meta.get("versions", {}).get("hyte_nlp", ""))
    if _major_minor(trained_with) != _major_minor(__version__):
        raise ModelError(
            f"{path}: trained with hyte_nlp {trained_with or '?'}, incompatible with this hyte_nlp {__version__} "
            "(features depend on the language layer of the same minor version). Retrain with "
            "`hyte-nlp train CORPUS -o DIR`, or install hyte_nlp " + (trained_with or "of the model's version") + "."
        )
    try:
        own = codebook_from_dict(_read_json(path / "codebook.json"), str(path / "codebook.json"))
    except CodebookError as err:
        raise ModelError(f"{path}: the model's codebook is invalid: {err}") from err
    recorded = meta.get("codebook", {}).get("sha256")
    if recorded != own.sha256:
        raise ModelError(f"{path}: codebook.json does not match the hash in meta.json. Retrain the model.")
    if codebook is not None and codebook.sha256 != own.sha256:
        raise ModelError(
            f"{path}: the model was trained for codebook {own.id!r} (sha256 {own.sha256[:12]}), not for "
            f"{codebook.id!r} from {codebook.path or 'the given codebook'} (sha256 {codebook.sha256[:12]}). "
            "Train a model for this codebook with `hyte-nlp train CORPUS --codebook FILE -o DIR`, or "
            "load the tagger without a model to tag from the codebook's cues alone."
        )
    featurizer_meta = meta.get("featurizer", {})
    featurizer = StatementFeaturizer(
        own, min_df=int(featurizer_meta.get("min_df", 1)), cue_scale=float(featurizer_meta.get("cue_scale", 1.0))
    )
    vocabulary = _read_json(path / "vocabulary.json")
    if not isinstance(vocabulary, list) or not all(isinstance(v, str) for v in vocabulary):
        raise ModelError(f"{path / 'vocabulary.json'}: must be a list of strings. Retrain the model.")
    featurizer.set_vocabulary(vocabulary)
    params = _read_json(path / "classifiers.json")
    classifiers: dict[str, FacetClassifier] = {}
    for facet in own.facets:
        file = path / f"facet_{facet.id}.npz"
        if facet.id not in params or not file.is_file():
            raise ModelError(f"{path}: no classifier for facet {facet.id!r}. Retrain the model.")
        try:
            with np.load(file, allow_pickle=False) as data:
                arrays = {name: data[name] for name in data.files}
        except (OSError, ValueError) as err:
            raise ModelError(f"{file}: not a plain-array model file ({err}). Retrain the model.") from err
        if set(arrays) != _ARRAY_NAMES:
            raise ModelError(f"{file}: unexpected arrays {sorted(arrays)}; expected {sorted(_ARRAY_NAMES)}.")
        n_labels = len(facet.labels)
        if arrays["coef_"].shape != (n_labels, featurizer.n_features):
            raise ModelError(
                f"{file}: coefficient shape {arrays['coef_'].shape} does not fit {n_labels} labels x "
                f"{featurizer.n_features} features. Retrain the model."
            )
        classifiers[facet.id] = FacetClassifier.from_arrays(params[facet.id], arrays)
    return TaggingModel(own, featurizer, classifiers, meta)


__all__ = ["MODEL_FORMAT", "load_model", "save_model", "verify_manifest"]
