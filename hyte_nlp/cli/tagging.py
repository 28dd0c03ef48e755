"""``hyte-nlp tag``, ``hyte-nlp train`` and ``hyte-nlp evaluate``: a thin shell over hyte_nlp.tagging."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hyte_nlp.cli.output import Batch, write_records
from hyte_nlp.errors import HyteError


def register(sub: Any) -> None:
    p = sub.add_parser(
        "tag",
        help="tag statements by priority, age group, theme and type (JSONL/CSV/XLSX)",
        description="Read minutes and tag every statement; or tag texts given with --text. "
        "Write .xlsx to get a review sheet a person can correct and feed back to `hyte-nlp train`.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="minutes files (.pdf .docx .txt .md) or folders")
    p.add_argument("--text", action="append", metavar="TEXT", help="tag this text (repeatable) instead of files")
    p.add_argument("-o", "--output", metavar="FILE", help="FILE.jsonl, FILE.csv or FILE.xlsx (default: JSONL to stdout)")
    p.add_argument("--model", metavar="DIR", help="model directory (default: the shipped model; 'cues' for cues only)")
    p.add_argument("--codebook", metavar="FILE", help="codebook .toml/.yaml (default: the model's)")
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes for reading files (default: 1)")
    p.set_defaults(func=run_tag)

    t = sub.add_parser(
        "train",
        help="train a tagging model from annotated JSONL or corrected review sheets",
        description="Train a tagging model. CORPUS: .jsonl files, corrected .xlsx review sheets, or folders of them.",
    )
    t.add_argument("corpus", nargs="+", metavar="CORPUS")
    t.add_argument("-o", "--output", required=True, metavar="MODEL_DIR", help="directory to write the model to")
    t.add_argument("--codebook", metavar="FILE", help="codebook .toml/.yaml (default: the shipped codebook)")
    t.add_argument("--seed", type=int, default=0, help="random seed; the same seed and data give the same model (default 0)")
    t.add_argument("--cv", type=int, default=0, metavar="K", help="also run grouped K-fold cross-validation and store the metrics in meta.json")
    t.set_defaults(func=run_train)

    e = sub.add_parser(
        "evaluate",
        help="precision/recall/F1 per label, macro/micro per facet, priority confusion",
        description="Evaluate a model on annotated statements, or (--cv K) cross-validate training on them.",
    )
    e.add_argument("corpus", nargs="+", metavar="CORPUS")
    e.add_argument("--model", metavar="DIR", help="model directory (default: the shipped model)")
    e.add_argument("--codebook", metavar="FILE", help="codebook .toml/.yaml (default: the model's)")
    e.add_argument("--cv", type=int, default=0, metavar="K", help="grouped K-fold cross-validation instead of scoring a trained model")
    e.add_argument("--seed", type=int, default=0, help="random seed of the cross-validation (default 0)")
    e.add_argument("--json", metavar="FILE", help="also write the full report as JSON")
    e.set_defaults(func=run_evaluate)


def _fail(error: BaseException) -> int:
    print(f"hyte-nlp: {type(error).__name__}: {error}", file=sys.stderr)
    return 1


def _flat(record: dict[str, Any], facets: tuple[str, ...]) -> dict[str, Any]:
    """A CSV-friendly record: label ids and scores as comma-separated text."""
    out = dict(record)
    out["section"] = " > ".join(record.get("section") or ())
    out["lemmas"] = " ".join(record.get("lemmas") or ())
    for facet in facets:
        labels = record.get(facet) or []
        out[facet] = ", ".join(label["id"] for label in labels)
        out[f"{facet}_score"] = ", ".join(f"{label['score']:.2f}" for label in labels)
    return out


def run_tag(args: argparse.Namespace) -> int:
    from hyte_nlp.tagging import load_tagger
    from hyte_nlp.tagging.review import write_review

    if not args.paths and not args.text:
        print("hyte-nlp tag: give PATH... or --text TEXT", file=sys.stderr)
        return 2
    suffix = Path(args.output).suffix.lower() if args.output else ".jsonl"
    if suffix not in (".jsonl", ".json", ".ndjson", ".csv", ".xlsx"):
        print(f"hyte-nlp tag: cannot write {args.output!r}: use .jsonl, .csv or .xlsx", file=sys.stderr)
        return 2
    try:
        tagger = load_tagger(args.model, args.codebook)
    except HyteError as err:
        return _fail(err)
    facets = tagger.codebook.facet_ids
    status = 0
    keep = suffix == ".xlsx"  # the review sheet is written at the end; other formats stream
    all_tags = []

    def records() -> Iterator[dict[str, Any]]:
        nonlocal status
        if args.text:
            for tag in tagger.tag(args.text):
                if keep:
                    all_tags.append(tag)
                yield tag.to_record()
        if args.paths:
            batch = Batch(args.paths, jobs=args.jobs)
            for minutes in batch:
                base = minutes.statement_records()
                for rec, tag in zip(base, tagger.tag(minutes.statements)):
                    if keep:
                        all_tags.append(tag)
                    yield {**rec, **{k: v for k, v in tag.to_record().items() if k not in rec}}
            status = batch.exit_status

    if suffix == ".xlsx":
        for _ in records():
            pass
        write_review(all_tags, args.output, tagger.codebook)
    elif suffix == ".csv":
        write_records((_flat(r, facets) for r in records()), args.output)
    else:
        write_records(records(), args.output)
    return status


def run_train(args: argparse.Namespace) -> int:
    from hyte_nlp.tagging.persistence import save_model
    from hyte_nlp.tagging.training import train

    try:
        model = train(args.corpus, codebook=args.codebook, seed=args.seed, cv_folds=args.cv)
        out = save_model(model, args.output)
    except HyteError as err:
        return _fail(err)
    corpus = model.meta["corpus"]
    print(f"trained on {corpus['n_statements']} statements ({corpus['n_groups']} groups); model written to {out}", file=sys.stderr)
    metrics = model.meta.get("metrics")
    if metrics:
        macro = {facet: entry["macro"]["f1"] for facet, entry in metrics["facets"].items()}
        print(f"{metrics['method']}: macro-F1 " + ", ".join(f"{k} {v:.3f}" for k, v in macro.items()), file=sys.stderr)
    return 0


def run_evaluate(args: argparse.Namespace) -> int:
    from hyte_nlp.tagging import load_codebook, load_tagger
    from hyte_nlp.tagging.corpus import corpus_sha256, load_corpus
    from hyte_nlp.tagging.evaluation import cross_validate, evaluate

    try:
        if args.cv:
            codebook = load_codebook(args.codebook)
            examples = load_corpus(args.corpus, codebook)
            report = cross_validate(examples, codebook, folds=args.cv, seed=args.seed)
        else:
            tagger = load_tagger(args.model, args.codebook)
            examples = load_corpus(args.corpus, tagger.codebook)
            if tagger.meta.get("corpus", {}).get("sha256") == corpus_sha256(examples):
                print(
                    "hyte-nlp evaluate: warning: this is the model's training corpus, so these scores "
                    "measure memory, not accuracy; use --cv K for honest figures.",
                    file=sys.stderr,
                )
            report = evaluate(tagger, examples)
    except HyteError as err:
        return _fail(err)
    print(report.to_text())
    if args.json:
        Path(args.json).write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0
