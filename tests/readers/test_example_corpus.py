"""The readers against the example corpus: every synthetic minutes file and its gold statements.

The gold files (``corpora/minutes/gold/``) are written by ``corpora/minutes/make_minutes.py`` from
each document's content model by the rules of ``docs/SEGMENTATION.md``, never from reader output.
Text agreement is the contract of issue 2 ("Done when"): at least 98 % of the corpus's gold
statements and 95 % of each document's come out with exactly the gold text. Kind, section, page
and table-header agreement are measured on the statements whose text matched.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import hyte_nlp
from hyte_nlp.minutes import Minutes

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "minutes"
GOLD = CORPUS / "gold"
STEMS = sorted(p.name[: -len(".meta.json")] for p in GOLD.glob("*.meta.json"))

# Page numbers in the forms the corpus uses ("2 (5)", "Sivu 2/5", "- 2 -") anywhere in a statement
# (the corpus text itself never contains these shapes).
PAGE_NUMBER_RE = re.compile(r"(?:^|\s)(?:\d+ \(\d+\)|Sivu \d+\s*/\s*\d+|- \d+ -)(?:\s|$)")


@dataclass(frozen=True)
class Case:
    stem: str
    meta: dict[str, Any]
    gold: list[dict[str, Any]]
    result: Minutes | Exception

    @property
    def minutes(self) -> Minutes:
        """The read minutes; a file that could not be read fails the test that asks for it."""
        if isinstance(self.result, Exception):
            raise AssertionError(f"{self.meta['file']} could not be read: {self.result!r}") from self.result
        return self.result


def _load(stem: str) -> Case:
    meta = json.loads((GOLD / f"{stem}.meta.json").read_text(encoding="utf-8"))
    with open(GOLD / f"{stem}.jsonl", encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    try:
        result: Minutes | Exception = hyte_nlp.read(CORPUS / meta["file"])
    except Exception as err:  # noqa: BLE001 - reported by each test of this document
        result = err
    return Case(stem, meta, gold, result)


@pytest.fixture(scope="module")
def cases() -> dict[str, Case]:
    # Each file is read once for all tests of this module.
    return {stem: _load(stem) for stem in STEMS}


def _matched(gold: list[dict[str, Any]], got: list[str]) -> int:
    """Multiset intersection size of gold texts and read texts."""
    return sum((Counter(g["text"] for g in gold) & Counter(got)).values())


def _align(case: Case) -> list[tuple[dict[str, Any], Any]]:
    """Pair each gold record with the first unused read statement of the same text, in order."""
    pool: dict[str, list[Any]] = {}
    for s in case.minutes.statements:
        pool.setdefault(s.text, []).append(s)
    pairs = []
    for g in case.gold:
        if pool.get(g["text"]):
            pairs.append((g, pool[g["text"]].pop(0)))
    return pairs


def test_gold_is_generated_from_content(tmp_path: Path) -> None:
    """The committed gold files are what the generator derives from content/ (no hand edits).

    Pages are left out of the comparison, and so are the rendered files: they depend on the
    installed reportlab, fonts and Voikko dictionary, the statements do not.
    """
    import subprocess
    import sys

    subprocess.run([sys.executable, str(CORPUS / "make_minutes.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)

    def records(folder: Path, stem: str) -> list[dict[str, Any]]:
        lines = (folder / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines()
        return [{k: v for k, v in json.loads(x).items() if k != "page"} for x in lines]

    made = sorted(p.name[: -len(".meta.json")] for p in (tmp_path / "gold").glob("*.meta.json"))
    assert made == STEMS
    for stem in STEMS:
        assert records(tmp_path / "gold", stem) == records(GOLD, stem), (
            f"gold/{stem}.jsonl differs from a fresh run of make_minutes.py: regenerate and commit")
        fresh = (tmp_path / "gold" / f"{stem}.meta.json").read_text(encoding="utf-8")
        assert fresh == (GOLD / f"{stem}.meta.json").read_text(encoding="utf-8")


def test_corpus_is_there() -> None:
    assert len(STEMS) >= 8
    formats = Counter((CORPUS / json.loads((GOLD / f"{s}.meta.json").read_text())["file"]).suffix for s in STEMS)
    assert formats[".pdf"] >= 4 and formats[".docx"] >= 4, formats


@pytest.mark.parametrize("stem", STEMS)
def test_document_statement_texts(cases: dict[str, Case], stem: str) -> None:
    case = cases[stem]
    got = [s.text for s in case.minutes.statements]
    recall = _matched(case.gold, got) / len(case.gold)
    missing = Counter(g["text"] for g in case.gold) - Counter(got)
    extra = Counter(got) - Counter(g["text"] for g in case.gold)
    detail = f"missing {list(missing)[:8]}\nextra {list(extra)[:8]}"
    assert recall >= 0.95, f"{stem}: {recall:.1%} of gold texts read exactly\n{detail}"
    # Precision: metadata (title, header block, participants) and furniture must not leak in.
    precision = _matched(case.gold, got) / max(len(got), 1)
    assert precision >= 0.95, f"{stem}: only {precision:.1%} of read statements are gold\n{detail}"


def test_corpus_statement_texts(cases: dict[str, Case]) -> None:
    total = sum(len(c.gold) for c in cases.values())
    matched = sum(_matched(c.gold, [s.text for s in c.minutes.statements]) for c in cases.values())
    assert matched / total >= 0.98, f"{matched}/{total} = {matched / total:.2%} gold texts read exactly"


@pytest.mark.parametrize("stem", STEMS)
def test_no_furniture_or_participants_in_statements(cases: dict[str, Case], stem: str) -> None:
    case = cases[stem]
    furniture = case.meta["furniture"]
    names = case.meta.get("participant_names", [])
    for s in case.minutes.statements:
        for f in furniture:
            assert f not in s.text, f"{stem}: furniture {f!r} inside statement {s.id}: {s.text!r}"
        assert not PAGE_NUMBER_RE.search(s.text), f"{stem}: page number in {s.id}: {s.text!r}"
        for name in names:
            assert name not in s.text, f"{stem}: participant {name!r} inside statement {s.id}"


@pytest.mark.parametrize("stem", STEMS)
def test_metadata(cases: dict[str, Case], stem: str) -> None:
    case = cases[stem]
    assert case.minutes.municipality == case.meta["municipality"]
    assert case.minutes.date == dt.date.fromisoformat(case.meta["date"])


@pytest.mark.parametrize("stem", STEMS)
def test_participants(cases: dict[str, Case], stem: str) -> None:
    case = cases[stem]
    assert len(case.minutes.participants) == case.meta["participants"]
    roles = [p.role for p in case.minutes.participants]
    assert sum(bool(r) for r in roles) >= 0.9 * len(roles), roles


def _agreement(cases: dict[str, Case], key: str, formats: tuple[str, ...] = (".pdf", ".docx"),
               only_tables: bool = False) -> tuple[int, int, list[str]]:
    same = total = 0
    bad: list[str] = []
    for case in cases.values():
        if Path(case.meta["file"]).suffix not in formats:
            continue
        for g, s in _align(case):
            if only_tables and g["kind"] != "table_cell":
                continue
            want = g[key]
            have = list(getattr(s, key)) if key == "section" else getattr(s, key)
            total += 1
            if want == have:
                same += 1
            elif len(bad) < 10:
                bad.append(f"{s.id}: {key} {have!r} != gold {want!r} ({g['text'][:50]!r})")
    return same, total, bad


@pytest.mark.parametrize(
    ("key", "formats", "only_tables", "threshold"),
    [
        ("kind", (".pdf", ".docx"), False, 0.98),
        ("section", (".pdf", ".docx"), False, 0.97),
        ("page", (".pdf",), False, 0.97),
        ("row_header", (".pdf", ".docx"), True, 0.95),
        ("column_header", (".pdf", ".docx"), True, 0.95),
    ],
)
def test_provenance_agreement(cases: dict[str, Case], key: str, formats: tuple[str, ...],
                              only_tables: bool, threshold: float) -> None:
    same, total, bad = _agreement(cases, key, formats, only_tables)
    assert total, "no aligned statements"
    print(f"{key}: {same}/{total} = {same / total:.1%}")
    assert same / total >= threshold, f"{key} agreement {same}/{total}\n" + "\n".join(bad)
