"""Training, evaluation and the review loop (tag -> xlsx -> corrected -> train)."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

import hyte_nlp
from hyte_nlp.tagging.corpus import CorpusError, load_corpus
from hyte_nlp.tagging.evaluation import cross_validate
from hyte_nlp.tagging.persistence import save_model
from hyte_nlp.tagging.review import REVIEW_SHEET, write_review
from hyte_nlp.tagging.training import train


def test_same_seed_same_model(mini_corpus_path, mini_model_dir, tmp_path):
    again = save_model(train(mini_corpus_path, seed=0), tmp_path / "again")
    for name in ("facet_priority.npz", "facet_theme.npz", "vocabulary.json", "codebook.json"):
        assert (again / name).read_bytes() == (mini_model_dir / name).read_bytes(), name


def test_grouped_cross_validation_report(mini_corpus_path):
    codebook = hyte_nlp.load_codebook()
    examples = load_corpus([mini_corpus_path], codebook)
    report = cross_validate(examples, codebook, folds=3, seed=0)
    data = report.to_dict()
    assert data["folds"] == 3 and data["n_statements"] == len(examples)
    priority = data["facets"]["priority"]
    assert set(priority["labels"]) == {"liikunta", "mieli", "turvallisuus"}
    assert 0.0 < priority["macro"]["f1"] <= 1.0
    assert priority["confusion"]["gold"][-1] == "—"
    assert "macro avg" in report.to_text() and "confusion" in report.to_text()
    # deterministic for a seed
    assert cross_validate(examples, codebook, folds=3, seed=0).to_dict() == data


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ('{"text": "Uimahalli", "priority": ["uinti"]}', ["bad.jsonl:2", "facet 'priority'", "label 'uinti'"]),
        ('{"text": "Uimahalli", "statement_type": ["haaste", "tieto"]}', ["bad.jsonl:2", "single-label"]),
        ('{"text": "", "priority": []}', ["bad.jsonl:2", "text"]),
        ("{not json", ["bad.jsonl:2", "invalid JSON"]),
    ],
)
def test_corpus_errors_name_file_line_facet_and_label(tmp_path, line, words):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "Hyvä alku", "priority": []}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(CorpusError) as info:
        load_corpus([bad], hyte_nlp.load_codebook())
    for word in words:
        assert word in str(info.value)


def test_review_sheet_round_trip(default_tagger, tmp_path):
    statements = [
        hyte_nlp.Statement(id="koskela:0", text="Uimahallin vuorot", kind="bullet", source="koskela.docx", section=("Liikunta",)),
        hyte_nlp.Statement(id="koskela:1", text="Kylätalon kahvila kokoaa asukkaita", kind="bullet", source="koskela.docx", page=2),
    ]
    sheet = write_review(default_tagger.tag(statements), tmp_path / "review.xlsx", default_tagger.codebook)
    wb = load_workbook(sheet)
    ws = wb[REVIEW_SHEET]
    header = [c.value for c in ws[1]]
    assert header[:5] == ["id", "text", "source", "page", "section"]
    assert {"priority", "age_group", "theme", "statement_type", "priority_score"} <= set(header)
    assert ws.cell(2, header.index("source") + 1).value == "koskela.docx"
    assert ws.cell(3, header.index("page") + 1).value == 2
    # a coordinator corrects the second row
    ws.cell(3, header.index("theme") + 1).value = "matala_kynnys, yksinaisyys"
    ws.cell(3, header.index("statement_type") + 1).value = "vahvuus"
    wb.save(sheet)
    examples = load_corpus([sheet], default_tagger.codebook)
    assert [ex.text for ex in examples] == ["Uimahallin vuorot", "Kylätalon kahvila kokoaa asukkaita"]
    assert examples[1].labels["theme"] == ("matala_kynnys", "yksinaisyys")
    assert examples[1].labels["statement_type"] == ("vahvuus",)


def test_train_accepts_a_folder_of_jsonl_and_corrected_sheets(mini_corpus_path, default_tagger, tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "part.jsonl").write_text(mini_corpus_path.read_text(encoding="utf-8"), encoding="utf-8")
    write_review(default_tagger.tag(["Kylätalon kahvila kokoaa asukkaita"]), folder / "review.xlsx", default_tagger.codebook)
    model = train(folder, seed=0)
    corpus = model.meta["corpus"]
    n_jsonl = sum(1 for line in mini_corpus_path.read_text(encoding="utf-8").splitlines() if line.strip())
    assert corpus["n_statements"] == n_jsonl + 1
    assert len(corpus["files"]) == 2
    json.dumps(model.meta)
