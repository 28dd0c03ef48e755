"""How fast hyte_nlp reads minutes, side by side with bare pdfplumber, in one run.

    .venv/bin/python benchmarks/parse_speed.py            # full run (200-page PDF), a few minutes
    .venv/bin/python benchmarks/parse_speed.py --quick    # 40 pages, for development

Generates (into a temporary folder) a synthetic minutes PDF with running headers, footers, page
numbers, § headings, bullets, paragraphs and a priority × age-group table every few pages, and a
large DOCX, then measures:

1. bare pdfplumber ``extract_words`` over all pages (the reference) and ``hyte_nlp.read()`` on the
   same file (layout, clean-up, tables, furniture, metadata, segmentation): pages/s and the ratio;
2. DOCX paragraphs/s through ``hyte_nlp.read()``;
3. ``read_many`` over 8 copies of a shorter PDF with 1 and with 2 processes (speed-up);
4. peak memory (max RSS of a fresh process) of ``read()`` on 50 and on 200 pages, beside the same
   for bare pdfplumber.

Time ratios use CPU time of this process (``time.process_time``), so they hold on a shared, loaded
machine; the parallel speed-up can only be measured in wall-clock time and suffers when other
processes load the CPUs. Each timing is the best of ``--repeat`` runs, alternating the reference
and the reader.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _minutes_gen import build_minutes_docx, build_minutes_pdf  # noqa: E402

import hyte_nlp  # noqa: E402

TARGET_RATIO, TARGET_SPEEDUP = 1.5, 1.7

_PEAK_SCRIPT = """
import json, resource, sys
mode, path = sys.argv[1], sys.argv[2]
import pdfplumber
if mode == "read":
    import hyte_nlp
    hyte_nlp.read(path)
else:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
            page.close()
# VmHWM is this process image's own peak; ru_maxrss on Linux keeps the peak of the forked parent
# across exec, which would report the benchmark's own size instead.
try:
    with open("/proc/self/status") as fh:
        peak = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"rss_kib": peak}))
"""


def bare_extract_words(path: Path) -> int:
    """The reference: pdfplumber's extract_words over every page (pages closed as we go)."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
            page.close()
        return len(pdf.pages)


def cpu_time(fn, *args) -> float:  # noqa: ANN001 - any callable
    start = time.process_time()
    fn(*args)
    return time.process_time() - start


def best_side_by_side(path: Path, repeat: int) -> tuple[float, float]:
    """Best CPU seconds of (bare extract_words, hyte_nlp.read) over ``repeat`` alternating runs."""
    hyte_nlp.read(path)  # warm-up: imports, Voikko and sentence-splitter caches, like a long batch
    bare, ours = [], []
    for _ in range(repeat):
        bare.append(cpu_time(bare_extract_words, path))
        ours.append(cpu_time(hyte_nlp.read, path))
    return min(bare), min(ours)


def docx_speed(path: Path, repeat: int) -> tuple[int, float] | None:
    try:
        import hyte_nlp.readers.word  # noqa: F401
    except ImportError:
        return None
    import docx

    paragraphs = len(docx.Document(str(path)).paragraphs)
    hyte_nlp.read(path)
    return paragraphs, min(cpu_time(hyte_nlp.read, path) for _ in range(repeat))


def read_many_speedup(folder: Path) -> tuple[float, float]:
    """Wall seconds of read_many over every file in ``folder`` with jobs=1 and jobs=2."""
    times = []
    for jobs in (1, 2):
        start = time.perf_counter()
        results = list(hyte_nlp.read_many([folder], jobs=jobs))
        times.append(time.perf_counter() - start)
        failed = [r for r in results if r.error]
        if failed:
            raise SystemExit(f"read_many failed: {failed[0].error}")
    return times[0], times[1]


def peak_rss_mib(mode: str, path: Path) -> float:
    """Max RSS (MiB) of a fresh process that reads ``path`` (``mode`` "read" or "bare")."""
    out = subprocess.run([sys.executable, "-c", _PEAK_SCRIPT, mode, str(path)], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])["rss_kib"] / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=200, help="pages of the big PDF (default 200)")
    parser.add_argument("--quick", action="store_true", help="40 pages, 1 repeat: a development run")
    parser.add_argument("--repeat", type=int, default=2, help="timing repeats, best kept (default 2)")
    args = parser.parse_args()
    pages, repeat = (40, 1) if args.quick else (args.pages, args.repeat)

    tmp = Path(tempfile.mkdtemp(prefix="hyte_bench_"))
    try:
        big, small, mid = tmp / "big.pdf", tmp / "small.pdf", tmp / "mid.pdf"
        build_minutes_pdf(big, pages)
        build_minutes_pdf(mid, max(10, pages // 4))
        small_pages = 25 if not args.quick else 10
        build_minutes_pdf(small, small_pages)
        docx_path = tmp / "big.docx"
        build_minutes_docx(docx_path, 2000 if not args.quick else 400)
        batch = tmp / "batch"
        batch.mkdir()
        for i in range(8):
            shutil.copy(small, batch / f"kopio_{i}.pdf")
        n_pages = bare_extract_words(big)

        bare_s, ours_s = best_side_by_side(big, repeat)
        docx = docx_speed(docx_path, repeat)
        load_before = os.getloadavg()[0]
        one, two = read_many_speedup(batch)
        mid_pages = bare_extract_words(mid)
        mem = {
            (mode, n): peak_rss_mib(mode, f)
            for mode in ("read", "bare")
            for n, f in ((mid_pages, mid), (n_pages, big))
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    ratio = ours_s / bare_s
    speedup = one / two
    print(f"Machine: {os.cpu_count()} CPUs, load average {load_before:.2f} before read_many and "
          f"{os.getloadavg()[0]:.2f} at the end; "
          f"Python {sys.version.split()[0]}.\n")
    print("| measure | value | target |")
    print("|---|---|---|")
    print(f"| bare pdfplumber `extract_words`, {n_pages} pages | {n_pages / bare_s:.1f} pages/s "
          f"({bare_s:.1f} s CPU) | reference |")
    print(f"| `hyte_nlp.read()` on the same PDF | {n_pages / ours_s:.1f} pages/s ({ours_s:.1f} s CPU) | |")
    print(f"| ratio read / bare | {ratio:.2f} × | ≤ {TARGET_RATIO} × {'✅' if ratio <= TARGET_RATIO else '❌'} |")
    if docx is None:
        print("| DOCX via `hyte_nlp.read()` | skipped: hyte_nlp.readers.word is not importable | |")
    else:
        paras, secs = docx
        print(f"| DOCX via `hyte_nlp.read()`, {paras} paragraphs | {paras / secs:.0f} paragraphs/s "
              f"({secs:.2f} s CPU) | |")
    print(f"| `read_many`, 8 PDFs of ~{small_pages} pages, jobs=1 → jobs=2 | "
          f"{one:.1f} s → {two:.1f} s wall = {speedup:.2f} × | ≥ {TARGET_SPEEDUP} × "
          f"{'✅' if speedup >= TARGET_SPEEDUP else '❌ (CPU shared with other processes?)'} |")
    for mode, label in (("read", "`hyte_nlp.read()`"), ("bare", "bare pdfplumber `extract_words`")):
        small_mem, big_mem = mem[(mode, mid_pages)], mem[(mode, n_pages)]
        print(f"| peak memory (max RSS), {label}: {mid_pages} → {n_pages} pages | "
              f"{small_mem:.0f} MiB → {big_mem:.0f} MiB | flat |")


if __name__ == "__main__":
    main()
