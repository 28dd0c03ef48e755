"""Write models/README.md (the model card) from models/default/meta.json.

    .venv/bin/python scripts/model_card.py [MODEL_DIR] [-o models/README.md]

Run by scripts/train_default_model.sh after training, so the card's numbers are the model's.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

WEAKNESSES = """\
- **Synthetic training data.** Every training statement was written for this project (fictional
  municipalities, see `corpora/README.md` and `corpora/GUIDELINES.md`). Real county minutes use
  vocabulary, abbreviations and layouts the corpus lacks; expect lower scores on them. Codebook
  cues (matched by lemma, compound part, compound head and, for unknown words, prefix) are the
  main route for unseen words; check `Tag.explain()` and correct the review sheet.
- **Statement type is the weakest facet.** Short bullets are often ambiguous between *tieto*,
  *toimenpide* and *haaste* ("Kaatumisten ehkäisy", "Nuorten harrastukset"); the annotation
  guideline's decision order is learnt only approximately. Grid rows named *Haasteet*,
  *Vahvuudet*, *Toimenpiteet* override the model.
- **Priority *mieli* vs *turvallisuus*.** Bullying, substances and violence sit between the two
  priorities; see the confusion table. Headings and table headers naming a priority override the
  model (tested on PDF and DOCX grids: at least 97% of grid statements get the grid's priority and
  age group).
- **Themes with few examples** (see the per-label table: the smallest supports) have lower recall;
  thresholds are chosen by cross-validation and can be low, which adds false positives of labels
  whose cues are generic (*palvelu*, *tila*, *vuoro*).
- **Not a judge of importance.** Scores are calibrated label probabilities on the synthetic corpus,
  not a measure of how important a statement is.
- **Language layer.** Features depend on hyte_nlp's lemmatiser (Voikko + domain lexicon); a model
  is refused by another minor version of hyte_nlp and must be retrained.
"""


def _table(entry: dict) -> list[str]:
    lines = ["| label | precision | recall | F1 | support |", "|---|---:|---:|---:|---:|"]
    for label, s in entry["labels"].items():
        lines.append(f"| `{label}` | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} |")
    for name in ("macro", "micro"):
        s = entry[name]
        lines.append(f"| **{name} avg** | {s['precision']:.3f} | {s['recall']:.3f} | **{s['f1']:.3f}** | {s['support']} |")
    return lines


def render(model_dir: Path) -> str:
    meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
    corpus, codebook, versions = meta["corpus"], meta["codebook"], meta["versions"]
    metrics = meta.get("metrics")
    out = [
        "# Model card: `models/default`",
        "",
        "The tagging model shipped with hyte_nlp: per facet of the default codebook, a linear",
        "classifier (scikit-learn `LogisticRegression`, one-vs-rest, liblinear) over lemma, compound-part,",
        "lemma-bigram, word-ending and codebook-cue features, plus, for statement type only, grammar",
        "features from Voikko's readings (mood, voice, tense, negation, modal + infinitive, verbless",
        "action-noun bullet, evaluation; `hyte_nlp/tagging/morphology.py`); Platt-calibrated scores and",
        "per-label thresholds chosen on grouped out-of-fold predictions; statement type single-label (softmax with",
        "a fitted temperature and per-class offsets). Stored as plain arrays (`.npz`, loaded with",
        "`allow_pickle=False`) and JSON with a SHA-256 `manifest.json`; nothing is unpickled.",
        "",
        "## Training data",
        f"- {corpus['n_statements']} annotated statements in {corpus['n_groups']} paraphrase groups,",
        "  all **synthetic** (written for this project; fictional municipalities).",
        "- Files: " + ", ".join(f"`{Path(f).name}`" for f in corpus["files"]),
        f"- Corpus SHA-256 (texts, labels, groups): `{corpus['sha256']}`",
        f"- Codebook: `{codebook['id']}` version {codebook['version']}, SHA-256 `{codebook['sha256']}`",
        "",
        "Label counts:",
        "",
    ]
    for facet, counts in corpus["label_counts"].items():
        out.append(f"- `{facet}`: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    out += [
        "",
        "## Versions and parameters",
        "- " + ", ".join(f"{k} {v}" for k, v in versions.items()),
        f"- seed {meta.get('seed')}, parameters `{json.dumps(meta.get('params'), ensure_ascii=False)}`",
        f"- training time {meta.get('training_seconds')} s (2-core machine, shared)",
        "",
    ]
    if metrics:
        out += [
            "## Cross-validated metrics",
            f"{metrics['method']} over {metrics['n_statements']} statements in {metrics['groups']} groups:",
            "statements sharing a paraphrase group (`source`) are always in the same fold, so no test",
            "statement has a paraphrase in training. Reproduce with",
            "",
            "```",
            f"hyte-nlp evaluate corpora/annotated --cv {metrics['folds']} --seed {metrics['seed']}",
            "```",
            "",
            "| facet | macro-F1 | micro-F1 | exact match | target (macro-F1) |",
            "|---|---:|---:|---:|---:|",
        ]
        targets = {"priority": 0.85, "age_group": 0.85, "theme": 0.75, "statement_type": 0.75}
        for facet, entry in metrics["facets"].items():
            target = targets.get(facet)
            out.append(
                f"| `{facet}` | {entry['macro']['f1']:.3f} | {entry['micro']['f1']:.3f} | {entry['exact_match']:.3f} | "
                + (f"{target:.2f}" if target else "")
                + " |"
            )
        for facet, entry in metrics["facets"].items():
            out += ["", f"### `{facet}`", ""] + _table(entry)
            if "confusion" in entry:
                conf = entry["confusion"]
                out += ["", "Confusion (rows: gold, columns: predicted; a statement with two labels counts in each):", ""]
                out.append("| gold \\ predicted | " + " | ".join(conf["predicted"]) + " |")
                out.append("|---|" + "---:|" * len(conf["predicted"]))
                for name, row in zip(conf["gold"], conf["counts"]):
                    out.append(f"| {name} | " + " | ".join(map(str, row)) + " |")
        out.append("")
    out += ["## Known weaknesses", "", WEAKNESSES, "## Retraining", "",
            "```", "bash scripts/train_default_model.sh   # = hyte-nlp train corpora/annotated -o models/default --seed 0 --cv 5",
            "```", "", "Same corpus and seed give byte-identical model files.", ""]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("model", nargs="?", default=str(ROOT / "models" / "default"))
    parser.add_argument("-o", "--output", default=str(ROOT / "models" / "README.md"))
    args = parser.parse_args()
    Path(args.output).write_text(render(Path(args.model)), encoding="utf-8")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
