"""Statement features for the linear classifiers: lemmas, compound parts, lemma bigrams, verb forms
and codebook cue hits.

Two blocks, side by side in one sparse matrix:

* the **text block**, learned from the training corpus: ``l:`` lemma, ``f:`` first lemma, ``p:``
  compound part, ``h:`` compound head, ``b:`` bigram of consecutive content lemmas, ``v:`` verb
  form as written and ``s:`` its last three and four letters (mood, tense and voice carry the
  statement type: *tulisi*, *sovittiin*, *lisätään*), ``g:`` grammar features from Voikko's
  readings (:mod:`hyte_nlp.tagging.morphology`: mood, voice, negation, modal + infinitive,
  verbless action-noun bullet, evaluation) and ``n:`` a length bucket (short bullets are mostly
  topics or needs). Binary, and L2-normalised per statement so
  long statements do not outweigh short ones (the ``g:`` features share the value of the others
  but are left out of the norm, so facets that do not use them are unaffected by them);
* the **cue block**, fixed by the codebook: one column ``c:<facet>:<label>`` per label holding the
  summed cue evidence (:mod:`hyte_nlp.tagging.cues`). It is not normalised, so a cue hit stays a
  strong, cheap-to-use feature and an unseen word that matches a cue (by lemma, compound part or
  prefix) still moves its label.

The featurizer holds only a vocabulary (a list of strings), so a model saves as plain JSON + arrays.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
from scipy import sparse

from hyte_nlp.tagging.analysis import AnalysedText
from hyte_nlp.tagging.codebook import Codebook
from hyte_nlp.tagging.cues import CueHit
from hyte_nlp.tagging.morphology import grammar_features

#: Cap on the summed cue evidence of one label: five weak hits should not beat the text block.
MAX_CUE_EVIDENCE = 2.0

_VERB_UPOS = frozenset({"VERB", "AUX"})


def _length_bucket(n: int) -> str:
    if n <= 2:
        return "n:1-2"
    if n <= 5:
        return "n:3-5"
    if n <= 10:
        return "n:6-10"
    return "n:11+"


def text_features(text: AnalysedText) -> list[str]:
    """The text-block feature names of one statement (duplicates removed, order kept)."""
    return _word_features(text) + grammar_features(text)


def _word_features(text: AnalysedText) -> list[str]:
    """Every text-block feature except the ``g:`` grammar features (which never repeat these)."""
    feats: list[str] = [_length_bucket(len(text.lemmas))]
    if text.lemmas:
        feats.append("f:" + text.lemmas[0])
    content: list[str] = []
    for word, lemma, parts, upos, stop in zip(text.words, text.lemmas, text.parts, text.upos, text.stop):
        feats.append("l:" + lemma)
        # word endings carry case, voice, tense and mood: a partitive object reads as a proposal
        # (*lisää liikuntaa*), -taan/-tään (passive: planned), -ttiin (passive past: agreed,
        # noted), -isi (conditional: proposed), -ttava (must be done)
        feats.extend(("s:" + word[-3:], "e:" + word[-2:]))
        if upos in _VERB_UPOS:
            feats.extend(("v:" + word, "s:" + word[-4:]))
        if len(parts) > 1:
            feats.extend("p:" + part for part in parts)
            feats.append("h:" + parts[-1])
        if not stop:
            content.append(lemma)
    feats.extend(f"b:{a}_{b}" for a, b in zip(content, content[1:]))
    # all-word bigrams keep function words: "ei ole", "on hyvä", "tulee järjestää"
    feats.extend(f"w:{a}_{b}" for a, b in zip(text.lemmas, text.lemmas[1:]))
    return list(dict.fromkeys(feats))


def cue_columns(codebook: Codebook) -> list[str]:
    """Names of the cue-block columns, one per label of every facet, in codebook order."""
    return [f"c:{facet.id}:{label.id}" for facet in codebook.facets for label in facet.labels]


class StatementFeaturizer:
    """Turns analysed statements and their cue hits into a sparse feature matrix.

    Args:
        codebook: Fixes the cue block's columns.
        min_df: A text feature must occur in at least this many training statements.
        cue_scale: Multiplier of the cue block relative to the (unit-length) text block.

    Attributes:
        vocabulary_: Text-block feature names, in column order (set by :meth:`fit`).
    """

    def __init__(self, codebook: Codebook, *, min_df: int = 1, cue_scale: float = 1.0) -> None:
        self.codebook = codebook
        self.min_df = min_df
        self.cue_scale = cue_scale
        self.vocabulary_: list[str] = []
        self._index: dict[str, int] = {}
        self._cue_index = {name: i for i, name in enumerate(cue_columns(codebook))}

    @property
    def feature_names(self) -> list[str]:
        """All column names: the text block, then the cue block."""
        return self.vocabulary_ + cue_columns(self.codebook)

    @property
    def n_features(self) -> int:
        return len(self.vocabulary_) + len(self._cue_index)

    def fit(self, texts: Sequence[AnalysedText]) -> StatementFeaturizer:
        """Learn the text vocabulary from training statements (sorted, so it is deterministic)."""
        counts: Counter[str] = Counter()
        for text in texts:
            counts.update(text_features(text))
        self.set_vocabulary(sorted(f for f, c in counts.items() if c >= self.min_df))
        return self

    def set_vocabulary(self, vocabulary: Iterable[str]) -> None:
        """Install a vocabulary (when loading a saved model)."""
        self.vocabulary_ = list(vocabulary)
        self._index = {name: i for i, name in enumerate(self.vocabulary_)}

    def transform(self, texts: Sequence[AnalysedText], hits: Sequence[Sequence[CueHit]]) -> sparse.csr_matrix:
        """Feature matrix of shape (n statements, :attr:`n_features`), float32 CSR."""
        index = self._index
        n_text = len(self.vocabulary_)
        indptr = [0]
        indices: list[int] = []
        data: list[float] = []
        for text, text_hits in zip(texts, hits):
            cols = [index[f] for f in _word_features(text) if f in index]
            grammar = [index[f] for f in grammar_features(text) if f in index]
            # The grammar features (statement type only) take the value of the others but do not
            # count in the normalisation, so the facets that mask them see exactly the same rows.
            if cols or grammar:
                value = 1.0 / np.sqrt(len(cols) or len(grammar))
                indices.extend(cols + grammar)
                data.extend([value] * (len(cols) + len(grammar)))
            evidence: dict[int, float] = {}
            for hit in text_hits:
                col = self._cue_index[f"c:{hit.facet}:{hit.label}"]
                evidence[col] = evidence.get(col, 0.0) + hit.weight
            for col, total in evidence.items():
                indices.append(n_text + col)
                data.append(min(total, MAX_CUE_EVIDENCE) * self.cue_scale)
            indptr.append(len(indices))
        return sparse.csr_matrix(
            (np.asarray(data, dtype=np.float32), np.asarray(indices, dtype=np.int32), np.asarray(indptr, dtype=np.int64)),
            shape=(len(indptr) - 1, self.n_features),
        )


__all__ = ["MAX_CUE_EVIDENCE", "StatementFeaturizer", "cue_columns", "text_features"]
