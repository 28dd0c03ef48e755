"""``hyte-nlp parse``: JSONL/CSV records with provenance; a bad file is reported and the batch goes on."""

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hyte_nlp.cli import main

ROOT = Path(__file__).resolve().parents[2]
MINUTES = ROOT / "corpora" / "minutes"
PARSE_KEYS = {"id", "text", "kind", "section", "page", "index", "source", "municipality", "date"}


@pytest.fixture()
def batch(tmp_path):
    """Two good minutes and two bad files in one folder."""
    shutil.copy(MINUTES / "esimerkkila_2025.docx", tmp_path)
    shutil.copy(MINUTES / "jarvikyla_2025.pdf", tmp_path)
    (tmp_path / "vanha.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    (tmp_path / "katkennut.pdf").write_bytes((MINUTES / "jarvikyla_2025.pdf").read_bytes()[:3000])
    (tmp_path / "README.md").write_text("Tämä kansio ei ole pöytäkirja.", encoding="utf-8")
    return tmp_path


def test_parse_folder_to_jsonl_reports_bad_files_and_goes_on(batch, tmp_path, capsys):
    out = tmp_path / "out" / "statements.jsonl"
    status = main(["parse", str(batch), "-o", str(out)])
    err = capsys.readouterr().err
    assert status == 1
    assert "vanha.docx: UnsupportedFormatError" in err
    assert "katkennut.pdf: CorruptDocumentError" in err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["municipality"] for r in records} == {"Esimerkkilä", "Järvikylä"}
    assert all(PARSE_KEYS <= set(r) for r in records)
    assert not any(r["source"].endswith("README.md") for r in records)
    pdf_records = [r for r in records if r["source"].endswith(".pdf")]
    assert pdf_records and all(isinstance(r["page"], int) and r["page"] >= 1 for r in pdf_records)


def test_parse_good_file_exits_zero_and_writes_csv(tmp_path, capsys):
    out = tmp_path / "s.csv"
    assert main(["parse", str(MINUTES / "esimerkkila_2025.docx"), "-o", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and PARSE_KEYS <= set(rows[0])
    assert [int(r["index"]) for r in rows] == list(range(len(rows)))


def test_parse_missing_path_fails(tmp_path, capsys):
    assert main(["parse", str(tmp_path / "ei_ole.pdf")]) == 1
    assert "ei_ole.pdf" in capsys.readouterr().err


def test_console_script_streams_jsonl_to_a_pipe_without_progress_bar():
    exe = Path(sys.executable).with_name("hyte-nlp")
    proc = subprocess.run([str(exe), "parse", str(MINUTES / "esimerkkila_2025.docx"), str(MINUTES / "jarvikyla_2025.pdf")],
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""  # no progress bar when not on a terminal
    lines = proc.stdout.splitlines()
    assert len(lines) > 50 and all(json.loads(line)["text"] for line in lines)
