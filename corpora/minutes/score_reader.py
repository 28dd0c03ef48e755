"""Score ``hyte_nlp.read`` against the example corpus's gold files and list every disagreement.

Run from the repository root::

    .venv/bin/python corpora/minutes/score_reader.py

Text agreement is a multiset match of statement texts (exact strings). Kind, section, page and
table headers are compared on statements whose text matched (each gold record paired with the
first unused read statement of the same text). ``tests/readers/test_example_corpus.py`` asserts
the thresholds; this script shows the details.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import hyte_nlp

HERE = Path(__file__).resolve().parent
KEYS = ("kind", "section", "page", "row_header", "column_header")


def main() -> int:
    total = matched = 0
    agree: Counter[tuple[str, bool]] = Counter()
    for meta_path in sorted((HERE / "gold").glob("*.meta.json")):
        stem = meta_path.name[: -len(".meta.json")]
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        gold = [json.loads(x) for x in (HERE / "gold" / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines()]
        m = hyte_nlp.read(HERE / meta["file"])
        got = Counter(s.text for s in m.statements)
        want = Counter(g["text"] for g in gold)
        k = sum((want & got).values())
        total += len(gold)
        matched += k
        print(f"{meta['file']}: {k}/{len(gold)} texts; {len(m.statements)} read; "
              f"municipality {m.municipality!r} date {m.date} participants {len(m.participants)}/{meta['participants']}")
        for text in want - got:
            print(f"   missing: {text!r}")
        for text in got - want:
            print(f"   extra:   {text!r}")
        pool: dict[str, list] = {}
        for s in m.statements:
            pool.setdefault(s.text, []).append(s)
        for g in gold:
            if not pool.get(g["text"]):
                continue
            s = pool[g["text"]].pop(0)
            for key in KEYS:
                if key == "page" and meta["file"].endswith(".docx"):
                    continue
                if key in ("row_header", "column_header") and g["kind"] != "table_cell":
                    continue
                have = list(s.section) if key == "section" else getattr(s, key)
                agree[(key, have == g[key])] += 1
                if have != g[key]:
                    print(f"   {key}: read {have!r}, gold {g[key]!r} ({g['text'][:60]!r})")
    print(f"\ntexts: {matched}/{total} = {matched / total:.2%}")
    for key in KEYS:
        ok, bad = agree[(key, True)], agree[(key, False)]
        if ok + bad:
            print(f"{key}: {ok}/{ok + bad} = {ok / (ok + bad):.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
