"""The sampling and correction scripts of corpora/agreement/ on real corpus files."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

AGREEMENT = Path(__file__).resolve().parents[2] / "corpora" / "agreement"


def load(name: str):
    spec = importlib.util.spec_from_file_location(f"corpus_{name}", AGREEMENT / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sample = load("sample")
apply_corrections = load("apply_corrections")


def test_allocate_is_proportional_and_exact() -> None:
    alloc = sample.allocate({"a": 61, "b": 75, "c": 4}, 14)
    assert sum(alloc.values()) == 14
    assert alloc == {"a": 6, "b": 8, "c": 0}  # quotas 6.1, 7.5, 0.4: the largest remainder is b's


def test_sample_is_reproducible_and_hides_labels(tmp_path: Path) -> None:
    batches = tmp_path / "annotated"
    batches.mkdir()
    source = AGREEMENT.parent / "annotated"
    for name in ("batch_a_elintavat.jsonl", "batch_b_kulttuuri.jsonl"):
        shutil.copy(source / name, batches / name)
    runs = []
    for out in ("one", "two"):
        sample.main(["--annotated", str(batches), "--out-dir", str(tmp_path / out), "--size", "20",
                     "--batches", "batch_*.jsonl"])
        runs.append((tmp_path / out / "sample_texts.jsonl").read_text(encoding="utf-8"))
    assert runs[0] == runs[1]
    records = [json.loads(line) for line in runs[0].splitlines()]
    assert len(records) == 20 and all(set(r) == {"text", "sample_id"} for r in records)


def test_apply_corrections_changes_labels_once(tmp_path: Path) -> None:
    batches = tmp_path / "annotated"
    batches.mkdir()
    name = "batch_a_elintavat.jsonl"
    shutil.copy(AGREEMENT.parent / "annotated" / name, batches / name)
    first = json.loads((batches / name).read_text(encoding="utf-8").splitlines()[0])
    wanted = {"priority": [], "age_group": ["yhteiset"], "theme": ["talous"], "statement_type": ["tieto"]}
    if all(first[f] == v for f, v in wanted.items()):
        wanted["theme"] = ["asuminen"]
    corrections = tmp_path / "corrections.jsonl"
    corrections.write_text(json.dumps({"text": first["text"], **wanted}, ensure_ascii=False) + "\n"
                           + json.dumps({"text": "no such statement", **wanted}) + "\n", encoding="utf-8")
    args = ["--annotated", str(batches), "--corrections", str(corrections)]
    before = (batches / name).read_text(encoding="utf-8").splitlines()
    assert apply_corrections.main(args) == 0  # the missing text is reported and skipped
    after = (batches / name).read_text(encoding="utf-8").splitlines()
    changed = json.loads(after[0])
    assert {f: changed[f] for f in wanted} == wanted and changed["source"] == first["source"]
    assert after[1:] == before[1:]
    assert apply_corrections.main(args) == 0
    assert (batches / name).read_text(encoding="utf-8").splitlines() == after
