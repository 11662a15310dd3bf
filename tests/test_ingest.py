from pathlib import Path

import pytest

from generator import ingest, sources
from generator.errors import InputError

ROOT = Path(__file__).resolve().parents[1]


def _article(tmp_path, name, data: bytes, meta=None):
    (tmp_path / name).write_bytes(data)
    return ingest.ingest(sources.read_sources(tmp_path), meta or {})[0]


def test_reads_utf8_with_bom_and_crlf_as_nfc_paragraphs(tmp_path):
    decomposed = "Ngu\u0301 ba\u0306\u0301n".encode()  # "Ngú bắn" written with combining marks
    art = _article(tmp_path, "a.txt", b"\xef\xbb\xbf" + decomposed + b"\r\nDong hai.\r\n")
    assert [p.text for p in art.paragraphs] == ["Ngú bắn", "Dong hai."]


def test_reads_utf16_with_bom(tmp_path):
    art = _article(tmp_path, "a.txt", "Giao tranh ở biên giới.".encode("utf-16"))
    assert art.paragraphs[0].text == "Giao tranh ở biên giới."


def test_rejects_text_that_is_not_utf8_naming_file_and_line(tmp_path):
    windows_1258 = b"Vi\xea\xf2t Nam"  # "Việt Nam" in Windows-1258: ê then a combining dot below
    (tmp_path / "bad.txt").write_bytes("dòng một\n".encode() + windows_1258)
    with pytest.raises(InputError) as err:
        sources.read_sources(tmp_path)
    assert "bad.txt:2" in str(err.value)


def test_strips_outlet_tag_and_keeps_outlet(tmp_path):
    art = _article(tmp_path, "a.txt", "(Tổ Quốc) - Theo AP, giao tranh nổ ra.\n".encode())
    assert art.outlet == "Tổ Quốc"
    assert art.paragraphs[0].text == "Theo AP, giao tranh nổ ra."


def test_strips_captions_related_boxes_and_page_furniture():
    src = [s for s in sources.read_sources(ROOT / "seeds") if s.id.startswith(("001", "002", "003", "004"))]
    arts = {a.id[:3]: a for a in ingest.ingest(tuple(src), {})}
    body = lambda a: " ".join(p.text for p in a.paragraphs)
    assert "Shurnukh" not in body(arts["001"])          # photo caption
    assert "New Zealand" not in body(arts["001"])       # related-article box
    assert "Iranpress" not in body(arts["002"])         # video credit
    assert "Bình luận" not in body(arts["003"])         # comment counter
    assert "Karapetyan" not in body(arts["004"])        # bracketed related headline
    # the paragraph numbers of stripped lines are kept, so anchors stay stable
    assert [p.index for p in arts["002"].paragraphs][:4] == [1, 2, 3, 4]
    assert not arts["002"].paragraphs[0].is_body


def test_a_caption_ending_in_a_bare_credit_and_other_related_headers_are_not_body():
    body = "Tổng thống Nga Vladimir Putin cho biết ông sẵn sàng hòa giải, theo TASS."
    for line in ("Xe quân sự của lực lượng Nagorno-Karabakh gần làng Mataghis ngày 2/4. Ảnh: Reuters",
                 "Lễ tang một số nạn nhân tại Najaf ngày 21/7. Ảnh: Hassan Ali Elmi/AFP",
                 "Tin cùng chuyên mục: Cựu Tổng thống Mỹ Donald Trump tuyên bố tranh cử",
                 "Tin khác: Italy - Thủ tướng Mario Draghi từ chức",
                 "CÓ THỂ BẠN QUAN TÂM: Thủ tướng Anh Rishi Sunak đối mặt sức ép"):
        paragraphs, _ = ingest.strip_boilerplate([(1, body), (2, line), (3, body)])
        assert [p.is_body for p in paragraphs] == [True, False, True], line
    for line in (
        # a long paragraph is body, whatever it ends with
        body * 5 + " Ảnh: Reuters",
        # the "credit" holds a sentence: not a credit
        "Ông Lavrov nói với báo giới. Nguồn: một quan chức cho biết giao tranh đã ngừng. Sau đó ông rời đi",
        # "Tin khác" opening a sentence, without a colon
        "Tin khác về vụ việc sẽ được công bố sau khi điều tra kết thúc.",
    ):
        paragraphs, _ = ingest.strip_boilerplate([(1, body), (2, line), (3, body)])
        assert all(p.is_body for p in paragraphs), line


def test_a_byline_on_the_last_line_is_not_article_body():
    body = "Tổng thống Nga Vladimir Putin cho biết ông sẵn sàng hòa giải."
    for byline in ("Minh Phương (Theo Reuters, AP, Yonhap)", "Mai Anh", "Hồng Hạnh (Tổng hợp)"):
        paragraphs, _ = ingest.strip_boilerplate([(1, body), (2, byline)])
        assert [p.is_body for p in paragraphs] == [True, False], byline
        assert paragraphs[1].stripped[0].kind == "byline"
    for last in ("Ông Lavrov nói (theo AFP).", "Nga và Ukraine chưa bình luận."):
        paragraphs, _ = ingest.strip_boilerplate([(1, body), (2, last)])
        assert all(p.is_body for p in paragraphs), last
    # a short capitalised line elsewhere may be a heading, and stays
    paragraphs, _ = ingest.strip_boilerplate([(1, body), (2, "Nga Tấn Công Kharkov"), (3, body)])
    assert all(p.is_body for p in paragraphs)


def test_a_byline_followed_by_page_furniture_or_naming_its_outlet_is_not_article_body():
    body = "Tổng thống Nga Vladimir Putin cho biết ông sẵn sàng hòa giải."
    related = "Tin liên quan: Thủ tướng Canada Mark Carney thăm Mexico"
    for byline in ("Phan Anh/VOV.VN (theo AFP, TASS, Interfax)", "Thành Đạt (Theo AFP, Reuters)", "MINH ANH"):
        paragraphs, _ = ingest.strip_boilerplate([(1, body), (2, byline), (3, related)])
        assert [p.stripped[0].kind if p.stripped else None for p in paragraphs] == [None, "byline", "furniture"], byline
        paragraphs, _ = ingest.strip_boilerplate([(1, body), (2, byline), (3, "Ảnh: Reuters")])
        assert [p.is_body for p in paragraphs] == [True, False, False], byline
    # the byline and the related line on one line, as a scraped page joins them
    for line in ("Thanh Hà | Bài liên quan: Chân dung Thủ tướng Canada Mark Carney",
                 "Quang Minh/VOV.VN (tổng hợp) | Tin liên quan: Nobel Hòa bình vinh danh bà María Corina Machado"):
        paragraphs, _ = ingest.strip_boilerplate([(1, body), (2, line)])
        assert [p.is_body for p in paragraphs] == [True, False], line
    # only the text's last line: a short line before the last body paragraph is a heading
    paragraphs, _ = ingest.strip_boilerplate([(1, body), (2, "Mai Anh"), (3, body), (4, related)])
    assert [p.is_body for p in paragraphs] == [True, True, True, False]
    # a pipe in a body sentence is no related line, nor is a header without its colon after a pipe
    for line in ("Giao tranh | nổ ra ở biên giới. Tin liên quan đến vụ việc.",
                 "Ngày 5/12 | Tin liên quan đến vụ tấn công cho thấy Nga đã chuẩn bị kỹ."):
        paragraphs, _ = ingest.strip_boilerplate([(1, body), (2, line)])
        assert all(p.is_body for p in paragraphs), line


def test_front_matter_metadata_and_curated_overrides(tmp_path):
    (tmp_path / "x.md").write_text("---\ntitle: Từ front matter\npublished: 2022-09-13\n---\nGiao tranh.\n\nĐoạn hai.\n",
                                   encoding="utf-8")
    art = ingest.ingest(sources.read_sources(tmp_path), {"x": {"title": "Biên tập"}})[0]
    assert art.title == "Biên tập" and str(art.published) == "2022-09-13"
    assert [p.text for p in art.paragraphs] == ["Giao tranh.", "Đoạn hai."]
    assert art.curated == ("title",)


def test_duplicate_ids_and_empty_files_are_reported_together(tmp_path):
    (tmp_path / "a.txt").write_text("Một.", encoding="utf-8")
    (tmp_path / "a.md").write_text("Hai.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("  \n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        sources.read_sources(tmp_path)
    text = str(err.value)
    assert "duplicate article id 'a'" in text and "b.txt: empty article" in text


def test_tone_marks_on_the_second_vowel_are_read_on_the_first_in_place():
    from generator.orthography import traditional_tones
    new = "Uỷ ban Chữ thập đỏ kêu gọi hoà bình, thoả thuận đình chiến, sức khoẻ; HOÀ; Thanh Hoá"
    assert traditional_tones(new) == "Ủy ban Chữ thập đỏ kêu gọi hòa bình, thỏa thuận đình chiến, sức khỏe; HÒA; Thanh Hóa"
    # a closed syllable and "qu" are spelt alike both ways; other vowels never move
    same = "hoàng, thuyết, quý, Quỳnh, thuở, của, hoài, Noel"
    assert traditional_tones(same) == same


def test_an_article_in_either_tone_placement_gives_the_same_extraction(tmp_path):
    from generator.extract.article import extract_article
    from generator.segment import segment
    text = ("Hôm qua (12/3), Uỷ ban Quốc tế Chữ thập đỏ (ICRC) cho biết 12 thuỷ thủ thiệt mạng. "
            "Tổng thư ký Liên hợp quốc kêu gọi các bên giải quyết hoà bình và sẵn sàng hoà giải; "
            "hai bên đã ký thoả thuận ngừng bắn.\n")
    old = text.replace("Uỷ", "Ủy").replace("thuỷ", "thủy").replace("hoà", "hòa").replace("thoả", "thỏa")
    meta = {"a": {"published": "2024-03-13"}}
    (tmp_path / "new").mkdir(), (tmp_path / "old").mkdir()
    got = []
    for folder, body in (("new", text), ("old", old)):
        (tmp_path / folder / "a.txt").write_text(body, encoding="utf-8")
        art = segment(ingest.ingest(sources.read_sources(tmp_path / folder), meta)[0])
        assert art.paragraphs[0].text == old.strip()
        got.append(extract_article(art))
    assert got[0] == got[1]
    assert got[0].figures and got[0].statements
