"""MkDocs hook: diacritic-insensitive search, so that `ngung ban` finds `ngừng bắn`.

Many Vietnamese readers type without accents. Material's search (lunr in a web
worker, with lunr.vi) matches words as written: lunr.vi only trims tokens and
drops a few stop words, it does not fold diacritics, and the worker takes no
pipeline function of ours without replacing Material's JavaScript.

So this hook changes data, not code. After the search plugin has written
search/search_index.json, it gives every document a folded copy of each indexed
field (`title_folded`, `text_folded`, `tags_folded`) and registers those fields
in the index's own `config.fields`, with the boost of the field they copy.
Material's worker indexes every field listed there and matches a plain query
against all of them (src/templates/assets/javascripts/integrations/search/_/index.ts,
`this.field(name, ...)` for each entry of `config.fields`), hence:

- a query without accents matches the folded copy, ranked like the original field;
- a query with accents matches the original fields, exactly as before;
- results show the original title and text: the worker displays only those.

A copy holds only the words that folding changes. Words without accents are
matched by the original field already, and copying them would count them twice.
Works offline; the index grows by the size of the accented words.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

SUFFIX = "_folded"
_MARKUP = re.compile(r"<[^>]*>")


def fold(text: str) -> str:
    """'Ngừng bắn ở Đà Nẵng' -> 'Ngung ban o Da Nang'. đ/Đ do not decompose, so they are mapped."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare).replace("đ", "d").replace("Đ", "D")


def folded_words(text: str) -> str:
    """The words of `text` (markup removed) that folding changes, folded, in order."""
    words = _MARKUP.sub(" ", text).split()
    return " ".join(f for w in words if (f := fold(w)) != w)


def fold_document(doc: dict, fields: list[str]) -> dict:
    """A search document with a folded copy of each field where folding changes something."""
    out = dict(doc)
    for name in fields:
        value = doc.get(name)
        if isinstance(value, str):
            copy = folded_words(value)
        elif isinstance(value, list):
            copy = [f for tag in value if isinstance(tag, str) and (f := fold(tag)) != tag]
        else:
            continue
        if copy:
            out[name + SUFFIX] = copy
    return out


def fold_index(index: dict) -> dict:
    """Material's search index (search_index.json) -> the same index with folded fields."""
    fields = index["config"]["fields"]
    originals = [name for name in fields if not name.endswith(SUFFIX)]
    config = dict(index["config"], fields={**fields, **{n + SUFFIX: dict(fields[n]) for n in originals}})
    return dict(index, config=config, docs=[fold_document(d, originals) for d in index["docs"]])


@event_priority(-100)  # after every plugin, so after the search plugin has written its index
def on_post_build(config: MkDocsConfig, **kwargs) -> None:
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.is_file():  # search plugin disabled
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(fold_index(index), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
