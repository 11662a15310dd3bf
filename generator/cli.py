"""Command line: briefing generate | check | build | serve. No logic here beyond wiring."""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from .errors import InputError
from .pipeline import Settings, build_briefing, generate


def _settings(args) -> Settings:
    return Settings(seeds=Path(args.seeds), overrides=Path(args.overrides) if args.overrides else None,
                    docs=Path(args.docs), use_overrides=not args.no_overrides, strict=args.strict)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--seeds", default="seeds", help="folder of articles (default: seeds)")
    p.add_argument("--overrides", default="seeds/overrides", help="curated overrides (default: seeds/overrides)")
    p.add_argument("--docs", default="docs", help="MkDocs docs folder to write into (default: docs)")
    p.add_argument("--no-overrides", action="store_true",
                   help="ignore every override except article metadata in articles.yml")
    p.add_argument("--strict", action="store_true",
                   help="treat stale overrides (ids that no longer exist) as errors (CI uses this)")


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
    args = parser().parse_args(argv)
    settings = _settings(args)
    try:
        if args.command == "check":
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
    if args.command == "build":
        rc = subprocess.call([sys.executable, "-m", "mkdocs", "build", "--strict"])
        if rc == 0:
            print("briefing: site built in site/ (open site/index.html, or run: briefing serve)")
        return rc
    if args.command == "serve":
        cmd = [sys.executable, "-m", "mkdocs", "serve"]
        if args.dev_addr:
            cmd += ["--dev-addr", args.dev_addr]
        return subprocess.call(cmd)
    return 0
