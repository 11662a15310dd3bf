"""Bad input gets one clear line per problem (FILE[:LINE]: message), exit 2, and docs/ is left as it was."""
from __future__ import annotations

import codecs
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from generator import cli

ARTICLE = ("Armenia cho biết ít nhất 49 binh sĩ của họ đã thiệt mạng trong giao tranh ngày 13/9.\n"
           "Tổng thư ký Liên Hợp Quốc Antonio Guterres kêu gọi hai bên kiềm chế.\n")


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path):
    """seeds/ with one good article, an empty overrides/ and a docs/ already generated from them."""
    seeds, overrides, docs = tmp_path / "seeds", tmp_path / "overrides", tmp_path / "docs"
    seeds.mkdir()
    overrides.mkdir()
    (seeds / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (docs / "ghi-chu.md").parent.mkdir()
    (docs / "ghi-chu.md").write_text("# Viết tay\n", encoding="utf-8")
    assert generate(tmp_path)[0] == 0
    return tmp_path


def generate(root: Path, *extra: str, seeds: Path | None = None) -> tuple[int, str]:
    """Run the real CLI in-process; returns (exit code, stderr)."""
    import contextlib
    import io
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        rc = cli.main(["generate", "--seeds", str(seeds or root / "seeds"), "--overrides", str(root / "overrides"),
                       "--docs", str(root / "docs"), "--no-cache", *extra])
    return rc, err.getvalue()


def fails(root: Path, *expected: str, extra: tuple[str, ...] = (), seeds: Path | None = None) -> list[str]:
    """Generate must exit 2, print one line per problem containing each expected text, and write nothing."""
    before = snapshot(root / "docs")
    rc, err = generate(root, *extra, seeds=seeds)
    lines = err.splitlines()
    assert rc == 2, err
    assert lines and "Traceback" not in err
    for text in expected:
        assert any(text in line for line in lines), (text, lines)
    assert snapshot(root / "docs") == before
    return lines


# ---------------------------------------------------------------- seed files

def test_windows_1258_seed_is_rejected_naming_file_and_line(project):
    # "Việt Nam" in Windows-1258: ê, then a combining dot below
    (project / "seeds" / "cp1258.txt").write_bytes("Dòng một\n".encode() + b"Vi\xea\xf2t Nam")
    fails(project, "cp1258.txt:2: not UTF-8 text")


def test_utf16_without_bom_is_rejected_and_with_bom_is_read(project):
    (project / "seeds" / "le.txt").write_bytes(ARTICLE.encode("utf-16-le"))
    fails(project, "le.txt: looks like UTF-16 without a byte-order mark")
    (project / "seeds" / "le.txt").write_bytes(codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"))
    (project / "seeds" / "be.txt").write_bytes(codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"))
    rc, err = generate(project)
    assert rc == 0, err
    assert (project / "docs" / "nguon" / "le.md").is_file() and (project / "docs" / "nguon" / "be.md").is_file()


def test_binary_file_is_rejected(project):
    (project / "seeds" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    fails(project, "photo.txt: binary file")


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  \r\n", "\u00a0\n".encode()])
def test_empty_or_blank_seed_is_rejected(project, content):
    (project / "seeds" / "blank.md").write_bytes(content)
    fails(project, "blank.md: empty article")


def test_seed_over_the_size_limit_is_rejected_and_the_limit_is_configurable(project):
    (project / "seeds" / "big.txt").write_text(ARTICLE * 40, encoding="utf-8")
    size = (project / "seeds" / "big.txt").stat().st_size
    fails(project, f"big.txt: file is {size} bytes, over the limit of 2048", extra=("--max-bytes", "2k"))
    assert generate(project, "--max-bytes", "1M")[0] == 0


def test_max_bytes_must_be_a_size():
    with pytest.raises(SystemExit) as exit_:
        cli.parser().parse_args(["generate", "--max-bytes", "lots"])
    assert exit_.value.code == 2


def test_missing_empty_or_non_folder_seeds_are_rejected(project):
    fails(project, "nowhere: seeds folder not found", seeds=project / "nowhere")
    (project / "empty").mkdir()
    (project / "empty" / "notes.docx").write_bytes(b"PK")
    fails(project, "empty: no articles (.txt or .md) in the seeds folder", seeds=project / "empty")
    fails(project, "good.txt: seeds folder is not a folder", seeds=project / "seeds" / "good.txt")


@pytest.mark.parametrize("first, second", [("a.txt", "a.md"), ("Bai.txt", "bai.txt")])
def test_two_seeds_with_the_same_id_are_rejected(project, first, second):
    for name in (first, second):
        (project / "seeds" / name).write_text(ARTICLE, encoding="utf-8")
    fails(project, "duplicate article id")


@pytest.mark.parametrize("name, hint", [
    (" .txt", None),
    ("a b#?.txt", "e.g. 'a-b.txt'"),
    ("CON.txt", "reserved device name"),
    ("aux.md", "reserved device name"),
    ("bài báo.txt", "e.g. 'bai-bao.txt'"),
    ("a.b..txt", None),
    ("-x.txt", None),
    ("x" * 130 + ".txt", "longer than 120"),
])
def test_a_file_name_that_is_not_a_safe_id_is_rejected_with_a_hint(project, name, hint):
    (project / "seeds" / name).write_text(ARTICLE, encoding="utf-8")
    lines = fails(project, "the file name is the article id, and this one cannot be")
    if hint:
        assert hint in lines[0]


def test_hidden_files_and_other_extensions_are_not_articles(project):
    (project / "seeds" / "..txt").write_text("<script>alert(1)</script>", encoding="utf-8")
    (project / "seeds" / "._good.txt").write_bytes(b"\x00\x05\x16\x07Mac OS X")
    (project / "seeds" / "notes.docx").write_bytes(b"PK\x03\x04")
    rc, err = generate(project)
    assert rc == 0, err
    assert sorted(p.name for p in (project / "docs" / "nguon").iterdir()) == ["good.md", "index.md"]


def test_all_problems_are_reported_at_once(project):
    (project / "seeds" / "empty.txt").write_text("", encoding="utf-8")
    (project / "seeds" / "CON.txt").write_text(ARTICLE, encoding="utf-8")
    (project / "seeds" / "bin.txt").write_bytes(b"\x00\x01\x02\x03")
    lines = fails(project, "empty.txt", "CON.txt", "bin.txt")
    assert len(lines) == 3


# ---------------------------------------------------------------- YAML: overrides and front matter

BOMB = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


@pytest.mark.parametrize("name, text, expected", [
    ("articles.yml", "good:\n  title: [unclosed\n", "articles.yml:3: YAML error"),
    ("actors.yml", "x:\n\tname: tab\n", "actors.yml:2: YAML error"),
    ("incidents.yml", "- just\n- a list\n", "incidents.yml:1: must be a mapping"),
    ("reactions.yml", "just a sentence\n", "reactions.yml:1: must be a mapping"),
    ("articles.yml", BOMB, "articles.yml:2: YAML error: aliases (*name) are not allowed"),
    ("background.yml", "[" * 5000 + "]" * 5000, "background.yml"),
    ("articles.yml", "good:\n  title: " + "x" * (1024 * 1024 + 10) + "\n", "articles.yml: file is larger than"),
    ("articles.yml", b"good:\n  title: Vi\xea\xf2t\n", "articles.yml:2: not UTF-8"),
    ("articles.yml", "good:\n  url: javascript:alert(1)\n", "articles.yml:2:"),
    ("articles.yml", "good:\n  titel: Sai chính tả\n", "did you mean 'title'"),
])
def test_bad_overrides_yaml_is_reported_with_file_and_line(project, name, text, expected):
    data = text if isinstance(text, bytes) else text.encode()
    (project / "overrides" / name).write_bytes(data)
    fails(project, expected)


@pytest.mark.parametrize("front, expected", [
    ("title: [unclosed\n", "fm.md:2: YAML error"),
    ("title: ok\nbad: : :\n", "fm.md:3: YAML error"),
    ("- a\n- b\n", "fm.md:2: front matter must be a mapping"),
    ("just text\n", "fm.md:2: front matter must be a mapping"),
    (BOMB, "fm.md:3: YAML error: aliases"),
    ("published: 13/9/2022\n", "fm.md:2: 'published' must be an ISO date"),
    ("title: ok\nurl: javascript:alert(1)\n", "fm.md:3: 'url' must be an http(s) address"),
    ("title: {a: 1}\n", "fm.md:2: 'title' must be text"),
])
def test_bad_front_matter_is_reported_with_file_and_line(project, front, expected):
    (project / "seeds" / "fm.md").write_text(f"---\n{front}---\n{ARTICLE}", encoding="utf-8")
    fails(project, expected)


def test_front_matter_keys_the_generator_does_not_read_are_left_alone(project):
    (project / "seeds" / "fm.md").write_text(f"---\ntitle: Bài\ntags: [a, b]\nauthor: X\n---\n{ARTICLE}",
                                             encoding="utf-8")
    assert generate(project)[0] == 0


# ---------------------------------------------------------------- the docs folder

def test_hand_written_file_in_the_way_is_an_error_and_is_kept(project):
    mine = project / "docs" / "nguon" / "moi.md"
    (project / "seeds" / "moi.txt").write_text(ARTICLE, encoding="utf-8")
    mine.write_text("# Của tôi\n", encoding="utf-8")
    fails(project, "moi.md: exists and was not written by the generator")
    assert mine.read_text(encoding="utf-8") == "# Của tôi\n"


@pytest.mark.parametrize("manifest, expected", [
    ('{"files": ["../outside.md"]}', "../outside.md: refusing to write this path"),
    ('{"files": ["/etc/passwd"]}', "/etc/passwd: refusing to write this path"),
    ('{"files": ["a\\u0000b.md"]}', "refusing to write this path"),
    ('{"files": [1]}', "manifest is damaged"),
    ("not json", "manifest is damaged"),
])
def test_a_damaged_or_hostile_manifest_stops_the_run(project, manifest, expected):
    (project / "outside.md").write_text("keep", encoding="utf-8")
    (project / "docs" / ".briefing-manifest.json").write_text(manifest, encoding="utf-8")
    fails(project, expected)
    assert (project / "outside.md").read_text(encoding="utf-8") == "keep"


def test_a_symlinked_folder_cannot_carry_writes_outside_docs(project):
    outside = project / "elsewhere"
    outside.mkdir()
    (project / "seeds" / "moi.txt").write_text(ARTICLE, encoding="utf-8")
    nguon = project / "docs" / "nguon"
    for p in nguon.iterdir():
        p.rename(outside / p.name)
    nguon.rmdir()
    nguon.symlink_to(outside, target_is_directory=True)
    fails(project, "refusing to write this path: resolves outside the docs folder")
    assert not (outside / "moi.md").exists()


# ---------------------------------------------------------------- unexpected failures

def test_an_unexpected_exception_is_one_line_with_exit_1_and_a_hint(project, monkeypatch, capsys):
    def boom(*a, **k):
        raise RuntimeError("something\nunforeseen")
    monkeypatch.setattr(cli, "generate", boom)
    rc = cli.main(["generate", "--seeds", str(project / "seeds"), "--docs", str(project / "docs"), "--no-cache"])
    err = capsys.readouterr().err
    assert rc == 1
    assert err.count("\n") == 1 and "RuntimeError: something unforeseen" in err and "BRIEFING_DEBUG=1" in err
    monkeypatch.setenv("BRIEFING_DEBUG", "1")
    with pytest.raises(RuntimeError):
        cli.main(["generate", "--seeds", str(project / "seeds"), "--docs", str(project / "docs"), "--no-cache"])


def test_an_os_error_in_a_real_run_is_one_line_without_traceback(project):
    docs_is_a_file = project / "docs-file"
    docs_is_a_file.write_text("x", encoding="utf-8")
    env = {**os.environ, "BRIEFING_DEBUG": ""}
    result = subprocess.run([sys.executable, "-m", "generator", "generate", "--seeds", str(project / "seeds"),
                             "--overrides", str(project / "overrides"), "--docs", str(docs_is_a_file), "--no-cache"],
                            cwd=ROOT, capture_output=True, text=True, env=env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1, result.stderr
    assert "docs-file" in result.stderr
    assert docs_is_a_file.read_text(encoding="utf-8") == "x"


@pytest.mark.parametrize("template, expected", [
    ("# x\n{% if %}\n", "sources.md.j2:2: template error: Expected an expression"),
    ("# x\n\n{{ nothing.here }}\n", "sources.md.j2:3: template error: UndefinedError: 'nothing' is undefined"),
    ('# x\n{% include "../../../../etc/passwd" %}\n', "sources.md.j2:2: template error: TemplateNotFound"),
    ('# x\n{% include "/etc/passwd" %}\n', "sources.md.j2:2: template error: TemplateNotFound"),
])
def test_a_broken_template_override_is_bad_input_naming_its_line(project, template, expected):
    (project / "overrides" / "templates").mkdir()
    (project / "overrides" / "templates" / "sources.md.j2").write_text(template, encoding="utf-8")
    fails(project, expected)


def test_csv_cells_from_article_text_cannot_run_as_spreadsheet_formulas():
    from generator.export import _cell
    assert _cell("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert _cell("@SUM(A1)") == "'@SUM(A1)" and _cell("-1+1") == "'-1+1"
    assert _cell("biên giới Armenia–Azerbaijan") == "biên giới Armenia–Azerbaijan" and _cell(49) == 49
