"""Inside a grid, statements get the grid's priority and age group (issue 4: >= 97%).

The fixtures (tests/fixtures/grids/make_grids.py) lay out synthetic minutes as a priority x
age-group table in a PDF and a DOCX (with differently worded headings), plus age-group headings
over priority subheadings. Most statements name neither; the headings and table headers do.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import hyte_nlp

GRIDS = Path(__file__).resolve().parents[1] / "fixtures" / "grids"
EXPECTED = {e["text"]: e for e in json.loads((GRIDS / "expected.json").read_text(encoding="utf-8"))}


@pytest.fixture(scope="module")
def tagger():
    return hyte_nlp.load_tagger()


@pytest.mark.parametrize("name", ["koskela_grid.pdf", "koskela_grid.docx"])
def test_grid_statements_get_the_grids_priority_and_age_group(tagger, name):
    minutes = hyte_nlp.read(GRIDS / name)
    in_grid = [s for s in minutes.statements if s.text in EXPECTED]
    assert len(in_grid) == len(EXPECTED), "the reader lost grid statements"
    tags = tagger.tag(in_grid)
    priority_ok = sum(EXPECTED[t.statement.text]["priority"] in t.label_ids("priority") for t in tags)
    age_ok = sum(EXPECTED[t.statement.text]["age_group"] in t.label_ids("age_group") for t in tags)
    assert priority_ok / len(tags) >= 0.97, f"{priority_ok}/{len(tags)} got the grid's priority"
    assert age_ok / len(tags) >= 0.97, f"{age_ok}/{len(tags)} got the grid's age group"


def test_grid_rows_name_the_statement_type(tagger):
    minutes = hyte_nlp.read(GRIDS / "koskela_grid.docx")
    rows = {"Haasteet": "haaste", "Vahvuudet": "vahvuus", "Toimenpiteet": "toimenpide"}
    tags = tagger.tag([s for s in minutes.statements if s.row_header in rows])
    assert tags
    assert all(t.label_ids("statement_type") == [rows[t.statement.row_header]] for t in tags)


def test_context_is_explained(tagger):
    minutes = hyte_nlp.read(GRIDS / "koskela_grid.pdf")
    statement = next(s for s in minutes.statements if s.text == "Kuntosaliryhmiin on jonoa")
    tag = tagger.tag([statement])[0]
    reasons = tag.explain("age_group")["ikaantyneet"]
    assert reasons[0].kind == "context" and reasons[0].text == "Ikääntyneet"
    assert tag.scores["priority"]["liikunta"] >= 0.95
    # an age group named by the grid replaces the fallback "yhteiset"
    assert "yhteiset" not in tag.label_ids("age_group")
