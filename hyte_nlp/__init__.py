"""hyte_nlp: read, tag and summarise the minutes of Finnish wellbeing negotiations.

The front door. Heavy dependencies (pdfplumber, python-docx, spaCy, scikit-learn) are imported
only when the function that needs them is first used, so ``import hyte_nlp`` stays fast.
"""

from __future__ import annotations

from hyte_nlp.about import __version__
from hyte_nlp.errors import (
    CodebookError,
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    HyteError,
    ModelError,
    NoTextLayerError,
    ParseError,
    UnsupportedFormatError,
    VoikkoNotAvailableError,
)
from hyte_nlp.lazy import lazy_attributes
from hyte_nlp.minutes import Minutes, Participant, ReadResult, Statement

# public name -> module that defines it (imported on first access)
_LAZY = {
    "read": "hyte_nlp.readers",
    "read_many": "hyte_nlp.readers",
    "lemmatize": "hyte_nlp.nlp",
    "analyze": "hyte_nlp.nlp",
    "finnish_pipeline": "hyte_nlp.nlp",
    "load_tagger": "hyte_nlp.tagging",
    "Tagger": "hyte_nlp.tagging",
    "Tag": "hyte_nlp.tagging",
    "Label": "hyte_nlp.tagging",
    "load_codebook": "hyte_nlp.tagging",
    "Codebook": "hyte_nlp.tagging",
    "to_dataframe": "hyte_nlp.tagging",
}


__getattr__, __dir__ = lazy_attributes(__name__, _LAZY)


__all__ = [
    "CodebookError",
    "CorruptDocumentError",
    "EmptyDocumentError",
    "EncryptedDocumentError",
    "HyteError",
    "Minutes",
    "ModelError",
    "NoTextLayerError",
    "ParseError",
    "Participant",
    "ReadResult",
    "Statement",
    "UnsupportedFormatError",
    "VoikkoNotAvailableError",
    "__version__",
    *_LAZY,
]
