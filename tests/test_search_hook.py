"""hooks/search_diacritics.py: folded copies of the search index fields (the browser tests search with them)."""
import importlib.util
import json

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("search_diacritics", ROOT / "hooks" / "search_diacritics.py")
hook = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hook)


def test_folding_removes_every_vietnamese_diacritic_including_the_d_with_stroke():
    assert hook.fold("Ngừng bắn ở Đà Nẵng, Thủ tướng Nguyễn") == "Ngung ban o Da Nang, Thu tuong Nguyen"
    assert hook.fold("ĂÂÊÔƠƯăâêôơư ỳýỷỹỵ") == "AAEOOUaaeoou yyyyy"


def test_a_copy_holds_only_the_words_folding_changes_without_markup():
    assert hook.folded_words('<p>Lệnh <mark>ngừng bắn</mark> của CSTO</p>') == "Lenh ngung ban cua"
    assert hook.folded_words("<p>CSTO Pashinyan 2022</p>") == ""


def test_the_index_gets_folded_fields_with_the_boosts_of_their_originals():
    index = {"config": {"lang": ["vi"], "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}},
             "docs": [{"location": "a/", "title": "Kiềm chế", "text": "<p>kêu gọi kiềm chế</p>"},
                      {"location": "b/", "title": "CSTO", "text": "<p>CSTO</p>", "tags": ["lên án", "NATO"]}]}
    out = hook.fold_index(index)
    assert out["config"]["fields"]["title_folded"] == {"boost": 1000.0}
    assert out["config"]["fields"]["text_folded"] == {"boost": 1.0}
    a, b = out["docs"]
    assert (a["title"], a["title_folded"], a["text_folded"]) == ("Kiềm chế", "Kiem che", "keu goi kiem che")
    assert "title_folded" not in b and "text_folded" not in b and "tags_folded" not in b  # tags not indexed here
    assert index["docs"][0].keys() == {"location", "title", "text"}, "the input is left as it was"


def test_the_built_search_index_can_be_searched_without_diacritics(built_site):
    index = json.loads((built_site / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert {"title_folded", "text_folded"} <= index["config"]["fields"].keys()
    folded = " ".join(d.get("text_folded", "") for d in index["docs"]).lower()
    assert "ngung ban" in folded and "kiem che" in folded
    assert all("ngừng" not in d.get("text_folded", "") for d in index["docs"])
