#!/usr/bin/env bash
# Retrain the shipped model (models/default) on the annotated corpus, with grouped 5-fold
# cross-validation metrics stored in models/default/meta.json. Deterministic for the seed.
#   bash scripts/train_default_model.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" -m hyte_nlp.cli train corpora/annotated -o models/default --seed 0 --cv 5
"$PY" scripts/model_card.py models/default -o models/README.md
