"""The error tree: what API.md promises, and messages that say what to do."""

import pickle

import pytest

import hyte_nlp
from hyte_nlp import errors

PARSE_ERRORS = [
    errors.EncryptedDocumentError,
    errors.CorruptDocumentError,
    errors.NoTextLayerError,
    errors.EmptyDocumentError,
    errors.UnsupportedFormatError,
]


@pytest.mark.parametrize("cls", PARSE_ERRORS)
def test_parse_errors_derive_from_parse_error_and_name_the_file(cls):
    err = cls("minutes/a.pdf", "something is wrong.")
    assert isinstance(err, hyte_nlp.ParseError) and isinstance(err, hyte_nlp.HyteError)
    assert str(err).startswith("minutes/a.pdf: something is wrong.")
    assert err.hint and err.hint in str(err)


@pytest.mark.parametrize("cls", PARSE_ERRORS)
def test_parse_errors_survive_pickling_between_processes(cls):
    # read_many sends errors from worker processes; path and reason must arrive intact.
    err = pickle.loads(pickle.dumps(cls("b.docx", "bad.")))
    assert type(err) is cls and err.path == "b.docx" and err.reason == "bad."


def test_voikko_error_explains_installation_on_every_platform():
    message = str(errors.VoikkoNotAvailableError("libvoikko missing"))
    for needle in ("Debian/Ubuntu", "apt-get install libvoikko1 voikko-fi", "Fedora", "macOS", "Windows"):
        assert needle in message
    assert issubclass(errors.VoikkoNotAvailableError, ImportError)


def test_codebook_error_is_a_value_error():
    assert issubclass(errors.CodebookError, ValueError)
    assert issubclass(errors.ModelError, hyte_nlp.HyteError)


def test_front_door_exports_api_names():
    for name in ("read", "read_many", "lemmatize", "analyze", "finnish_pipeline", "load_tagger",
                 "to_dataframe", "HyteError", "ParseError", "Minutes", "Statement"):
        assert name in hyte_nlp.__all__
    with pytest.raises(AttributeError):
        hyte_nlp.no_such_name  # noqa: B018
