"""Lemma accuracy and speed on UD Finnish-TDT, hyte_nlp beside the field, in one run.

Usage (from the repository root)::

    .venv/bin/python benchmarks/lemma_tdt.py                  # test split, all systems
    .venv/bin/python benchmarks/lemma_tdt.py --split dev --systems hyte,voikko-first

Accuracy: gold tokenisation, every word counted, the treebank's compound marks ``#`` removed from
gold and prediction, exact (case-sensitive) match; overall and per gold UPOS. hyte_nlp is scored
on its lemmas in the treebank's own format (``lemmatize(words, compound_marks=True)``: compound
boundaries marked ``#``, so a common compound's hyphen is a mark too, *sote#palvelu*, as the
treebank writes it); its default lemmas keep that hyphen (*sote-palvelu*) and are scored in a row
of their own.
Speed: words per second over the whole split, with cold caches for hyte_nlp (its first pass, the
one that counts) and again warm; "pipeline" rows run from raw sentence text through tokenisation
(``finnish_pipeline().pipe`` / ``analyze_many``) as the tagger does.
Start-up and memory of hyte_nlp are measured in fresh subprocesses.

The machine is shared: compare the systems' ratios within one run, not absolute numbers across runs.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tdt_conllu import Sentence, normalise, read_conllu, split_path  # noqa: E402

MAIN_UPOS = ("NOUN", "VERB", "ADJ", "PROPN", "ADV", "PRON", "AUX", "NUM")

Lemmatiser = Callable[[list[Sentence]], list[list[str]]]


def hyte_gold(sentences: list[Sentence]) -> list[list[str]]:
    import hyte_nlp

    # the treebank's own lemma format: compound boundaries marked "#" (sote#palvelu)
    return [hyte_nlp.lemmatize(list(s.forms), compound_marks=True) for s in sentences]


def hyte_plain(sentences: list[Sentence]) -> list[list[str]]:
    import hyte_nlp

    # the default lemmas: no marks, a hyphenated compound keeps its hyphen (sote-palvelu)
    return [hyte_nlp.lemmatize(list(s.forms)) for s in sentences]


def voikko_first(sentences: list[Sentence]) -> list[list[str]]:
    from hyte_nlp.nlp.voikko import analyze_word

    out = []
    for s in sentences:
        lemmas = []
        for w in s.forms:
            analyses = analyze_word(w)
            lemmas.append(analyses[0]["BASEFORM"] if analyses else w)
        out.append(lemmas)
    return out


def simplemma_gold(sentences: list[Sentence]) -> list[list[str]]:
    import simplemma

    return [[simplemma.lemmatize(w, lang="fi") for w in s.forms] for s in sentences]


_SPACY_FI = None


def _spacy_fi():
    global _SPACY_FI
    if _SPACY_FI is None:
        import spacy

        _SPACY_FI = spacy.load("spacy_fi_experimental_web_md")
    return _SPACY_FI


def spacy_fi_gold(sentences: list[Sentence]) -> list[list[str]]:
    from spacy.tokens import Doc

    nlp = _spacy_fi()
    docs = (Doc(nlp.vocab, words=list(s.forms)) for s in sentences)
    return [[t.lemma_ for t in doc] for doc in nlp.pipe(docs, batch_size=256)]


SYSTEMS: dict[str, tuple[str, Lemmatiser]] = {
    "hyte": ("hyte_nlp.lemmatize(words, compound_marks=True)", hyte_gold),
    "spacy-fi": ("spacy_fi_experimental_web_md 0.15, full pipeline", spacy_fi_gold),
    "simplemma": ("simplemma", simplemma_gold),
    "voikko-first": ("libvoikko, first analysis", voikko_first),
}


def score(sentences: list[Sentence], predicted: list[list[str]]) -> dict[str, tuple[int, int]]:
    """Right/total per gold UPOS and overall ("ALL"), ``#`` removed from gold and prediction."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for s, pred in zip(sentences, predicted):
        if len(pred) != len(s.forms):
            raise AssertionError(f"{len(pred)} lemmas for {len(s.forms)} words in {s.text!r}")
        for gold, p, upos in zip(s.lemmas, pred, s.upos):
            ok = normalise(gold) == normalise(p)
            for key in ("ALL", upos):
                total[key] += 1
                right[key] += ok
    return {k: (right[k], total[k]) for k in total}


def timed(fn: Callable[[], object]) -> tuple[object, float]:
    gc.collect()
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def startup_probe() -> dict[str, float]:
    code = (
        "import time, resource, json; t0=time.perf_counter(); import hyte_nlp; t1=time.perf_counter();"
        "hyte_nlp.lemmatize('Järjestöjen merkitys kasvaa'); t2=time.perf_counter();"
        "print(json.dumps({'import_s': t1-t0, 'first_lemmatize_s': t2-t1,"
        "'rss_mb': int([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1])/1024}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="test", choices=("dev", "test"))
    parser.add_argument("--systems", default="hyte,spacy-fi,simplemma,voikko-first")
    parser.add_argument("--limit", type=int, default=0, help="first N sentences only (quick runs)")
    parser.add_argument("--errors", type=int, default=0, help="print N most frequent hyte errors")
    args = parser.parse_args(argv)

    sentences = read_conllu(split_path(args.split))
    if args.limit:
        sentences = sentences[: args.limit]
    n_words = sum(len(s.forms) for s in sentences)
    print(f"UD Finnish-TDT {args.split}: {len(sentences)} sentences, {n_words} words")

    rows = []
    hyte_pred: list[list[str]] | None = None
    for key in args.systems.split(","):
        label, fn = SYSTEMS[key]
        if key == "spacy-fi":
            _spacy_fi()  # loading is start-up, not throughput
        if key == "simplemma":
            import simplemma

            simplemma.lemmatize("kunta", lang="fi")  # its dictionary load is start-up, not throughput
        if key == "hyte":
            import hyte_nlp

            hyte_nlp.lemmatize("kunta")  # load Voikko and the models; the word-form cache stays cold
        pred, seconds = timed(lambda: fn(sentences))
        scores = score(sentences, pred)  # type: ignore[arg-type]
        rows.append((label, scores, n_words / seconds))
        if key == "hyte":
            hyte_pred = pred  # type: ignore[assignment]
            _, warm = timed(lambda: fn(sentences))
            rows.append(("  same, warm word-form cache", scores, n_words / warm))
            plain, warm_plain = timed(lambda: hyte_plain(sentences))
            rows.append(("  hyte_nlp.lemmatize(words): default lemmas, hyphen kept (sote-palvelu), warm", score(sentences, plain), n_words / warm_plain))  # type: ignore[arg-type]
            texts = [s.text for s in sentences]
            from hyte_nlp.nlp import analyze_many, finnish_pipeline
            from hyte_nlp.nlp.analyzer import _record
            from hyte_nlp.nlp.candidates import candidates

            from hyte_nlp.nlp.disambiguator import _signatures_of

            candidates.cache_clear()
            _signatures_of.cache_clear()
            _record.cache_clear()
            _, cold_many = timed(lambda: analyze_many(texts))
            _, warm_many = timed(lambda: analyze_many(texts))  # measured before the caches are emptied
            nlp = finnish_pipeline()
            _, warm_pipe = timed(lambda: list(nlp.pipe(texts, batch_size=256)))
            rows.append(("  analyze_many(raw text), cold cache", None, n_words / cold_many))
            # forked workers inherit the parent's caches: empty them so the workers start cold
            candidates.cache_clear()
            _signatures_of.cache_clear()
            _record.cache_clear()
            _, two = timed(lambda: analyze_many(texts, n_process=2))
            rows.append(("  analyze_many(raw text, n_process=2), cold workers", None, n_words / two))
            rows.append(("  analyze_many(raw text), warm cache", None, n_words / warm_many))
            rows.append(("  finnish_pipeline().pipe(raw text), warm", None, n_words / warm_pipe))
        if key == "spacy-fi":
            nlp_fi = _spacy_fi()
            texts = [s.text for s in sentences]
            _, raw = timed(lambda: list(nlp_fi.pipe(texts, batch_size=256)))
            rows.append(("  same, raw text (own tokenizer)", None, n_words / raw))
            disabled = [p for p in ("parser", "ner") if p in nlp_fi.pipe_names]
            with nlp_fi.select_pipes(disable=disabled):
                _, tagger_only = timed(lambda: list(nlp_fi.pipe(texts, batch_size=256)))
            rows.append((f"  same without {'/'.join(disabled)}, raw text", None, n_words / tagger_only))

    header = "| system | all | " + " | ".join(MAIN_UPOS) + " | words/s |"
    print()
    print(header)
    print("|" + "---|" * (len(MAIN_UPOS) + 3))
    for label, scores, wps in rows:
        if scores is None:
            cells = ["–"] * (len(MAIN_UPOS) + 1)
        else:
            cells = []
            for key in ("ALL", *MAIN_UPOS):
                r, t = scores.get(key, (0, 0))
                cells.append(f"{100 * r / t:.1f}" if t else "–")
        print(f"| {label} | " + " | ".join(cells) + f" | {wps:,.0f} |")

    if "hyte" in args.systems.split(","):
        probe = startup_probe()
        print()
        print(
            f"hyte_nlp start-up: import {probe['import_s']:.2f} s, first lemmatize "
            f"{probe['first_lemmatize_s']:.2f} s, peak RSS after it {probe['rss_mb']:.0f} MB"
        )
        print(f"peak RSS of this benchmark process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")

    if args.errors and hyte_pred is not None:
        errors: Counter[tuple[str, str, str, str]] = Counter()
        for s, pred in zip(sentences, hyte_pred):
            for w, g, p, u in zip(s.forms, s.lemmas, pred, s.upos):
                if normalise(g) != normalise(p):
                    errors[(w, normalise(g), p, u)] += 1
        print()
        for (w, g, p, u), n in errors.most_common(args.errors):
            print(f"{n:4d}  {w:20s} gold={g:20s} pred={p:20s} {u}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
