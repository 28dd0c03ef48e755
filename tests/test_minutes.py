"""The data model: frozen records that round-trip through JSON."""

import dataclasses
import datetime as dt
import json

import pytest

from hyte_nlp.minutes import Minutes, Participant, Statement


def _statement(**kw):
    base = dict(id="x:0", text="Nuorten yksinäisyys", kind="bullet", section=("Painopisteet",),
                page=2, index=0, source="x.pdf")
    base.update(kw)
    return Statement(**base)


def test_statement_is_frozen():
    s = _statement()
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.text = "muu"  # type: ignore[misc]


def test_statement_round_trips_through_json():
    s = _statement(row_header="Mielen hyvinvoinnin edistäminen", column_header="Ikääntyneet", kind="table_cell")
    again = Statement.from_dict(json.loads(json.dumps(s.to_dict())))
    assert again == s
    assert again.context == ("Painopisteet", "Ikääntyneet", "Mielen hyvinvoinnin edistäminen")


def test_statement_rejects_unknown_kind():
    with pytest.raises(ValueError, match="unknown statement kind"):
        Statement.from_dict({"text": "x", "kind": "footnote"})


def test_minutes_round_trip_and_records():
    m = Minutes(source="a.docx", municipality="Esimerkkilä", date=dt.date(2025, 3, 12),
                participants=(Participant("Maija Meikäläinen", "hyvinvointikoordinaattori"),),
                statements=(_statement(), _statement(id="x:1", index=1, text="Sovittiin jatkosta.", kind="action")),
                format="docx")
    assert Minutes.from_dict(json.loads(json.dumps(m.to_dict()))) == m
    records = m.statement_records()
    assert [r["index"] for r in records] == [0, 1]
    assert all(r["municipality"] == "Esimerkkilä" and r["date"] == "2025-03-12" for r in records)
    assert set(records[0]) >= {"id", "text", "kind", "section", "page", "index", "source", "municipality", "date"}
