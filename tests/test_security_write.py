"""Nothing lost: only owned files are written or removed, and a failed or interrupted run leaves docs/ as it was."""
from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from conftest import ROOT
from generator import cli, write
from generator.errors import InputError

OLD = {"index.md": "cũ\n", "nguon/a.md": "bài a cũ\n", "nguon/b.md": "bài b\n", "data/briefing.json": "{}\n",
       "doi-tuong/x.md": "x cũ\n"}
NEW = {"index.md": "mới\n", "nguon/a.md": "bài a mới\n", "nguon/b.md": "bài b\n", "nguon/c.md": "bài c\n",
       "data/briefing.json": '{"schema": 1}\n', "moi/sau/d.md": "d\n"}   # doi-tuong/x.md disappears


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def folders(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_dir())


@pytest.fixture
def docs(tmp_path) -> Path:
    """docs/ after a first run of OLD, plus a hand-written page and a hand-written asset."""
    d = tmp_path / "docs"
    write.write(d, OLD)
    (d / "ghi-chu.md").write_text("# Viết tay\n", encoding="utf-8")
    (d / "nguon" / "ghi-chu-nguon.md").write_text("tay\n", encoding="utf-8")
    return d


def test_a_run_writes_changed_files_removes_stale_ones_and_keeps_hand_written_ones(docs):
    written, removed = write.write(docs, NEW)
    assert written == ["data/briefing.json", "index.md", "moi/sau/d.md", "nguon/a.md", "nguon/c.md"]
    assert removed == ["doi-tuong/x.md"]
    after = tree(docs)
    assert {k: v.decode() for k, v in after.items() if k in NEW} == NEW
    assert after["ghi-chu.md"] == "# Viết tay\n".encode() and after["nguon/ghi-chu-nguon.md"] == b"tay\n"
    assert "doi-tuong" not in folders(docs)        # emptied by the removal, so pruned
    assert json.loads(after[write.MANIFEST])["files"] == sorted(NEW)
    assert not [k for k in after if ".briefing-new-" in k or ".briefing-old-" in k]


def test_generated_files_are_readable_like_any_file(docs):
    write.write(docs, NEW)
    umask = os.umask(0)
    os.umask(umask)
    assert (docs / "nguon" / "c.md").stat().st_mode & 0o777 == 0o666 & ~umask


def test_an_unchanged_run_touches_nothing(docs):
    write.write(docs, NEW)
    stamps = {p: p.stat().st_mtime_ns for p in docs.rglob("*") if p.is_file()}
    time.sleep(0.01)
    assert write.write(docs, NEW) == ([], [])
    assert stamps == {p: p.stat().st_mtime_ns for p in docs.rglob("*") if p.is_file()}


def test_a_hand_written_file_where_a_page_would_go_is_never_overwritten(docs):
    (docs / "nguon" / "c.md").write_text("của tôi\n", encoding="utf-8")
    before = tree(docs)
    with pytest.raises(InputError, match="not written by the generator"):
        write.write(docs, NEW)
    assert tree(docs) == before


def test_paths_differing_only_by_case_are_refused(tmp_path):
    with pytest.raises(InputError, match="only by letter case"):
        write.write(tmp_path / "docs", {"nguon/A.md": "1", "nguon/a.md": "2"})
    assert not (tmp_path / "docs").exists()


@pytest.mark.parametrize("rel", ["../x.md", "/abs.md", "a/../../x.md", "a\\..\\x.md", "a\x00.md", "./a.md", "a//b.md",
                                 "nguon/CON.md", "aux", "lpt1.txt", ""])
def test_paths_that_could_leave_docs_or_are_not_portable_are_refused(tmp_path, rel):
    with pytest.raises(InputError, match="refusing to write"):
        write.write(tmp_path / "docs", {rel: "x"})
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]


def test_text_that_cannot_be_utf8_is_an_error_before_anything_is_written(docs):
    before = tree(docs)
    with pytest.raises(InputError, match="cannot be written as UTF-8"):
        write.write(docs, {**NEW, "nguon/c.md": "lone \ud800 surrogate"})
    assert tree(docs) == before


def test_a_page_staged_slice_by_slice_is_written_byte_for_byte(tmp_path, monkeypatch):
    monkeypatch.setattr(write, "_SLICE", 3)
    pages = {"data/briefing.json": "{\"tên\": \"Việt Nam 😀\"}\n" * 5, "a.md": "ạb", "empty.md": ""}
    write.write(tmp_path / "docs", pages)
    assert {rel: (tmp_path / "docs" / rel).read_bytes() for rel in pages} == {rel: t.encode("utf-8") for rel, t in pages.items()}


# ---------------------------------------------------------------- failures mid-run

def _fail_after(monkeypatch, name: str, n: int, exc: BaseException) -> None:
    """os.<name> works n times, then fails once (as a disk would), then works again."""
    real = getattr(os, name)
    calls = {"n": 0}

    def patched(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == n + 1:
            raise exc
        return real(*args, **kwargs)
    monkeypatch.setattr(write.os, name, patched)


@pytest.mark.parametrize("n", [0, 1, 3, 5])   # 5 writes + the manifest: 5 fails on the manifest itself
def test_a_rename_failing_mid_commit_rolls_every_file_back(docs, monkeypatch, n):
    before, dirs = tree(docs), folders(docs)
    _fail_after(monkeypatch, "replace", n, OSError(errno.EIO, "Input/output error"))
    with pytest.raises(OSError):
        write.write(docs, NEW)
    assert tree(docs) == before
    assert folders(docs) == dirs


def test_disk_full_while_staging_leaves_docs_as_it_was(docs, monkeypatch):
    before, dirs = tree(docs), folders(docs)
    real_fdopen = os.fdopen
    opened = {"n": 0}

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.fh, name)

    def fdopen(fd, *args, **kwargs):
        opened["n"] += 1
        fh = real_fdopen(fd, *args, **kwargs)
        return Full(fh) if opened["n"] == 3 else fh
    monkeypatch.setattr(write.os, "fdopen", fdopen)
    with pytest.raises(OSError) as err:
        write.write(docs, NEW)
    assert err.value.errno == errno.ENOSPC
    assert tree(docs) == before and folders(docs) == dirs


def _empty(folder):
    folder.mkdir(exist_ok=True)
    return folder


def test_disk_full_through_the_cli_is_one_line_and_exit_1(tmp_path, monkeypatch, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Armenia cho biết 49 binh sĩ thiệt mạng ngày 13/9.\n", encoding="utf-8")
    args = ["generate", "--seeds", str(seeds), "--overrides", str(_empty(tmp_path / "none")), "--docs", str(tmp_path / "docs"),
            "--no-cache"]
    assert cli.main(args) == 0
    (seeds / "b.txt").write_text("Azerbaijan cho biết 50 binh sĩ thiệt mạng ngày 13/9.\n", encoding="utf-8")
    before = tree(tmp_path / "docs")
    _fail_after(monkeypatch, "fsync", 2, OSError(errno.ENOSPC, "No space left on device"))
    capsys.readouterr()
    assert cli.main(args) == 1
    err = capsys.readouterr().err
    assert err.strip() == "briefing: No space left on device"
    assert tree(tmp_path / "docs") == before


def test_a_failed_run_also_restores_the_files_it_was_removing(docs, monkeypatch):
    before = tree(docs)
    _fail_after(monkeypatch, "replace", 4, OSError(errno.EIO, "Input/output error"))
    with pytest.raises(OSError):
        write.write(docs, NEW)
    assert (docs / "doi-tuong" / "x.md").read_text(encoding="utf-8") == "x cũ\n"
    assert tree(docs) == before


def test_leftovers_of_a_hard_killed_run_are_swept(docs):
    (docs / "nguon" / ".briefing-new-abc123").write_text("half", encoding="utf-8")
    (docs / ".briefing-old-def456").write_text("old", encoding="utf-8")
    write.write(docs, OLD)
    assert not list(docs.rglob(".briefing-new-*")) and not list(docs.rglob(".briefing-old-*"))


# ---------------------------------------------------------------- real signals to a child process

DRIVER = textwrap.dedent("""
    import os, sys, time
    from generator import cli, write
    phase = sys.argv[1]
    real_stage, real_replace = write._stage, write.os.replace
    def slow_stage(*a, **k):
        out = real_stage(*a, **k)
        if phase == "stage":
            print("staged", flush=True)
            time.sleep(0.3)
        return out
    def slow_replace(*a, **k):
        if phase == "commit":
            print("replacing", flush=True)
            time.sleep(0.3)
        return real_replace(*a, **k)
    write._stage = slow_stage
    write.os.replace = slow_replace
    sys.exit(cli.main(sys.argv[2:]))
""")


def _run_and_signal(tmp_path: Path, phase: str, sig: int, docs: Path) -> subprocess.CompletedProcess:
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    args = [sys.executable, str(driver), phase, "generate", "--seeds", str(ROOT / "seeds"),
            "--overrides", str(ROOT / "seeds" / "overrides"), "--docs", str(docs), "--no-cache"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}   # this checkout's generator, whatever is installed
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    marker = "staged" if phase == "stage" else "replacing"
    seen = 0
    for line in proc.stdout:
        seen += line.strip() == marker
        if seen == 3:
            proc.send_signal(sig)
            break
    out, err = proc.communicate(timeout=120)
    return subprocess.CompletedProcess(args, proc.returncode, out, err)


@pytest.fixture
def seeded_docs(tmp_path) -> Path:
    """docs/ generated from the seeds with article metadata only, so that a full run changes many pages."""
    docs = tmp_path / "docs"
    subprocess.run([sys.executable, "-m", "generator", "generate", "--no-overrides", "--no-cache",
                    "--seeds", str(ROOT / "seeds"), "--docs", str(docs)], cwd=ROOT, check=True, capture_output=True)
    (docs / "ghi-chu.md").write_text("# Viết tay\n", encoding="utf-8")
    return docs


@pytest.mark.parametrize("sig, code", [(signal.SIGTERM, 128 + signal.SIGTERM), (signal.SIGINT, 128 + signal.SIGINT)])
def test_a_signal_while_staging_stops_the_run_and_leaves_docs_as_it_was(tmp_path, seeded_docs, sig, code):
    before = tree(seeded_docs)
    result = _run_and_signal(tmp_path, "stage", sig, seeded_docs)
    assert result.returncode == code, result.stderr
    assert "interrupted" in result.stderr and "Traceback" not in result.stderr
    assert tree(seeded_docs) == before


def test_sigterm_while_committing_waits_for_the_commit_then_ends_the_process(tmp_path, seeded_docs):
    result = _run_and_signal(tmp_path, "commit", signal.SIGTERM, seeded_docs)
    assert result.returncode == -signal.SIGTERM, result.stderr
    complete = tmp_path / "complete"
    complete.mkdir()
    (complete / "ghi-chu.md").write_text("# Viết tay\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "generator", "generate", "--no-cache", "--seeds", str(ROOT / "seeds"),
                    "--overrides", str(ROOT / "seeds" / "overrides"), "--docs", str(complete)],
                   cwd=ROOT, check=True, capture_output=True)
    assert tree(seeded_docs) == tree(complete)


def test_pages_of_an_article_or_actor_that_disappeared_are_removed_end_to_end(tmp_path, capsys):
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Tổng thư ký Liên Hợp Quốc Antonio Guterres kêu gọi Armenia và Azerbaijan kiềm chế.\n",
                                 encoding="utf-8")
    (seeds / "b.txt").write_text("Thủ tướng Armenia Nikol Pashinyan cho biết 49 binh sĩ thiệt mạng ngày 13/9.\n",
                                 encoding="utf-8")
    args = ["generate", "--seeds", str(seeds), "--overrides", str(_empty(tmp_path / "none")), "--docs", str(docs), "--no-cache"]
    assert cli.main(args) == 0
    docs.joinpath("doi-tuong", "ghi-chu.md").write_text("# Tay\n", encoding="utf-8")
    assert (docs / "nguon" / "b.md").is_file() and (docs / "doi-tuong" / "nikol-pashinyan.md").is_file()
    (seeds / "b.txt").unlink()
    assert cli.main(args) == 0
    assert not (docs / "nguon" / "b.md").exists() and not (docs / "doi-tuong" / "nikol-pashinyan.md").exists()
    assert (docs / "nguon" / "a.md").is_file() and (docs / "doi-tuong" / "antonio-guterres.md").is_file()
    assert (docs / "doi-tuong" / "ghi-chu.md").read_text(encoding="utf-8") == "# Tay\n"
    owned = json.loads((docs / write.MANIFEST).read_text(encoding="utf-8"))["files"]
    assert "nguon/b.md" not in owned and "doi-tuong/ghi-chu.md" not in owned


def test_an_id_markdown_would_read_as_emphasis_is_refused():
    from generator.write import id_problem
    assert id_problem("0._0_") and id_problem("a-_b") and not id_problem("000_e45f08bfa601cc98")
