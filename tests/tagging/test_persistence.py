"""Model files: plain arrays + JSON, a SHA-256 manifest, and clear refusals (ModelError)."""

from __future__ import annotations

import json
import shutil
import zipfile

import numpy as np
import pytest

from hyte_nlp import ModelError, load_codebook, load_tagger
from hyte_nlp.tagging.persistence import MANIFEST, _sha256, load_model

TEXTS = ["Nuorten päihteiden käyttö huolestuttaa", "Uimahallin vuorot ikääntyneille", "Sovittiin yhteisestä tapaamisesta"]


@pytest.fixture
def model_copy(mini_model_dir, tmp_path):
    target = tmp_path / "model"
    shutil.copytree(mini_model_dir, target)
    return target


def _rewrite_manifest(directory):
    manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    manifest["files"] = {name: _sha256(directory / name) for name in manifest["files"]}
    (directory / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def test_saved_model_is_plain_arrays_and_json(mini_model_dir):
    for npz in mini_model_dir.glob("facet_*.npz"):
        with np.load(npz, allow_pickle=False) as data:  # raises if anything needs unpickling
            assert all(data[name].dtype != object for name in data.files)
        with zipfile.ZipFile(npz) as archive:
            assert all(name.endswith(".npy") for name in archive.namelist())
    meta = json.loads((mini_model_dir / "meta.json").read_text(encoding="utf-8"))
    assert {"hyte_nlp", "scikit_learn", "numpy"} <= set(meta["versions"])
    assert meta["codebook"]["sha256"] == load_codebook().sha256
    assert len(meta["corpus"]["sha256"]) == 64


def test_round_trip_gives_the_same_scores(mini_model_dir):
    a = load_tagger(mini_model_dir).tag(TEXTS)
    b = load_tagger(mini_model_dir).tag(TEXTS)
    assert [t.scores for t in a] == [t.scores for t in b]


def test_tampered_array_file_is_refused(model_copy):
    target = model_copy / "facet_priority.npz"
    with np.load(target, allow_pickle=False) as data:
        arrays = {name: data[name] for name in data.files}
    arrays["coef_"][0, 0] += 5.0  # a changed weight, a perfectly valid npz
    np.savez_compressed(target, **arrays)
    with pytest.raises(ModelError, match="SHA-256 does not match"):
        load_tagger(model_copy)


def test_tampered_json_and_extra_or_missing_files_are_refused(model_copy):
    vocab = model_copy / "vocabulary.json"
    original = vocab.read_bytes()
    vocab.write_bytes(original.replace(b'"l:', b'"x:', 1))
    with pytest.raises(ModelError, match="vocabulary.json"):
        load_model(model_copy)
    vocab.write_bytes(original)
    (model_copy / "facet_extra.npz").write_bytes(b"PK")
    with pytest.raises(ModelError, match="not in the manifest"):
        load_model(model_copy)
    (model_copy / "facet_extra.npz").unlink()
    (model_copy / "facet_theme.npz").unlink()
    with pytest.raises(ModelError, match="missing"):
        load_model(model_copy)


def test_pickled_array_is_refused_even_with_a_matching_manifest(model_copy):
    target = model_copy / "facet_priority.npz"
    with np.load(target, allow_pickle=False) as data:
        arrays = {name: data[name] for name in data.files}
    arrays["coef_"] = np.array([{"not": "an array"}], dtype=object)  # would need pickle
    np.savez(target, **arrays)
    _rewrite_manifest(model_copy)
    with pytest.raises(ModelError, match="not a plain-array model file"):
        load_model(model_copy)


def test_other_codebook_is_refused(mini_model_dir, tmp_path):
    text = load_codebook().path
    custom = tmp_path / "custom.toml"
    custom.write_text(open(text, encoding="utf-8").read().replace('"nuuska", "nuuskata",', '"nuuska",', 1), encoding="utf-8")
    with pytest.raises(ModelError, match="trained for codebook 'hyte-default'"):
        load_tagger(mini_model_dir, codebook=custom)


def test_incompatible_version_is_refused(model_copy):
    meta_path = model_copy / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["versions"]["hyte_nlp"] = "9.9.0"
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    _rewrite_manifest(model_copy)
    with pytest.raises(ModelError, match=r"trained with hyte_nlp 9\.9\.0.*Retrain"):
        load_model(model_copy)


def test_missing_directory_and_manifest(tmp_path):
    with pytest.raises(ModelError, match="not found"):
        load_model(tmp_path / "nope")
    (tmp_path / "meta.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ModelError, match="manifest"):
        load_model(tmp_path)
