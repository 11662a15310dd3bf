"""Command line: briefing generate | check | build | serve. No logic here beyond wiring."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .cache import DEFAULT_DIR as DEFAULT_CACHE
from .errors import InputError, Problem
from .sources import DEFAULT_MAX_BYTES
from .pipeline import Settings, generate
from .write import Interrupted


def _settings(args) -> Settings:
    if args.overrides is not None and not Path(args.overrides).exists():
        # The default folder may be absent (no curated input yet); one named on the command line may not.
        raise InputError(Problem(args.overrides, None, "overrides folder not found"))
    overrides = Path(args.overrides) if args.overrides is not None else Path("seeds/overrides")
    return Settings(seeds=Path(args.seeds), overrides=overrides,
                    docs=Path(args.docs), use_overrides=not args.no_overrides, strict=args.strict, max_bytes=args.max_bytes,
                    cache=None if args.no_cache else Path(args.cache_dir), jobs=args.jobs)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--seeds", default="seeds", help="folder of articles (default: seeds)")
    p.add_argument("--overrides", default=None, help="curated overrides (default: seeds/overrides)")
    p.add_argument("--docs", default="docs", help="MkDocs docs folder to write into (default: docs)")
    p.add_argument("--no-overrides", action="store_true",
                   help="ignore every override except article metadata in articles.yml")
    p.add_argument("--max-bytes", type=_size, default=DEFAULT_MAX_BYTES, metavar="N",
                   help=f"refuse an article file larger than N bytes (suffix k or M allowed; default: {DEFAULT_MAX_BYTES})")
    p.add_argument("--strict", action="store_true",
                   help="treat stale overrides (ids that no longer exist) as errors (CI uses this)")
    p.add_argument("--cache-dir", default=str(DEFAULT_CACHE),
                   help=f"where unchanged articles' extraction is cached, safe to delete (default: {DEFAULT_CACHE})")
    p.add_argument("--no-cache", action="store_true", help="read and extract every article afresh; use no cache")
    p.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="processes that read articles (default: one per core when there are more than 128 to read)")


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="briefing", description="Generate a sourced briefing site from news articles.")
    sub = ap.add_subparsers(dest="command", required=True)
    for name, text in (("generate", "write the Markdown pages and docs/data/briefing.json"),
                       ("check", "validate seeds and overrides without writing anything"),
                       ("build", "generate, then mkdocs build --strict into site/"),
                       ("serve", "generate, then mkdocs serve (regenerates when seeds/ changes)")):
        p = sub.add_parser(name, help=text, description=text)
        _common(p)
        if name == "serve":
            p.add_argument("--dev-addr", default=None, help="address:port for mkdocs serve")
    return ap


def _warn(problem) -> None:
    print(problem, file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Run a command; whatever goes wrong is one line on stderr, never a traceback (unless BRIEFING_DEBUG=1)."""
    try:
        return _run(argv)
    except InputError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 2
    except Interrupted as exc:
        print(f"briefing: interrupted ({exc}); docs/ was left as it was", file=sys.stderr)
        return 128 + exc.signum
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("BRIEFING_DEBUG"):
            raise
        if isinstance(exc, OSError) and exc.strerror:
            where = f"{exc.filename}: " if exc.filename else ""
            print(f"briefing: {where}{exc.strerror}", file=sys.stderr)
        else:
            print(f"briefing: internal error: {type(exc).__name__}: {' '.join(str(exc).split())[:300]} "
                  "(a bug: please report it with the command you ran; BRIEFING_DEBUG=1 shows the traceback)",
                  file=sys.stderr)
        return 1


def _size(text: str) -> int:
    units = {"k": 1024, "m": 1024 * 1024}
    t = text.strip().lower().removesuffix("b")
    try:
        n = int(t[:-1]) * units[t[-1]] if t and t[-1] in units else int(t)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 5000000 or 5M)")
    if n <= 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return n


def _run(argv: list[str] | None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = _settings(args)
        if args.command == "check":
            from .build import build_briefing
            briefing, _ = build_briefing(settings, _warn)
            print(f"ok: {len(briefing.articles)} articles, {len(briefing.actors)} actors, "
                  f"{len(briefing.incidents)} incidents, {len(briefing.reactions)} reactions")
            return 0
        written, removed = generate(settings, _warn)
        print(f"briefing: {len(written)} files written, {len(removed)} removed in {settings.docs}/")
    except InputError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 2
    import subprocess   # here: only build and serve run MkDocs; generate starts a little faster
    if args.command == "build":
        rc = subprocess.call([sys.executable, "-m", "mkdocs", "build", "--strict"])
        if rc == 0:
            print("briefing: site built in site/ (open site/index.html, or run: briefing serve)")
        return rc
    if args.command == "serve":
        cmd = [sys.executable, "-m", "mkdocs", "serve"]
        if args.dev_addr:
            cmd += ["--dev-addr", args.dev_addr]
        # hooks/live_preview.py regenerates from these when they change
        env = dict(os.environ, BRIEFING_SEEDS=str(settings.seeds.resolve()),
                   BRIEFING_OVERRIDES=str(settings.overrides.resolve()) if settings.overrides else "")
        return subprocess.call(cmd, env=env)
    return 0
