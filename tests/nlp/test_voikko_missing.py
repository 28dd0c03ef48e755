"""A missing Voikko dictionary is an error with install instructions, never a silent fallback.

Each case runs a fresh Python process with HYTE_VOIKKO_DICTIONARY pointing at a folder that is
not a Voikko dictionary, so the real libvoikko loading path is exercised (no mocks).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import hyte_nlp
try:
    hyte_nlp.lemmatize("kunnan")
except hyte_nlp.VoikkoNotAvailableError as err:
    print("ERROR", isinstance(err, ImportError))
    print(err)
else:
    print("NO ERROR")
"""


def run_with_dictionary(path: str) -> str:
    env = {**os.environ, "HYTE_VOIKKO_DICTIONARY": path}
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("kind", ["missing folder", "empty folder"])
def test_missing_dictionary_raises_with_install_help(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "no-such-dictionary" if kind == "missing folder" else tmp_path
    out = run_with_dictionary(str(folder))
    assert out.startswith("ERROR True")
    assert str(folder) in out
    for system in ("Debian/Ubuntu", "Fedora", "macOS", "Windows"):
        assert system in out


def test_the_real_dictionary_folder_works() -> None:
    import libvoikko  # noqa: F401  (the binding must be installed for this test suite)

    folder = "/usr/lib/voikko"
    if not Path(folder, "5").is_dir():
        pytest.fail(f"expected the Debian voikko-fi dictionary in {folder}")
    assert run_with_dictionary(folder).strip() == "NO ERROR"
