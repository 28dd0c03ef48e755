"""Tagging statements by the facets of a codebook (priority, age group, theme, statement type).

``load_tagger()`` gives a :class:`Tagger` built from the shipped model and codebook; ``Tagger.tag``
returns one :class:`Tag` per statement. scikit-learn and numpy are imported only when a tagger is
built, so importing this package stays cheap.
"""

from __future__ import annotations

from hyte_nlp.lazy import lazy_attributes
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


__getattr__, __dir__ = lazy_attributes(__name__, _LAZY)


__all__ = ["Codebook", "CodebookLabel", "Facet", "load_codebook", *_LAZY]
