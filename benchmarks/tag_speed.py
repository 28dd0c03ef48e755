"""How fast is text -> tags, and where does the time go?

    .venv/bin/python benchmarks/tag_speed.py [--n 3000] [--repeat 3] [--min-words 8]

Tags statements from the annotated corpus (synthetic) with the shipped model and prints
statements per second end to end (``Tagger.tag`` on plain strings) and per stage as the tagger
records it (``Tagger.last_timings``): language analysis, cue matching, features, classifiers,
context (headings) and decisions (labels, Tag records).
The first pass is cold (empty per-word caches); later passes are warm, as in a long batch where
word forms repeat. Loading the tagger is timed separately.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus_texts(n: int, min_words: int = 0) -> list[str]:
    texts: list[str] = []
    for path in sorted((ROOT / "corpora" / "annotated").glob("*.jsonl")):
        texts.extend(json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    texts = [t for t in dict.fromkeys(texts) if len(t.split()) >= min_words]
    return (texts * (n // max(1, len(texts)) + 1))[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=3000, help="statements per pass (default 3000)")
    parser.add_argument("--repeat", type=int, default=3, help="passes (the first is cold)")
    parser.add_argument("--min-words", type=int, default=0, help="only statements of at least this many words")
    args = parser.parse_args()

    import hyte_nlp
    started = time.perf_counter()
    tagger = hyte_nlp.load_tagger()
    print(f"load_tagger(): {time.perf_counter() - started:.2f} s (model, codebook, cue index)")
    texts = corpus_texts(args.n, args.min_words)
    print(f"{len(texts)} statements per pass, mean {sum(len(t.split()) for t in texts) / len(texts):.1f} words")
    for attempt in range(args.repeat):
        t0 = time.perf_counter()
        tags = tagger.tag(texts)
        total = time.perf_counter() - t0
        assert len(tags) == len(texts)
        label = "cold" if attempt == 0 else "warm"
        print(f"pass {attempt + 1} ({label}): {len(texts) / total:,.0f} statements/s end to end ({total:.2f} s)")
        for name, seconds in tagger.last_timings.items():
            print(f"    {name:<12} {seconds:6.3f} s  {100 * seconds / total:5.1f} %")


if __name__ == "__main__":
    main()
