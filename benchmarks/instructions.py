"""Instructions the extraction of a corpus executes, counted by valgrind: a number that does not
move with the load of a shared machine, for comparing two versions of the extractors.

    .venv/bin/python benchmarks/instructions.py CORPUS [--root CHECKOUT]

CORPUS is a folder of articles (a synthetic one: `benchmarks/synth.py`). The corpus is read,
ingested and segmented twice under `valgrind --tool=callgrind`, once extracting every article
and once not; the difference is the extraction's count. `--root` measures another checkout
(a `git worktree` of another commit) with this one's Python. Needs Debian's valgrind; about a
minute per 100 articles.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run in the child: the corpus through ingest and segment, then (or not) extract.
_CHILD = """
import sys
from pathlib import Path
root, corpus, extract = sys.argv[1], Path(sys.argv[2]), sys.argv[3] == "1"
sys.path.insert(0, root)
from generator import ingest, overrides, segment, sources
from generator.lexicon import gazetteer
from generator.extract.article import extract_article
curated = overrides.load(corpus / "overrides" if (corpus / "overrides").is_dir() else None, metadata_only=True)
articles = [segment.segment(a) for a in ingest.ingest(sources.read_sources(corpus, 10**9), curated.articles,
                                                       curated.articles_path)]
gaz = gazetteer()
for a in articles if extract else ():
    extract_article(a, gaz)
"""


def count(root: Path, corpus: Path, extract: bool) -> int:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                           sys.executable, "-c", _CHILD, str(root), str(corpus), "1" if extract else "0"],
                          capture_output=True, text=True, env=env, check=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if not found:
        raise SystemExit(f"valgrind printed no count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--root", type=Path, default=ROOT, help="the checkout to measure (default: this one)")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    # Bytecode written once beforehand, so that neither count includes compiling the package.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(args.root / "generator")], check=True,
                   stdout=subprocess.DEVNULL)
    total, base = count(args.root, args.corpus, True), count(args.root, args.corpus, False)
    print(f"extraction: {total - base:,} instructions ({total:,} with it, {base:,} without)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
