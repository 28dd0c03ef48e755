"""Choosing one reading per word in context: a small averaged-perceptron POS disambiguator.

Most Finnish word forms have one lemma, but frequent ones do not: *tuli* (fire / came), *alusta*
(from the start / platform), *sanottu* (ADJ) vs *sanoa* (VERB). The disambiguator scores the UPOS
tags that a word's candidate readings allow, from cheap features (word ending, capitalisation, the
sets of readings of the word and its neighbours, the tags already chosen on the left) and picks
the best-scoring reading; words whose readings all share one tag are not scored at all. Among
readings with the chosen tag, the lemma seen most often in the training data wins, then Voikko's
order.

The weights were learned on UD Finnish-TDT **dev** (``benchmarks/lemma_train_dev.py``) plus silver
sentences tagged by spaCy-fi (``benchmarks/lemma_silver.py``: knowledge distillation from a tagger
trained on TDT train) and ship as plain JSON (``hyte_nlp/lang/fi/upos_perceptron.json``, CC BY-SA
4.0 like the treebank). Lemma counts for ties come from dev alone.
Without that file every word gets its first reading (Voikko's order), which is what "Voikko first"
means in the benchmark.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from hyte_nlp.nlp.candidates import candidates
from hyte_nlp.nlp.readings import Reading
from hyte_nlp.nlp.voikko import ANALYSIS_CACHE_SIZE

_MODEL_FILE = "upos_perceptron.json"
_START = "<s>"


def _reading_signature(readings: Sequence[Reading]) -> str:
    return "|".join(sorted({r.upos for r in readings}))


def _class_signature(readings: Sequence[Reading]) -> str:
    simplest: dict[str, int] = {}
    for r in readings:
        simplest[r.upos] = min(simplest.get(r.upos, 9), len(r.parts))
    compound_only = "".join(sorted(u[:2] for u, n in simplest.items() if n > 1))
    return "|".join(sorted({r.voikko_class for r in readings})) + ("/c" + compound_only if compound_only else "")


@lru_cache(maxsize=ANALYSIS_CACHE_SIZE)
def _signatures_of(word: str) -> tuple[str, str]:
    # per word form, like its readings: computed once, then a cache hit
    readings = candidates(word)[0]
    return _reading_signature(readings), _class_signature(readings)


def token_features(
    words: Sequence[str],
    signatures: Sequence[str],
    classes: Sequence[str],
    i: int,
    prev: str,
    prev2: str,
    lemma_features: Sequence[str] = (),
) -> list[str]:
    """The features of word ``i``; shared by training and prediction so they cannot drift apart.

    Args:
        words: The word forms of the sentence.
        signatures: Per word, the sorted set of UPOS tags its candidate readings allow.
        classes: Per word, the sorted set of the sources of its readings (Voikko word classes,
            ``particle``, ``capitalised``...).
        i: Index of the word.
        prev: Tag chosen for word ``i-1`` (``"<s>"`` at the start).
        prev2: Tag chosen for word ``i-2``.
        lemma_features: ``"L=<lemma>"`` for the word's candidate lemmas (see :func:`lemma_features`),
            which generalise what was learned about one inflected form to the others.
    """
    w = words[i]
    low = w.lower()
    n = len(words)
    cls = classes[i]
    prev_sig = signatures[i - 1] if i > 0 else _START
    next_sig = signatures[i + 1] if i + 1 < n else _START
    next_low = words[i + 1].lower() if i + 1 < n else _START
    prev_low = words[i - 1].lower() if i > 0 else _START
    shape = "C" if w[:1].isupper() else ("d" if w[:1].isdigit() else "l")
    if w.isupper() and len(w) > 1:
        shape = "U"
    return [
        "b",
        "w=" + low,
        "s1=" + low[-1:],
        "s2=" + low[-2:],
        "s3=" + low[-3:],
        "s4=" + low[-4:],
        "sh=" + shape + ("0" if i == 0 else ""),
        "sig=" + signatures[i],
        "p1=" + prev,
        "p12=" + prev2 + "+" + prev,
        "ps=" + prev_sig,
        "ns=" + next_sig,
        "sig_ns=" + signatures[i] + "+" + next_sig,
        "p_sig=" + prev + "+" + signatures[i],
        "pw=" + prev_low,
        "nw=" + next_low,
        "nw_sig=" + next_low + "+" + signatures[i],
        "pw_sig=" + prev_low + "+" + signatures[i],
        "s3_sig=" + low[-3:] + "+" + signatures[i],
        "n2s=" + (signatures[i + 2] if i + 2 < n else _START),
        "s5=" + low[-5:],
        "vc=" + cls,
        "vc_sh=" + cls + "+" + shape + ("0" if i == 0 else ""),
        "pvc=" + (classes[i - 1] if i > 0 else _START),
        "nvc=" + (classes[i + 1] if i + 1 < n else _START),
        "p2s=" + (signatures[i - 2] if i > 1 else _START),
        *lemma_features,
    ]


def lemma_features(readings: Sequence[Reading]) -> list[str]:
    """One feature per distinct candidate lemma (with its UPOS), e.g. ``L=seuraava/ADJ``."""
    return sorted({"L=" + r.lemma + "/" + r.upos for r in readings})


def _shared_start(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


class Disambiguator:
    """Averaged-perceptron scores over UPOS tags plus a lemma-frequency tie-break.

    Args:
        weights: feature -> {upos: weight}.
        lemma_counts: lemma -> how often the training data used it (tie-break among readings).
        form_lemma_counts: lower-case form -> {lemma: count} for ambiguous forms; this form's own
            history breaks ties first (*sinä* is the pronoun *sinä*, not the essive of *se*).
    """

    def __init__(
        self,
        weights: dict[str, dict[str, float]],
        lemma_counts: dict[str, int],
        form_lemma_counts: dict[str, dict[str, int]] | None = None,
    ) -> None:
        self.weights = weights
        self.lemma_counts = lemma_counts
        self.form_lemma_counts = form_lemma_counts or {}

    def scores(self, features: list[str], tags: Sequence[str]) -> dict[str, float]:
        """Score each of ``tags`` for a word with these features."""
        totals = dict.fromkeys(tags, 0.0)
        weights = self.weights
        for f in features:
            row = weights.get(f)
            if row is None:
                continue
            for tag in tags:
                value = row.get(tag)
                if value is not None:
                    totals[tag] += value
        return totals

    def _best_of(self, readings: Sequence[Reading], upos: str, form: str = "") -> Reading:
        same = [r for r in readings if r.upos == upos]
        if len(same) == 1:
            return same[0]
        seen = self.form_lemma_counts.get(form.lower())
        if seen:
            best = max(same, key=lambda r: seen.get(r.lemma, 0))
            if seen.get(best.lemma, 0):
                return best
        counts = self.lemma_counts
        # a lemma seen in training wins; then the reading with fewer compound parts (pyykin is
        # pyykki, not pyy+kin-like compounds); then the lemma sharing the longest beginning with the form
        # (ilahduttavan: ilahduttaa, not the root verb ilahtua); max() keeps the first of equals,
        # so Voikko's order breaks the remaining ties
        low = form.lower()
        return max(same, key=lambda r: (counts.get(r.lemma, 0), -len(r.parts), _shared_start(low, r.lemma.lower())))

    def choose(self, words: Sequence[str], readings: Sequence[Sequence[Reading]]) -> list[Reading]:
        """One reading per word, left to right (greedy)."""
        pairs = [_signatures_of(w) for w in words]
        signatures = [p[0] for p in pairs]
        classes = [p[1] for p in pairs]
        chosen: list[Reading] = []
        prev, prev2 = _START, _START
        for i, rs in enumerate(readings):
            if len(rs) == 1:
                best = rs[0]
            else:
                tags = signatures[i].split("|")
                if len(tags) == 1:
                    best = self._best_of(rs, tags[0], words[i])
                else:
                    feats = token_features(words, signatures, classes, i, prev, prev2, lemma_features(rs))
                    totals = self.scores(feats, tags)
                    best = self._best_of(rs, max(tags, key=totals.__getitem__), words[i])
            chosen.append(best)
            prev2, prev = prev, best.upos
        return chosen


@lru_cache(maxsize=1)
def default_disambiguator() -> Disambiguator | None:
    """The shipped disambiguator, or ``None`` if its weights file is not installed."""
    path = resources.files("hyte_nlp.lang.fi").joinpath(_MODEL_FILE)
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Disambiguator(data["weights"], data.get("lemma_counts", {}), data.get("form_lemma_counts", {}))


def choose_readings(words: Sequence[str], readings: Sequence[Sequence[Reading]]) -> list[Reading]:
    """One reading per word: the shipped disambiguator's choice, or Voikko's first reading."""
    model = default_disambiguator()
    if model is None:
        return [rs[0] for rs in readings]
    return model.choose(words, readings)


__all__ = ["Disambiguator", "choose_readings", "default_disambiguator", "lemma_features", "token_features"]
