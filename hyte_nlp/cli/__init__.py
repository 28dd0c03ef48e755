"""The ``hyte-nlp`` command: a thin shell over the library, one subcommand per public function.

Each subcommand lives in its own module exposing ``register(subparsers)``; the module list below
fixes the order shown in ``--help``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from hyte_nlp.about import __version__

# module name -> registers these subcommands
_COMMAND_MODULES = (
    "hyte_nlp.cli.parse",        # parse
    "hyte_nlp.cli.tagging",      # tag, train, evaluate
    "hyte_nlp.cli.language",     # lemmatize
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hyte-nlp",
        description="Read, tag and summarise the minutes of Finnish wellbeing negotiations.",
    )
    parser.add_argument("--version", action="version", version=f"hyte-nlp {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as err:
            if err.name != name:
                raise
            continue  # a subcommand module not written yet
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``hyte-nlp``; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
