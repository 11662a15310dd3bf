"""The reference: Vietnamese NER from underthesea, timed over the same article text.

underthesea is the field's usual Vietnamese toolkit. It is installed from
PyPI into its own virtual environment (never into the project's .venv),
then this file runs inside that environment:

    benchmarks/.venv-ref/bin/python benchmarks/reference.py FILE...

and prints JSON: bytes of paragraph text, seconds for `word_tokenize` and
for `ner` (underthesea's CRF tagger, whose model ships inside the wheel;
`ner(..., deep=True)` would need `transformers` and a model fetched from a
model hub, which this machine cannot reach, so it is not measured).
Only the standard library is used here besides underthesea itself.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

VENV = Path(__file__).resolve().parent / ".venv-ref"
PACKAGE = "underthesea"


def ensure_venv(venv: Path = VENV) -> tuple[Path | None, str]:
    """(python of a venv with underthesea, note); (None, why) when it cannot be installed."""
    python = venv / "bin" / "python"
    check = [str(python), "-c", "import underthesea; print(underthesea.__version__)"]
    if python.exists():
        r = subprocess.run(check, capture_output=True, text=True)
        if r.returncode == 0:
            return python, f"underthesea {r.stdout.strip()}"
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True, text=True)
        r = subprocess.run([str(python), "-m", "pip", "install", "-q", PACKAGE], capture_output=True, text=True,
                           timeout=1800)
    except (subprocess.SubprocessError, OSError) as exc:
        return None, f"could not create the reference venv: {exc}"
    if r.returncode != 0:
        return None, f"pip install {PACKAGE} failed: {r.stderr.strip()[-500:]}"
    r = subprocess.run(check, capture_output=True, text=True)
    if r.returncode != 0:
        return None, f"{PACKAGE} installed but does not import: {r.stderr.strip()[-500:]}"
    return python, f"underthesea {r.stdout.strip()}"


def run(python: Path, files: list[Path], timeout: float = 3600) -> dict:
    """Time the reference over these article files in its own venv."""
    r = subprocess.run([str(python), str(Path(__file__).resolve()), *map(str, files)], capture_output=True,
                       text=True, timeout=timeout, env={**os.environ, "PYTHONPATH": ""})
    if r.returncode != 0:
        return {"error": r.stderr.strip()[-1500:]}
    return json.loads(r.stdout)


def _measure(files: list[str]) -> dict:
    t = time.perf_counter()
    import underthesea
    from underthesea import ner, word_tokenize
    imported = time.perf_counter() - t
    paragraphs = [line.strip() for f in files for line in Path(f).read_text(encoding="utf-8").splitlines()
                  if line.strip()]
    size = sum(len(p.encode("utf-8")) for p in paragraphs)
    ner(paragraphs[0])  # loads the models; not part of the throughput
    word_tokenize(paragraphs[0])
    t = time.perf_counter()
    for p in paragraphs:
        word_tokenize(p)
    tokenize = time.perf_counter() - t
    t = time.perf_counter()
    entities = 0
    for p in paragraphs:
        entities += sum(1 for tok in ner(p) if tok[-1].startswith("B-"))
    tagging = time.perf_counter() - t
    return {"version": underthesea.__version__, "files": len(files), "paragraphs": len(paragraphs), "bytes": size,
            "import_s": imported, "word_tokenize_s": tokenize, "ner_s": tagging, "entities": entities,
            "word_tokenize_mb_s": size / tokenize / 1e6, "ner_mb_s": size / tagging / 1e6,
            "not_measured": "ner(deep=True): needs transformers and a model download from a model hub "
                            "(no network access to it here)"}


if __name__ == "__main__":
    print(json.dumps(_measure(sys.argv[1:])))
