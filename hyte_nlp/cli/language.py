"""``hyte-nlp lemmatize "teksti"``: lemmas (and optionally parts of speech and compound parts)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def register(subparsers: Any) -> None:
    """Add the ``lemmatize`` subcommand."""
    parser = subparsers.add_parser(
        "lemmatize",
        help="lemmatise Finnish text with Voikko",
        description=(
            "Print the lemma of every word of TEXT (or of standard input when TEXT is '-' or "
            "missing), one line per input line, lemmas separated by spaces."
        ),
    )
    parser.add_argument("text", nargs="*", help="text to lemmatise; '-' or nothing reads stdin")
    parser.add_argument(
        "--format",
        choices=("text", "jsonl"),
        default="text",
        help="'text': lemmas separated by spaces; 'jsonl': one JSON object per word with "
        "text, lemma, marked_lemma, upos and parts",
    )
    parser.add_argument(
        "--compound-marks",
        action="store_true",
        help="'text' format: print lemmas with compound boundaries marked '#' as in UD Finnish-TDT "
        "(koti#turvallisuus#käynti, sote#palvelu)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from hyte_nlp.errors import VoikkoNotAvailableError
    from hyte_nlp.nlp import analyze_many

    if not args.text or args.text == ["-"]:
        lines = [line.rstrip("\n") for line in sys.stdin]
    else:
        lines = [" ".join(args.text)]
    try:
        results = analyze_many(lines)
    except VoikkoNotAvailableError as err:
        print(f"hyte-nlp lemmatize: {err}", file=sys.stderr)
        return 1
    out = sys.stdout
    for analyses in results:
        if args.format == "jsonl":
            for a in analyses:
                record = {
                    "text": a.text,
                    "lemma": a.lemma,
                    "marked_lemma": a.marked_lemma,
                    "upos": a.upos,
                    "parts": list(a.parts),
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            lemmas = (a.marked_lemma if args.compound_marks else a.lemma for a in analyses)
            out.write(" ".join(lemmas) + "\n")
    return 0
