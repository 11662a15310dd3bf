"""End to end: the real seeds, a real `mkdocs build --strict`, the built HTML checked."""
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from conftest import ROOT, make_project, mkdocs_build

FORBIDDEN = ["New Zealand", "Nhật Bản", "Indonesia", "Charles III", "Karapetyan", "Shurnukh", "Hội đồng An ninh Armenia"]


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links = set(), []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])


def _pages(site: Path):
    return sorted(site.rglob("*.html"))


def test_every_section_page_is_built(built_site):
    site = built_site / "site"
    for page in ["index.html", "boi-canh/index.html", "dien-bien/index.html", "phan-ung/index.html",
                 "doi-tuong/index.html", "nguon/index.html", "doi-tuong/nikol-pashinyan/index.html",
                 "nguon/000_e45f08bfa601cc98/index.html"]:
        assert (site / page).is_file(), page
    assert (site / "data" / "briefing.json").is_file() and (site / "data" / "incidents.csv").is_file()


def test_every_citation_link_lands_on_an_existing_paragraph_anchor(built_site):
    site = built_site / "site"
    parsed = {}
    for page in _pages(site):
        c = _Collect()
        c.feed(page.read_text(encoding="utf-8"))
        parsed[page] = c
    checked = 0
    for page, c in parsed.items():
        for href in c.links:
            m = re.match(r"^((?:\.\./)*nguon/[^#]+/)#(p\d+)$", href)
            if not m:
                continue
            target = (page.parent / m.group(1) / "index.html").resolve()
            assert target in parsed, (page, href)
            assert m.group(2) in parsed[target].ids, (page, href)
            checked += 1
    assert checked > 100


def test_search_index_holds_vietnamese_words_with_diacritics(built_site):
    index = json.loads((built_site / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(d["text"] for d in index["docs"])
    for word in ["ngừng bắn", "thiệt mạng", "Pashinyan", "kiềm chế"]:
        assert word in text, word


def test_nothing_from_captions_or_related_boxes_reaches_the_site(built_site):
    for page in _pages(built_site / "site"):
        html = page.read_text(encoding="utf-8")
        for name in FORBIDDEN:
            assert name not in html, (page, name)
    data = (built_site / "docs" / "data" / "briefing.json").read_text(encoding="utf-8")
    for name in FORBIDDEN:
        assert name not in data


def test_generating_twice_gives_byte_identical_output(tmp_path):
    a = make_project(tmp_path / "a")
    b = make_project(tmp_path / "b")
    files = sorted(p.relative_to(a / "docs") for p in (a / "docs").rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(b / "docs") for p in (b / "docs").rglob("*") if p.is_file())
    for rel in files:
        assert (a / "docs" / rel).read_bytes() == (b / "docs" / rel).read_bytes(), rel


def test_committed_docs_are_up_to_date_with_the_seeds(tmp_path):
    """docs/ is the golden output of seeds/: regenerate with `bash tasks.sh golden` and review the diff."""
    fresh = make_project(tmp_path / "fresh") / "docs"
    committed = ROOT / "docs"
    manifest = json.loads((fresh / ".briefing-manifest.json").read_text(encoding="utf-8"))["files"]
    for rel in manifest:
        assert (committed / rel).is_file(), f"{rel} missing from docs/: run bash tasks.sh golden"
        assert (committed / rel).read_text(encoding="utf-8") == (fresh / rel).read_text(encoding="utf-8"), \
            f"docs/{rel} is stale: run bash tasks.sh golden"


def test_generated_pages_say_so_in_front_matter_and_carry_their_heading_as_title(built_site):
    import yaml
    owned = json.loads((built_site / "docs" / ".briefing-manifest.json").read_text(encoding="utf-8"))["files"]
    for rel in owned:
        page = built_site / "docs" / rel
        if page.suffix != ".md":
            continue
        text = page.read_text(encoding="utf-8")
        assert text.startswith("---\n# Trang do briefing tạo tự động"), page
        front, body = text[4:].split("\n---\n", 1)
        meta = yaml.safe_load(front)
        heading = next(line[2:] for line in body.splitlines() if line.startswith("# "))
        assert meta["title"] == heading, page
        # MkDocs titles the page from the front matter, not from the file name
        built = built_site / "site" / page.relative_to(built_site / "docs").with_suffix("")
        html = (built.parent / "index.html" if built.name == "index" else built / "index.html").read_text("utf-8")
        assert f"<title>{heading} - " in html or f"<title>{heading}</title>" in html, page


def test_hand_written_pages_are_never_touched_and_join_the_navigation(tmp_path):
    project = make_project(tmp_path / "p")
    mine = project / "docs" / "ghi-chu.md"
    mine.write_text("# Ghi chú của biên tập viên\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "generator", "generate", "--docs", str(project / "docs")],
                   check=True, cwd=ROOT, capture_output=True)
    assert mine.read_text(encoding="utf-8") == "# Ghi chú của biên tập viên\n"
    assert "ghi-chu.md" in (project / "docs" / ".nav.yml").read_text(encoding="utf-8")
    assert mkdocs_build(project).returncode == 0
