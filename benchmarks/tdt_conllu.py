"""Read UD Finnish-TDT CoNLL-U files into sentences of (form, lemma, UPOS) words.

Shared by ``lemma_tdt.py`` (the benchmark) and ``lemma_train_dev.py`` (training on dev).
Multiword tokens (``2-3 ettei``) are skipped; their syntactic words (*että*, *ei*) are kept,
as in gold-tokenised evaluation.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

TDT_DIR = Path(os.environ.get("HYTE_TDT_DIR", Path(__file__).resolve().parents[2] / "shared" / "ud_finnish_tdt"))


@dataclass(frozen=True)
class Sentence:
    text: str
    forms: tuple[str, ...]
    lemmas: tuple[str, ...]
    upos: tuple[str, ...]
    doc: str = ""  # the source document: "b204" of sent_id "b204.3"


def read_conllu(path: Path) -> list[Sentence]:
    sentences: list[Sentence] = []
    text = ""
    forms: list[str] = []
    lemmas: list[str] = []
    upos: list[str] = []
    doc = ""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("# sent_id = "):
                doc = line[len("# sent_id = ") :].split(".", 1)[0]
            elif line.startswith("# text = "):
                text = line[len("# text = ") :]
            elif not line:
                if forms:
                    sentences.append(Sentence(text, tuple(forms), tuple(lemmas), tuple(upos), doc))
                forms, lemmas, upos, text = [], [], [], ""
            elif not line.startswith("#"):
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                forms.append(cols[1])
                lemmas.append(cols[2])
                upos.append(cols[3])
    if forms:
        sentences.append(Sentence(text, tuple(forms), tuple(lemmas), tuple(upos), doc))
    return sentences


def split_path(split: str) -> Path:
    return TDT_DIR / f"fi_tdt-ud-{split}.conllu"


def normalise(lemma: str) -> str:
    """The comparison form: the treebank's compound marks ``#`` removed."""
    return lemma.replace("#", "")
