"""Silver training sentences: Finnish text on this machine tagged by spaCy-fi (knowledge distillation).

UD Finnish-TDT dev is small (18k words), so the POS disambiguator has seen few of the participles,
adverbs and ambiguous forms it meets elsewhere. ``spacy_fi_experimental_web_md`` (MIT; trained on
TDT *train*) tags any amount of text offline; its UPOS and lemmas on text that is neither TDT dev nor
TDT test serve as extra, lower-weight training data for ``lemma_train_dev.py``.

The text, all in this repository: the synthetic sentences of ``corpora/silver_text/`` (news,
encyclopedia, fiction and blogs, legal and administrative text, science, history, sport and travel,
interviews and forums; written for the project so the disambiguator sees the genres of general
Finnish, CC0) and the statements of the synthetic minutes corpus (``corpora/annotated/*.jsonl``, the
domain's own register). Optionally (``--catalogues``) also the Finnish message catalogues of the
installed system (``/usr/share/locale/fi/LC_MESSAGES/*.mo``), cleaned of format codes and option
listings; they differ between machines and changed dev accuracy by +0.04 points, so the shipped
model does not use them.

Usage::

    .venv/bin/python benchmarks/lemma_silver.py [--catalogues] [OUT.json]   # default: build/silver_fi.json

"""

from __future__ import annotations

import gettext
import glob
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "build" / "silver_fi.json"
CATALOGUES = (
    "/usr/share/locale/fi/LC_MESSAGES/*.mo",
    "/usr/share/locale-langpack/fi/LC_MESSAGES/*.mo",
    str(ROOT / ".venv" / "lib" / "python3*" / "site-packages" / "**" / "fi" / "LC_MESSAGES" / "*.mo"),
)
_FORMAT = re.compile(r"%[-#0 +]*\d*(?:\.\d+)?[hlLqjzt]*[a-zA-Z%]|\{[^}]*\}|\$\{?\w+\}?|<[^>]+>|`[^`]*'|&(?=\w)")
_SPACE = re.compile(r"\s+")


def catalogue_texts() -> list[str]:
    """Cleaned Finnish messages, deduplicated, in a stable order."""
    seen: set[str] = set()
    for pattern in CATALOGUES:
        for path in sorted(glob.glob(pattern, recursive=True)):
            try:
                with open(path, "rb") as fh:
                    catalog = gettext.GNUTranslations(fh)._catalog  # noqa: SLF001 - the only reader
            except (OSError, ValueError):  # a broken catalogue is skipped, not fatal
                continue
            for value in catalog.values():
                if not isinstance(value, str):
                    continue
                for line in value.splitlines():
                    line = line.strip()
                    if not line or line.startswith("-") or "  " in line.strip():
                        continue  # option listings are columns, not sentences
                    line = _SPACE.sub(" ", _FORMAT.sub("X", line)).strip()
                    words = line.split()
                    letters = sum(ch.isalpha() for ch in line)
                    if len(words) >= 3 and letters >= 0.7 * len(line.replace(" ", "")) and "X" not in words[:1]:
                        seen.add(line)
    return sorted(seen)


def corpus_texts() -> list[str]:
    """The statements of the project's synthetic annotated minutes (``corpora/annotated``)."""
    texts: set[str] = set()
    for path in sorted((ROOT / "corpora" / "annotated").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line).get("text", "")
                if isinstance(text, str) and text.strip():
                    texts.add(_SPACE.sub(" ", text).strip())
    return sorted(texts)


def written_texts() -> list[str]:
    """The synthetic Finnish sentences written for this purpose (``corpora/silver_text/*.txt``:
    news, encyclopedia, fiction and blogs, legal and administrative text; one sentence per line)."""
    texts: list[str] = []
    for path in sorted((ROOT / "corpora" / "silver_text").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = _SPACE.sub(" ", line).strip()
            if line and not line.startswith("#"):
                texts.append(line)
    return texts


def main(argv: list[str] | None = None) -> int:
    args = list(argv if argv is not None else sys.argv[1:])
    with_catalogues = "--catalogues" in args
    args = [a for a in args if not a.startswith("--")]
    out = Path(args[0]) if args else DEFAULT_OUT
    import spacy

    nlp = spacy.load("spacy_fi_experimental_web_md", disable=["parser", "ner"])
    texts = (catalogue_texts() if with_catalogues else []) + corpus_texts() + written_texts()
    sentences = []
    for doc in nlp.pipe(texts, batch_size=256):
        words = [t for t in doc if not t.is_space]
        if words:
            sentences.append([[t.text, t.lemma_, t.pos_] for t in words])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"source": "corpora/silver_text sentences and corpora/annotated statements" + (" and Finnish message catalogues" if with_catalogues else "") + ", tagged by spacy_fi_experimental_web_md 0.15", "sentences": sentences}, ensure_ascii=False), encoding="utf-8")
    print(f"{len(sentences)} sentences, {sum(len(s) for s in sentences)} words -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
