"""``hyte-nlp lemmatize``: the command-line shell over lemmatize/analyze_many."""

from __future__ import annotations

import json
import subprocess
import sys

from hyte_nlp.cli import main


def test_lemmatize_text_argument(capsys) -> None:
    assert main(["lemmatize", "Järjestöjen merkitys kasvaa"]) == 0
    assert capsys.readouterr().out == "järjestö merkitys kasvaa\n"


def test_lemmatize_jsonl_has_parts(capsys) -> None:
    assert main(["lemmatize", "--format", "jsonl", "kotiturvallisuuskäynnit", "THL:n"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records[0] == {
        "text": "kotiturvallisuuskäynnit",
        "lemma": "kotiturvallisuuskäynti",
        "marked_lemma": "koti#turvallisuus#käynti",
        "upos": "NOUN",
        "parts": ["koti", "turvallisuus", "käynti"],
    }
    assert records[1]["lemma"] == "THL"


def test_lemmatize_compound_marks(capsys) -> None:
    assert main(["lemmatize", "--compound-marks", "Sote-palvelujen kotiturvallisuuskäynnit"]) == 0
    assert capsys.readouterr().out == "sote#palvelu koti#turvallisuus#käynti\n"


def test_lemmatize_reads_stdin_line_by_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "hyte_nlp.cli", "lemmatize"],
        input="Laukaan kunnassa\nsote-palvelujen saatavuus\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["Laukaa kunta", "sote-palvelu saatavuus"]
