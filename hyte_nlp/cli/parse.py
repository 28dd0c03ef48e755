"""``hyte-nlp parse PATH... [-o FILE.jsonl|.csv]``: statements with provenance."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any

from hyte_nlp.cli.output import Batch, add_path_arguments, write_records


def register(sub: Any) -> None:
    p = sub.add_parser("parse", help="read minutes into statements with provenance (JSONL/CSV)",
                       description="Read minutes files into statements with provenance.")
    add_path_arguments(p)
    p.add_argument("-o", "--output", metavar="FILE", help="FILE.jsonl or FILE.csv (default: JSONL to stdout)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    batch = Batch(args.paths, jobs=args.jobs)

    def records() -> Iterator[dict[str, Any]]:
        for minutes in batch:
            yield from minutes.statement_records()

    write_records(records(), args.output)
    return batch.exit_status
