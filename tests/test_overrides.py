"""Curated overrides: each kind takes effect in the pages and the export, and mistakes are reported precisely."""
from __future__ import annotations

import json
import shutil
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT
from generator.cli import main

ARTICLES = ROOT / "seeds" / "overrides" / "articles.yml"


def run(tmp: Path, files: dict[str, str], *extra: str) -> tuple[int, Path]:
    ov = tmp / "overrides"
    ov.mkdir(parents=True, exist_ok=True)
    shutil.copy(ARTICLES, ov / "articles.yml")
    for name, text in files.items():
        (ov / name).parent.mkdir(parents=True, exist_ok=True)
        (ov / name).write_text(textwrap.dedent(text), encoding="utf-8")
    docs = tmp / "docs"
    rc = main(["generate", "--seeds", str(ROOT / "seeds"), "--overrides", str(ov), "--docs", str(docs), *extra])
    return rc, docs


def export(docs: Path) -> dict:
    return json.loads((docs / "data" / "briefing.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> dict:
    rc, docs = run(tmp_path_factory.mktemp("plain"), {})
    assert rc == 0
    return export(docs)


def incident_of(data: dict, year: int) -> dict:
    return next(i for i in data["incidents"] if i["date"] and i["date"].startswith(str(year)))


def test_actor_rename_alias_description_and_hide(tmp_path):
    rc, docs = run(tmp_path, {"actors.yml": """
        nikol-pashinyan:
          name: Nikol Vovayi Pashinyan
          aliases: [Pashinian]
          description: Thủ tướng Armenia từ năm 2018.
        uzbekistan:
          hide: true
    """})
    assert rc == 0
    data = export(docs)
    actor = next(a for a in data["actors"] if a["id"] == "nikol-pashinyan")
    assert actor["name"] == "Nikol Vovayi Pashinyan" and "Pashinian" in actor["aliases"] and "Nikol Pashinyan" in actor["aliases"]
    assert set(actor["curated"]) >= {"name", "aliases", "description"}
    assert "uzbekistan" not in {a["id"] for a in data["actors"]}
    page = (docs / "doi-tuong" / "nikol-pashinyan.md").read_text(encoding="utf-8")
    assert "Nikol Vovayi Pashinyan" in page and "Thủ tướng Armenia từ năm 2018" in page and 'class="curated"' in page
    assert not (docs / "doi-tuong" / "uzbekistan.md").exists()


def test_actor_merge_rewrites_every_reference(tmp_path, plain):
    rc, docs = run(tmp_path, {"actors.yml": """
        sergey-lavrov:
          merge_into: vladimir-putin
    """})
    assert rc == 0
    data = export(docs)
    assert "sergey-lavrov" not in {a["id"] for a in data["actors"]}
    putin = next(a for a in data["actors"] if a["id"] == "vladimir-putin")
    assert "Sergey Lavrov" in putin["aliases"]
    assert all(r["actor"] != "sergey-lavrov" for r in data["reactions"])


def test_actor_added_with_its_paragraphs(tmp_path):
    rc, docs = run(tmp_path, {"actors.yml": """
        cong-dong-quoc-te:
          add: true
          name: cộng đồng quốc tế
          type: other
          mentions: ["000_e45f08bfa601cc98#p8"]
    """})
    assert rc == 0
    actor = next(a for a in export(docs)["actors"] if a["id"] == "cong-dong-quoc-te")
    assert actor["mentions"] == [{"article": "000_e45f08bfa601cc98", "paragraph": 8}] and actor["curated"] == ["add"]
    assert (docs / "doi-tuong" / "cong-dong-quoc-te.md").exists()


def test_incident_title_and_corrected_figure_keep_their_reporter(tmp_path, plain):
    inc = incident_of(plain, 2022)
    fig = next(c for c in inc["casualties"] if c["number"] == 49)
    cid = f"{fig['party']}-killed-49"
    rc, docs = run(tmp_path, {"incidents.yml": f"""
        {inc['id']}:
          title: Giao tranh biên giới tháng 9/2022
          casualties:
            {cid}:
              number: 51
          add_casualties:
            - {{party: armenia, kind: wounded, number: 3, qualifier: at_least, reported_by: armenia, source: "002_b3422ce517ffbfa6#p9"}}
    """})
    assert rc == 0
    got = next(i for i in export(docs)["incidents"] if i["id"] == inc["id"])
    assert got["title"] == "Giao tranh biên giới tháng 9/2022" and "title" in got["curated"]
    edited = next(c for c in got["casualties"] if c["number"] == 51)
    assert edited["curated"] and edited["reported_by"] == fig["reported_by"]
    added = next(c for c in got["casualties"] if c["kind"] == "wounded" and c["number"] == 3)
    assert added["curated"] and added["source"] == {"article": "002_b3422ce517ffbfa6", "paragraph": 9}
    page = (docs / "dien-bien.md").read_text(encoding="utf-8")
    assert "Giao tranh biên giới tháng 9/2022" in page and "51 thiệt mạng" in page


def test_incident_hide_and_merge(tmp_path, plain):
    a, b = incident_of(plain, 2021), incident_of(plain, 2022)
    rc, docs = run(tmp_path, {"incidents.yml": f"""
        {a['id']}:
          merge_into: {b['id']}
    """})
    assert rc == 0
    data = export(docs)
    assert a["id"] not in {i["id"] for i in data["incidents"]}
    merged = next(i for i in data["incidents"] if i["id"] == b["id"])
    assert {s["article"] for s in merged["sources"]} >= {"004_d2e880b765730632"}
    assert all(r["incident"] != a["id"] for r in data["reactions"])
    rc, docs = run(tmp_path / "h", {"incidents.yml": f"{a['id']}:\n  hide: true\n"})
    assert a["id"] not in {i["id"] for i in export(docs)["incidents"]}


def test_incident_split_by_articles(tmp_path, plain):
    inc = incident_of(plain, 2022)
    rc, docs = run(tmp_path, {"incidents.yml": f"""
        {inc['id']}:
          split:
            - id: tach-bai-002
              articles: [002_b3422ce517ffbfa6]
    """})
    assert rc == 0
    data = export(docs)
    new = next(i for i in data["incidents"] if i["id"] == "tach-bai-002")
    old = next(i for i in data["incidents"] if i["id"] == inc["id"])
    assert {s["article"] for s in new["sources"]} == {"002_b3422ce517ffbfa6"}
    assert "002_b3422ce517ffbfa6" not in {s["article"] for s in old["sources"]}


def test_reaction_corrected_hidden_and_added(tmp_path, plain):
    r1, r2 = plain["reactions"][0], plain["reactions"][1]
    rc, docs = run(tmp_path, {"reactions.yml": f"""
        {r1['id']}:
          stance: [condemn]
          quote: Trích dẫn đã sửa
        {r2['id']}:
          hide: true
        them-phan-ung:
          add: true
          actor: lien-hop-quoc
          stance: [concern]
          summary: Liên Hợp Quốc theo dõi sát tình hình.
          sources: ["000_e45f08bfa601cc98#p8"]
    """})
    assert rc == 0
    data = {r["id"]: r for r in export(docs)["reactions"]}
    assert data[r1["id"]]["stance"] == ["condemn"] and set(data[r1["id"]]["curated"]) >= {"stance", "quote"}
    assert r2["id"] not in data
    assert data["them-phan-ung"]["actor"] == "lien-hop-quoc"
    assert "Trích dẫn đã sửa" in (docs / "phan-ung.md").read_text(encoding="utf-8")


def test_background_added_and_hidden(tmp_path, plain):
    first = plain["background"][0]["id"]
    rc, docs = run(tmp_path, {"background.yml": f"""
        {first}:
          hide: true
        bg-them:
          add: true
          period: "1991"
          text: Armenia và Azerbaijan tuyên bố độc lập khi Liên Xô tan rã.
          sources: ["000_e45f08bfa601cc98#p7"]
    """})
    assert rc == 0
    ids = [g["id"] for g in export(docs)["background"]]
    assert first not in ids and "bg-them" in ids
    assert "Liên Xô tan rã" in (docs / "boi-canh.md").read_text(encoding="utf-8")


def test_prose_blocks_and_template_overrides(tmp_path):
    rc, docs = run(tmp_path, {
        "prose/index.top.md": "Tóm tắt **của biên tập viên**.\n",
        "prose/dien-bien.bottom.md": "Ghi chú cuối trang.\n",
        "templates/background.md.j2": "# Bối cảnh (mẫu riêng)\n\n{% for g in b.background %}- {{ g.text | md }}\n{% endfor %}",
    })
    assert rc == 0
    assert "Tóm tắt **của biên tập viên**." in (docs / "index.md").read_text(encoding="utf-8")
    assert (docs / "dien-bien.md").read_text(encoding="utf-8").rstrip().endswith("Ghi chú cuối trang.")
    assert "# Bối cảnh (mẫu riêng)" in (docs / "boi-canh.md").read_text(encoding="utf-8")


def test_overrides_survive_regeneration(tmp_path):
    files = {"actors.yml": "nikol-pashinyan:\n  description: Mô tả.\n"}
    run(tmp_path, files)
    first = {p: p.read_bytes() for p in (tmp_path / "docs").rglob("*") if p.is_file()}
    rc, _ = run(tmp_path, files)
    assert rc == 0
    assert {p: p.read_bytes() for p in (tmp_path / "docs").rglob("*") if p.is_file()} == first


def test_no_overrides_keeps_only_article_metadata(tmp_path):
    rc, docs = run(tmp_path, {"actors.yml": "nikol-pashinyan:\n  description: Mô tả.\n"}, "--no-overrides")
    assert rc == 0
    data = export(docs)
    assert next(a for a in data["actors"] if a["id"] == "nikol-pashinyan")["description"] is None
    assert data["articles"][0]["title"]   # articles.yml still applies


def test_every_mistake_is_reported_with_file_and_line_and_nothing_is_written(tmp_path, capsys):
    rc, docs = run(tmp_path, {
        "actors.yml": """
            nikol-pashinyan:
              descripton: sai chính tả
              type: persn
            vladimir-putin:
              aliases: Putin
        """,
        "incidents.yml": "x:\n  date: 13/9/2022\n",
        "reactions.yml": "a: [1,\n",
    })
    assert rc == 2 and not docs.exists()
    err = capsys.readouterr().err
    assert "actors.yml:3: unknown key 'descripton' in nikol-pashinyan (did you mean 'description'?)" in err
    assert "actors.yml:4: nikol-pashinyan.type must be one of" in err and "did you mean 'person'" in err
    assert "actors.yml:6: vladimir-putin.aliases must be a list" in err
    assert "incidents.yml:2: x.date must be a date YYYY-MM-DD" in err
    assert "reactions.yml:2: YAML error" in err


def test_stale_overrides_warn_and_fail_under_strict(tmp_path, capsys):
    files = {"actors.yml": "nguoi-khong-ton-tai:\n  description: x\n",
             "background.yml": "\n\nbg-cu:\n  hide: true\n"}
    rc, docs = run(tmp_path, files)
    err = capsys.readouterr().err
    assert rc == 0 and "actors.yml:1: warning: actor 'nguoi-khong-ton-tai' does not exist" in err
    assert "background.yml:3: warning: background entry 'bg-cu' does not exist" in err
    rc, docs2 = run(tmp_path / "strict", files, "--strict")
    assert rc == 2 and not (tmp_path / "strict" / "docs").exists()


def test_check_validates_without_writing(tmp_path, capsys):
    ov = tmp_path / "ov"
    ov.mkdir()
    shutil.copy(ARTICLES, ov / "articles.yml")
    (ov / "incidents.yaml").write_text("x: 1\n", encoding="utf-8")
    rc = main(["check", "--seeds", str(ROOT / "seeds"), "--overrides", str(ov), "--docs", str(tmp_path / "docs")])
    assert rc == 2 and not (tmp_path / "docs").exists()
    assert "incidents.yaml: unknown overrides file (did you mean 'incidents.yml'?)" in capsys.readouterr().err


def test_ids_an_editor_invents_are_checked_where_they_are_written(tmp_path, capsys):
    rc, docs = run(tmp_path, {"actors.yml": "x:\n  add: true\n  name: X\n\n'../../evil':\n  add: true\n  name: Y\n"})
    assert rc == 2 and not docs.exists()
    assert "actors.yml:5: '../../evil' cannot be an id" in capsys.readouterr().err


def test_an_overrides_folder_named_on_the_command_line_must_exist(tmp_path, capsys):
    rc = main(["generate", "--seeds", str(ROOT / "seeds"), "--overrides", str(tmp_path / "typo"), "--docs", str(tmp_path / "docs")])
    assert rc == 2 and "typo: overrides folder not found" in capsys.readouterr().err


def test_unsafe_prose_is_reported_with_its_full_path(tmp_path, capsys):
    rc, docs = run(tmp_path, {"prose/index.top.md": "[bấm](javascript:alert(1))\n"})
    assert rc == 2 and str(tmp_path / "overrides" / "prose" / "index.top.md") in capsys.readouterr().err


def test_ids_wrapped_under_the_files_name_get_one_error_saying_how_to_fix_it(tmp_path, capsys):
    rc, docs = run(tmp_path, {"articles.yml": """
        # as a schema's example block reads
        articles:
          000_e45f08bfa601cc98:
            title: Tiêu đề
            published: 2022-09-14
    """})
    assert rc == 2 and not docs.exists()
    err = capsys.readouterr().err
    assert "articles.yml:3: ids go at the top level of articles.yml: remove the line 'articles:'" in err
    assert "unknown key" not in err

    rc, _ = run(tmp_path / "stub", {"articles.yml": "articles:\n  000_e45f08bfa601cc98:\n  001_x:\n    title: X\n"})
    err = capsys.readouterr().err
    assert rc == 2 and "ids go at the top level" in err and "unknown key" not in err
