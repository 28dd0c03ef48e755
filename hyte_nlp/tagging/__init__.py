"""Tagging statements by the facets of a codebook (priority, age group, theme, statement type).

``load_tagger()`` gives a :class:`Tagger` built from the shipped model and codebook; ``Tagger.tag``
returns one :class:`Tag` per statement. scikit-learn and numpy are imported only when a tagger is
built, so importing this package stays cheap.
"""

from __future__ import annotations

import importlib
from typing import Any

from hyte_nlp.tagging.codebook import Codebook, CodebookLabel, Facet, load_codebook

# public name -> submodule defining it (imported on first access)
_LAZY = {
    "load_tagger": "hyte_nlp.tagging.tagger",
    "Tagger": "hyte_nlp.tagging.tagger",
    "Tag": "hyte_nlp.tagging.tag",
    "Label": "hyte_nlp.tagging.tag",
    "to_dataframe": "hyte_nlp.tagging.frame",
    "train": "hyte_nlp.tagging.training",
    "evaluate": "hyte_nlp.tagging.evaluation",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'hyte_nlp.tagging' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = ["Codebook", "CodebookLabel", "Facet", "load_codebook", *_LAZY]
