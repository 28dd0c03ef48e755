#!/usr/bin/env bash
# Set up hyte-nlp on a fresh Debian/Ubuntu machine and (unless --no-demo) run the main job on the
# shipped example minutes.
#   bash scripts/setup.sh            # install everything, then run the demo
#   bash scripts/setup.sh --no-demo  # install only (used by .ci/run)
# System packages (libvoikko1 + voikko-fi: the Finnish morphology) are installed when running as
# root or with sudo available; Python packages go into .venv/ in the project folder.
set -euo pipefail
cd "$(dirname "$0")/.."
demo=1
[ "${1:-}" = "--no-demo" ] && demo=0

# libvoikko1 + voikko-fi: Finnish morphology (required at run time).
# fonts-dejavu-core: the fonts the example-minutes and fixture generators render PDFs with (tests).
have_system_packages() {
  PATH="$PATH:/sbin:/usr/sbin" ldconfig -p 2>/dev/null | grep -q 'libvoikko\.so\.1' || return 1
  compgen -G "/usr/lib/voikko/*/mor-*" >/dev/null || compgen -G "/usr/share/voikko/*/mor-*" >/dev/null \
    || [ -d "${VOIKKO_DICTIONARY_PATH:-/nonexistent}" ] || return 1
  [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]
}
if ! have_system_packages; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else SUDO="none"; fi
  if [ "$SUDO" = none ] || ! command -v apt-get >/dev/null; then
    echo "Please install libvoikko and the Finnish dictionary (Debian/Ubuntu: libvoikko1 voikko-fi)." >&2
    exit 1
  fi
  echo ">> installing system packages: libvoikko1 voikko-fi fonts-dejavu-core"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libvoikko1 voikko-fi fonts-dejavu-core >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo ">> creating .venv"
  "$PY" -m venv .venv
fi
echo ">> installing hyte-nlp and its Python dependencies into .venv"
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[dev]"

if [ "$demo" = 1 ]; then
  mkdir -p out
  echo ">> running the main job on the example minutes in corpora/minutes/"
  .venv/bin/hyte-nlp parse corpora/minutes -o out/statements.jsonl
  echo ">> wrote out/statements.jsonl ($(wc -l < out/statements.jsonl) statements)"
  .venv/bin/hyte-nlp tag corpora/minutes -o out/tags.jsonl
  echo ">> wrote out/tags.jsonl (the same statements tagged by priority, age group, theme and type)"
fi
