"""Shared plumbing of the subcommands: reading a batch with a progress bar, reporting bad files,
and writing records as JSONL or CSV."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from hyte_nlp.minutes import Minutes


def add_path_arguments(parser: Any) -> None:
    """The positional PATH... argument shared by parse, tag and summarize."""
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="minutes files (.pdf .docx .txt .md) or folders to search for them")
    parser.add_argument("-j", "--jobs", type=int, default=1,
                        help="worker processes for reading files (default: 1)")


def report_error(path: str, error: BaseException, stream: TextIO | None = None) -> None:
    """One line on standard error: ``hyte-nlp: PATH: ErrorType: reason``."""
    stream = stream or sys.stderr
    message = str(error)
    # ParseError messages start with the path already; don't say it twice.
    if message.startswith(path):
        message = message[len(path):].lstrip(": ")
    print(f"hyte-nlp: {path}: {type(error).__name__}: {message}", file=stream)


class Batch:
    """Reads every file of a batch, yields the minutes that were read and remembers failures.

    A progress bar is shown on a terminal (tqdm) and nowhere else: when standard error is piped
    or redirected the bar is disabled, so logs stay clean.
    """

    def __init__(self, paths: Sequence[str], jobs: int = 1) -> None:
        from hyte_nlp.readers import expand_paths

        self.files = [str(p) for p in expand_paths(paths)]
        self.jobs = jobs
        self.failed: list[str] = []
        missing = [p for p in paths if not Path(p).exists()]
        for p in missing:
            self.failed.append(str(p))
            report_error(str(p), FileNotFoundError("no such file or folder"))
        self.files = [f for f in self.files if Path(f).exists()]

    def __iter__(self) -> Iterator[Minutes]:
        from tqdm import tqdm

        from hyte_nlp.readers import read_many

        show = sys.stderr.isatty() and len(self.files) > 1
        bar = tqdm(total=len(self.files), unit="file", disable=not show, file=sys.stderr)
        try:
            for result in read_many(self.files, jobs=self.jobs):
                bar.update(1)
                if result.error is not None:
                    self.failed.append(result.path)
                    bar.clear()
                    report_error(result.path, result.error)
                else:
                    assert result.minutes is not None
                    yield result.minutes
        finally:
            bar.close()

    @property
    def exit_status(self) -> int:
        """1 if any file failed (or nothing was found), else 0."""
        if not self.files and not self.failed:
            print("hyte-nlp: no .pdf, .docx, .txt or .md files found", file=sys.stderr)
            return 1
        return 1 if self.failed else 0


def _csv_value(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        parts = [v["id"] if isinstance(v, dict) and "id" in v else v for v in value]
        return " > ".join(map(str, parts)) if parts and all(isinstance(p, str) for p in parts) else json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_records(records: Iterable[dict[str, Any]], output: str | None) -> int:
    """Write records as JSONL (to ``output`` or standard output) or CSV (``.csv``); returns the count.

    JSONL is streamed. CSV needs the header first, so its records are collected.
    """
    if output is None or output == "-":
        return _write_jsonl(records, sys.stdout)
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows = list(records)
        fields: list[str] = []
        for row in rows:
            fields.extend(k for k in row if k not in fields)
        with path.open("w", encoding="utf-8-sig", newline="") as fh:  # BOM: Excel reads UTF-8
            writer = csv.DictWriter(fh, fieldnames=fields)
            writer.writeheader()
            for row in rows:
                writer.writerow({k: _csv_value(v) for k, v in row.items()})
        return len(rows)
    if suffix not in (".jsonl", ".json", ".ndjson"):
        raise SystemExit(f"hyte-nlp: cannot write {output!r}: use a .jsonl or .csv file name")
    with path.open("w", encoding="utf-8") as fh:
        return _write_jsonl(records, fh)


def _write_jsonl(records: Iterable[dict[str, Any]], stream: TextIO) -> int:
    count = 0
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    stream.flush()
    return count


__all__ = ["Batch", "add_path_arguments", "report_error", "write_records"]
