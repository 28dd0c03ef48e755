"""``hyte-nlp tag | train | evaluate`` through the real entry point."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from openpyxl import load_workbook

from hyte_nlp.cli import main

GRID_DOCX = Path(__file__).resolve().parents[1] / "fixtures" / "grids" / "koskela_grid.docx"


def test_tag_text_writes_api_records(capsys):
    assert main(["tag", "--text", "Nuorten päihteiden käyttö huolestuttaa"]) == 0
    record = json.loads(capsys.readouterr().out.strip())
    assert record["text"] == "Nuorten päihteiden käyttö huolestuttaa"
    assert record["lemmas"][:2] == ["nuori", "päihde"]
    assert record["theme"][0]["id"] == "paihteet" and 0 < record["theme"][0]["score"] <= 1
    assert {"priority", "age_group", "statement_type"} <= set(record)


def test_tag_files_to_csv_and_xlsx(tmp_path, capsys):
    out = tmp_path / "tags.csv"
    assert main(["tag", str(GRID_DOCX), "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert len(rows) > 50
    cell = next(r for r in rows if r["text"] == "Kuntosaliryhmiin on jonoa")
    assert cell["priority"].split(", ")[0] == "liikunta" and cell["age_group"] == "ikaantyneet"
    assert cell["source"].endswith("koskela_grid.docx")
    sheet = tmp_path / "review.xlsx"
    assert main(["tag", str(GRID_DOCX), "-o", str(sheet)]) == 0
    ws = load_workbook(sheet)["Tarkistus"]
    assert ws.max_row == len(rows) + 1


def test_bad_file_is_reported_and_the_batch_goes_on(tmp_path, capsys):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    status = main(["tag", str(GRID_DOCX), str(broken)])
    captured = capsys.readouterr()
    assert status == 1
    assert "broken.docx" in captured.err
    assert len(captured.out.splitlines()) > 50


def test_train_then_evaluate(mini_corpus_path, tmp_path, capsys):
    model = tmp_path / "model"
    assert main(["train", str(mini_corpus_path), "-o", str(model), "--seed", "1"]) == 0
    assert (model / "manifest.json").is_file()
    capsys.readouterr()
    assert main(["evaluate", str(mini_corpus_path), "--model", str(model), "--json", str(tmp_path / "r.json")]) == 0
    captured = capsys.readouterr()
    assert "training corpus" in captured.err  # scoring on training data is flagged
    assert "macro avg" in captured.out
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert set(report["facets"]) == {"priority", "age_group", "theme", "statement_type"}


def test_model_errors_exit_1(tmp_path, capsys):
    assert main(["tag", "--text", "x", "--model", str(tmp_path / "missing")]) == 1
    assert "ModelError" in capsys.readouterr().err
    assert main(["train", str(tmp_path / "none.jsonl"), "-o", str(tmp_path / "m")]) == 1
    assert "no such file" in capsys.readouterr().err
