"""The spaCy side: one cached Finnish ``Language`` with hyte_nlp's declared components.

Built on ``spacy.blank("fi")`` (spaCy's Finnish tokenizer, exceptions and lexical attributes) plus:

* ``hyte_sentencizer``: sentence boundaries from :func:`hyte_nlp.nlp.sentences.sentence_spans`
  (engineer B's splitter, which knows minutes' abbreviations, dates and ``§`` numbering);
* ``hyte_voikko_lemmatizer``: ``token.lemma_`` and ``token.pos_`` from the language layer
  (Voikko readings chosen in context, see :mod:`hyte_nlp.nlp.analyzer`);
* ``hyte_compound_parts``: ``token._.parts``, compound parts as lemmas.

Why not ``spacy_fi_experimental_web_md``: measured side by side in ``benchmarks/lemma_tdt.py`` on UD
Finnish-TDT test, its full pipeline ran 5-6 times slower than this one (710 vs 3,970 words/s on the
loaded 2-core machine; ~2k words/s when quiet) and even without parser and NER its tok2vec keeps it
near 1.5k (3.3k quiet), below the 5,000 words/s target, while its lemmas were about as accurate
as ours (94.1% vs 93.9-94.1%). A Voikko-constrained averaged perceptron gives the POS at a fraction
of the cost. ``nlp("...")`` does not collapse whitespace (that would move character offsets);
:func:`hyte_nlp.nlp.analyze_many` and :func:`hyte_nlp.nlp.lemmatize` do.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_lock = threading.Lock()
_nlp: Any = None
_WHITESPACE_RE = re.compile(r"\s+")

#: Extension attribute set by ``hyte_compound_parts``.
PARTS_EXTENSION = "parts"


def collapse_whitespace(text: str) -> str:
    """Runs of whitespace as one space (measured to slow spaCy's tokenizer several-fold)."""
    return _WHITESPACE_RE.sub(" ", text).strip()


def register_extensions() -> None:
    """Register ``Token._.parts`` once (idempotent)."""
    from spacy.tokens import Token

    if not Token.has_extension(PARTS_EXTENSION):
        Token.set_extension(PARTS_EXTENSION, default=None)


def _register_factories() -> None:
    from spacy.language import Language

    # Language.factory raises on a second registration of the same name with another function,
    # and this module is imported once per process, so registering here is idempotent.
    if "hyte_voikko_lemmatizer" in Language.factories:
        return

    @Language.factory(
        "hyte_voikko_lemmatizer",
        assigns=["token.lemma", "token.pos"],
        default_config={},
    )
    def make_voikko_lemmatizer(nlp: Language, name: str) -> VoikkoLemmatizer:
        return VoikkoLemmatizer()

    @Language.factory(
        "hyte_compound_parts",
        assigns=["token._.parts"],
        requires=["token.lemma"],
        default_config={},
    )
    def make_compound_parts(nlp: Language, name: str) -> CompoundParts:
        register_extensions()
        return CompoundParts()

    @Language.factory(
        "hyte_sentencizer",
        assigns=["token.is_sent_start", "doc.sents"],
        default_config={},
    )
    def make_sentencizer(nlp: Language, name: str) -> MinutesSentencizer:
        return MinutesSentencizer()


class VoikkoLemmatizer:
    """Sets ``token.lemma_`` and ``token.pos_`` from :func:`hyte_nlp.nlp.analyzer.analyze_words`.

    The analyses are also kept on the ``Doc`` (``doc.user_data["hyte_analyses"]``) so that
    ``hyte_compound_parts`` does not analyse twice.
    """

    def __call__(self, doc: Doc) -> Doc:
        from hyte_nlp.nlp.analyzer import analyze_words

        tokens = [t for t in doc if not t.is_space]
        analyses = analyze_words([t.text for t in tokens]) if tokens else []
        for token, analysis in zip(tokens, analyses):
            token.lemma_ = analysis.lemma
            token.pos_ = analysis.upos
        for token in doc:
            if token.is_space:
                token.lemma_ = token.text
                token.pos_ = "SPACE"
        doc.user_data["hyte_analyses"] = {t.i: a for t, a in zip(tokens, analyses)}
        return doc


class CompoundParts:
    """Sets ``token._.parts`` (a list of lemmas) from the lemmatizer's analyses."""

    def __call__(self, doc: Doc) -> Doc:
        analyses = doc.user_data.pop("hyte_analyses", None)
        if analyses is None:
            from hyte_nlp.nlp.analyzer import analyze_words

            tokens = [t for t in doc if not t.is_space]
            analyses = dict(zip((t.i for t in tokens), analyze_words([t.text for t in tokens])))
        for token in doc:
            analysis = analyses.get(token.i)
            token._.set(PARTS_EXTENSION, list(analysis.parts) if analysis else [])
        return doc


class MinutesSentencizer:
    """Sentence starts from :func:`hyte_nlp.nlp.sentences.sentence_spans` mapped onto tokens.

    The splitter knows minutes' abbreviations, dates and ``§`` numbering; a sentence starts at the
    first token at or after each span's start offset.
    """

    def __call__(self, doc: Doc) -> Doc:
        from hyte_nlp.nlp.sentences import sentence_spans

        starts = sorted(start for start, _ in sentence_spans(doc.text))
        k = 0
        for token in doc:
            is_start = token.i == 0
            if not token.is_space:  # a start offset on whitespace passes to the next real token
                while k < len(starts) and starts[k] <= token.idx:
                    is_start = True
                    k += 1
            token.is_sent_start = is_start
        return doc


def finnish_pipeline() -> Language:
    """The process-wide spaCy ``Language`` for Finnish (built once, then cached).

    Returns:
        ``spacy.blank("fi")`` with ``hyte_sentencizer``, ``hyte_voikko_lemmatizer`` and
        ``hyte_compound_parts``.

    Raises:
        VoikkoNotAvailableError: libvoikko or its Finnish dictionary is missing.

    Example:
        >>> nlp = finnish_pipeline()
        >>> [t.lemma_ for t in nlp("Järjestöjen merkitys kasvaa")]
        ['järjestö', 'merkitys', 'kasvaa']
    """
    global _nlp
    if _nlp is not None:
        return _nlp
    with _lock:
        if _nlp is None:
            import spacy

            from hyte_nlp.nlp.voikko import get_voikko

            get_voikko()  # fail early and clearly if Voikko is missing
            _register_factories()
            register_extensions()
            nlp = spacy.blank("fi")
            nlp.add_pipe("hyte_sentencizer")
            nlp.add_pipe("hyte_voikko_lemmatizer")
            nlp.add_pipe("hyte_compound_parts")
            _nlp = nlp
    return _nlp


__all__ = [
    "CompoundParts",
    "MinutesSentencizer",
    "PARTS_EXTENSION",
    "VoikkoLemmatizer",
    "collapse_whitespace",
    "finnish_pipeline",
    "register_extensions",
]
