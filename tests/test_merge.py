"""Merging across articles: one actor, incident and reaction per real-world thing."""
import datetime as dt

from generator.extract.article import extract_article
from generator.merge import merge
from generator.model import Article, Paragraph
from generator.segment import segment


def article(aid, published, *paragraphs) -> Article:
    ps = tuple(Paragraph(i, t, t, 0, len(t)) for i, t in enumerate(paragraphs, 1))
    return segment(Article(aid, f"{aid}.txt", None, None, None, published, ps))


def briefing(*articles):
    return merge(articles, tuple(extract_article(a) for a in articles))


def test_a_given_name_alone_is_the_person_it_belongs_to():
    b = briefing(article("a", dt.date(2025, 7, 26),
                         "Quyền Thủ tướng Thái Lan Phumtham Wechayachai cảnh báo xung đột có thể leo thang.",
                         "Thủ tướng Anwar Ibrahim cho biết ông đã điện đàm với Quyền Thủ tướng Phumtham."))
    people = [a.name for a in b.actors if a.type == "person"]
    assert sorted(people) == ["Anwar Ibrahim", "Phumtham Wechayachai"]


def test_a_breakaway_regions_authorities_keep_the_capital_of_its_name():
    b = briefing(article("a", dt.date(2015, 2, 19), "Phía DPR khẳng định binh sĩ Ukraine đã đầu hàng.",
                         "Phía Nam Ossetia cho biết.", "Lực lượng ly khai Abkhazia tuyên bố."))
    names = sorted(a.name for a in b.actors if a.type == "group")
    assert names == ["DPR", "Nam Ossetia", "lực lượng ly khai Abkhazia"]


def test_two_full_names_that_differ_in_the_middle_are_two_people():
    b = briefing(article("a", dt.date(2023, 1, 31),
                         "Cảnh sát trưởng thành phố Peshawar Muhammad Ijaz Khan cho biết như vậy.",
                         "Quyền Thủ hiến tỉnh Khyber Pakhtunkhwa Muhammad Azam Khan tuyên bố để tang.",
                         "Ngoại trưởng Nga Sergey Lavrov và ông Sergei Lavrov là một."))
    people = sorted(a.name for a in b.actors if a.type == "person")
    assert people == ["Muhammad Azam Khan", "Muhammad Ijaz Khan", "Sergey Lavrov"]
    b = briefing(article("a", dt.date(2003, 3, 20), "Tổng thống Mỹ George W. Bush tuyên bố.",
                         "Tổng thống George Walker Bush nói thêm."))
    assert [a.name for a in b.actors if a.type == "person"] == ["George Walker Bush"]


def test_days_of_fighting_and_the_ceasefire_that_ends_them_are_one_incident():
    b = briefing(
        article("a", dt.date(2025, 10, 13), "Ngày 11/10, giao tranh nổ ra giữa Pakistan và Afghanistan."),
        article("b", dt.date(2025, 10, 13), "Ngày 12/10, Pakistan và Afghanistan tiếp tục giao tranh ác liệt."),
        article("c", dt.date(2025, 10, 20), "Ngày 18/10, Pakistan và Afghanistan đã nhất trí ngừng bắn."),
        article("d", dt.date(2025, 10, 17), "Ngày 16/10, giao tranh nổ ra giữa Iran và Pakistan."))
    spans = sorted((str(i.date), str(i.end_date), i.actors) for i in b.incidents)
    assert spans == [("2025-10-11", "2025-10-18", ("pakistan", "afghanistan")),
                     ("2025-10-16", "None", ("iran", "pakistan"))]


def test_fighting_that_resumes_after_a_lull_of_days_is_a_new_incident():
    b = briefing(
        article("a", dt.date(2025, 10, 13), "Ngày 11/10, giao tranh nổ ra giữa Pakistan và Afghanistan."),
        article("b", dt.date(2025, 10, 16), "Ngày 15/10, giao tranh giữa Pakistan và Afghanistan tái bùng phát."))
    assert sorted(str(i.date) for i in b.incidents) == ["2025-10-11", "2025-10-15"]


def test_fighting_told_as_days_before_another_is_an_incident_of_its_own_with_its_toll():
    b = briefing(article("a", dt.date(2022, 4, 17),
                         "Các cuộc không kích của Pakistan vào tỉnh Khost của Afghanistan diễn ra hai ngày sau khi bảy "
                         "binh sĩ Pakistan hy sinh trong một vụ tấn công của phiến quân ở Bắc Waziristan hôm 14/4."))
    got = sorted((str(i.date), [(c.number, c.party) for c in i.casualties]) for i in b.incidents)
    assert got == [("2022-04-14", [(7, "pakistan")]), ("2022-04-16", [])]


def test_the_day_a_count_stood_at_is_the_day_of_a_report_not_of_the_fighting():
    b = briefing(article("a", dt.date(2020, 10, 10),
                         "Ngày 27/9, giao tranh bùng phát giữa Armenia và Azerbaijan. Theo Bộ Quốc phòng Armenia, tính "
                         "đến ngày 9/10 đã có 350 binh sĩ thiệt mạng.",
                         "Ngày 9/10, tên lửa của Armenia rơi xuống thành phố Ganja của Azerbaijan."))
    got = sorted((str(i.date), [c.number for c in i.casualties]) for i in b.incidents)
    assert got == [("2020-09-27", [350]), ("2020-10-09", [])]
    # but the end of a range of hours is the day of the fighting
    b = briefing(article("a", dt.date(2022, 9, 13),
                         "Ngày 5/9, Azerbaijan pháo kích Armenia. Từ sáng đến tối 12/9, 49 binh sĩ Armenia đã thiệt mạng.",
                         "Ngày 12/9, Azerbaijan pháo kích Armenia."))
    assert sorted((str(i.date), [c.number for c in i.casualties]) for i in b.incidents) == [
        ("2022-09-05", []), ("2022-09-12", [49])]


def test_a_toll_goes_with_the_event_its_paragraph_reports_not_the_articles_main_one():
    b = briefing(article(
        "a", dt.date(2023, 9, 29),
        "Ngày 28/9, Azerbaijan và Armenia đụng độ ở biên giới. Ngày 29/9, giao tranh tiếp diễn giữa Azerbaijan và Armenia.",
        "Tối 25/9, một vụ nổ lớn xảy ra tại kho xăng dầu. Giới chức y tế sáng 26/9 cho biết ít nhất 20 người đã chết.",
        "Bộ Quốc phòng Armenia cho biết 3 binh sĩ bị thương."))
    dated = {str(i.date): sorted((c.kind, c.number) for c in i.casualties) for i in b.incidents}
    assert dated == {"2023-09-25": [("killed", 20)], "2023-09-28": [("wounded", 3)]}
    # not a ceasefire's paragraph, nor against a day the figure's own sentence gives
    b = briefing(article(
        "a", dt.date(2020, 10, 11),
        "Ngày 27/9, giao tranh nổ ra giữa Armenia và Azerbaijan. Ngày 28/9, Azerbaijan pháo kích Armenia.",
        "Ngày 10/10, Armenia và Azerbaijan nhất trí ngừng bắn. Bộ Quốc phòng Armenia cho biết 350 binh sĩ nước "
        "này đã thiệt mạng.",
        "Ngày 6/10, Azerbaijan pháo kích làng Sotk. Bộ Quốc phòng Armenia ngày 9/10 cho biết 3 binh sĩ nước này "
        "đã thiệt mạng hôm 28/9."))
    dated = {str(i.date): sorted(c.number for c in i.casualties) for i in b.incidents}
    assert dated == {"2020-09-27": [3, 350], "2020-10-06": [], "2020-10-10": []}


def test_a_toll_told_before_the_news_began_is_of_the_fighting_begun_by_then():
    def tolls(told: str, earlier: str) -> dict[str, list[int]]:
        b = briefing(article(
            "a", dt.date(2013, 1, 16),
            "Hôm 15/1, quân đội Mali và Pháp mở cuộc tấn công vào phiến quân ở thị trấn Diabaly.",
            f"Hôm {told}, quân đội Mali cho biết 11 binh sĩ nước này đã thiệt mạng.",
            f"Trước đó, ngày {earlier}, phiến quân tấn công thị trấn Konna, giao tranh ác liệt với quân đội Mali."))
        return {str(i.date): sorted(c.number for c in i.casualties) for i in b.incidents}
    assert tolls("12/1", "10/1") == {"2013-01-10": [11], "2013-01-15": []}
    # told the day the news began or after it: the news's
    assert tolls("15/1", "10/1") == {"2013-01-10": [], "2013-01-15": [11]}
    # ... and fighting that ended more than a week before the toll was told is not what it counts
    assert tolls("14/1", "2/1") == {"2013-01-02": [], "2013-01-15": [11]}


def test_an_undated_toll_is_the_news_the_lead_dates_not_the_fighting_a_paragraph_recalls():
    b = briefing(article(
        "a", dt.date(2020, 1, 3),
        "Rạng sáng nay (3/1), một cuộc không kích của Mỹ nhằm vào đoàn xe gần sân bay Baghdad.",
        "Đại sứ Iran cho biết 10 người trên hai xe đã tử vong.",
        "Hôm 27/12, căn cứ K-1 bị tấn công bằng rocket. Mỹ ngày 29/12 đã không kích các mục tiêu của nhóm Kataib "
        "Hezbollah. Ngày 30/12, Mỹ tiếp tục không kích."))
    dated = {str(i.date): sorted(c.number for c in i.casualties) for i in b.incidents}
    assert dated["2020-01-03"] == [10]
    # ... but where the lead recalls earlier fighting, the article's news is the fighting it tells most
    b = briefing(article(
        "a", dt.date(2016, 7, 8),
        "Số người thiệt mạng trong vụ đánh bom ở Baghdad hôm 3/7 đã tăng lên 292 người.",
        "Tối 7/7, các tay súng IS tấn công một đền thờ ở Balad. Cùng ngày 7/7, IS đánh bom Balad.",
        "Ít nhất 35 người đã thiệt mạng."))
    dated = {str(i.date): sorted(c.number for c in i.casualties) for i in b.incidents}
    assert dated["2016-07-07"] == [35]


def test_a_states_toll_of_fighting_within_it_is_no_sides():
    civil = briefing(article("a", dt.date(2022, 8, 29),
                             "Bộ Y tế Libya hôm qua (28/8) cho biết 32 người đã thiệt mạng trong các cuộc giao tranh "
                             "giữa những nhóm vũ trang tại thủ đô Tripoli."))
    assert [(c.party, c.number) for i in civil.incidents for c in i.casualties] == [(None, 32)]
    # ... but the members of its forces it counts are its own, even with no second side
    navy = briefing(article("a", dt.date(2010, 3, 28),
                            "Tối 26/3, tàu hộ tống Cheonan bị nổ và chìm gần đảo Baengnyeong. Hàn Quốc cho biết 46 "
                            "thủy thủ đã thiệt mạng."))
    assert [(c.party, c.number) for i in navy.incidents for c in i.casualties] == [("han-quoc", 46)]
    two = briefing(article("a", dt.date(2022, 9, 14),
                           "Ngày 13/9, giao tranh nổ ra giữa Armenia và Azerbaijan. Bộ Quốc phòng Armenia cho biết "
                           "49 binh sĩ đã thiệt mạng."))
    assert [(c.party, c.number) for i in two.incidents for c in i.casualties] == [("armenia", 49)]
    # a side the text names stays, sides or no sides
    named = briefing(article("a", dt.date(2022, 9, 14),
                             "Ngày 13/9, các vị trí của Armenia bị pháo kích dữ dội.",
                             "Bộ Quốc phòng Armenia cho biết 49 binh sĩ Armenia đã thiệt mạng."))
    assert [(c.party, c.number) for i in named.incidents for c in i.casualties] == [("armenia", 49)]


def test_a_breakaway_regions_authorities_are_a_side_never_a_third_party():
    b = briefing(article("a", dt.date(2023, 9, 21),
                         "Ngày 19/9, Azerbaijan tấn công các vị trí của Armenia ở Nagorno-Karabakh.",
                         "Thanh tra nhân quyền của Nagorno-Karabakh Gegham Stepanyan cho biết 27 người thiệt mạng.",
                         "Phía Nagorno-Karabakh kêu gọi ngừng bắn ngay lập tức."))
    (inc,) = b.incidents
    assert [(c.party, c.number) for c in inc.casualties] == [("group-nagorno-karabakh", 27)]
    assert b.reactions == ()


def test_a_clash_dated_only_by_its_month_joins_the_day_it_happened():
    b = briefing(
        article("a", dt.date(2020, 6, 18), "Binh sĩ Ấn Độ và Trung Quốc đụng độ đêm 15/6, khiến 20 binh sĩ Ấn Độ thiệt mạng."),
        article("b", dt.date(2021, 2, 20), "Trung Quốc ngày 19/2 công bố 4 quân nhân nước này đã thiệt mạng trong cuộc "
                                           "đụng độ với binh sĩ Ấn Độ hồi tháng 6 năm ngoái."))
    (inc,) = b.incidents
    assert (str(inc.date), inc.end_date, inc.precision) == ("2020-06-15", None, "day")
    assert sorted((c.party, c.number) for c in inc.casualties) == [("an-do", 20), ("trung-quoc", 4)]


def test_fighting_recalled_in_passing_by_its_month_alone_is_background_not_an_incident():
    recalled = article("a", dt.date(2025, 3, 18),
                       "Ngày 16/3, lực lượng Syria đụng độ với các tay súng bộ tộc Liban ở biên giới, khiến 3 người thiệt mạng.",
                       "Hồi đầu tháng 2, khu vực biên giới này cũng đã chứng kiến nhiều ngày đụng độ giữa lực lượng "
                       "Syria và các tay súng bộ tộc Liban.")
    b = briefing(recalled)
    assert [str(i.date) for i in b.incidents] == ["2025-03-16"]
    assert any("đầu tháng 2" in c.text for c in b.background)
    # ... but one counted by a figure, or told in more than one paragraph, is an incident
    counted = article("b", dt.date(2025, 3, 18), "Hồi đầu tháng 2, các cuộc đụng độ giữa lực lượng Syria và các tay súng "
                      "bộ tộc Liban khiến 7 người thiệt mạng.")
    assert len(briefing(counted).incidents) == 1
    told = article("c", dt.date(2025, 3, 18), "Hồi đầu tháng 2, lực lượng Syria đụng độ với các tay súng bộ tộc Liban.",
                   "Giao tranh khi đó kéo dài nhiều ngày và lan sang các làng biên giới của Liban.")
    assert len(briefing(told).incidents) == 1
    # ... and so is one an article tells as its only news
    news = article("d", dt.date(2025, 3, 2), "Trong tháng 2, quân đội Myanmar đã tiến hành hàng chục cuộc không kích vào "
                   "các làng ở vùng Sagaing.")
    assert len(briefing(news).incidents) == 1


def test_an_unattributed_figure_equal_to_an_attributed_one_is_another_report_of_it():
    b = briefing(article("a", dt.date(2021, 2, 20),
                         "Trung Quốc ngày 19/2 công bố 4 quân nhân nước này đã thiệt mạng trong cuộc đụng độ với Ấn Độ.",
                         "Theo Giải phóng quân báo, Quân ủy Trung ương đã truy tặng danh hiệu cho 4 quân nhân thiệt mạng."))
    (inc,) = b.incidents
    (c,) = inc.casualties
    assert (c.party, c.number, len(c.reports)) == ("trung-quoc", 4, 2)
    assert {r.reported_by for r in c.reports} == {"trung-quoc", "giai-phong-quan-bao"}


def test_an_undated_statement_is_not_one_made_days_before_its_article():
    b = briefing(
        article("a", dt.date(2025, 7, 25), "Ngày 24/7, giao tranh nổ ra giữa Thái Lan và Campuchia.",
                "Phát biểu ngày 24/7, Thủ tướng Malaysia Anwar Ibrahim bày tỏ quan ngại."),
        article("b", dt.date(2025, 7, 29), "Ngày 28/7, Thái Lan và Campuchia đã nhất trí ngừng bắn, sau 5 ngày giao tranh.",
                "Cuộc đàm phán do Thủ tướng Malaysia Anwar Ibrahim chủ trì."))
    anwar = {(str(r.date), r.stance) for r in b.reactions if r.actor == "anwar-ibrahim"}
    assert anwar == {("2025-07-24", ("concern",)), ("None", ("mediation", "meeting"))}


def test_the_same_fact_told_twice_is_one_background_entry_unless_it_adds_a_number():
    b = briefing(
        article("a", dt.date(2020, 6, 18), "Ấn Độ và Trung Quốc từng xảy ra chiến tranh biên giới năm 1962."),
        article("b", dt.date(2021, 2, 20), "Ấn Độ và Trung Quốc từng xảy ra chiến tranh biên giới năm 1962."),
        article("c", dt.date(2021, 2, 21), "Hai nước từng xảy ra chiến tranh biên giới năm 1962, dài 3.488 km."))
    texts = [g.text for g in b.background]
    assert len(texts) == 2 and any("3.488" in t for t in texts)


def test_a_transliterated_initial_joins_the_full_name():
    from generator.merge.actors import _initial_of, _tokens
    assert _tokens("V.Putin") == ["V.", "Putin"] and _initial_of("V.", "Vladimir") and not _initial_of("V.", "Sergei")


# ---------------------------------------------------------------- at scale: indexes, not all pairs

def _background_pairwise(contexts):
    """The background rule as first written, comparing an entry with every kept entry of its
    period: the reference the indexed version must match exactly."""
    import hashlib

    from generator.merge.background import _numbers, _words, entries_of
    from generator.model import Background, Ref
    entries = [{**e, "refs": [Ref(*r) for r in e["refs"]]} for e in entries_of(contexts)]
    merged, by_period, by_text = [], {}, {}
    for e in entries:
        twin = by_text.get(e["text"]) or next((m for m in by_period.get(e["period"], ()) if (
            e["period"] is not None and _numbers(e["text"]) <= _numbers(m["text"])
            and len(_words(m["text"]) & _words(e["text"])) >= 0.6 * min(len(_words(m["text"])), len(_words(e["text"]))))), None)
        if twin:
            twin["refs"].extend(e["refs"])
        else:
            merged.append(e)
            by_period.setdefault(e["period"], []).append(e)
            by_text[e["text"]] = e
    out = [Background(f"bg-{e['period'] or 'context'}-{hashlib.sha1(e['text'].encode()).hexdigest()[:8]}", e["period"],
                      e["key"], e["text"], tuple(sorted(set(e["refs"]), key=lambda r: (r.article, r.paragraph))))
           for e in merged]
    return tuple(sorted(out, key=lambda b: (b.sort_key, b.id)))


def test_background_entries_merge_exactly_as_comparing_every_pair_would():
    import random

    from generator.merge.background import build_background
    from generator.model import Context, Span
    common = "năm đó hai nước đã ký kết hiệp định về biên giới và quan hệ ngoại giao".split()
    rare = [f"từ{i}" for i in range(60)]
    for seed in range(40):
        rng = random.Random(seed)
        contexts = []
        for i in range(rng.randrange(1, 120)):
            n_words = rng.choice([0, 1, 2, 3, 5, 8, 13, 21])
            words = [rng.choice(common if rng.random() < 0.6 else rare) for _ in range(n_words)]
            words += [str(rng.choice([2, 5, 1994, 2008, 1.000, "1.500"])) for _ in range(rng.choice([0, 0, 1, 2]))]
            rng.shuffle(words)
            years = rng.choice([(), (2008,), (2008,), (1994,), (1994, 2008)])
            article, paragraph = f"a{rng.randrange(6)}", rng.randrange(1, 4)
            contexts.append(Context(" ".join(words), years, Span(article, paragraph, 0, 1)))
        assert build_background(contexts) == _background_pairwise(contexts), seed


def test_ids_count_up_past_every_id_already_taken_whatever_base_took_it():
    from generator.merge.ids import Ids
    ids = Ids()
    taken = [ids.take(base) for base in ["a", "a", "a-2", "a", "b", "a-3", "a", "a-2"]]
    assert taken == ["a", "a-2", "a-2-2", "a-3", "b", "a-3-2", "a-4", "a-2-3"]


def test_an_id_built_of_long_names_is_cut_to_one_a_page_can_take_and_stays_apart_from_its_like():
    from generator.merge.ids import Ids
    from generator.write import id_problem
    ids = Ids()
    long = "2023-10-27-lien-minh-anh-em-ba-ben-quan-doi-lien-minh-dan-chu-dan-toc-myanmar--van-phong-dieu-phoi-" \
           "cac-van-de-nhan-dao-lien-hop-quoc"
    taken = [ids.take(long), ids.take(long + "-x"), ids.take(long)] + [ids.take(long) for _ in range(9997)]
    assert all(id_problem(t) is None for t in taken)
    assert len(set(taken)) == len(taken) and taken[0].startswith("2023-10-27-lien-minh-anh-em-ba-ben-")
    assert ids.take("short") == "short"


def test_in_an_article_without_fighting_the_two_states_it_names_most_are_its_sides():
    b = briefing(article("a", dt.date(2023, 12, 15),
                         "Ngày 14/12, Tổng thống Guyana Irfaan Ali và Tổng thống Venezuela Nicolás Maduro gặp nhau. "
                         "Guyana cho biết Venezuela đe dọa. Venezuela bác bỏ. Guyana kêu gọi đối thoại.",
                         "Ngày 14/12, Venezuela tuyên bố sẵn sàng đối thoại với Guyana.",
                         "Ngày 14/12, Ngoại trưởng Mỹ Antony Blinken kêu gọi hai bên đối thoại."))
    assert not b.incidents
    assert [r.actor for r in b.reactions] == ["antony-blinken"]


def test_a_call_about_fighting_elsewhere_in_the_briefing_is_still_a_reaction():
    b = briefing(article("a", dt.date(2022, 9, 14), "Ngày 13/9, Azerbaijan pháo kích các vị trí của Armenia."),
                 article("b", dt.date(2022, 9, 14),
                         "Ngày 13/9, Ngoại trưởng Mỹ Antony Blinken điện đàm với Thủ tướng Armenia Nikol Pashinyan. "
                         "Mỹ kêu gọi chấm dứt giao tranh. Mỹ cam kết hỗ trợ Armenia. Armenia cảm ơn Mỹ."))
    assert {"my", "antony-blinken"} & {r.actor for r in b.reactions}


def test_a_toll_an_envoy_of_an_organisation_reports_is_nobodys_side():
    b = briefing(article("a", dt.date(2023, 4, 18),
                         "Ngày 17/4, giao tranh giữa quân đội Sudan và RSF tiếp diễn. Đặc phái viên LHQ tại Sudan "
                         "Volker Perthes cho biết ít nhất 185 người đã thiệt mạng."))
    [incident] = b.incidents
    assert [(c.number, c.party) for c in incident.casualties] == [(185, None)]


def test_a_dispute_between_two_belligerents_of_the_briefing_keeps_them_sides():
    b = briefing(article("a", dt.date(2025, 7, 25), "Ngày 24/7, giao tranh nổ ra giữa Thái Lan và Campuchia."),
                 article("b", dt.date(2025, 8, 20),
                         "Ngày 19/8, Thái Lan cáo buộc Campuchia vi phạm thỏa thuận. Campuchia bác bỏ cáo buộc của Thái Lan. "
                         "Campuchia kêu gọi đối thoại với Thái Lan."))
    assert "campuchia" not in {r.actor for r in b.reactions}



def test_a_surname_written_without_its_particle_is_the_same_person():
    b = briefing(article("a", dt.date(2023, 4, 17),
                         "Tư lệnh quân đội, Tướng Abdel Fattah al-Burhan, nói. IGAD kêu gọi hai tướng Burhan và Dagalo ngừng bắn."))
    # one Burhan; Dagalo, the other general of the plural title, is a person of his own
    assert [a.name for a in b.actors if a.type == "person"] == ["Abdel Fattah al-Burhan", "Dagalo"]


def test_an_undated_statement_takes_the_day_its_actor_speaks_later_in_the_paragraph():
    b = briefing(article("a", dt.date(2025, 5, 7),
                         "Hôm 22/4, một vụ xả súng ở Pahalgam khiến 26 người thiệt mạng.",
                         "Rạng sáng nay (7/5), Ấn Độ không kích Pakistan, khiến 8 người thiệt mạng.",
                         "Trung Quốc cho rằng hành động quân sự của Ấn Độ là “đáng tiếc”. Trong phản hồi sáng nay, "
                         "người phát ngôn Bộ Ngoại giao Trung Quốc kêu gọi hai bên giữ bình tĩnh, kiềm chế."))
    china = [r for r in b.reactions if r.actor == "trung-quoc"]
    assert [(str(r.date), r.incident[:10]) for r in china] == [("2025-05-07", "2025-05-07")]


def test_an_undated_statement_reacts_to_the_latest_incident_its_article_tells_of():
    b = briefing(article("a", dt.date(2023, 4, 13),
                         "Ngày 30/3, quân đội Azerbaijan đã vượt biên giới, tiến vào lãnh thổ Armenia.",
                         "Chiều 11/4, binh sĩ Azerbaijan nổ súng vào binh sĩ Armenia gần làng Tegh, khiến 4 binh sĩ Armenia thiệt mạng.",
                         "Bộ Ngoại giao Mỹ bày tỏ lấy làm tiếc và kêu gọi hai bên quay lại bàn đàm phán."))
    assert [i.id[:10] for i in b.incidents] == ["2023-03-30", "2023-04-11"]
    us = [r for r in b.reactions if r.actor == "my"]
    assert [(r.date, r.incident[:10]) for r in us] == [(None, "2023-04-11")]


def test_the_state_a_sentence_gives_an_office_yields_to_one_named_with_its_title():
    b = briefing(article("a", dt.date(2019, 2, 28),
                         "Ngày 27/2, Pakistan phủ nhận mọi liên quan và Thủ tướng Imran Khan đề nghị đối thoại."))
    assert {a.name: a.affiliation for a in b.actors if a.type == "person"} == {"Imran Khan": "pakistan"}
    b = briefing(article("a", dt.date(2019, 2, 28),
                         "Ngày 27/2, Ấn Độ cáo buộc và Thủ tướng Imran Khan đề nghị đối thoại.",
                         "Thủ tướng Pakistan Imran Khan phát biểu trước Quốc hội."))
    assert {a.name: a.affiliation for a in b.actors if a.type == "person"} == {"Imran Khan": "pakistan"}


def test_an_attack_its_target_alone_tells_of_is_fought_by_the_articles_two_sides():
    b = briefing(article("a", dt.date(2020, 10, 18),
                         "Ngày 17/10, giao tranh ác liệt tiếp diễn giữa Armenia và Azerbaijan. Quân đội Armenia "
                         "pháo kích các vị trí của Azerbaijan trong ngày 17/10.",
                         "Trước đó, vào khoảng 2h sáng 11/10, chưa đầy một ngày sau khi lệnh ngừng bắn nhân đạo có hiệu "
                         "lực, tên lửa đã rơi trúng các tòa chung cư ở Ganja. Azerbaijan cho biết 10 dân thường thiệt "
                         "mạng."))
    ganja = next(i for i in b.incidents if str(i.date) == "2020-10-11")
    assert ganja.actors == ("azerbaijan", "armenia")
    assert [(c.party, c.number) for c in ganja.casualties] == [("azerbaijan", 10)]
    # an attacker named alone keeps its one side: its target may be a third
    b = briefing(article("a", dt.date(2024, 5, 28),
                         "Ngày 27/5, binh sĩ Ai Cập và Israel đấu súng gần cửa khẩu Rafah. Quân đội Israel và Ai Cập "
                         "tiếp tục đấu súng trong ngày 27/5.",
                         "Trước đó, tối 20/5, Israel không kích khu trại lều ở Tal al-Sultan."))
    assert [i.actors for i in b.incidents if str(i.date) == "2024-05-20"] == [("israel",)]


def test_a_states_own_armed_force_is_that_state_not_a_third_party():
    b = briefing(article("a", dt.date(2024, 4, 2),
                         "Ngày 1/4, Israel không kích lãnh sự quán Iran ở Damascus, khiến 7 người thiệt mạng.",
                         "Ngày 1/4, Vệ binh Cách mạng Iran lên án vụ không kích của Israel."))
    assert {a.id: a.affiliation for a in b.actors}["ve-binh-cach-mang-hoi-giao-iran"] == "iran"
    assert [r.actor for r in b.reactions] == []


def test_a_regional_government_speaks_for_its_states_side_but_fights_as_itself():
    b = briefing(article("a", dt.date(2024, 1, 16),
                         "Ngày 15/1, Iran phóng tên lửa vào Erbil ở Iraq, khiến 4 dân thường Iraq thiệt mạng.",
                         "Ngày 16/1, Chính quyền Khu vực Kurdistan (KRG) lên án vụ tấn công."))
    assert [r.actor for r in b.reactions] == []
    b = briefing(article("a", dt.date(2017, 10, 21),
                         "Ngày 20/10, quân đội Iraq và lực lượng Peshmerga giao tranh ở Altun Kupri, khiến 6 "
                         "chiến binh Peshmerga thiệt mạng."))
    assert [(c.party, c.number) for i in b.incidents for c in i.casualties] == [("chinh-quyen-khu-vuc-kurdistan", 6)]


def test_a_toll_counted_since_a_day_goes_to_the_fighting_begun_that_day():
    b = briefing(article("a", dt.date(2025, 6, 14), "Ngày 13/6, Israel không kích Iran. Iran tấn công tên lửa vào Israel."),
                 article("b", dt.date(2025, 6, 25), "Ngày 24/6, Iran và Israel ngừng bắn. Bộ Y tế Iran cho biết 610 "
                         "người Iran đã thiệt mạng kể từ khi chiến sự nổ ra ngày 13/6."))
    assert [(str(i.date), c.party, c.number) for i in b.incidents for c in i.casualties] == \
        [("2025-06-13", "iran", 610)]
    # no fighting began that day in the briefing: the toll stays in the background
    b = briefing(article("b", dt.date(2025, 6, 25), "Ngày 24/6, Iran và Israel ngừng bắn. Bộ Y tế Iran cho biết 610 "
                         "người Iran đã thiệt mạng kể từ khi chiến sự nổ ra ngày 13/6."))
    assert [c for i in b.incidents for c in i.casualties] == []


def test_undated_fighting_of_a_days_later_article_is_the_latest_incident_of_its_sides():
    kerch = article("a", dt.date(2018, 11, 26),
                    "Sáng 25/11, tàu tuần tra Nga đâm vào tàu kéo của Ukraine rồi nổ súng, bắt giữ ba tàu của Ukraine.")
    later = article("b", dt.date(2018, 11, 27),
                    "Vụ Nga bắt giữ ba tàu hải quân Ukraine khiến Hội đồng Bảo an họp khẩn. Nga và Ukraine cáo buộc "
                    "lẫn nhau. Theo phía Nga, ba người bị thương trong vụ việc. Nga khẳng định Ukraine khiêu khích.")
    b = briefing(kerch, later)
    assert [(str(i.date), sorted(r.article for r in i.sources)) for i in b.incidents] == \
        [("2018-11-25", ["a", "b"])]
    # weeks later, it is not that incident's
    b = briefing(kerch, article("b", dt.date(2018, 12, 27), *later.paragraph(1).text.split("\n")))
    assert len(b.incidents) == 2


def test_a_well_known_person_named_without_his_state_is_that_states_and_no_third_party():
    b = briefing(article("a", dt.date(2022, 12, 28),
                         "Ngày 26/12, 5 UAV của Triều Tiên xâm nhập không phận Hàn Quốc, quân đội Hàn Quốc nổ súng.",
                         "Ngày 27/12, Tổng thống Yoon Suk-yeol lên án Triều Tiên. Ngoại trưởng Antony Blinken "
                         "lên án Triều Tiên."))
    affiliation = {a.id: a.affiliation for a in b.actors}
    assert affiliation["yoon-suk-yeol"] == "han-quoc"
    assert affiliation["antony-blinken"] is None   # his state is not in the briefing: no dangling id
    assert [r.actor for r in b.reactions] == ["antony-blinken"]
    # a state the text gives wins over the list
    b = briefing(article("a", dt.date(2022, 12, 28), "Ngày 27/12, Ngoại trưởng Mỹ Yoon Suk-yeol lên án Triều Tiên."))
    assert {a.id: a.affiliation for a in b.actors}["yoon-suk-yeol"] == "my"


def test_undated_fighting_joins_only_an_incident_of_both_its_sides_and_a_since_toll_makes_no_incident():
    a = article("a", dt.date(2024, 4, 15), "Ngày 13/4, Iran tấn công Israel bằng hơn 300 UAV và tên lửa.")
    c = article("c", dt.date(2024, 4, 17), "Ngày 16/4, Israel không kích Rafah, khiến 10 người Palestine thiệt mạng. "
                "Hamas bắn rocket vào Israel.")
    b = article("b", dt.date(2024, 4, 19), "Israel tấn công Iran bằng tên lửa nhằm vào Isfahan. Iran cho biết 2 binh "
                "sĩ Iran bị thương.")
    incidents = briefing(a, c, b).incidents
    assert [sorted({r.article for r in i.sources}) for i in incidents] == [["a", "b"], ["c"]]
    # an article whose only toll is counted since a day no incident began on adds no incident
    b = briefing(article("b", dt.date(2025, 6, 25), "Bộ Y tế Iran cho biết 610 người Iran đã thiệt mạng kể từ khi "
                         "chiến sự nổ ra ngày 13/6."))
    assert b.incidents == ()


def test_only_the_forces_a_state_counts_are_its_own_in_fighting_of_one_side():
    for text in ("Ngày 27/8, Cảnh sát Somalia cho biết 20 người, trong đó có 5 binh sĩ, đã thiệt mạng trong giao tranh.",
                 "Ngày 27/8, Bộ Y tế Libya cho biết 32 binh lính và dân thường đã thiệt mạng trong giao tranh."):
        b = briefing(article("a", dt.date(2022, 8, 28), text))
        assert [c.party for i in b.incidents for c in i.casualties] == [None], text


def test_the_police_a_state_counts_beside_the_gunmen_are_its_own():
    text = ("Bộ Nội vụ Macedonia hôm qua (10/5) tuyên bố đã kết thúc chiến dịch truy quét một nhóm vũ trang tại thành "
            "phố Kumanovo. Các cuộc đấu súng đã khiến 8 cảnh sát và 14 tay súng thiệt mạng.")
    for also in ("14", "ít nhất 14"):
        b = briefing(article("a", dt.date(2015, 5, 11), text.replace("14", also)))
        assert [(c.party, c.number) for i in b.incidents for c in i.casualties] == [("bac-macedonia", 8), (None, 14)]


def test_two_articles_counting_the_same_toll_of_a_day_tell_one_incident_whoever_they_name():
    first = article("a", dt.date(2015, 5, 11), "Bộ Nội vụ Macedonia cho biết cảnh sát đã đấu súng với một nhóm vũ "
                    "trang hôm 10/5, khiến 8 cảnh sát và 14 tay súng thiệt mạng, 37 người bị thương.")
    second = article("b", dt.date(2015, 5, 12), "Nhóm vũ trang do các thủ lĩnh từ Kosovo cầm đầu đã giao tranh với "
                     "cảnh sát hôm 10/5, khiến 14 tay súng thiệt mạng và 37 người bị thương.")
    assert len(briefing(first, second).incidents) == 1
    # one figure alike is not enough
    other = article("c", dt.date(2015, 5, 12), "Quân đội Kosovo giao tranh với một nhóm vũ trang hôm 10/5, khiến "
                    "14 binh sĩ thiệt mạng.")
    assert len(briefing(first, other).incidents) == 2


def test_one_large_toll_counted_alike_for_fighting_of_the_same_day_is_one_incident():
    # ... not a small one
    for toll, incidents in ((84, 1), (12, 2)):
        claimed = article("a", dt.date(2016, 7, 20), f"Tối 14/7, một chiếc xe tải lao vào đám đông ở Nice, khiến {toll} "
                          "người chết. IS đã nhận trách nhiệm.")
        told = article("b", dt.date(2016, 7, 16), "Tối 14/7, kẻ tấn công người gốc Tunisia lái xe tải lao vào đám đông ở "
                       f"Nice của Pháp, khiến {toll} người chết.")
        assert len(briefing(claimed, told).incidents) == incidents, toll


def test_attacks_of_one_day_counted_alike_in_two_states_stay_two():
    helmand = article("a", dt.date(2024, 3, 11), "Hôm 10/3, phiến quân Taliban tấn công một đồn cảnh sát ở tỉnh Helmand "
                      "của Afghanistan, khiến 12 người chết và 15 người bị thương.")
    borno = article("b", dt.date(2024, 3, 11), "Hôm 10/3, Boko Haram tấn công một ngôi làng ở bang Borno của Nigeria, "
                    "khiến 12 người chết và 15 người bị thương.")
    assert len(briefing(helmand, borno).incidents) == 2
    # nor do small counts alike join fighting of no shared side
    small = [article(a, dt.date(2024, 3, 11), f"Hôm 10/3, {who} tấn công {where}, khiến 2 người chết và 5 người bị thương.")
             for a, who, where in (("c", "Taliban", "một đồn cảnh sát"), ("d", "Boko Haram", "một ngôi làng"))]
    assert len(briefing(*small).incidents) == 2
    # nor does the war's whole toll, which both recall
    war = "Cuộc xung đột ở Syria đã khiến hơn 500.000 người thiệt mạng, 2 triệu người bị thương."
    deir = article("e", dt.date(2018, 3, 11), "Hôm qua (10/3), IS tấn công các vị trí của quân đội Syria ở Deir ez-Zor, "
                   "khiến 7 binh sĩ thiệt mạng.", war)
    afrin = article("f", dt.date(2018, 3, 11), "Hôm qua (10/3), Thổ Nhĩ Kỳ không kích Afrin, khiến 12 tay súng YPG thiệt "
                    "mạng.", war)
    assert len(briefing(deir, afrin).incidents) == 2


def test_gunmen_counted_with_no_side_where_a_state_fights_one_armed_group_are_that_groups():
    text = ("Ngày 18/9, bốn tay súng của Jaish-e-Mohammed tấn công căn cứ quân đội Ấn Độ ở Uri, quân đội Ấn Độ đấu súng "
            "với Jaish-e-Mohammed. Sau nhiều giờ, cả bốn tay súng đã bị tiêu diệt.")
    b = briefing(article("a", dt.date(2016, 9, 19), text))
    assert [(c.party, c.number) for i in b.incidents for c in i.casualties] == [("jaish-e-mohammed", 4)]
    # between two states no side is guessed
    b = briefing(article("a", dt.date(2016, 9, 19), text.replace("Jaish-e-Mohammed", "Pakistan")))
    assert [(c.party, c.number) for i in b.incidents for c in i.casualties] == [(None, 4)]
    # nor are the gunmen loyal to a state the group's
    b = briefing(article("a", dt.date(2019, 10, 18), "Ngày 17/10, quân đội Thổ Nhĩ Kỳ tấn công SDF ở miền bắc Syria.",
                         "Theo SOHR, 224 tay súng SDF và 183 tay súng thân Thổ Nhĩ Kỳ đã thiệt mạng."))
    assert [(c.party, c.number) for i in b.incidents for c in i.casualties] == [("sdf", 224), (None, 183)]
    b = briefing(article("a", dt.date(2023, 3, 6), "Ngày 5/3, quân đội Nigeria giao tranh với Boko Haram ở bang Borno, "
                         "khiến 5 tay súng dân quân thân chính phủ thiệt mạng."))
    assert [(c.party, c.number) for i in b.incidents for c in i.casualties] == [(None, 5)]


def test_the_dead_of_a_third_state_do_not_make_it_a_side_of_fighting_that_names_two():
    b = briefing(article("a", dt.date(2023, 10, 11), "Ngày 10/10, giao tranh giữa Israel và Hamas tiếp diễn ở Gaza. "
                         "Giới chức cho biết 3 cảnh sát Ai Cập và 1 binh sĩ Ai Cập đã thiệt mạng gần cửa khẩu Rafah."))
    assert [(i.actors, [(c.party, c.number) for c in i.casualties]) for i in b.incidents] == \
        [(("israel", "hamas"), [("ai-cap", 3), ("ai-cap", 1)])]


def test_the_people_an_attack_by_one_side_killed_are_the_other_states():
    b = briefing(article("a", dt.date(2022, 4, 17), "Ngày 16/4, Pakistan và Afghanistan đấu súng ở biên giới.",
                         "Giới chức tỉnh Khost cho biết 41 dân thường đã bị sát hại và 22 người khác bị thương trong "
                         "các cuộc không kích của lực lượng Pakistan hôm 16/4."))
    assert [(c.party, c.kind, c.number) for i in b.incidents for c in i.casualties] == [
        ("afghanistan", "killed", 41), ("afghanistan", "wounded", 22)]
    # the attack's subject, an owner after a weapon, and the attacker reporting the toll it caused
    for sides, text, party in (
            ("Pakistan và Afghanistan", "Ngày 16/4, Pakistan đã tiến hành không kích, khiến 41 dân thường thiệt mạng.",
             "afghanistan"),
            ("Nga và Ukraine", "Ngày 16/4, 41 người thiệt mạng trong các cuộc tấn công tên lửa của Nga.", "ukraine"),
            ("Israel và Lebanon", "Ngày 16/4, Israel cho biết cuộc không kích của Israel khiến 41 tay súng thiệt mạng.",
             "lebanon"),
            # no attacker: a place's controller ("do Israel kiểm soát"), fighting between the sides
            ("Israel và Lebanon", "Ngày 16/4, rocket bắn vào thị trấn Ein Qiniyye do Israel kiểm soát, khiến 41 "
                                  "người thiệt mạng.", None),
            ("Israel và Lebanon", "Ngày 16/4, Israel giao tranh với Lebanon, khiến 41 người thiệt mạng.", None)):
        b = briefing(article("a", dt.date(2022, 4, 17), f"Ngày 16/4, {sides} đấu súng ở biên giới.", text))
        assert [c.party for i in b.incidents for c in i.casualties] == [party], text
    # the state the sentence names as where they were, though it is no side of the fighting; never an armed
    # group's
    for sides, text, party in (
            ("Israel và Syria", "Tại Liban, Bộ Y tế cho biết ba người đã thiệt mạng trong các cuộc không kích của "
                                "Israel hôm 16/4.", "lebanon"),
            ("Pakistan và Taliban", "Ngày 16/4, Pakistan không kích, khiến 41 dân thường thiệt mạng.", None)):
        b = briefing(article("a", dt.date(2022, 4, 17), f"Ngày 16/4, {sides} đấu súng ở biên giới.", text))
        assert [c.party for i in b.incidents for c in i.casualties] == [party], text
    b = briefing(article("a", dt.date(2024, 6, 20), "Ngày 19/6, Israel và Iran tiếp tục tấn công lẫn nhau.",
                         "Cuộc không kích của Israel vào cảng Hodeidah khiến 3 người thiệt mạng hôm 19/6."))
    assert [c.party for i in b.incidents for c in i.casualties] == ["yemen"]   # Hodeidah is Yemen's


def test_one_side_alone_joins_the_fighting_of_its_day_that_names_it():
    b = briefing(
        article("a", dt.date(2025, 9, 10), "Chiều qua (9/9), Israel không kích nhằm vào các lãnh đạo Hamas ở Doha, "
                                            "thủ đô của Qatar, vi phạm chủ quyền của Qatar."),
        article("b", dt.date(2025, 9, 12), "Theo tuyên bố của Hamas, vụ tấn công chiều 9/9 đã cướp đi sinh mạng của "
                                            "năm thành viên."))
    assert [(str(i.date), [(c.party, c.number) for c in i.casualties]) for i in b.incidents] == [
        ("2025-09-09", [("hamas", 5)])]
    # not a state only named beside the fighting, in an article that names none of its sides
    b = briefing(
        article("a", dt.date(2025, 9, 10), "Chiều qua (9/9), Israel không kích nhằm vào các lãnh đạo Hamas ở Doha, "
                                            "trong khi Ai Cập đang làm trung gian đàm phán."),
        article("b", dt.date(2025, 9, 10), "Hôm qua (9/9), 5 binh sĩ Ai Cập thiệt mạng khi phiến quân tấn công một "
                                            "trạm kiểm soát ở Bắc Sinai."))
    assert len(b.incidents) == 2


def test_civilians_where_no_state_fights_are_of_the_state_the_fighting_is_in():
    b = briefing(article("a", dt.date(2025, 4, 14),
                         "Hôm 11/4, Lực lượng Hỗ trợ Nhanh (RSF) tấn công trại di tản Zamzam ở bang Bắc Darfur.",
                         "Liên Hợp Quốc cho biết hơn 100 người đã thiệt mạng và 10 tay súng bị tiêu diệt."))
    assert [(i.actors, sorted((c.party or "-", c.number) for c in i.casualties)) for i in b.incidents] == [
        (("rsf",), [("-", 10), ("sudan", 100)])]   # not the gunmen
    # not fighters, nor those a side says it killed
    b = briefing(article("a", dt.date(2025, 4, 14),
                         "Hôm 11/4, Lực lượng Hỗ trợ Nhanh (RSF) tấn công trại di tản Zamzam ở bang Bắc Darfur.",
                         "Giao tranh khiến 30 chiến binh thiệt mạng. RSF tuyên bố đã tiêu diệt 50 người."))
    assert [[c.party for c in i.casualties] for i in b.incidents] == [[None, None]]
    # nor where a state fights, on its own ground or another's, nor where no side is named
    for text in ("Hôm 7/3, quân đội Nigeria không kích một trại huấn luyện ở bang Borno.",
                 "Hôm 9/11, một vụ nổ xảy ra tại nhà ga ở bang Borno."):
        b = briefing(article("a", dt.date(2024, 3, 8), text, "Giới chức cho biết 30 người đã thiệt mạng."))
        assert [[c.party for c in i.casualties] for i in b.incidents] == [[None]], text
    # places in two states tell no one state
    b = briefing(article("a", dt.date(2025, 4, 14),
                         "Hôm 11/4, Lực lượng Hỗ trợ Nhanh (RSF) tấn công bang Bắc Darfur và thành phố Mosul.",
                         "Liên Hợp Quốc cho biết hơn 100 người đã thiệt mạng."))
    assert [[c.party for c in i.casualties] for i in b.incidents] == [[None]]


def test_strikes_of_one_state_on_two_others_a_day_apart_are_two_incidents():
    b = briefing(article("a", dt.date(2024, 1, 16), "Đêm 15/1, Iran phóng tên lửa đạn đạo tấn công Erbil của Iraq."),
                 article("b", dt.date(2024, 1, 17), "Tối 16/1, Iran không kích thị trấn Panjgur ở tỉnh Balochistan của "
                                                    "Pakistan."))
    assert sorted((str(i.date), i.actors) for i in b.incidents) == [
        ("2024-01-15", ("iran", "iraq")), ("2024-01-16", ("iran", "pakistan"))]
    # two allies striking one state on consecutive days is one
    b = briefing(article("a", dt.date(2024, 1, 12), "Đêm 11/1, Mỹ không kích lực lượng Houthi ở thành phố Hodeidah."),
                 article("b", dt.date(2024, 1, 13), "Tối 12/1, Anh không kích lực lượng Houthi ở thành phố Hodeidah."))
    assert len(b.incidents) == 1


def test_the_people_an_armed_groups_attack_killed_in_a_state_are_its_own():
    b = briefing(article("a", dt.date(2024, 8, 27), "Hôm 24/8, các tay súng tấn công thị trấn Barsalogho của Burkina Faso.",
                         "JNIM khẳng định đã giết khoảng 300 người."))
    # ... and the group that says it killed them is a side
    assert [(i.actors, [(c.party, c.number) for c in i.casualties]) for i in b.incidents] == [
        (("burkina-faso", "jnim"), [("burkina-faso", 300)])]


def test_a_state_and_its_official_speaking_on_other_days_are_two_reactions():
    b = briefing(article("a", dt.date(2014, 6, 12),
                         "Hôm 10/6, phiến quân IS tấn công thành phố Mosul của Iraq.",
                         "Người phát ngôn Bộ Ngoại giao Mỹ Jen Psaki hôm 10/6 khẳng định Mỹ ủng hộ chính phủ Iraq. "
                         "Hôm qua, Phó Tổng thống Mỹ Joe Biden lên án hành động của IS."))
    assert sorted((r.actor, str(r.date), r.stance) for r in b.reactions) == [
        ("joe-biden", "2014-06-11", ("condemn",)), ("my", "2014-06-10", ("support",))]



def test_condolences_are_a_stance_only_where_nothing_else_is_said():
    b = briefing(article("a", dt.date(2015, 4, 3), "Ngày 2/4, al-Shabaab tấn công Trường Đại học Garissa của Kenya.",
                         "Cùng ngày 2/4, Tổng thống Mỹ Barack Obama gửi lời chia buồn tới người dân Kenya và lên án vụ "
                         "tấn công.",
                         "Cùng ngày 2/4, Thủ tướng Anh David Cameron gửi lời chia buồn tới các gia đình nạn nhân."))
    assert sorted((r.actor, r.stance) for r in b.reactions) == [
        ("barack-obama", ("condemn",)), ("david-cameron", ("other",))]


def test_one_persons_statements_two_articles_date_a_day_apart_are_two_reactions():
    b = briefing(article("a", dt.date(2015, 4, 3), "Ngày 2/4, al-Shabaab tấn công Trường Đại học Garissa của Kenya.",
                         "Cùng ngày 2/4, Tổng thống Mỹ Barack Obama lên án vụ tấn công."),
                 article("b", dt.date(2015, 4, 7), "Ngày 2/4, al-Shabaab tấn công Trường Đại học Garissa của Kenya.",
                         "Hôm 3/4, Tổng thống Mỹ Barack Obama điện đàm với Tổng thống Kenya để chia buồn và khẳng định "
                         "sự ủng hộ của Washington."))
    assert sorted(str(r.date) for r in b.reactions if r.actor == "barack-obama") == ["2015-04-02", "2015-04-03"]
    # ... but one day's statement two articles report is one
    b = briefing(article("a", dt.date(2015, 4, 3), "Ngày 2/4, al-Shabaab tấn công Trường Đại học Garissa của Kenya.",
                         "Cùng ngày 2/4, Tổng thống Mỹ Barack Obama lên án vụ tấn công."),
                 article("b", dt.date(2015, 4, 7), "Ngày 2/4, al-Shabaab tấn công Trường Đại học Garissa của Kenya.",
                         "Hôm 2/4, Tổng thống Mỹ Barack Obama lên án vụ tấn công."))
    assert sorted(str(r.date) for r in b.reactions if r.actor == "barack-obama") == ["2015-04-02"]
    # ... and one statement dated across a time zone is one
    b = briefing(article("a", dt.date(2015, 4, 3), "Ngày 2/4, al-Shabaab tấn công Trường Đại học Garissa của Kenya.",
                         "Tối 2/4 (giờ Mỹ), Tổng thống Mỹ Barack Obama lên án vụ tấn công."),
                 article("b", dt.date(2015, 4, 7), "Ngày 2/4, al-Shabaab tấn công Trường Đại học Garissa của Kenya.",
                         "Sáng 3/4 (giờ Việt Nam), Tổng thống Mỹ Barack Obama lên án vụ tấn công."))
    assert len([r for r in b.reactions if r.actor == "barack-obama"]) == 1


def test_the_side_that_claims_an_attack_made_it_and_its_victims_are_the_other_sides():
    b = briefing(article("a", dt.date(2017, 5, 24),
                         "Tối 22/5, một vụ đánh bom liều chết xảy ra tại nhà thi đấu Manchester Arena, Anh.",
                         "Cảnh sát Anh cho biết 22 người thiệt mạng.",
                         "Nhóm Nhà nước Hồi giáo (IS) đã lên tiếng nhận trách nhiệm, khẳng định vụ tấn công làm "
                         "“30 người thiệt mạng”."))
    # the attacker named by its claim is a side; the toll it claims is not its own dead
    assert [(i.actors, sorted((c.party or "-", c.number) for c in i.casualties)) for i in b.incidents] == [
        (("anh", "is"), [("anh", 22), ("anh", 30)])]


def test_the_people_an_armed_groups_bombing_killed_on_a_states_ground_are_the_states():
    def parties(attack):
        b = briefing(article("a", dt.date(2016, 7, 4), f"Rạng sáng hôm qua (3/7), {attack} tại thành phố Mosul.",
                             "Ít nhất 165 người đã thiệt mạng và 12 tay súng IS bị tiêu diệt, quan chức y tế cho biết."))
        return [(i.actors, sorted((c.party or "-", c.number) for c in i.casualties)) for i in b.incidents]
    assert parties("IS đánh bom xe tải nhằm vào quân đội Iraq") == [(("is", "iraq"), [("iraq", 165), ("is", 12)])]
    # not where a state's arms struck (the people may be the group's), nor where the fighting is abroad
    assert parties("không quân Iraq không kích các tay súng IS bằng bom") == [(("iraq", "is"), [("-", 165), ("is", 12)])]
    assert parties("IS đánh bom xe tải nhằm vào quân đội Mỹ") == [(("is", "my"), [("-", 165), ("is", 12)])]


def test_the_people_of_an_armed_groups_attack_on_a_town_too_small_to_know_are_the_states_it_says():
    def parties(where):
        b = briefing(article("a", dt.date(2014, 6, 17),
                             f"Tối Chủ nhật (15/6), khoảng 50 tay súng al-Shabaab tấn công thị trấn Mpeketoni {where}.",
                             "Hội Chữ thập đỏ cho biết ít nhất 48 người đã thiệt mạng."))
        return [(i.actors, [(c.party, c.number) for c in i.casualties]) for i in b.incidents]
    assert parties("trên bờ biển Kenya") == [(("al-shabaab", "kenya"), [("kenya", 48)])]
    # not where the sentence names no state as where, nor another
    assert parties("và quân đội Kenya đáp trả") == [(("al-shabaab", "kenya"), [(None, 48)])]
    assert parties("của Kenya gần biên giới ở Somalia") == [(("al-shabaab", "kenya"), [(None, 48)])]


def test_an_armed_groups_bombing_told_again_by_no_side_kills_the_people_of_the_state_the_incident_names():
    def parties(second):
        b = briefing(article("a", dt.date(2014, 11, 29),
                             "Chiều qua (28/11), Boko Haram đánh bom một nhà thờ Hồi giáo tại miền Bắc Nigeria. "
                             f"{second}"))
        return [(i.actors, [(c.party, c.number) for c in i.casualties]) for i in b.incidents]
    # the attack told again ("vụ tấn công") is the bombing, on Nigeria's ground
    assert parties("Vụ tấn công đã làm ít nhất 120 người thiệt mạng.") == [(("boko-haram", "nigeria"), [("nigeria", 120)])]
    # not an exchange of fire the sentence tells of anew
    assert parties("Quân đội Nigeria đã đấu súng với các tay súng, 120 người thiệt mạng.") == [
        (("boko-haram", "nigeria"), [(None, 120)])]
    assert parties("Giao tranh sau đó đã khiến 30 người thiệt mạng.") == [(("boko-haram", "nigeria"), [(None, 30)])]


def test_the_attackers_a_states_official_counts_are_not_the_states():
    b = briefing(article("a", dt.date(2015, 11, 15),
                         "Tối 13/11, các tay súng IS tấn công nhà hát Bataclan ở Paris của Pháp.",
                         "Công tố viên Paris François Molins cho biết bảy kẻ tấn công đã chết. Người phát ngôn IS Abu "
                         "Mohammad cho biết 3 tay súng của nhóm đã thiệt mạng."))
    # a group's spokesman counting its gunmen counts its own
    assert [sorted((c.party or "-", c.number) for c in i.casualties) for i in b.incidents] == [[("is", 3), ("is", 7)]]


def test_a_claim_counts_only_where_its_reporter_makes_it_and_not_for_its_own_men():
    def parties(*paragraphs):
        b = briefing(article("a", dt.date(2024, 1, 2), "Hôm 1/1, IS đánh bom xe tải tại thành phố Mosul của Iraq.", *paragraphs))
        return [sorted((c.party or "-", c.number) for c in i.casualties) for i in b.incidents]
    # another's claim, none made, one asked of another: the reporter's own count
    assert parties("IS đã lên tiếng nhận trách nhiệm, trong khi Bộ Nội vụ Iraq cho biết 30 người thiệt mạng.") == [[("iraq", 30)]]
    assert parties("Chưa có nhóm nào lên tiếng nhận trách nhiệm, song Bộ Nội vụ Iraq cho biết 30 người thiệt mạng.") == [
        [("iraq", 30)]]
    assert parties("IS đã lên tiếng nhận trách nhiệm, cho biết 5 tay súng của nhóm đã thiệt mạng.") == [[("is", 5)]]
    assert parties("Bộ Nội vụ Iraq phủ nhận trách nhiệm và cho biết 30 người thiệt mạng.") == [[("iraq", 30)]]
    assert parties("Bộ Nội vụ Iraq nói IS cần nhận trách nhiệm, cho biết 30 người thiệt mạng.") == [[("iraq", 30)]]


def test_a_state_that_no_longer_exists_is_no_side():
    b = briefing(article("a", dt.date(2024, 1, 2), "Hôm 1/1, Nga phóng tên lửa Kh-22 từ thời Liên Xô vào một tòa nhà ở "
                                                   "Dnipro của Ukraine, khiến 40 người thiệt mạng."))
    assert [(i.actors, [(c.party, c.number) for c in i.casualties]) for i in b.incidents] == [
        (("nga", "ukraine"), [("ukraine", 40)])]


def test_a_states_own_attack_on_a_village_counts_no_people_as_its_own():
    for text in ("Hôm 1/1, quân đội Nigeria tấn công một ngôi làng ở bang Borno, nơi các tay súng Boko Haram ẩn náu.",
                 "Hôm 1/1, binh sĩ Nigeria thảm sát dân làng ở bang Borno, nơi Boko Haram hoạt động."):
        b = briefing(article("a", dt.date(2024, 1, 2), text, "Ít nhất 30 người thiệt mạng."))
        assert [[(c.party, c.number) for c in i.casualties] for i in b.incidents] == [[(None, 30)]], text
    # ... but a state reporting the group's attack is no attacker
    b = briefing(article("a", dt.date(2024, 1, 2), "Hôm 1/1, cảnh sát Nigeria cho biết các tay súng Boko Haram tấn công "
                                                   "một ngôi làng ở bang Borno.", "Ít nhất 30 người thiệt mạng."))
    assert [[(c.party, c.number) for c in i.casualties] for i in b.incidents] == [[("nigeria", 30)]]
    # nor tolls with no attack told at all
    b = briefing(article("a", dt.date(2024, 1, 2), "Hôm 1/1, 12 tay súng IS thiệt mạng. Hôm 1/1, ít nhất 30 người "
                                                   "thiệt mạng ở Mosul."))
    assert [sorted((c.party or "-", c.number) for c in i.casualties) for i in b.incidents] == [[("-", 30), ("is", 12)]]


def test_the_day_of_a_toll_told_to_a_news_agency_is_the_tellings_not_the_fightings():
    b = briefing(article("a", dt.date(2019, 1, 17),
                         "Ít nhất 890 người đã thiệt mạng trong các vụ đụng độ giữa hai cộng đồng từ ngày 16 đến 18/12.",
                         "Hôm thứ Hai (14/1), một linh mục địa phương cho hãng tin Reuters biết ít nhất 400 người đã bị "
                         "sát hại trong các vụ đụng độ."))
    assert [str(i.date) for i in b.incidents] == ["2018-12-16"]


def test_fighting_dated_only_by_its_month_is_the_one_fighting_of_that_month_told_to_the_day_in_its_place():
    days = article("a", dt.date(2019, 1, 17), "Các vụ đụng độ từ ngày 16 đến 18/12 tại vùng Yumbi, tỉnh Mai-Ndombe "
                   "đã khiến 890 người thiệt mạng và 82 người bị thương.")
    month = article("b", dt.date(2019, 1, 31), "Ít nhất 535 dân thường đã bị giết trong bốn vụ tấn công tại tỉnh "
                    "Mai-Ndombe, CHDC Congo hồi giữa tháng 12.")
    assert [str(i.date) for i in briefing(days, month).incidents] == ["2018-12-16"]
    # ... also when two articles tell those days: one incident, however many episodes
    again = article("d", dt.date(2019, 1, 18), "Các vụ đụng độ từ ngày 16 đến 18/12 tại tỉnh Mai-Ndombe đã khiến "
                    "890 người thiệt mạng và 82 người bị thương.")
    assert [str(i.date) for i in briefing(days, again, month).incidents] == ["2018-12-16"]
    # ... and not where neither names a side
    sideless = article("e", dt.date(2019, 1, 31), "Ít nhất 535 dân thường đã bị giết trong bốn vụ tấn công tại tỉnh "
                       "Mai-Ndombe hồi giữa tháng 12.")
    assert len(briefing(days, sideless).incidents) == 2
    # with two such fightings that month, which one it is stays open
    other = article("c", dt.date(2019, 1, 2), "Ngày 28/12, các tay súng đã tấn công một ngôi làng ở tỉnh Mai-Ndombe, "
                    "khiến 20 người thiệt mạng.")
    assert len(briefing(days, month, other).incidents) == 3


def test_two_states_counting_as_many_of_their_own_soldiers_keep_a_toll_each():
    b = briefing(article("a", dt.date(2022, 9, 14), "Ngày 13/9, quân đội Armenia và Azerbaijan giao tranh ở biên giới. "
                         "Bộ Quốc phòng Armenia cho biết 49 binh sĩ đã thiệt mạng.",
                         "Bộ Quốc phòng Azerbaijan cho biết 49 binh sĩ đã thiệt mạng."))
    assert sorted((c.party, c.number) for i in b.incidents for c in i.casualties) == [("armenia", 49), ("azerbaijan", 49)]


def test_a_count_another_side_reports_later_stays_the_side_it_was_first_given_to():
    b = briefing(article("a", dt.date(2015, 1, 14),
                         "Chiều hôm qua (13/1), Nga và Ukraine giao tranh gần Volnovakha. Người phát ngôn quân sự Ukraine "
                         "Vladyslav Seleznyov cho biết 12 người đã thiệt mạng.",
                         "Bộ Ngoại giao Nga cho biết đã đón nhận tin về thảm kịch khiến 12 người chết."))
    assert [(c.party, c.number, len(c.reports)) for i in b.incidents for c in i.casualties] == [("ukraine", 12, 2)]


def test_fighting_told_without_side_or_place_joins_the_fighting_that_counts_its_large_toll():
    told = article("a", dt.date(2020, 11, 30), "Ít nhất 110 dân thường đã bị sát hại trong vụ tấn công của các tay súng vào "
                   "những cánh đồng lúa gần làng Zabarmari, bang Borno, Nigeria, chiều thứ Bảy (28/11).")
    later = article("b", dt.date(2020, 12, 3), "Sau lễ an táng 43 nạn nhân hôm Chủ nhật, con số thương vong liên tục được "
                    "điều chỉnh. Theo số liệu mới nhất của nhà chức trách được AFP dẫn lại, 76 người đã thiệt mạng trong vụ "
                    "thảm sát chiều 28/11 tại Koshobe. Trong khi đó, theo con số mà Điều phối viên nhân đạo Liên Hợp Quốc tại "
                    "Nigeria Edward Kallon công bố hôm 29/11, ít nhất 110 dân thường đã bị giết hại.")
    assert len(briefing(told, later).incidents) == 1
    # ... not a small toll alike by chance
    small = article("c", dt.date(2020, 12, 3), "Theo nhà chức trách, 12 người đã thiệt mạng trong vụ thảm sát chiều 28/11 "
                    "tại Koshobe.")
    other = article("d", dt.date(2020, 11, 30), "Chiều 28/11, các tay súng tấn công làng Zabarmari, bang Borno, Nigeria, "
                    "khiến 12 người thiệt mạng.")
    assert len(briefing(small, other).incidents) == 2
