"""Briefing -> {path: text} of Markdown pages, from Jinja templates; no file I/O.

Article text is untrusted: every string from an article or an override goes
through `md` (HTML-escaped, Markdown metacharacters backslash-escaped) or
`plain` (for headings and titles, which MkDocs decodes and the theme prints
into <title>). Templates are files; an editor can override any of them by a
file of the same name in seeds/overrides/templates/.
"""
from __future__ import annotations

import datetime as dt
import html
import posixpath
import re
from collections import defaultdict
from pathlib import Path

import jinja2

from .export import fatality_ranges, to_csv, to_json
from .lexicon import vocabulary
from .model import Briefing, Ref

TEMPLATES = Path(__file__).parent / "templates"
GENERATED = "<!-- Trang do briefing tạo tự động: sửa seeds/ và seeds/overrides/, không sửa tệp này. -->"
_MD_INLINE = re.compile(r"([\\`*_{}\[\]()!|])")
_MD_LINE_START = re.compile(r"^(\s*)([#+\-=>]|\d+\.)")
_TITLE_UNSAFE = re.compile(r"[<>&\"'`\\{}\[\]#*_|]")


def md(text) -> str:
    """Untrusted text -> inert Markdown inline text (one line)."""
    if text is None:
        return ""
    s = " ".join(str(text).split())
    s = html.escape(s, quote=False)
    s = s.replace("&amp;", "\x00").replace("&lt;", "\x01").replace("&gt;", "\x02")
    s = _MD_INLINE.sub(r"\\\1", s)
    s = _MD_LINE_START.sub(lambda m: m.group(1) + (m.group(2)[:-1] + "\\." if m.group(2).endswith(".")
                                                   else "\\" + m.group(2)), s)
    return s.replace("\x00", "&amp;").replace("\x01", "&lt;").replace("\x02", "&gt;")


def plain(text) -> str:
    """Untrusted text for a heading or page title: no markup characters at all."""
    return " ".join(_TITLE_UNSAFE.sub(" ", str(text or "")).split())


def html_text(text) -> str:
    """Untrusted text inside a raw HTML block we write ourselves."""
    return html.escape(" ".join(str(text or "").split()), quote=True)


def vdate(d) -> str:
    return f"{d.day}/{d.month}/{d.year}" if isinstance(d, dt.date) else ""


class Site:
    """Page paths and links; one place decides where everything lives."""

    def __init__(self, briefing: Briefing):
        self.b = briefing
        self.article_no = {a.id: n for n, a in enumerate(briefing.articles, 1)}
        self.actors = {a.id: a for a in briefing.actors}
        self.incidents = {i.id: i for i in briefing.incidents}

    @staticmethod
    def actor_page(aid: str) -> str:
        return f"doi-tuong/{aid}.md"

    @staticmethod
    def article_page(article: str) -> str:
        return f"nguon/{article}.md"

    def rel(self, here: str, target: str) -> str:
        path, _, frag = target.partition("#")
        out = posixpath.relpath(path, posixpath.dirname(here) or ".")
        return out + (f"#{frag}" if frag else "")


def build_env(briefing: Briefing, template_dirs: list[Path]) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs] + [str(TEMPLATES)]),
        undefined=jinja2.StrictUndefined, autoescape=False, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True)
    env.filters.update(md=md, plain=plain, html_text=html_text, vdate=vdate)
    return env


def render(briefing: Briefing, template_dirs: list[Path] | None = None, extra_pages: list[str] = ()) -> dict[str, str]:
    env = build_env(briefing, list(template_dirs or []))
    site = Site(briefing)
    labels = vocabulary("labels.yml")
    pages: dict[str, str] = {}

    def page(path: str, template: str, **ctx) -> None:
        def cite(refs, sep=" ") -> str:
            if isinstance(refs, Ref):
                refs = [refs]
            out = []
            for r in refs:
                n = site.article_no.get(r.article, "?")
                href = site.rel(path, f"{site.article_page(r.article)}#p{r.paragraph}")
                out.append(f'[\\[{n}:{r.paragraph}\\]]({href} "Bài {n}, đoạn {r.paragraph}")')
            return sep.join(out)

        def actor(aid, default="") -> str:
            a = site.actors.get(aid)
            if a is None:
                return md(default or aid or labels["unknown_party"])
            return f"[{md(a.name)}]({site.rel(path, site.actor_page(a.id))})"

        def link(target: str) -> str:
            return site.rel(path, target)

        prose = briefing.prose.get(path, {})
        text = env.get_template(template).render(
            b=briefing, site=site, labels=labels, cite=cite, actor=actor, link=link,
            prose_top=prose.get("top", ""), prose_bottom=prose.get("bottom", ""),
            fatality_ranges=fatality_ranges, **ctx)
        pages[path] = GENERATED + "\n" + text

    by_incident = defaultdict(list)
    for r in briefing.reactions:
        by_incident[r.incident].append(r)
    page("index.md", "overview.md.j2", by_incident=by_incident)
    page("boi-canh.md", "background.md.j2")
    page("dien-bien.md", "incidents.md.j2")
    page("phan-ung.md", "reactions.md.j2", by_incident=by_incident)
    page("doi-tuong/index.md", "actors.md.j2")
    for a in briefing.actors:
        inc = [i for i in briefing.incidents if a.id in i.actors
               or any(a.id in (c.party, c.reported_by) for c in i.casualties)]
        rea = [r for r in briefing.reactions if r.actor == a.id]
        members = [x for x in briefing.actors if x.affiliation == a.id]
        page(site.actor_page(a.id), "actor.md.j2", a=a, incidents=inc, reactions=rea, members=members)
    page("nguon/index.md", "sources.md.j2")
    for art in briefing.articles:
        page(site.article_page(art.id), "article.md.j2", art=art)
    pages["data/briefing.json"] = to_json(briefing)
    pages["data/incidents.csv"] = to_csv(briefing)
    pages[".nav.yml"] = nav(labels, extra_pages)
    return pages


def nav(labels, extra_pages) -> str:
    """The site navigation, inherited by mkdocs.yml (INHERIT); hand-written pages are listed last."""
    import json
    s = labels["site"]
    lines = ["# Generated by briefing: the navigation. mkdocs.yml inherits it (INHERIT).", "nav:"]
    for title, path in ((s["overview"], "index.md"), (s["background"], "boi-canh.md"),
                        (s["incidents"], "dien-bien.md"), (s["reactions"], "phan-ung.md"),
                        (s["actors"], "doi-tuong/index.md"), (s["sources"], "nguon/index.md")):
        lines.append(f"  - {json.dumps(title, ensure_ascii=False)}: {json.dumps(path)}")
    if extra_pages:
        lines.append(f"  - {json.dumps(s['editors'], ensure_ascii=False)}:")
        for p in extra_pages:
            lines.append(f"    - {json.dumps(p, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"
