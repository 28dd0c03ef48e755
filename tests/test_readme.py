"""The README's Python tour runs as written (it is what users copy first)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _python_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def test_readme_python_tour_runs(monkeypatch, capsys):
    blocks = _python_blocks()
    assert blocks, "README.md has no ```python block"
    monkeypatch.chdir(ROOT)
    namespace: dict = {}
    exec(compile(blocks[0], "README.md", "exec"), namespace)  # noqa: S102 - our own README
    m = namespace["m"]
    assert m.municipality == "Koskenniemi" and str(m.date) == "2025-03-12"
    assert namespace["t"].labels["priority"][0].id == "mieli"
    assert len(namespace["df"]) == len(m.statements)
