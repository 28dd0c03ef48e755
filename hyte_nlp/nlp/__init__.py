"""The Finnish language layer: lemmas, parts of speech and compound parts, with Voikko.

Public functions (re-exported by :mod:`hyte_nlp`):

* :func:`lemmatize` -- one lemma per word;
* :func:`analyze` -- one :class:`WordAnalysis` per word;
* :func:`analyze_many` -- the fast batch path for many texts (used by the tagger);
* :func:`finnish_pipeline` -- the spaCy ``Language`` built on the same analyses.

A string is tokenised with spaCy's Finnish tokenizer after collapsing whitespace; a sequence of
strings is taken as words, exactly one result per word. libvoikko with the Finnish dictionary is
required: without it these raise :class:`~hyte_nlp.errors.VoikkoNotAvailableError`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from hyte_nlp.nlp.analysis import WordAnalysis
from hyte_nlp.nlp.analyzer import analyze_words
from hyte_nlp.nlp.pipeline import collapse_whitespace, finnish_pipeline
from hyte_nlp.nlp.voikko import get_voikko

if TYPE_CHECKING:
    from spacy.tokenizer import Tokenizer

#: Texts per worker task when ``n_process > 1``.
_CHUNK = 256


def _tokenizer() -> Tokenizer:
    return finnish_pipeline().tokenizer


def _words(text: str) -> list[str]:
    return [t.text for t in _tokenizer()(collapse_whitespace(text))]


def _check_words(words: Sequence[str]) -> list[str]:
    out = list(words)
    for i, w in enumerate(out):
        if not isinstance(w, str):
            raise TypeError(f"word {i} is {type(w).__name__}, not str: {w!r}")
        if not w or w != w.strip():
            raise ValueError(
                f"word {i} ({w!r}) is empty or has surrounding whitespace; pass a string to have it "
                "tokenised, or strip the words first"
            )
    return out


def analyze(text_or_words: str | Sequence[str]) -> list[WordAnalysis]:
    """Analyse a text (tokenised here) or a list of words (one result per word).

    Args:
        text_or_words: A text, or words already tokenised.

    Returns:
        One :class:`WordAnalysis` per token or word.

    Raises:
        TypeError: the argument is neither a string nor a sequence of strings.
        ValueError: a word in the sequence is empty or has whitespace around it.
        VoikkoNotAvailableError: libvoikko or the Finnish dictionary is missing.

    Example:
        >>> [a.parts for a in analyze("kotiturvallisuuskäynnit")]
        [('koti', 'turvallisuus', 'käynti')]
    """
    get_voikko()
    if isinstance(text_or_words, str):
        words = _words(text_or_words)
    elif isinstance(text_or_words, Sequence):
        words = _check_words(text_or_words)
    else:
        raise TypeError(f"expected a str or a sequence of str, got {type(text_or_words).__name__}")
    return analyze_words(words) if words else []


def lemmatize(text_or_words: str | Sequence[str], *, compound_marks: bool = False) -> list[str]:
    """Lemmas of a text (tokenised here) or of a list of words (exactly one lemma per word).

    Args:
        text_or_words: A text, or words already tokenised.
        compound_marks: Mark compound boundaries with ``#`` as UD Finnish-TDT writes lemmas
            (:attr:`WordAnalysis.marked_lemma`): ``koti#turvallisuus#käynti``, and a common
            compound's hyphen becomes the mark (``sote#palvelu``). For comparing with the treebank.

    Example:
        >>> lemmatize("Järjestöjen merkitys kasvaa")
        ['järjestö', 'merkitys', 'kasvaa']
        >>> lemmatize(["hva:n", "sote-palvelujen", "Laukaan"])
        ['hva', 'sote-palvelu', 'Laukaa']
        >>> lemmatize(["sote-palvelujen", "kotiturvallisuuskäynnit"], compound_marks=True)
        ['sote#palvelu', 'koti#turvallisuus#käynti']
    """
    if compound_marks:
        return [a.marked_lemma for a in analyze(text_or_words)]
    return [a.lemma for a in analyze(text_or_words)]


def _analyze_texts(texts: list[str]) -> list[list[WordAnalysis]]:
    tokenizer = _tokenizer()
    out = []
    for doc in tokenizer.pipe(collapse_whitespace(t) for t in texts):
        words = [t.text for t in doc]
        out.append(analyze_words(words) if words else [])
    return out


def analyze_many(texts: Iterable[str], n_process: int = 1) -> list[list[WordAnalysis]]:
    """Analyse many texts fast: the batch path of the tagger.

    Word-form analyses are cached per process, so repeated forms (most of them in minutes) cost
    a dictionary lookup.

    Args:
        texts: Texts, e.g. statements.
        n_process: Worker processes; 1 analyses in this process. Each worker warms its own caches,
            so use more only for large batches (thousands of texts).

    Returns:
        Per text, one :class:`WordAnalysis` per token, in order.
    """
    batch = list(texts)
    for i, text in enumerate(batch):
        if not isinstance(text, str):
            raise TypeError(f"text {i} is {type(text).__name__}, not str")
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1, got {n_process}")
    get_voikko()
    if n_process == 1 or len(batch) <= _CHUNK:
        return _analyze_texts(batch)
    from concurrent.futures import ProcessPoolExecutor

    chunks = [batch[i : i + _CHUNK] for i in range(0, len(batch), _CHUNK)]
    with ProcessPoolExecutor(max_workers=n_process) as pool:
        return [result for part in pool.map(_analyze_texts, chunks) for result in part]


__all__ = ["WordAnalysis", "analyze", "analyze_many", "finnish_pipeline", "lemmatize"]
