"""Extractor rules on small real excerpts of the seeds' press style."""
import datetime as dt

from generator.extract.actors import find_mentions
from generator.extract.article import extract_article
from generator.extract.figures import find_figures
from generator.model import Article, Paragraph
from generator.segment import segment


def article(*paragraphs, published=dt.date(2022, 9, 14)) -> Article:
    ps = tuple(Paragraph(i, t, t, 0, len(t)) for i, t in enumerate(paragraphs, 1))
    return segment(Article("t", "t.txt", None, None, None, published, ps))


def test_titled_people_carry_role_and_affiliation():
    ms = find_mentions("Ngoại trưởng Mỹ Antony Blinken đã điện đàm với Tổng thống Azerbaija Ilham Aliyev.", "a", 1)
    people = {m.name: (m.role, m.affiliation) for m in ms if m.kind == "person"}
    assert people["Antony Blinken"] == ("Ngoại trưởng Mỹ", "my")
    assert people["Ilham Aliyev"] == ("Tổng thống Azerbaija", "azerbaijan")  # typo resolved to the country


def test_apposition_gives_role_and_counterpart_takes_the_title():
    ms = find_mentions("Ngoại trưởng Nga Sergey Lavrov điện đàm với người đồng cấp Azerbaijan, Jeyhun Bayramov.", "a", 1)
    people = {m.name: m.role for m in ms if m.kind == "person"}
    assert people["Jeyhun Bayramov"] == "Ngoại trưởng Azerbaijan"
    ms = find_mentions("Cùng ngày, ông Yuri Ushakov, Cố vấn Tổng thống Nga cho biết", "a", 1)
    ushakov = next(m for m in ms if m.kind == "person")
    assert (ushakov.name, ushakov.affiliation) == ("Yuri Ushakov", "nga")


def test_capitals_and_organs_stand_for_their_state_and_agencies_are_not_actors():
    ms = find_mentions("Theo AP, Bộ Quốc phòng Armenia cho biết Baku đã nổ súng; chính quyền Yerevan phủ nhận.", "a", 1)
    kinds = {(m.surface, m.kind, m.key) for m in ms}
    assert ("AP", "agency", "ap") in kinds
    assert ("Baku", "country", "azerbaijan") in kinds
    assert ("Yerevan", "country", "armenia") in kinds


def test_casualty_figures_with_qualifiers_and_separators():
    figs = find_figures("khiến khoảng 100 binh sĩ thiệt mạng, ít nhất 6.500 người chết và hơn 200 người bị thương")
    assert [(f.kind, f.number, f.qualifier) for f in figs] == [
        ("killed", 100, "about"), ("killed", 6500, "at_least"), ("wounded", 200, "more_than")]


def test_breakdowns_and_vague_amounts_are_not_figures():
    figs = find_figures("27 người đã thiệt mạng, trong đó có hai dân thường, và hàng trăm người bị thương")
    assert [(f.kind, f.number) for f in figs] == [("killed", 27)]


def test_figures_belong_to_the_side_of_the_belligerent_that_reports_them():
    x = extract_article(article("Armenia cho biết ít nhất 49 binh sĩ của họ đã thiệt mạng và Azerbaijan cho biết họ mất 50 người."))
    assert [(f.number, f.party, f.reported_by) for f in x.figures] == [(49, "armenia", "armenia"), (50, "azerbaijan", "azerbaijan")]


def test_agency_totals_have_no_side():
    x = extract_article(article("Theo AP, giao tranh ở biên giới giữa Armenia và Azerbaijan đã khiến khoảng 100 binh sĩ thiệt mạng trong ngày 13/9."))
    (f,) = x.figures
    assert (f.number, f.party, f.reported_by) == (100, None, "ap")
    (e,) = x.events
    assert e.category == "ASSAULT" and str(e.date.start) == "2022-09-13"


def test_a_call_for_a_ceasefire_is_a_statement_not_an_event():
    x = extract_article(article("Bộ Ngoại giao Pháp bày tỏ quan ngại và kêu gọi cả hai nước tôn trọng lệnh ngừng bắn."))
    assert x.events == ()
    (s,) = x.statements
    assert s.actor == "phap" and set(s.stance) == {"concern", "call_ceasefire"}


def test_history_with_past_years_is_background():
    x = extract_article(article("Đỉnh điểm là cuộc xung đột từ tháng 2/1988 đến tháng 5/1994, khiến khoảng 30.000 người thiệt mạng."))
    assert x.figures == () and x.events == ()
    assert x.background and x.background[0].years == (1988, 1994)
