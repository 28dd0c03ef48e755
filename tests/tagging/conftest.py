"""Shared fixtures of the tagging tests: the shipped tagger and a small trained model."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MINI_CORPUS = FIXTURES / "tagging" / "mini_corpus.jsonl"


@pytest.fixture(scope="session")
def mini_corpus_path():
    return MINI_CORPUS


@pytest.fixture(scope="session")
def default_tagger():
    import hyte_nlp

    return hyte_nlp.load_tagger()


@pytest.fixture(scope="session")
def mini_model_dir(tmp_path_factory):
    """A model trained on the mini corpus and saved (the tests may copy and damage it)."""
    from hyte_nlp.tagging.persistence import save_model
    from hyte_nlp.tagging.training import train

    out = tmp_path_factory.mktemp("models") / "mini"
    save_model(train(MINI_CORPUS, seed=0), out)
    return out
