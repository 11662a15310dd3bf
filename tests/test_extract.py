"""Extractor rules on small real excerpts of the seeds' press style."""
import datetime as dt
import time

import pytest

from generator.extract.actors import find_mentions, slug
from generator.extract.article import extract_article
from generator.extract.cues import CUES
from generator.extract.dates import find_dates
from generator.extract.figures import find_figures
from generator.extract.speakers import subjects
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


def test_a_joint_portfolio_is_one_title_with_its_state():
    ms = find_mentions("Bộ trưởng Quốc phòng và Cựu chiến binh Mali, Thiếu tướng Ibrahima Dahirou Dembélé, cho biết; "
                       "Bộ trưởng Ngoại giao và Hợp tác quốc tế Italy Luigi Di Maio nói.", "a", 1)
    people = {m.name: (m.role, m.affiliation) for m in ms if m.kind == "person"}
    assert people == {"Ibrahima Dahirou Dembélé": ("Bộ trưởng Quốc phòng và Cựu chiến binh Mali", "mali"),
                      "Luigi Di Maio": ("Bộ trưởng Ngoại giao và Hợp tác quốc tế Italy", "italy")}


def test_an_office_held_then_still_titles_its_holder():
    for text, name, role in (("Tổng thư ký Liên Hợp Quốc khi đó là Kofi Annan đã thành lập Ủy ban hỗn hợp.", "Kofi Annan",
                              "Tổng thư ký Liên Hợp Quốc"),
                             ("Tổng thống Mỹ khi đó, George W. Bush, tuyên bố.", "George W. Bush", "Tổng thống Mỹ")):
        (person,) = [m for m in find_mentions(text, "a", 1) if m.kind == "person"]
        assert (person.name, person.role) == (name, role)


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
    # a number word opening the sentence; admitted to hospital for injuries
    figs = find_figures("Hai nhân viên bảo vệ khác bị thương. Theo JCS, 13 người phải nhập viện vì chấn thương.")
    assert [(f.kind, f.number) for f in figs] == [("wounded", 2), ("wounded", 13)]
    assert find_figures("Hai bên đã bắn nhau. Một số binh sĩ bị thương.") == []
    # a count revised in the same sentence keeps its kind; alone, "con số" counts nothing
    figs = find_figures("tính đến 8h sáng đã có 3 binh sĩ bị thương; đến cuối ngày, con số được nâng lên 4 người.")
    assert [(f.kind, f.number, f.other) for f in figs] == [("wounded", 3, False), ("wounded", 4, True)]
    assert find_figures("Con số này đã tăng lên 12.") == []


def test_thousands_written_the_english_way_count_thousands_but_a_decimal_comma_before_a_multiplier_stays():
    figs = find_figures("Hơn 1,000 người đã thiệt mạng và khoảng 1,5 triệu người phải sơ tán, trong khi 12,500 người bị thương.")
    assert [(f.kind, f.number) for f in figs] == [("killed", 1000), ("displaced", 1500000), ("wounded", 12500)]


def test_breakdowns_and_vague_amounts_are_not_figures():
    figs = find_figures("27 người đã thiệt mạng, trong đó có hai dân thường, và hàng trăm người bị thương")
    assert [(f.kind, f.number) for f in figs] == [("killed", 27)]


def test_a_number_among_a_vague_count_is_a_figure_but_not_the_size_of_a_body():
    figs = find_figures("Ông Saranga cho biết “hàng chục người” đã bị sát hại, trong đó có bảy người tử vong khi "
                        "đoàn xe bị phục kích. Reyes là thành viên đầu tiên trong Ban thư ký gồm 7 người của FARC bị "
                        "tiêu diệt.")
    assert [(f.kind, f.number) for f in figs] == [("killed", 7)]


def test_a_kind_denied_counts_nobody():
    figs = find_figures("Hai phi công đã kịp thoát hiểm bằng ghế phóng và không ai bị thương; 3 binh sĩ không bị thương.")
    assert figs == []


def test_people_put_to_death_are_killed():
    figs = find_figures("21 người theo đạo Thiên chúa bị chặt đầu, còn hai tử tù bị treo cổ.")
    assert [(f.kind, f.number) for f in figs] == [("killed", 21), ("killed", 2)]


def test_soldiers_who_fell_are_killed():
    figs = find_figures("Mali xác nhận 11 binh sĩ nước này đã ngã xuống tại Konna và khoảng 60 người khác bị thương.")
    assert [(f.kind, f.number) for f in figs] == [("killed", 11), ("wounded", 60)]
    # ... not people who fell down
    for text in ("Sức ép của vụ nổ khiến 20 người ngã xuống đất.", "Hai cảnh sát trượt chân ngã xuống sông.",
                 "Khoảng 15 người ngất xỉu và ngã xuống vì khí độc."):
        assert find_figures(text) == [], text


def test_bodies_of_attackers_found_are_a_toll_inflicted():
    figs = find_figures("Binh sĩ Kenya đã tìm thấy thi thể của bốn kẻ tấn công.")
    assert [(f.kind, f.number, f.inflicted) for f in figs] == [("killed", 4, True)]


def test_bodies_found_pulled_out_or_buried_are_people_killed():
    figs = find_figures("Binh sĩ đã tìm thấy 73 thi thể trong khu phức hợp. Một quan chức cho biết 240 thi thể đã được "
                        "kéo ra khỏi đống đổ nát, và lực lượng cứu hộ đã chôn cất 160 thi thể. Phóng viên đếm được hơn "
                        "120 thi thể. Thi thể của khoảng 1.500 tay súng đã được tìm thấy. 234 người đã được chôn cất.")
    assert [(f.kind, f.number, f.qualifier, f.inflicted) for f in figs] == [
        ("killed", 73, "exact", False), ("killed", 240, "exact", False), ("killed", 160, "exact", False),
        ("killed", 120, "more_than", False), ("killed", 1500, "about", True), ("killed", 234, "exact", False)]
    # the enemy's, by what is said of them
    assert [f.inflicted for f in find_figures("Sáu thi thể được cho là của các tay súng đã được phát hiện.")] == [True]


def test_bodies_handed_over_are_no_new_toll():
    assert find_figures("Israel đã trao trả 15 thi thể người Palestine, và Ukraine tiếp nhận 909 thi thể binh sĩ.") == []
    # ... whatever verb follows them in their clause
    for text in ("Ukraine tiếp nhận 909 thi thể binh sĩ được đưa ra từ Nga.",
                 "Nga trao trả 212 thi thể binh sĩ Ukraine được tìm thấy ở Donetsk.",
                 "Israel đã bàn giao 30 thi thể cho phía Palestine và hầu hết nằm trong túi nhựa."):
        assert find_figures(text) == [], text
    assert find_figures("Có 12 thi thể trong các túi.") == []   # no verb says they were found or buried


def test_a_states_media_reporting_a_toll_are_not_the_state():
    x = extract_article(article("Ít nhất 10 nhà hoạt động đã thiệt mạng khi lính Israel tấn công đoàn tàu, theo Đài phát "
                                "thanh quân đội Israel. Một số kênh truyền hình Israel trước đó đưa tin số người chết "
                                "có thể lên tới 19.", published=dt.date(2010, 6, 1)))
    assert [(f.number, f.party, f.reported_by) for f in x.figures] == [(10, None, None), (19, None, None)]
    # a field of a title or an organ is no outlet
    x = extract_article(article("Bộ trưởng Truyền thông Israel cho biết quân đội đã mất 2 binh sĩ. Thư ký báo chí Điện "
                                "Kremlin Dmitry Peskov cho biết Nga “lên án” vụ tấn công.", published=dt.date(2010, 6, 1)))
    assert [(f.number, f.party, f.reported_by) for f in x.figures] == [(2, "israel", "israel")]
    assert [s.actor for s in x.statements] == ["person:dmitry-peskov"]


def test_a_document_of_a_count_is_no_total_broken_down():
    figs = find_figures("Bộ Quốc phòng Nga công bố danh sách gồm 50 tù binh Ukraine thiệt mạng và 73 người bị thương.")
    assert [(f.kind, f.number) for f in figs] == [("killed", 50), ("wounded", 73)]


def test_figures_belong_to_the_side_of_the_belligerent_that_reports_them():
    x = extract_article(article("Armenia cho biết ít nhất 49 binh sĩ của họ đã thiệt mạng và Azerbaijan cho biết họ mất 50 người."))
    assert [(f.number, f.party, f.reported_by) for f in x.figures] == [(49, "armenia", "armenia"), (50, "azerbaijan", "azerbaijan")]


def test_a_source_named_last_reports_the_figures_of_its_sentence():
    x = extract_article(article("Giao tranh nổ ra ngày 13/9 giữa Armenia và Azerbaijan khiến 49 binh sĩ thiệt mạng, "
                                "theo Bộ Quốc phòng Armenia.",
                                "Nga kêu gọi hai bên ngừng bắn, theo thỏa thuận năm 2020."))
    assert [(f.number, f.party, f.reported_by) for f in x.figures] == [(49, "armenia", "armenia")]
    assert [s.actor for s in x.statements] == ["nga"]
    # "theo đó" is "under which", no source
    x = extract_article(article("Ngày 14/9, hai bên đạt thỏa thuận ngừng bắn, theo đó 24 binh sĩ Armenia bị bắt giữ "
                                "sẽ được Azerbaijan trả tự do."))
    assert [(f.number, f.reported_by) for f in x.figures] == [(24, None)]


def test_people_counted_where_a_state_is_named_are_that_states_toll():
    x = extract_article(article("Ngày 13/6, Israel không kích Iran. Giới chức cho biết hơn 4.700 người bị thương tại Iran "
                                "và 28 người đã thiệt mạng tại Israel. Tại Israel, 2 người thiệt mạng. Tổng thống Erdogan "
                                "cho biết 18 dân thường đã thiệt mạng và 147 người bị thương tại các thị trấn biên giới "
                                "của Thổ Nhĩ Kỳ.", published=dt.date(2025, 6, 20)))
    assert [(f.number, f.party) for f in x.figures] == [(4700, "iran"), (28, "israel"), (2, "israel"),
                                                        (18, "tho-nhi-ky"), (147, "tho-nhi-ky")]
    # a capital after "tại" is a city, not the state's side; a place is no state; a side written
    # with the people still decides
    x = extract_article(article("Ngày 13/6, giao tranh nổ ra. Giới chức cho biết 5 người thiệt mạng tại Khartoum, 3 "
                                "người bị thương ở thị trấn Akçakale và 4 binh sĩ Nga thiệt mạng tại Syria.",
                                published=dt.date(2025, 6, 20)))
    assert [(f.number, f.party) for f in x.figures] == [(5, None), (3, None), (4, "nga")]


def test_a_region_that_speaks_is_nobodys_side_not_the_last_speakers():
    x = extract_article(article("Ngày 20/9, giao tranh nổ ra. Bộ Y tế Pakistan công bố 19 quân nhân nước này thiệt "
                                "mạng. Phía Kashmir trước đó cho biết 20 người thiệt mạng.",
                                published=dt.date(2023, 9, 29)))
    assert [(f.number, f.party, f.reported_by) for f in x.figures] == [(19, "pakistan", "pakistan"),
                                                                       (20, None, None)]
    # a place further in the subject is not the subject
    x = extract_article(article("Ngày 20/9, Ngoại trưởng Ukraine Dmytro Kuleba lên án vụ tấn công. Ông này khi đến "
                                "thăm Kharkiv cho biết 5 dân thường thiệt mạng.", published=dt.date(2023, 9, 21)))
    assert [f.reported_by for f in x.figures] == ["person:dmytro-kuleba"]


def test_a_breakaway_region_named_as_a_party_is_its_authorities():
    x = extract_article(article("Ngày 20/9, giao tranh nổ ra ở Nagorno-Karabakh. Bộ Y tế Azerbaijan công bố 192 quân "
                                "nhân nước này thiệt mạng. Phía Nagorno-Karabakh trước đó cho biết 200 người thiệt mạng.",
                                "Thanh tra nhân quyền của Nagorno-Karabakh Gegham Stepanyan cho biết 10 dân thường "
                                "thiệt mạng.", published=dt.date(2023, 9, 29)))
    assert [(f.number, f.party, f.reported_by) for f in x.figures] == [
        (192, "azerbaijan", "azerbaijan"), (200, "group:nagorno-karabakh", "group:nagorno-karabakh"),
        (10, None, "person:gegham-stepanyan")]   # his side, the group, once merged (test_merge)
    # after a locative it is the place
    assert [e.places for e in x.events] == [("Nagorno-Karabakh",)]


def test_a_person_named_as_killed_or_wounded_is_a_figure_of_one():
    x = extract_article(article(
        "Ngày 11/5, Bộ Quốc phòng Azerbaijan thông báo binh sĩ Orkhan Novruzalizade đã thiệt mạng.",
        "Ngày 12/5, Azerbaijan dùng máy bay không người lái tấn công vị trí của Armenia, khiến binh sĩ Narek "
        "Baghdasaryan, 20 tuổi, thiệt mạng.",
        # a counted figure naming its dead is one figure; a named speaker is none
        "Ngày 12/5, một binh sĩ Campuchia thiệt mạng. Người phát ngôn Maly Socheata cho biết như vậy.",
        published=dt.date(2023, 5, 13)))
    assert [(f.kind, f.number, f.party) for f in x.figures] == [
        ("killed", 1, "azerbaijan"), ("killed", 1, "armenia"), ("killed", 1, "campuchia")]


def test_what_a_named_fate_rule_must_not_count():
    x = extract_article(article(
        "Ngày 12/5, nhiều binh sĩ Thái Lan bị thương.",
        "Ngày 12/5, Tướng Abdel Fattah al-Burhan bắt giữ Thủ tướng Abdalla Hamdok.",
        "Ngày 12/5, Armenia tấn công, khiến 2 binh sĩ Azerbaijan thiệt mạng. Trước đó, binh sĩ Orkhan Novruzalizade "
        "đã thiệt mạng.",
        "Ngày 12/5, Hai quân đội đấu súng khiến nhiều binh sĩ bị thương.",
        "Ngày 12/5, 12 người chết và 87 người bị thương; đến tối, con số được nâng lên 23 người chết, thiệt hại "
        "lên tới 1.000 tỷ đồng.", published=dt.date(2023, 5, 13)))
    assert sorted((f.kind, f.number) for f in x.figures) == [("killed", 2), ("killed", 12), ("killed", 23),
                                                             ("wounded", 87)]


def test_a_breakaway_region_is_its_authorities_only_after_a_partys_word():
    from generator.extract.actors import find_mentions
    kinds = {m.surface: m.kind for m in find_mentions(
        "Phía Nagorno-Karabakh cho biết. Nga bàn về quy chế của Abkhazia và khu vực tranh chấp Nagorny-Karabakh; "
        "Nga pháo kích tỉnh Donetsk; giới chức Nam Ossetia thông báo.", "a", 1)}
    assert kinds == {"Nagorno-Karabakh": "group", "Nga": "country", "Abkhazia": "place",
                     "Nagorny-Karabakh": "place", "tỉnh Donetsk": "place", "Nam Ossetia": "group"}


def test_a_breakaway_regions_own_state_is_its_authorities_without_a_partys_word():
    from generator.extract.actors import find_mentions
    found = {m.surface: (m.kind, m.key) for m in find_mentions(
        "Văn kiện do đại diện DPR và “Cộng hòa Nhân dân Lugansk” (LPR) ký kết; giao tranh ở tỉnh Donetsk.", "a", 1)}
    assert found == {"DPR": ("group", "group:donetsk"), "Cộng hòa Nhân dân Lugansk": ("group", "group:luhansk"),
                     "LPR": ("group", "group:luhansk"), "tỉnh Donetsk": ("place", "donetsk")}


def test_a_state_named_inside_a_coalitions_name_is_named_too_but_not_a_capital():
    from generator.extract.actors import find_mentions
    found = [(m.key, m.in_role) for m in find_mentions(
        "Liên quân do Ả Rập Xê Út dẫn đầu không kích Dhamar; Nhóm Minsk của OSCE họp.", "a", 1)
        if m.kind == "country"]
    assert found == [("saudi-arabia", True)]
    found = [m.key for m in find_mentions("Liên minh Anh em Ba bên tấn công. Cộng đồng Phát triển Nam Phi lên án.", "a", 1)
             if m.kind == "country"]
    assert found == []


def test_an_adviser_or_spokesman_of_an_office_holds_the_whole_title():
    from generator.extract.actors import find_mentions
    people = {m.surface: m.role for m in find_mentions(
        "Hôm 1/9, cố vấn Bộ trưởng Nội vụ Anton Herashchenko thông báo. Người phát ngôn Tổng thống Nga Dmitry Peskov "
        "cho biết.", "a", 1) if m.kind == "person"}
    assert people == {"Anton Herashchenko": "cố vấn Bộ trưởng Nội vụ", "Dmitry Peskov": "Người phát ngôn Tổng thống Nga"}
    # the principal named between the title and its holder, set off by commas
    people = {m.surface: m.role for m in find_mentions("Người phát ngôn Tổng thống Putin, Dmitry Peskov, cho biết.", "a", 1)
              if m.kind == "person"}
    assert people == {"Dmitry Peskov": "Người phát ngôn Tổng thống Putin"}
    people = {m.surface: m.role for m in find_mentions("theo Người phát ngôn Tổng thống Putin, Dmitry Peskov.", "a", 1)
              if m.kind == "person"}
    assert people == {"Dmitry Peskov": "Người phát ngôn Tổng thống Putin"}
    # a list of names after a title: the first holds it
    people = {m.surface: m.role for m in find_mentions(
        "Cuộc họp có người phát ngôn Kirby, Antony Blinken, Lloyd Austin. Cố vấn Tổng thống Podolyak, Andriy Yermak, "
        "Denys Shmyhal có mặt.", "a", 1) if m.kind == "person" and m.role}
    assert people == {"Kirby": "người phát ngôn", "Podolyak": "Cố vấn Tổng thống"}
    people = {m.surface: m.role for m in find_mentions("Đại biện lâm thời Mỹ Karen Decker đã lên án vụ đánh bom.", "a", 1)
              if m.kind == "person"}
    assert people == {"Karen Decker": "Đại biện lâm thời Mỹ"}
    people = {m.surface: (m.role, m.affiliation) for m in find_mentions(
        "Báo cáo viên đặc biệt của Liên Hợp Quốc về tình hình nhân quyền tại Afghanistan Richard Bennett lên án.", "a", 1)
        if m.kind == "person"}
    assert people == {"Richard Bennett": ("Báo cáo viên đặc biệt của Liên Hợp Quốc về tình hình nhân quyền tại Afghanistan",
                                          "lien-hop-quoc")}


def test_a_leader_of_a_self_styled_state_named_in_quotes_is_its_leader():
    from generator.extract.actors import find_mentions
    assert [m for m in find_mentions("Thủ lĩnh lực lượng ly khai tự xưng “Ambazonia Defence Forces” Lucas Ayaba Cho tuyên bố.",
                                     "a", 1) if m.kind == "person"] == []   # an unknown group's quoted name is no one's
    people = {m.surface: (m.role, m.affiliation) for m in find_mentions(
        "Thủ lĩnh lực lượng ly khai tự xưng “Cộng hòa Nhân dân Donetsk” (DPR) Alexander Zakharchenko sau đó tuyên bố.",
        "a", 1) if m.kind == "person"}
    assert people == {"Alexander Zakharchenko": ("Thủ lĩnh lực lượng ly khai tự xưng “Cộng hòa Nhân dân Donetsk” (DPR)",
                                                 "group:donetsk")}


def test_rebels_or_gunmen_named_by_their_region_are_that_regions_group():
    from generator.extract.actors import find_mentions
    for text, surface in (("Rạng sáng 9/1, nhóm phiến quân Chechnya tấn công thành phố Kizlyar.", "phiến quân Chechnya"),
                          ("Các tay súng Chechnya rút về bệnh viện.", "tay súng Chechnya"),
                          ("Phe ly khai Chechnya bác bỏ cáo buộc.", "Phe ly khai Chechnya")):
        assert [(m.kind, m.surface, m.key, m.name) for m in find_mentions(text, "a", 1)] == [
            ("group", surface, "group:chechnya", "Chechnya")], text
    # a state's name after them is the state's (its gunmen are its side), and a known group stays itself; a
    # state's province or territory is no polity of its own
    assert [(m.kind, m.key) for m in find_mentions("Các tay súng Palestine và phiến quân Houthi tấn công.", "a", 1)] == [
        ("country", "palestine"), ("group", "houthi")]
    assert [(m.kind, m.key) for m in find_mentions("Israel không kích khiến 5 tay súng Gaza và 3 phiến quân Idlib thiệt "
                                                   "mạng.", "a", 1) if m.kind == "group"] == []


def test_a_compass_point_of_a_known_name_or_a_sentences_topic_is_no_persons_name():
    from generator.extract.actors import find_mentions
    assert [(m.kind, m.surface) for m in find_mentions("Ông Saleh lãnh đạo Bắc Yemen từ năm 1978.", "a", 1)] == [
        ("person", "Saleh"), ("country", "Yemen")]
    assert find_mentions("Về Zinjibar, Cao ủy nhân quyền bày tỏ lo ngại trước thông tin về giao tranh.", "a", 1) == ()
    # a state whose name opens with one is the state, and its leader is named after it
    assert [(m.kind, m.surface) for m in find_mentions("Tổng thống Nam Sudan Salva Kiir cho biết.", "a", 1)] == [
        ("country", "Nam Sudan"), ("person", "Salva Kiir")]


def test_a_well_known_person_named_bare_is_a_person():
    from generator.extract.actors import find_mentions
    assert [m.key for m in find_mentions("Osama bin Laden, người sáng lập al-Qaeda, bị Mỹ truy lùng.", "a", 1)
            if m.kind == "person"] == ["person:osama-bin-laden"]
    assert [m.key for m in find_mentions("Tổng thống Barack Obama tuyên bố trùm khủng bố Osama bin Laden đã bị tiêu diệt.",
                                         "a", 1) if m.kind == "person"] == ["person:barack-obama", "person:osama-bin-laden"]
    # ... not a place, a unit or an event named for the person
    for text in ("Israel ném bom sân bay Yasser Arafat ở Rafah.", "Người dân tập trung tại quảng trường Yasser Arafat.",
                 "lữ đoàn Qasem Soleimani của Iran", "Lễ tưởng niệm Yitzhak Rabin diễn ra hôm qua."):
        assert [m for m in find_mentions(text, "a", 1) if m.kind == "person"] == [], text
    # ... not at the end of a title the module does not read: the body named in it speaks, as before
    assert [(m.kind, m.key) for m in find_mentions(
        "Cao ủy Liên Hợp Quốc về Nhân quyền Volker Türk gọi đây là những phát hiện đáng lo ngại.", "a", 1)] == [
        ("organization", "lien-hop-quoc")]


def test_where_a_correspondent_files_from_names_no_state():
    from generator.extract.actors import find_mentions
    for text in ("Theo phóng viên TTXVN tại Cairo, quân đội Sudan hôm qua xác nhận.",
                 "Theo phóng viên thường trú TTXVN tại Cairo, quân đội Sudan hôm qua xác nhận."):
        assert [m.key for m in find_mentions(text, "a", 1) if m.kind == "country"] == ["sudan"], text
    # ... not where reporters were hurt, nor a city named elsewhere, as where a speaker is
    assert [m.key for m in find_mentions("Ngày 13/9, hai phóng viên thiệt mạng tại Ukraine khi pháo kích của Nga.",
                                         "a", 1)] == ["ukraine", "nga"]
    assert [m.key for m in find_mentions("Tổng thống Ai Cập phát biểu tại Cairo.", "a", 1)] == ["ai-cap", "ai-cap"]


def test_an_association_or_a_society_after_a_title_is_no_persons_name():
    from generator.extract.actors import find_mentions
    people = [m for m in find_mentions("Chủ tịch Hiệp hội Luật sư Pakistan cho biết như vậy.", "a", 1) if m.kind == "person"]
    assert people == []
    people = [m.surface for m in find_mentions("Người phát ngôn Hội Trăng lưỡi liềm đỏ Yemen Basheer Omar cho biết.", "a", 1)
              if m.kind == "person"]
    assert people == ["Basheer Omar"]


def test_fighting_told_only_as_days_before_a_visit_takes_no_side_from_the_visit():
    x = extract_article(article(
        "Ngoại trưởng Pháp Jean-Marc Ayrault hôm qua (15/3) đã tới Abidjan, hai ngày sau vụ tấn công khủng bố tại "
        "khu nghỉ dưỡng Grand-Bassam, để bày tỏ tình đoàn kết của Pháp và cam kết hợp tác với Bờ Biển Ngà.",
        published=dt.date(2016, 3, 16)))
    (e,) = x.events
    assert (str(e.date.start), e.actors) == ("2016-03-13", ())


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


def test_a_day_right_before_a_speech_verb_is_the_telling_not_the_fightings():
    pub = dt.date(2010, 6, 19)
    # fighting named only as the time a telling runs from takes no day from the telling, nor gives the
    # article's lead day to fighting its later paragraphs leave undated
    x = extract_article(article("Lần đầu tới thành phố Osh kể từ khi bạo lực sắc tộc bùng phát, bà Roza Otunbayeva "
                                "hôm qua (18/6) thừa nhận số người chết thực tế có thể cao gấp 10 lần.",
                                "Osh không xa lạ với xung đột sắc tộc.", published=pub))
    assert [e.date for e in x.events] == [None, None]
    # ... but fighting the sentence tells beside it runs from the day it broke out to that telling
    x = extract_article(article("Giao tranh vẫn tiếp diễn ác liệt tại Khartoum, trong khi WHO ngày 21/4 cho biết 413 người "
                                "đã thiệt mạng kể từ khi xung đột bùng phát hôm 15/4.", published=dt.date(2023, 4, 22)))
    assert [(e.date.start, e.date.end) for e in x.events] == [(dt.date(2023, 4, 15), dt.date(2023, 4, 21))]
    # ... and fighting after a "since" that names no outbreak is the sentence's own
    x = extract_article(article("Quân đội Israel hôm qua (2/12) cho biết kể từ khi lệnh ngừng bắn hết hiệu lực lực lượng "
                                "này đã không kích hơn 400 mục tiêu ở Gaza.", published=dt.date(2023, 12, 3)))
    assert [e.date.start for e in x.events] == [dt.date(2023, 12, 2)]
    # ... and a day a toll stood at is no telling: "tính đến ngày 9/11" leaves the fighting its own day
    x = extract_article(article("Tính đến ngày 9/11 đã có 1.221 binh sĩ thiệt mạng kể từ khi giao tranh bùng phát hôm "
                                "27/9.", published=dt.date(2020, 11, 10)))
    assert [(e.date.start, e.date.precision) for e in x.events] == [(dt.date(2020, 9, 27), "day")]


def test_an_agreement_in_a_clause_describing_a_body_is_its_past_not_news():
    x = extract_article(article("Cũng trong ngày 11/3, Khung Chiến lược Thường trực (CSP), liên minh các phong trào vũ "
                                "trang đã ký thỏa thuận hòa bình với chính phủ, ra thông cáo kêu gọi hỗ trợ người dân.",
                                published=dt.date(2022, 3, 12)))
    assert [e.category for e in x.events] == []
    # not a clause after a place, which opens the sentence's own news
    for text in ("Hôm qua (11/3), hai bên đã ký thỏa thuận ngừng bắn, mở đường cho đàm phán.",
                 "Hôm qua (11/3) tại Juba, phong trào SPLM-N đã ký thỏa thuận hòa bình với chính phủ, theo AFP."):
        x = extract_article(article(text, published=dt.date(2022, 3, 12)))
        assert [(e.category, e.date.start) for e in x.events] == [("AGREE", dt.date(2022, 3, 11))], text


def test_a_riot_is_violence():
    x = extract_article(article("Tổng Công tố Uzbekistan hôm 17/5 thông báo 169 người đã thiệt mạng trong vụ bạo loạn ở "
                                "thành phố Andijan hôm 13/5.", published=dt.date(2005, 5, 19)))
    assert [(e.modes, e.date.start) for e in x.events] == [(("violence",), dt.date(2005, 5, 13))]


def test_a_vehicle_driven_into_a_crowd_is_an_attack():
    x = extract_article(article("Tám mươi tư người đã thiệt mạng khi một chiếc xe tải hạng nặng lao vào đám đông đang xem "
                                "pháo hoa ở thành phố Nice tối 14/7.", published=dt.date(2016, 7, 16)))
    assert [(e.modes, e.date.start) for e in x.events] == [(("ramming",), dt.date(2016, 7, 14))]
    assert [(f.kind, f.number) for f in x.figures] == [("killed", 84)]
    # not by accident, nor people charging a crowd
    for text in ("Chiều 14/7, một chiếc xe buýt mất phanh đâm vào đám đông ở chợ Kabul, khiến 7 người thiệt mạng.",
                 "Tối 14/7, cảnh sát chống bạo động lao vào đám đông người biểu tình."):
        assert extract_article(article(text, published=dt.date(2016, 7, 16))).events == (), text


def test_violence_between_communities_breaking_out_is_an_event_and_violence_condemned_is_not():
    x = extract_article(article("Bạo lực sắc tộc giữa cộng đồng Meitei và người Kuki bùng phát từ ngày 3/5 tại bang "
                                "Manipur, khiến 54 người thiệt mạng.", published=dt.date(2023, 5, 7)))
    assert [(e.category, e.date and e.date.start) for e in x.events] == [("ASSAULT", dt.date(2023, 5, 3))]
    x = extract_article(article("Hôm 6/5, Ấn Độ lên án bạo lực bùng phát ở bang Manipur.", published=dt.date(2023, 5, 7)))
    assert x.events == ()
    # force used on a protest is a confrontation
    x = extract_article(article("Cảnh sát đã nổ súng trong vụ giải tán biểu tình hôm 25/10 ở Tak Bai.",
                                published=dt.date(2004, 10, 27)))
    assert [(e.modes, e.date and e.date.start) for e in x.events] == [(("armed_clash", "crackdown"), dt.date(2004, 10, 25))]
    # violence warned of or feared is none
    for text in ("Hôm 6/5, Liên Hợp Quốc cảnh báo nguy cơ bạo lực bùng phát tại Burundi trước bầu cử.",
                 "Hôm 6/5, nhà chức trách lo ngại xung đột sắc tộc có thể tái diễn ở Manipur."):
        assert extract_article(article(text, published=dt.date(2023, 5, 7))).events == (), text


def test_a_whole_past_years_toll_is_background_and_this_years_is_not():
    x = extract_article(article("Theo báo cáo của UNAMA, 2.412 dân thường Afghanistan đã thiệt mạng trong năm 2009, tăng "
                                "14% so với năm 2008.", published=dt.date(2010, 2, 25)))
    assert x.figures == () and [c.years for c in x.background] == [(2008, 2009)]
    x = extract_article(article("Hôm 14/2, 12 dân thường đã thiệt mạng trong năm nay.", published=dt.date(2010, 2, 25)))
    assert [f.number for f in x.figures] == [12]


def test_a_place_taken_is_a_capture_and_a_share_taken_is_not():
    x = extract_article(article("Ngày 13/8, Taliban chiếm thành phố Lashkar Gah.", published=dt.date(2021, 8, 14)))
    assert [(e.modes, e.actors, e.date and e.date.start) for e in x.events] == [
        (("capture",), ("taliban",), dt.date(2021, 8, 13))]
    for text in ("Phụ nữ chiếm 30% dân số của tỉnh.", "Quân đội Israel chiếm đóng vùng này từ năm 1967."):
        assert extract_article(article(text, published=dt.date(2021, 8, 14))).events == (), text


def test_history_with_past_years_is_background():
    x = extract_article(article("Đỉnh điểm là cuộc xung đột từ tháng 2/1988 đến tháng 5/1994, khiến khoảng 30.000 người thiệt mạng."))
    assert x.figures == () and x.events == ()
    assert x.background and x.background[0].years == (1988, 1994)


# ---------------------------------------------------------------- people after titles

def _people(text):
    return {m.name: (m.role, m.affiliation) for m in find_mentions(text, "a", 1) if m.kind == "person"}


def test_a_field_a_title_names_is_part_of_the_role_not_a_name():
    people = _people("Ủy viên Nhân quyền của Quốc hội Ukraine Dmytro Lubinets và Điều phối viên Nhân đạo của Liên Hợp "
                     "Quốc tại Ukraine Denise Brown gặp Thư ký Hội đồng An ninh và Quốc phòng Quốc gia Oleksiy Danilov.")
    assert people == {"Dmytro Lubinets": ("Ủy viên Nhân quyền của Quốc hội Ukraine", "ukraine"),
                      "Denise Brown": ("Điều phối viên Nhân đạo của Liên Hợp Quốc tại Ukraine", "lien-hop-quoc"),
                      "Oleksiy Danilov": ("Thư ký Hội đồng An ninh và Quốc phòng Quốc gia", None)}


def test_a_states_army_named_in_full_is_the_state_not_the_group_its_name_begins_with():
    ms = find_mentions("Hai binh sĩ Lực lượng Phòng vệ Nhân dân Nam Sudan (SSPDF) thiệt mạng; Lực lượng Phòng vệ "
                       "Nhân dân (PDF) ở Myanmar lên tiếng.", "a", 1)
    assert [(m.surface, m.key) for m in ms if m.kind in ("country", "group")] == [
        ("Lực lượng Phòng vệ Nhân dân Nam Sudan", "nam-sudan"), ("SSPDF", "nam-sudan"),
        ("Lực lượng Phòng vệ Nhân dân", "luc-luong-phong-ve-nhan-dan"), ("PDF", "luc-luong-phong-ve-nhan-dan"),
        ("Myanmar", "myanmar")]


def test_a_ministrys_field_a_hospital_or_a_region_after_a_title_is_no_name():
    assert _people("Bộ trưởng Dầu khí Puot Kang Chol và Bộ trưởng Tài nguyên nước Pal Mai Deng bị bắt.") == {
        "Puot Kang Chol": ("Bộ trưởng Dầu khí", None), "Pal Mai Deng": ("Bộ trưởng Tài nguyên nước", None)}
    assert _people("Người phát ngôn Bệnh viện Shorish và Chủ tịch Khu vực Kurdistan cho biết.") == {}
    assert _people("Một sĩ quan của Lực lượng An ninh Biên giới và Tổng Giám đốc Tác chiến quân sự (DGMO) "
                   "đã trao đổi.") == {}


def test_an_abbreviated_organ_closing_a_title_and_a_suspect_lead_to_the_name():
    people = _people("Chủ tịch Ủy ban châu Âu (EC) Ursula von der Leyen nói nghi phạm Ahlam Albashir đã bị bắt.")
    assert people == {"Ursula von der Leyen": ("Chủ tịch Ủy ban châu Âu (EC)", "uy-ban-chau-au"),
                      "Ahlam Albashir": ("nghi phạm", None)}


def test_an_aside_on_the_organisation_and_an_unknown_acronym_with_a_digit_lead_to_the_name():
    people = _people("Người phát ngôn Lữ đoàn Al-Qassam, cánh vũ trang của Hamas, Abu Obeida và Giám đốc điều hành "
                     "F1 Stefano Domenicali gặp nhau.")
    assert people == {"Abu Obeida": ("Người phát ngôn Lữ đoàn Al-Qassam, cánh vũ trang của Hamas", "hamas"),
                      "Stefano Domenicali": ("Giám đốc điều hành F1", None)}


def test_a_title_inside_an_organs_name_leads_to_no_single_word():
    assert _people("Hội đồng Tham mưu trưởng Liên quân Hàn Quốc (JCS) cho biết. Văn phòng Thủ tướng Netanyahu "
                   "khẳng định.") == {"Netanyahu": ("Thủ tướng", None)}


def test_an_organ_between_title_and_state_is_part_of_the_role():
    people = _people("Bộ trưởng Y tế công cộng Thái Lan Somsak Thepsuthin và người đứng đầu Ủy ban "
                     "An ninh Quốc gia Kyrgyzstan Kamchybek Tashiev cùng Tư lệnh Lục quân Pakistan Asim Munir.")
    assert people == {"Somsak Thepsuthin": ("Bộ trưởng Y tế công cộng Thái Lan", "thai-lan"),
                      "Kamchybek Tashiev": ("người đứng đầu Ủy ban An ninh Quốc gia Kyrgyzstan", "kyrgyzstan"),
                      "Asim Munir": ("Tư lệnh Lục quân Pakistan", "pakistan")}


def test_postings_outlets_units_and_ranks_lead_to_the_name():
    assert _people("Đại sứ Campuchia tại Liên hợp quốc Chhea Keo cho biết") == {
        "Chhea Keo": ("Đại sứ Campuchia tại Liên hợp quốc", "campuchia")}
    assert _people("Tổng biên tập tờ Thời báo Hoàn Cầu Hồ Tích Tiến viết")["Hồ Tích Tiến"][0] == \
        "Tổng biên tập tờ Thời báo Hoàn Cầu"
    assert "Alireza Marhamati" in _people("Phó Thống đốc tỉnh Sistan-Baluchestan Alireza Marhamati cho biết")
    people = _people("Người phát ngôn Bộ Tư lệnh Chiến khu miền Tây của Quân Giải phóng Nhân dân Trung Quốc, "
                     "Đại tá Trương Thủy Lợi khẳng định")
    assert list(people) == ["Trương Thủy Lợi"]
    assert list(_people("Người phát ngôn Liên minh châu Âu (EU) Peter Stano kêu gọi")) == ["Peter Stano"]
    # a portfolio of nine words, closed by an organisation with its abbreviation
    assert _people("Đại diện cấp cao phụ trách chính sách an ninh và đối ngoại của Liên minh châu Âu (EU) "
                   "Josep Borrell ngày 18/9 lên án")["Josep Borrell"][1] == "lien-minh-chau-au"
    # a plural marker written capitalised is part of the organ, never a name
    assert _people("Tổng Tham mưu trưởng Các lực lượng vũ trang Philippines, Tướng Romeo Brawner, cáo buộc") == {
        "Romeo Brawner": ("Tổng Tham mưu trưởng Các lực lượng vũ trang Philippines", "philippines")}
    assert _people("Bộ trưởng Các tình huống khẩn cấp Azerbaijan cho biết") == {}


def test_a_title_may_name_the_group_of_its_holder_before_the_name():
    # an unknown run of two words after the group is its holder's name, not the group's place
    assert _people("Ngày 6/3, lãnh đạo chính quyền ly khai Arayik Harutyunyan triệu tập cuộc họp khẩn.") == {
        "Arayik Harutyunyan": ("lãnh đạo chính quyền ly khai", None)}
    assert _people("Bộ trưởng Nhà nước của chính quyền ly khai Gurgen Nersisyan khẳng định.") == {
        "Gurgen Nersisyan": ("Bộ trưởng Nhà nước của chính quyền ly khai", None)}
    ms = find_mentions("Lãnh đạo chính quyền ly khai Nagorno-Karabakh Arayik Harutyunyan nói.", "a", 1)
    assert [(m.name, m.affiliation) for m in ms if m.kind == "person"] == [("Arayik Harutyunyan", "group:nagorno-karabakh")]
    # a group's own one-word place stays the group
    ms = find_mentions("Thủ lĩnh phiến quân ly khai Xyzabad nói.", "a", 1)
    assert [(m.kind, m.surface) for m in ms] == [("group", "phiến quân ly khai Xyzabad")]
    # a place after the group, or its own name after "thân X", is no person
    for text, group in (("Người phát ngôn lực lượng ly khai Tây Papua cho biết.", "group:tay-papua"),
                        ("Thủ lĩnh phiến quân thân Iran Kataib Hezbollah tuyên bố.", "group:kataib-hezbollah")):
        assert [(m.kind, m.key) for m in find_mentions(text, "a", 1)] == [("group", group)], text
    assert _people("Thủ lĩnh lực lượng ly khai Đông Ukraine Alexander Zakharchenko thiệt mạng.") == {
        "Alexander Zakharchenko": ("Thủ lĩnh lực lượng ly khai Đông Ukraine", "ukraine")}


def test_a_plural_title_goes_with_each_name_of_its_list():
    assert _people("Ông trao đổi với các cố vấn an ninh quốc gia Ajit Doval và Asim Malik.") == {
        "Ajit Doval": ("cố vấn an ninh quốc gia", None), "Asim Malik": ("cố vấn an ninh quốc gia", None)}
    assert list(_people("Các Ngoại trưởng Sergei Lavrov, Jeyhun Bayramov và Ararat Mirzoyan gặp nhau.")) == [
        "Sergei Lavrov", "Jeyhun Bayramov", "Ararat Mirzoyan"]
    # a singular title has one holder: who follows "và" is named without it
    assert list(_people("Ngoại trưởng Sergei Lavrov và Jeyhun Bayramov đã điện đàm.")) == ["Sergei Lavrov"]
    assert list(_people("hai Ngoại trưởng Lavrov và Bayramov gặp nhau.")) == ["Lavrov", "Bayramov"]
    # an ordinal is no plural, and a holder with a state of his own ends the list
    assert list(_people("Sáng thứ Hai Ngoại trưởng Antony Blinken và Jake Sullivan đã tới Kiev.")) == ["Antony Blinken"]
    assert list(_people("hai Ngoại trưởng Nga Sergei Lavrov và Antony Blinken của Mỹ gặp nhau.")) == ["Sergei Lavrov"]


def test_an_armed_group_the_gazetteer_does_not_know_is_named_after_its_noun():
    ms = find_mentions("Iran tấn công nhóm vũ trang Ansar al-Furqan, còn Pakistan nhắm vào nơi ẩn náu của "
                       "nhóm vũ trang Hafiz Gul Bahadur.", "a", 1)
    assert [(m.key, m.name) for m in ms if m.kind == "group"] == [
        ("group:ansar-al-furqan", "Ansar al-Furqan"), ("group:hafiz-gul-bahadur", "Hafiz Gul Bahadur")]
    # a militia too ("dân quân Kamuina Nsapu"), but not a militiaman counted and named
    assert [(m.key, m.kind) for m in find_mentions("Hôm 25/3, dân quân Kamuina Nsapu đã phục kích.", "a", 1)] == [
        ("group:kamuina-nsapu", "group")]
    assert not [m for m in find_mentions("Một dân quân Abdul Karim bị thương.", "a", 1) if m.kind == "group"]
    # a known group keeps its own entry
    assert [m.key for m in find_mentions("Nhóm vũ trang Hamas tuyên bố.", "a", 1)] == ["hamas"]
    # a descriptor, a place or a day is no group's name, and a leader's name after a title is left alone
    for text in ("Nhóm vũ trang Hồi giáo cực đoan tuyên bố.", "nhóm vũ trang Tây Bắc Syria", "Nhóm chiến binh Kurd",
                 "nhóm phiến quân Thứ Sáu tuần trước", "Thủ lĩnh nhóm phiến quân Ansar al-Furqan Salahuddin Farooqui chết."):
        assert not [m for m in find_mentions(text, "a", 1) if m.kind == "group"], text


def test_special_representatives_and_predecessors_are_titles():
    assert _people("Đại diện đặc biệt của Liên minh châu Âu (EU) về Nam Caucasus Toivo Klaar viết trên mạng xã hội.") == {
        "Toivo Klaar": ("Đại diện đặc biệt của Liên minh châu Âu (EU) về Nam Caucasus", "lien-minh-chau-au")}
    assert "Arshak Karapetyan" in _people("Thủ tướng Pashinyan cách chức người tiền nhiệm Arshak Karapetyan hôm 15/11.")


def test_initials_belong_to_the_name_and_lowercase_words_are_never_names():
    assert list(_people("Trong số những người thiệt mạng có Đại tá B. Santosh Babu, chỉ huy tiểu đoàn")) == \
        ["B. Santosh Babu"]
    # "ở" is lower case even though it sits in the Vietnamese block of upper- and lower-case letters
    assert _people("dinh thự của Thủ tướng Malaysia ở thủ đô hành chính Putrajaya") == {}
    assert _people("các quan chức Bộ Ngoại giao Mỹ đã có mặt tại Malaysia") == {}


def test_a_title_set_after_a_name_is_its_apposition():
    ms = find_mentions("Thủ tướng Malaysia Anwar Ibrahim, với tư cách Chủ tịch ASEAN, cho biết", "a", 1)
    asean = next(m for m in ms if m.key == "asean")
    assert asean.in_role
    # a list of titled people is not an apposition
    ms = find_mentions("trong đó có Thủ tướng Narendra Modi, Thủ tướng Shehbaz Sharif, Ngoại trưởng Subrahmanyam Jaishankar",
                       "a", 1)
    assert [m.name for m in ms if m.kind == "person"] == ["Narendra Modi", "Shehbaz Sharif", "Subrahmanyam Jaishankar"]
    assert not any(m.tail for m in ms)


# ---------------------------------------------------------------- figures

def test_the_people_of_this_region_are_its_authorities_side_and_never_the_reporting_state():
    x = extract_article(article(
        "Hôm qua (6/3), Bộ Quốc phòng Nga ra thông báo về vụ đấu súng xảy ra ở Nagorno-Karabakh, xác nhận 3 nhân viên "
        "thực thi pháp luật của vùng này thiệt mạng, trong khi phía Azerbaijan có 2 người chết.", published=dt.date(2023, 3, 7)))
    assert [(f.number, f.party, f.reported_by) for f in x.figures] == [
        (3, "group:nagorno-karabakh", "nga"), (2, "azerbaijan", "nga")]
    # "this region" is a breakaway one only if the place named last before it is: else the usual reading
    x = extract_article(article("Hezbollah bắn rocket vào miền Bắc Israel. Quân đội Israel cho biết 3 cư dân của "
                                "khu vực này thiệt mạng.", "Chính quyền Nagorno-Karabakh cho biết Azerbaijan pháo kích "
                                "tỉnh Syunik của Armenia, khiến 2 dân thường của khu vực này thiệt mạng.",
                                published=dt.date(2023, 3, 7)))
    assert [(f.number, f.party) for f in x.figures] == [(3, "israel"), (2, "armenia")]
    # the side that "has" the dead opens its clause: not an attacker's, nor one of two sides
    x = extract_article(article("Sau vụ pháo kích của Nga có 5 dân thường thiệt mạng.",
                                "Armenia và Azerbaijan có 7 người chết trong vụ đụng độ.", published=dt.date(2023, 3, 7)))
    assert [(f.number, f.party) for f in x.figures] == [(5, None), (7, None)]


def test_people_of_both_sides_together_are_no_one_sides_toll():
    x = extract_article(article("Ít nhất 7 binh sĩ Armenia và Azerbaijan đã thiệt mạng trong vụ đấu súng gần làng Tegh."))
    assert [(f.number, f.party) for f in x.figures] == [(7, None)]


def test_the_states_of_a_breakdown_are_not_the_totals_side():
    x = extract_article(article("Toàn bộ bảy tay súng không tặc, gồm hai người Tây Đức và năm người Arab, đã bị tiêu diệt.",
                                published=dt.date(1976, 7, 5)))
    assert [(f.number, f.party) for f in x.figures] == [(7, None)]
    # ... but a side named after the breakdown's closing comma is theirs
    x = extract_article(article("Bảy binh sĩ, trong đó có hai sĩ quan, thuộc quân đội Mali đã thiệt mạng."))
    assert [(f.number, f.party) for f in x.figures] == [(7, "mali")]


def test_lives_taken_are_killed_and_the_reporters_own_loss():
    x = extract_article(article("Quân đội Ấn Độ cho biết pháo kích của Pakistan đã cướp đi sinh mạng của 15 dân thường "
                                "và làm 43 người bị thương.", published=dt.date(2025, 5, 7)))
    assert [(f.kind, f.number, f.party) for f in x.figures] == [("killed", 15, "an-do"), ("wounded", 43, "an-do")]


def test_lost_contact_is_missing():
    assert _figs("Về phía Yerevan, một binh sĩ đã hy sinh và 24 quân nhân khác hiện mất liên lạc.") == [
        ("killed", 1, "exact"), ("missing", 24, "exact")]
    # cut off from the world is not missing
    assert _figs("Khoảng 120.000 người Armenia ở Nagorno-Karabakh mất liên lạc với thế giới bên ngoài.") == []
    assert _figs("Hơn 2.000 người dân trong vùng bị mất liên lạc do mạng viễn thông bị cắt.") == []


def test_lives_taken_by_the_reporters_own_fire_or_of_the_enemy_are_not_its_loss():
    x = extract_article(article(
        "Thủ tướng Ấn Độ Narendra Modi nói các cuộc không kích đã cướp đi sinh mạng của hơn 100 tay súng.",
        "Quân đội Pakistan cho biết pháo kích trả đũa của Pakistan đã cướp đi sinh mạng của 5 binh sĩ.",
        "Bộ Quốc phòng Thái Lan cho biết các đợt không kích đã cướp đi sinh mạng của 20 binh sĩ đối phương.",
        published=dt.date(2025, 5, 8)))
    assert [(f.number, f.party) for f in x.figures] == [(100, None), (5, None), (20, None)]


def test_a_revised_draft_is_no_version_of_events():
    x = extract_article(article("Ngày 13/9, Pháp đưa ra phiên bản sửa đổi của dự thảo nghị quyết. Trong khi đó, giao "
                                "tranh tiếp diễn, khiến 5 binh sĩ thiệt mạng."))
    assert [(f.number, f.party, f.reported_by) for f in x.figures] == [(5, None, None)]


def test_who_gives_a_different_version_reports_what_follows():
    x = extract_article(article(
        "Bộ Quốc phòng Azerbaijan cho biết một binh sĩ nước này tử vong.",
        "Quân đội Phòng vệ Nagorno-Karabakh đưa ra phiên bản khác hẳn. Họ cáo buộc Azerbaijan tấn công các vị trí "
        "của mình. Con số ban đầu được công bố là hai binh sĩ thiệt mạng.", published=dt.date(2022, 8, 5)))
    assert [(f.number, f.party, f.reported_by) for f in x.figures] == [
        (1, "azerbaijan", "azerbaijan"), (2, "group:nagorno-karabakh", "group:nagorno-karabakh")]


def test_a_breakaway_region_named_in_an_organ_of_its_own_is_its_authorities():
    ms = find_mentions("Quân đội Phòng vệ Nagorno-Karabakh đưa ra phiên bản khác hẳn.", "a", 1)
    assert [(m.kind, m.key) for m in ms] == [("group", "group:nagorno-karabakh")]
    # a state between the mark and the region is the mark's: the region stays a place
    ms = find_mentions("Quân đội Azerbaijan chiếm Nagorno-Karabakh năm 2023.", "a", 1)
    assert [(m.kind, m.key) for m in ms] == [("country", "azerbaijan"), ("place", "nagorno-karabakh")]


def _figs(text):
    return [(f.kind, f.number, f.qualifier) for f in find_figures(text)]


def test_tolls_asides_and_increments():
    assert _figs("số người thiệt mạng ở phía Thái Lan đã tăng lên 15 người, gồm 14 dân thường và 1 binh sĩ.") == [
        ("killed", 15, "exact")]
    assert _figs("Số người thiệt mạng trong cuộc xung đột tuần trước đã lên gần 100 người.") == [("killed", 100, "about")]
    assert _figs("Quân đội cho biết 3 quân nhân, gồm một sĩ quan, đã thiệt mạng.") == [("killed", 3, "exact")]
    # "thêm 17" adds to an earlier toll; "nâng tổng số ... lên 20" is the toll
    assert _figs("cơ quan này thông báo thêm 17 binh sĩ bị thương nặng đã tử vong, nâng tổng số binh sĩ "
                 "thiệt mạng lên 20 người.") == [("killed", 20, "exact")]
    assert _figs("Hơn 35.000 người dân đã phải rời bỏ nhà cửa.") == [("displaced", 35000, "more_than")]
    # a toll named over an aside between commas or in brackets, but not over another count
    assert _figs("số người thiệt mạng trong vụ tấn công ở thành phố Ahvaz, thủ phủ tỉnh Khuzestan, sáng qua "
                 "(22/9) đã tăng lên 25 người.") == [("killed", 25, "exact")]
    # ... over a day however the outlet writes it
    for day in ("12-6", "12.6", "12 tháng 6", "12 tháng 6 năm 2022", "12-6-2022"):
        assert _figs(f"số binh sĩ thiệt mạng kể từ khi đụng độ nổ ra hôm {day} đã lên 11 người.") == [("killed", 11, "exact")]
    assert _figs("Số người thiệt mạng chưa được công bố, còn số người bị thương là 20.") == [("wounded", 20, "exact")]
    # ... with a few words on who the people were, none of them a casualty word
    assert _figs("số thành viên lực lượng an ninh hy sinh đã lên 13 người.") == [("killed", 13, "exact")]
    assert _figs("nâng số quân nhân Thổ Nhĩ Kỳ hy sinh chỉ trong hai ngày lên 12 người.") == [("killed", 12, "exact")]
    assert _figs("Số người bị thương và thiệt mạng đã lên 50.") == []
    # ... not another clause, nor other people ("các nạn nhân", "của các binh sĩ"), nor those spared
    for text in ("Số người tưởng niệm các nạn nhân thiệt mạng đã lên tới 10.000 người.",
                 "Số người thân của các binh sĩ hy sinh được nhận trợ cấp đã lên 3.000 người.",
                 "Số người may mắn không bị thương đã lên 40."):
        assert _figs(text) == [], text


def test_a_split_by_category_is_a_breakdown_but_a_split_by_side_is_two_figures():
    assert _figs("Ông cho biết 11 dân thường và 1 binh sĩ đã thiệt mạng sau khi") == []
    assert _figs("49 binh sĩ Armenia và 50 binh sĩ Azerbaijan đã thiệt mạng") == [
        ("killed", 49, "exact"), ("killed", 50, "exact")]
    # each side's count, of people of two kinds, in digits or in words
    for text in ("3 binh sĩ Israel và 1 cảnh sát Ai Cập đã thiệt mạng",
                 "ba binh sĩ Israel và một cảnh sát Ai Cập đã thiệt mạng"):
        assert [(f.number, f.modifier) for f in find_figures(text)] == [(3, "Israel"), (1, "Ai Cập")], text
    # not parts of a total, nor people of two kinds whatever capitals follow them
    assert _figs("Ít nhất 25 người đã thiệt mạng, trong đó 20 dân thường Palestine và 5 binh sĩ Israel đã thiệt mạng") \
        == [("killed", 25, "at_least")]
    assert _figs("11 dân thường Hồi giáo và 1 binh sĩ Chính phủ đã thiệt mạng") == []


def test_figures_take_the_side_named_after_the_verb_or_the_figure_they_follow():
    x = extract_article(article(
        "Người phát ngôn Zabihullah Mujahid cho biết 58 binh sĩ Pakistan đã thiệt mạng và 30 người bị thương.",
        "Giao tranh khiến ít nhất 12 người thiệt mạng ở phía Thái Lan, phần lớn là dân thường."))
    assert [(f.number, f.party) for f in x.figures] == [(58, "pakistan"), (30, "pakistan"), (12, "thai-lan")]


def test_losses_inflicted_are_not_the_speakers_own():
    x = extract_article(article("Quân đội Pakistan cho biết đã tiêu diệt hơn 200 tay súng Taliban, "
                                "trong khi Armenia cho biết họ mất 50 người."))
    assert [(f.kind, f.number, f.qualifier, f.party) for f in x.figures] == [
        ("killed", 200, "more_than", "taliban"), ("killed", 50, "exact", "armenia")]
    x = extract_article(article("Ngày 13/9, Bộ Quốc phòng Armenia xác nhận 6 quân nhân Armenia đã bị lực lượng "
                                "Azerbaijan bao vây và bắt giữ. Hai bên đụng độ, 3 binh sĩ Armenia đã bắt giữ 2 người."))
    # the soldiers who capture are not captured; the 2 people they capture are
    assert [(f.kind, f.number, f.party) for f in x.figures] == [("captured", 6, "armenia"), ("captured", 2, None)]
    # "bị" inside "trang bị" is no passive; "do Armenia điều tới" names the soldiers' own side
    x = extract_article(article("Ngày 13/9, 30 binh sĩ Israel được trang bị kính nhìn đêm đã bắt sống 2 tay súng Hamas.",
                                "Ngày 13/9, 12 binh sĩ do Armenia điều tới Nagorno-Karabakh đã thiệt mạng."))
    assert [(f.kind, f.number, f.party) for f in x.figures] == [("captured", 2, "hamas"), ("killed", 12, "armenia")]
    x = extract_article(article("Truyền thông nhà nước Djibouti đưa tin nước này đã bắt giữ 100 tù binh Eritrea."))
    assert [(f.kind, f.number, f.party, f.reported_by) for f in x.figures] == [("captured", 100, "eritrea", "djibouti")]


def test_a_side_reported_through_an_organ_or_a_topic_phrase():
    x = extract_article(article(
        "Theo Bộ Y tế công cộng Thái Lan, hơn 138.000 người dân đã được sơ tán.",
        "Phía Ấn Độ, quân đội nước này cho biết 15 dân thường thiệt mạng và 43 người bị thương.",
        published=dt.date(2025, 7, 26)))
    assert [(f.number, f.party, f.reported_by) for f in x.figures] == [
        (138000, "thai-lan", "thai-lan"), (15, "an-do", "an-do"), (43, "an-do", "an-do")]


# ---------------------------------------------------------------- events and their dates

def test_the_event_date_is_not_the_day_it_was_reported():
    x = extract_article(article("Quân đội Ấn Độ ngày 16/6 xác nhận 20 binh sĩ nước này đã thiệt mạng trong cuộc "
                                "đụng độ với binh sĩ Trung Quốc đêm 15/6.", published=dt.date(2020, 6, 18)))
    (e,) = x.events
    assert str(e.date.start) == "2020-06-15"


def test_a_day_inside_the_attribution_of_a_toll_is_the_day_of_the_report():
    x = extract_article(article("Israel bắt đầu không kích Iran từ rạng sáng 13/6.",
                                "Theo bản tin của Văn phòng Thủ tướng Israel ngày 16/6, các đợt tấn công tên lửa "
                                "của Iran đã làm 24 người thiệt mạng.",
                                # a time zone is no source
                                "Khoảng 0h05 theo giờ địa phương ngày 14/6, lực lượng Israel tiếp tục không kích.",
                                published=dt.date(2025, 6, 17)))
    assert [str(e.date.start) if e.date else None for e in x.events] == ["2025-06-13", None, "2025-06-14"]


def test_an_explosion_is_an_event_and_a_named_cause_keeps_its_mode():
    x = extract_article(article("Hàng nghìn máy nhắn tin đồng loạt phát nổ trên khắp Lebanon chiều 17/9.",
                                "Ngày 16/9, một vụ nổ mìn làm hai binh sĩ bị thương.",
                                published=dt.date(2024, 9, 18)))
    assert [(e.modes, str(e.date.start)) for e in x.events] == [(("explosion",), "2024-09-17"),
                                                               (("mines",), "2024-09-16")]


def test_troops_crossing_into_the_other_sides_territory_are_an_incursion():
    x = extract_article(article("Tối 12/5, ông Pashinyan cho biết binh sĩ Azerbaijan đã vượt biên giới quốc gia, "
                                "tiến sâu 3,5 km vào tỉnh Syunik.", published=dt.date(2021, 5, 15)))
    assert [(e.modes, str(e.date.start), e.actors) for e in x.events] == [(("incursion",), "2021-05-12", ("azerbaijan",))]


def test_aircraft_flying_into_the_other_sides_airspace_are_an_event_not_a_denial_nor_a_civil_flight():
    x = extract_article(article("Ba tiêm kích MiG-31 của Nga bay vào không phận Estonia hôm 19/9.",
                                "Một quan chức Thổ Nhĩ Kỳ khẳng định các máy bay không xâm phạm không phận Syria.",
                                "Máy bay Nga không hề xâm phạm không phận Thổ Nhĩ Kỳ hôm 19/9.",
                                "Ngày 19/9, nhiều hãng hàng không châu Âu tránh bay vào không phận Iran.",
                                "Chuyến bay sơ tán được phép bay vào không phận Jordan hôm 19/9.",
                                "Hai máy bay trinh sát Nga trong chuyến bay tuần tra đã xâm phạm không phận Nhật Bản hôm 18/9.",
                                published=dt.date(2025, 9, 20)))
    assert [(e.modes, str(e.date.start)) for e in x.events] == [(("airspace",), "2025-09-19"), (("airspace",), "2025-09-18")]


def test_civilians_crossing_a_border_are_no_incursion():
    x = extract_article(article("Ngày 27/2, hàng chục nghìn người tị nạn Ukraine đã vượt biên giới sang Ba Lan.",
                                published=dt.date(2022, 2, 28)))
    assert x.events == ()


def test_an_agreement_violated_is_no_agreement_made():
    x = extract_article(article("Ngày 20/5, Nhà Trắng ra tuyên bố gọi vụ việc là hành động gây hấn, vi phạm Hiệp định "
                                "đình chiến.", "Ngày 21/5, hai bên đã ký thỏa thuận ngừng bắn.",
                                published=dt.date(2010, 5, 26)))
    assert [(e.category, str(e.date.start)) for e in x.events] == [("AGREE", "2010-05-21")]


def test_violence_that_did_not_happen_is_no_event():
    x = extract_article(article("Ngày 13/9, công binh tìm thấy 3 quả lựu đạn chưa phát nổ gần biên giới Armenia.",
                                "Ngày 14/9, cảnh sát Lebanon đã ngăn chặn một vụ nổ tại Beirut.",
                                "Ngày 14/9, Israel khẳng định không tấn công Lebanon."))
    assert x.events == ()


def test_the_day_a_figure_was_announced_does_not_date_the_attack():
    x = extract_article(article("Số binh sĩ Mỹ bị chấn thương sau vụ Iran tấn công tên lửa vào căn cứ Ain al-Asad đã tăng "
                                "lên 50 người, từ con số 34 được công bố hồi cuối tuần trước.", published=dt.date(2020, 1, 29)))
    assert [e.date for e in x.events] == [None]


def test_an_attack_a_statement_condemns_is_no_news_of_fighting_even_after_a_quotation_mark():
    x = extract_article(article("Người phát ngôn Adrienne Watson hôm 31/1 tuyên bố Washington “cực lực lên án” vụ tấn công "
                                "khủng bố.", published=dt.date(2023, 2, 3)))
    assert x.events == ()


def test_what_an_act_is_for_is_no_fighting():
    x = extract_article(article("Theo thỏa thuận đạt được tại Geneva ngày 9/9, Nga và Mỹ sẽ lập một trung tâm phối hợp chung "
                                "để cùng không kích phiến quân IS.", published=dt.date(2016, 9, 22)))
    assert [e.category for e in x.events] == []


def test_comparisons_and_earlier_events_do_not_date_the_fighting():
    x = extract_article(article(
        "Ngày 13/9, giao tranh nổ ra ở biên giới.",
        "Đây là cuộc đụng độ nghiêm trọng nhất kể từ năm 2011.",
        "Kabul cho rằng các cuộc tấn công là để đáp trả những vụ không kích hôm 9/9."))
    assert [str(e.date.start) if e.date else None for e in x.events] == ["2022-09-13", None, None]


def test_history_told_with_a_past_date_is_background_not_an_incident():
    x = extract_article(article(
        "Căng thẳng đã leo thang kể từ ngày 28/5, khi một binh sĩ thiệt mạng trong một vụ đấu súng ngắn.",
        published=dt.date(2025, 7, 25)))
    assert x.events == () and x.figures == ()
    assert x.background


def test_a_past_clash_disclosed_now_is_still_reported():
    x = extract_article(article("Trung Quốc ngày 19/2 lần đầu tiên công bố 4 quân nhân nước này đã thiệt mạng trong "
                                "cuộc đụng độ với binh sĩ Ấn Độ hồi tháng 6 năm ngoái.", published=dt.date(2021, 2, 20)))
    (e,) = x.events
    assert (str(e.date.start), e.date.precision) == ("2020-06-01", "month")
    assert [(f.number, f.party) for f in x.figures] == [(4, "trung-quoc")]


def test_a_ceasefire_after_days_of_fighting_spans_them():
    x = extract_article(article("Hai nước ngày 28/7 đã nhất trí ngừng bắn, sau 5 ngày giao tranh ác liệt.",
                                published=dt.date(2025, 7, 29)))
    (e,) = x.events
    assert (e.category, str(e.date.start), str(e.date.end)) == ("AGREE", "2025-07-24", "2025-07-28")


def test_a_toll_over_days_of_fighting_spans_them_up_to_the_ceasefire():
    def spans(*paragraphs, published=dt.date(2025, 6, 25)):
        x = extract_article(article(*paragraphs, published=published))
        return [(str(e.date.start), str(e.date.end)) for e in x.events if e.date and e.date.precision == "span"]
    toll = "Bộ Y tế Iran cho biết 610 người đã thiệt mạng tại Iran trong 12 ngày giao tranh."
    assert spans("Lệnh ngừng bắn có hiệu lực từ rạng sáng 24/6. Hôm 20/6, Iran phóng tên lửa vào Beersheba.",
                 toll) == [("2025-06-13", "2025-06-24")]
    assert spans("Lệnh ngừng bắn có hiệu lực từ rạng sáng 24/6.", toll.replace("Bộ Y tế", "Trong 12 ngày giao tranh, Bộ Y tế")
                 .replace(" trong 12 ngày giao tranh", "")) == [("2025-06-13", "2025-06-24")]
    # no ceasefire before it: the day the war began, a later news day or a ceasefire to come end nothing
    assert spans("Xung đột bùng phát hôm 13/6 khi Israel tấn công Iran.", toll, published=dt.date(2025, 6, 21)) == []
    assert spans("Ngày 5/9, Iran treo cổ một người.", toll, published=dt.date(2025, 9, 6)) == []
    assert spans("Lệnh ngừng bắn sẽ có hiệu lực từ ngày 30/6.", toll, published=dt.date(2025, 6, 21)) == []
    # the first days of the fighting are not the days up to then; a day of its own is not spanned
    for first in ("trong ba ngày đầu giao tranh", "trong hai ngày giao tranh đầu tiên"):
        assert spans("Lệnh ngừng bắn có hiệu lực từ rạng sáng 24/6.", f"Ít nhất 100 người thiệt mạng {first}.") == []
    assert spans("Ngày 20/6, Israel không kích Tehran, đợt tấn công lớn nhất trong 8 ngày giao tranh.") == []
    # the day a toll was reported need not be the fighting's last
    assert spans("Ngày 24/6, Bộ Y tế Iran cho biết 610 người đã thiệt mạng tại Iran trong 12 ngày giao tranh.") == []
    # a ceasefire of other sides ends no fighting of these
    assert spans("Ngày 24/6, Thái Lan và Campuchia đồng ý ngừng bắn.",
                 "Tại Gaza, 300 người thiệt mạng trong 5 ngày giao tranh giữa Israel và Hamas.") == []
    assert spans("Lệnh ngừng bắn có hiệu lực từ rạng sáng 24/6.", "Hơn 600 người thiệt mạng trong 1000000 ngày giao tranh.") == []


def test_a_casualty_before_the_first_day_of_fighting_is_a_precursor():
    x = extract_article(article("Ngày 24/7, giao tranh nổ ra giữa Thái Lan và Campuchia.",
                                "Ngày 23/7, 5 binh sĩ Thái Lan bị thương do mìn.", published=dt.date(2025, 7, 25)))
    assert x.figures == ()
    assert any("mìn" in c.text for c in x.background)


# ---------------------------------------------------------------- statements

def _said(*paragraphs, published=dt.date(2022, 9, 14)):
    x = extract_article(article(*paragraphs, published=published))
    return [(s.actor, s.stance, str(s.date.start) if s.date else None) for s in x.statements]


def test_a_meeting_named_as_a_noun_has_no_speaker():
    said = _said("Ngày 13/9, người phát ngôn Bộ Ngoại giao Mỹ Matthew Miller cho biết Mỹ đang liên lạc với Israel. Theo "
                 "ông Miller, nếu Israel cố ý nhắm vào một cuộc họp như vậy thì điều đó là “không thể chấp nhận”.")
    # "một cuộc họp" is what Israel struck, not Israel speaking: the condemnation is the one the sentence cites
    assert [(k, st) for k, st, _ in said] == [("person:miller", ("condemn",))]   # one person, resolved in merge


def test_the_principal_not_the_spokesman_holds_the_call():
    said = _said("Cùng ngày, Tổng thư ký Liên Hợp Quốc Antonio Guterres kêu gọi hai bên \"kiềm chế tối đa\", "
                 "Phó phát ngôn viên Liên Hợp Quốc Farhan Haq cho biết.")
    assert said == [("person:antonio-guterres", ("call_restraint",), None)]


def test_each_cue_belongs_to_the_subject_of_its_verb():
    said = _said("Bộ Ngoại giao Qatar cho biết thỏa thuận đạt được trong cuộc đàm phán do Qatar và Thổ Nhĩ Kỳ làm trung gian.")
    assert said == [("qatar", ("meeting", "mediation"), None), ("tho-nhi-ky", ("mediation",), None)]


def test_welcoming_a_ceasefire_is_support_not_a_call():
    said = _said("Tổng thư ký Liên Hợp Quốc Antonio Guterres hoan nghênh thỏa thuận ngừng bắn và bày tỏ hy vọng "
                 "thỏa thuận sẽ góp phần tạo nên hòa bình lâu dài.")
    assert said == [("person:antonio-guterres", ("support",), None)]


def test_an_undated_statement_takes_the_day_of_its_paragraph():
    said = _said("Ngày 13/9, Bộ Ngoại giao Nga kêu gọi kiềm chế. Mỹ cũng kêu gọi hai bên đối thoại.")
    assert said == [("nga", ("call_restraint",), "2022-09-13"), ("my", ("call_dialogue",), "2022-09-13")]


def test_a_day_of_what_is_spoken_of_is_not_the_day_of_the_speech():
    said = _said("Tại cuộc họp ngày 13/9, NATO lên án Nga. Ngoại trưởng Mỹ kêu gọi Nga thực hiện thỏa thuận "
                 "ngừng bắn mà hai bên đã ký hôm 10/9. Ông Ban Ki-moon điện đàm với ông Kiir hôm 12/9.")
    assert [date for _, _, date in said] == ["2022-09-13", "2022-09-13", "2022-09-12"]
    for text in ("Nga lên án vụ tấn công mà Azerbaijan đã tiến hành, trong tuyên bố ngày 13/9.",
                 "Nga lên án vụ tấn công và đã điện đàm với Armenia hôm 13/9.",
                 "Pháp lên án các vụ pháo kích đã xảy ra ngày 10/9, Bộ Ngoại giao Pháp cho biết trong thông cáo hôm 13/9."):
        said = _said("Ngày 11/9, hai nước họp. " + text)
        assert said[-1][2] == "2022-09-13", text


def test_avoiding_any_escalation_is_a_call_for_restraint():
    said = _said("Ngày 13/9, Tổng thống Pháp François Hollande nhấn mạnh cần tránh mọi sự leo thang căng thẳng.")
    assert said == [("person:francois-hollande", ("call_restraint",), "2022-09-13")]
    # ... "making" it escalate, or letting the war spread
    for text in ("Ngày 13/9, Trung Quốc kêu gọi các bên tránh làm leo thang căng thẳng.",
                 "Ngày 13/9, Trung Quốc kêu gọi không để chiến tranh lan rộng ra khu vực."):
        assert [st for _, st, _ in _said(text)] == [("call_restraint",)], text


def test_settling_differences_is_a_call_for_dialogue():
    said = _said("Ngày 13/9, Mỹ kêu gọi hai nước láng giềng giải quyết bất đồng.")
    assert said == [("my", ("call_dialogue",), "2022-09-13")]


def test_sanctions_imposed_are_a_reaction_but_a_threat_of_punishment_is_not():
    said = _said("Ngày 13/9, Tổng thống Mỹ Donald Trump ký sắc lệnh trừng phạt Bộ Quốc phòng Thổ Nhĩ Kỳ.",
                 "Ngày 13/9, ông Khamenei tuyên bố chế độ tà ác sẽ bị trừng phạt.")
    assert said == [("person:donald-trump", ("other",), "2022-09-13")]
    for text in ("Ngày 13/9, Nga kêu gọi Mỹ dỡ bỏ lệnh trừng phạt.",
                 "Ngày 13/9, Mỹ cảnh báo có thể áp đặt lệnh trừng phạt nếu Nga tấn công.",
                 "Ngày 13/9, Pháp cho biết EU không có kế hoạch áp lệnh cấm vận vũ khí.",
                 "Ngày 13/9, Nga khẳng định việc Azerbaijan triển khai quân không vi phạm luật pháp quốc tế.",
                 "Ngày 13/9, Mỹ yêu cầu công dân rút khỏi Armenia.",
                 "Ngày 13/9, Tổng thống Nga chưa có kế hoạch điện đàm với Tổng thống Azerbaijan.",
                 "Ngày 13/9, “Chưa có kế hoạch điện đàm giữa hai Tổng thống”, người phát ngôn Điện Kremlin nói.",
                 "Ngày 13/9, Nga chưa có kế hoạch nào về một cuộc điện đàm với Azerbaijan."):
        assert _said(text) == [], text
    assert _said("Ngày 13/9, Phó đại sứ Mỹ cho rằng lệnh cấm vận cần được áp đặt.") == [("my", ("other",), "2022-09-13")]


def test_demanding_a_withdrawal_or_an_end_to_bombing_is_a_call_and_a_violation_of_the_law_condemned():
    said = _said("Ngày 13/9, Bộ Ngoại giao Pháp yêu cầu Israel rút quân khỏi vùng đệm.",
                 "Ngày 13/9, Đặc phái viên LHQ về Syria Geir Pedersen kêu gọi Israel ngừng các cuộc ném bom.",
                 "Ngày 13/9, Ả Rập Xê Út cho rằng Israel tiếp tục vi phạm luật pháp quốc tế.")
    assert [(actor, stance) for actor, stance, _ in said] == [
        ("phap", ("call_ceasefire",)), ("person:geir-pedersen", ("call_ceasefire",)), ("saudi-arabia", ("condemn",))]


def test_a_council_referred_back_to_demands_in_a_resolution():
    said = _said("Ngày 13/9, Hội đồng Bảo an Liên Hợp Quốc lên án giao tranh. Trước đó, tối 12/9, Hội đồng đã ra "
                 "nghị quyết đòi chấm dứt giao tranh ngay lập tức.")
    assert said == [("hoi-dong-bao-an-lien-hop-quoc", ("condemn",), "2022-09-13"),
                    ("hoi-dong-bao-an-lien-hop-quoc", ("call_ceasefire",), "2022-09-12")]


def test_a_meeting_held_somewhere_shared_grief_access_asked_and_blame_for_a_massacre_are_statements():
    said = _said("Ngày 13/9, ngoại trưởng các nước EU họp tại Brussels đã nhất trí mở rộng trừng phạt.",
                 "Ngày 13/9, Tổng thống Ukraine Volodymyr Zelensky viết rằng ông “chia sẻ nỗi đau” của người dân.")
    assert said == [("lien-minh-chau-au", ("meeting",), "2022-09-13"),
                    ("person:volodymyr-zelensky", ("condolence",), "2022-09-13")]
    # ... condolences planned or possible are none yet
    assert _said("Ngày 13/9, Tổng thống Mỹ Joe Biden dự kiến sẽ gửi lời chia buồn tới gia đình các nạn nhân.") == []
    said = _said("Ngày 13/9, ICRC cho biết đã đề nghị được tiếp cận trại giam.")
    assert said == [("uy-ban-chu-thap-do-quoc-te", ("mission",), "2022-09-13")]
    said = _said("Ngày 13/9, Tổng thống Pháp François Hollande cáo buộc chính quyền Assad đứng sau “vụ thảm sát”.")
    assert said == [("person:francois-hollande", ("condemn",), "2022-09-13")]
    # not access refused or to information, nor an accusation doubted
    for text in ("Ngày 13/9, Israel từ chối đề nghị được tiếp cận Gaza của các nhà báo.",
                 "Ngày 13/9, Ngoại trưởng Mỹ Antony Blinken yêu cầu được tiếp cận thông tin tình báo.",
                 "Ngày 13/9, Trung Quốc cho rằng không có bằng chứng cho cáo buộc Triều Tiên đứng sau vụ tấn công."):
        assert _said(text) == [], text


def test_a_meeting_named_with_its_host_is_the_hosts():
    said = _said("Tại cuộc họp khẩn của Hội đồng Bảo an Liên Hợp Quốc ngày 13/9, Đại sứ Mỹ Nikki Haley lên án Nga.",
                 "Phiên họp của NATO ngày 13/9 kết thúc, Tổng thư ký Jens Stoltenberg kêu gọi kiềm chế.")
    assert said == [("hoi-dong-bao-an-lien-hop-quoc", ("meeting",), "2022-09-13"),
                    ("person:nikki-haley", ("condemn",), "2022-09-13"),
                    ("nato", ("meeting",), "2022-09-13"),
                    ("person:jens-stoltenberg", ("call_restraint",), "2022-09-13")]
    said = _said("Ngày 13/9, cuộc gặp do ông Gonsalves và Thủ tướng Dominica Roosevelt Skerrit tổ chức kết thúc.",
                 "Tại phiên họp của Hội đồng Bảo an ngày 13/9, Pháp và Anh đều lên án Rwanda.")
    assert sorted((actor, stance) for actor, stance, _ in said) == [
        ("anh", ("condemn",)), ("hoi-dong-bao-an-lien-hop-quoc", ("meeting",)),
        ("person:gonsalves", ("meeting",)), ("person:roosevelt-skerrit", ("meeting",)), ("phap", ("condemn",))]


def test_every_name_of_a_list_of_subjects_speaks():
    said = _said("Ngày 13/9, Mỹ, Pháp, Đức và Anh ra tuyên bố chung kêu gọi kiềm chế.")
    assert sorted(actor for actor, _, _ in said) == ["anh", "duc", "my", "phap"]
    said = _said("Tại phiên họp của Hội đồng Bảo an ngày 13/9, Mỹ và Anh lên án Nga.")
    assert sorted(actor for actor, _, _ in said) == ["anh", "hoi-dong-bao-an-lien-hop-quoc", "my"]


def test_two_subjects_joined_by_and_both_speak_after_an_apposition_describing_them():
    said = _said("Ngược lại, Nga và Trung Quốc, hai nước đang tìm cách kéo Tashkent lại gần hơn, đã lên tiếng ủng hộ "
                 "chính quyền ông Karimov.")
    assert sorted(actor for actor, _, _ in said) == ["nga", "trung-quoc"]


def test_a_list_of_subjects_opening_the_sentence_titled_or_after_a_place():
    assert sorted(a for a, _, _ in _said("Nga, Trung Quốc và Liên Hợp Quốc đồng loạt lên án vụ tấn công.")) == [
        "lien-hop-quoc", "nga", "trung-quoc"]
    assert sorted(a for a, _, _ in _said("Tại Geneva, Thụy Sĩ, Nga và Mỹ kêu gọi ngừng bắn.")) == ["my", "nga"]
    said = _said("Ngày 13/9, Tổng thống Mỹ Joe Biden, Thủ tướng Anh Rishi Sunak và Tổng thống Pháp Emmanuel Macron "
                 "ra tuyên bố chung kêu gọi kiềm chế.")
    assert sorted(a for a, _, _ in said) == ["person:emmanuel-macron", "person:joe-biden", "person:rishi-sunak"]


def test_disproportionate_force_is_condemned_and_horror_is_concern():
    said = _said("Ngày 13/9, Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan cho rằng Mỹ và Anh sử dụng vũ lực “không tương xứng”.",
                 "Cao ủy Nhân quyền LHQ Volker Türk hôm 13/9 cho biết ông “kinh hoàng” trước vụ việc.")
    assert [(actor, stance) for actor, stance, _ in said] == [
        ("person:recep-tayyip-erdogan", ("condemn",)), ("person:volker-turk", ("concern",))]


def test_calling_a_leader_a_war_criminal_condemns():
    said = _said("Cũng trong ngày 16/3, khi được phóng viên hỏi tại Nhà Trắng, Tổng thống Mỹ Joe Biden lần đầu tiên gọi người "
                 "đồng cấp Nga Vladimir Putin là “tội phạm chiến tranh”. Vài giờ trước đó, ông công bố gói viện trợ an ninh "
                 "bổ sung cho Ukraine.", published=dt.date(2022, 3, 17))
    assert [(actor, stance) for actor, stance, _ in said][0] == ("person:joe-biden", ("condemn",))


def test_a_titled_speaker_and_another_joined_by_and_both_speak_whatever_the_title_holds():
    said = _said("Ngày 2/3, Đại diện cấp cao phụ trách chính sách đối ngoại và an ninh của Liên minh châu Âu (EU) Catherine "
                 "Ashton và Bộ Ngoại giao Đức ra tuyên bố lên án vụ việc.", published=dt.date(2014, 3, 4))
    assert sorted(actor for actor, _, _ in said) == ["duc", "person:catherine-ashton"]
    said = _said("Người phát ngôn Bộ Ngoại giao Mỹ Ned Price và Bộ Ngoại giao Đức ra tuyên bố lên án vụ việc.")
    assert sorted(actor for actor, _, _ in said) == ["duc", "person:ned-price"]


def test_the_one_asked_to_act_has_not_acted():
    said = _said("Ông Hun Manet đã gửi thư đề nghị Hội đồng Bảo an Liên Hợp Quốc triệu tập một cuộc họp khẩn.")
    assert [a for a, _, _ in said] == ["person:hun-manet"]


def test_a_name_that_looks_like_a_misspelt_state_is_still_a_name():
    # "Polad" is one letter from "Poland"; a misspelt state in a title is followed by a full name
    assert _people("trong đó có Thiếu tướng Polad Hashimov.") == {"Polad Hashimov": ("Thiếu tướng", None)}
    assert _people("Tổng thống Azerbaija Ilham Aliyev nói")["Ilham Aliyev"][1] == "azerbaijan"


def test_fighting_dated_by_since_when_it_broke_out_is_current():
    x = extract_article(article("Bộ Quốc phòng Azerbaijan ngày 14/7 xác nhận 11 quân nhân nước này đã thiệt mạng "
                                "kể từ khi xung đột nổ ra hôm 12/7.", published=dt.date(2020, 7, 15)))
    (e,) = x.events
    assert str(e.date.start) == "2020-07-12"


def test_a_figure_after_sau_khi_belongs_to_the_event_before():
    x = extract_article(article(
        "Bộ Quốc phòng Armenia ngày 13/2 thông báo 4 binh sĩ nước này đã thiệt mạng khi lực lượng Azerbaijan nổ súng.",
        "Azerbaijan cho biết đã tiến hành chiến dịch trả đũa sau khi một binh sĩ Azerbaijan bị thương do trúng đạn "
        "bắn tỉa một ngày trước đó.", published=dt.date(2024, 2, 14)))
    assert [(f.number, f.party) for f in x.figures] == [(4, "armenia")]


def test_inside_a_quotation_a_named_subject_holds_its_own_clause():
    said = _said("“Cả Ấn Độ và Trung Quốc đều đã bày tỏ mong muốn giảm leo thang, và chúng tôi ủng hộ một giải pháp "
                 "hòa bình”, người phát ngôn Bộ Ngoại giao Mỹ nói.")
    assert ("my", ("call_dialogue",), None) in said
    assert not any(a == "my" and "call_restraint" in st for a, st, _ in said)


def test_asking_for_talks_is_a_call_not_a_meeting_and_a_purpose_is_a_call():
    assert _said("Liên minh châu Âu cũng hối thúc Baku và Yerevan tiếp tục các cuộc đàm phán hòa bình.") == [
        ("lien-minh-chau-au", ("call_dialogue",), None)]
    said = _said("Tổng thống Mỹ Donald Trump cho biết ông đã điện đàm với lãnh đạo hai nước và họ \"đã đồng ý gặp nhau "
                 "ngay lập tức để nhanh chóng đạt được lệnh ngừng bắn\".")
    assert said == [("person:donald-trump", ("meeting", "mediation", "call_ceasefire"), None)]


def test_threats_and_taking_sides_are_stances():
    said = _said("Bộ trưởng Quốc phòng Thổ Nhĩ Kỳ Hulusi Akar cho rằng Armenia \"sẽ phải trả giá\". Tổng thống Thổ Nhĩ Kỳ "
                 "Recep Tayyip Erdogan khẳng định Ankara sẽ đứng về phía Azerbaijan.")
    assert said == [("person:hulusi-akar", ("condemn",), None), ("person:recep-tayyip-erdogan", ("support",), None)]


def test_standing_by_a_partys_defence_and_asking_for_talks_are_stances():
    said = _said("Nhà Trắng khẳng định Washington cam kết vững chắc bảo vệ đồng minh Hàn Quốc. Ngoại trưởng Pháp "
                 "cho rằng Israel có quyền tự vệ. Người phát ngôn Bộ Ngoại giao Mỹ Matthew Miller tái khẳng định "
                 "Điều IV của Hiệp ước Phòng thủ chung áp dụng. Cố vấn Jake Sullivan khẳng định Washington tiếp "
                 "tục hỗ trợ Chính phủ Liên bang Somalia.")
    assert [stance for _, stance, _ in said] == [("support",)] * 4
    said = _said("Người phát ngôn Bộ Ngoại giao Nga Maria Zakharova nhấn mạnh hai bên cần giải quyết tranh chấp bằng "
                 "các biện pháp chính trị - ngoại giao. Tổng thư ký Antonio Guterres nhấn mạnh sự cần thiết của một "
                 "giải pháp chính trị.")
    assert [stance for _, stance, _ in said] == [("call_dialogue",)] * 2
    # talks told, not asked for; a commitment that is no one's defence
    said = _said("Tổng thống Thái Lan tái khẳng định cam kết giải quyết hòa bình và cho biết hai bên đã đàm phán.")
    assert all("support" not in stance and "call_dialogue" not in stance for _, stance, _ in said)


def test_calls_to_stop_the_fighting_in_other_words_are_calls_for_a_ceasefire():
    said = _said("Ông Borrell khẳng định “các cuộc tấn công này phải chấm dứt ngay lập tức”. Bà Ortagus kêu gọi chấm "
                 "dứt ngay lập tức “cuộc tấn công đáng khinh bỉ” của Nga. Ông Guterres kêu gọi quân đội chấm dứt chiến "
                 "dịch bạo lực. Giáo hoàng Francis kêu gọi các bên hạ vũ khí. Bộ Ngoại giao Thổ Nhĩ Kỳ kêu gọi im tiếng súng. "
                 "Ông Guterres kêu gọi Nga “chấm dứt vòng xoáy bạo lực”. “Việc sử dụng vũ khí phải dừng lại ngay bây giờ”, "
                 "Chủ tịch Ủy ban châu Âu Ursula von der Leyen nhấn mạnh.")
    assert [stance for _, stance, _ in said] == [("call_ceasefire",), ("call_ceasefire", "condemn")] + [("call_ceasefire",)] * 5
    # fighting told, not asked to stop
    assert _said("Ngoại trưởng Pháp cho biết cuộc tấn công buộc phải dừng lại do thời tiết xấu.") == []
    assert _said("Bộ Quốc phòng Nga cho biết các cuộc không kích đã phải ngừng lại vì thời tiết.") == []
    assert _said("Bộ Quốc phòng Nga yêu cầu các binh sĩ Ukraine hạ vũ khí và đầu hàng.") == []
    # arms sold or sent, not used
    assert _said("Ngày 13/9, Ngoại trưởng Tây Ban Nha cho biết việc bán vũ khí cho Israel phải chấm dứt.") == []


def test_help_pledged_to_a_state_by_name_is_support():
    for text in ("Cùng ngày, Tổng thống Mỹ Barack Obama cho biết Washington sẵn sàng hỗ trợ Pháp trong cuộc điều tra.",
                 "Cùng ngày, người phát ngôn John Kirby khẳng định Mỹ sẽ tiếp tục giúp Ukraine tự vệ.",
                 "Cùng ngày, lãnh đạo G7 cam kết hỗ trợ Ukraine chừng nào còn cần thiết.",
                 # of a kind named
                 "Ông Borrell cho biết EU sẽ tăng cường hỗ trợ quân sự cho Ukraine."):
        assert [st for _, st, _ in _said(text)] == [("support",)], text
    # ... or agreed to
    assert _said("Ngày 12/1, Thủ tướng Anh David Cameron nhất trí hỗ trợ quân sự về hậu cần cho Pháp, song khẳng định "
                 "sẽ không có binh sĩ Anh tham chiến.", published=dt.date(2013, 1, 16)) == [
        ("person:david-cameron", ("support",), "2013-01-12")]
    # (help agreed to for talks is no support of a party)
    assert _said("Ngày 13/9, Ai Cập cho biết Cairo đồng ý giúp Hamas và Israel nối lại đàm phán.") == []
    # ... not help for no one named ("nhân dân", "nhân đạo")
    assert _said("Cùng ngày, Liên Hợp Quốc cho biết sẽ tiếp tục hỗ trợ nhân đạo cho người dân.") == []
    # ... nor help another gives, that the speaker warns against, accuses, demands stopped, denies or condemns
    for text in ("Cùng ngày, Nga cảnh báo phương Tây không nên tiếp tục hỗ trợ Ukraine.",
                 "Cùng ngày, Israel cáo buộc Iran tiếp tục hỗ trợ Hamas.",
                 "Cùng ngày, Trung Quốc bác bỏ cáo buộc tiếp tục giúp Nga.",
                 "Cùng ngày, Iran lên án việc Mỹ tiếp tục hỗ trợ Israel."):
        assert all("support" not in st for _, st, _ in _said(text)), text


def test_a_right_rejected_help_stopped_and_a_denied_breach_take_no_side():
    for text in ("Iran bác bỏ lập luận về quyền tự vệ của Israel.", "Nga yêu cầu Mỹ ngừng hỗ trợ chính phủ Kiev.",
                 "Chính phủ Congo cáo buộc phiến quân M23 được hỗ trợ bởi chính phủ Rwanda.",
                 "Liên Hợp Quốc tiếp tục hỗ trợ nhân dân Gaza bằng lương thực.",
                 "Israel cam kết bảo vệ thường dân trong chiến dịch.",
                 "Nga phủ nhận vi phạm các nghị quyết của Liên Hợp Quốc.",
                 "Ngoại trưởng Nga Sergei Lavrov từ chối trao đổi trực tiếp với báo chí.",
                 "Ngoại trưởng Nga Sergei Lavrov nói rằng rút lui không phải là hèn nhát.",
                 "Liên Hợp Quốc cảnh báo vụ việc có thể cấu thành hành động tội ác chiến tranh.",
                 "Mỹ cho rằng không có gì đáng hổ thẹn khi hỗ trợ Israel.",
                 "Nga bác bỏ cáo buộc cho rằng đây là hành động tội ác."):
        assert _said(text) == [], text
    # a possible meeting is another clause's
    assert [s for _, s, _ in _said("Mỹ đã làm mọi điều có thể và đã điện đàm với Thủ tướng Israel.")] == [("meeting",)]


def test_a_talk_in_person_a_breach_of_resolutions_and_a_positive_outcome_are_stances():
    said = _said("Tối 8/8, Tổng thống Mỹ George W. Bush đã trao đổi trực tiếp với ông Putin về tình hình. Tổng thư ký "
                 "NATO Jaap de Hoop Scheffer bác bỏ quyết định này, khẳng định nó vi phạm trực tiếp nhiều nghị quyết "
                 "của Hội đồng Bảo an. Bộ Ngoại giao Trung Quốc cho rằng thỏa thuận là kết quả tích cực.",
                 published=dt.date(2008, 8, 27))
    assert [(who, stance) for who, stance, _ in said] == [
        ("person:george-w-bush", ("meeting",)), ("person:jaap-de-hoop-scheffer", ("condemn",)),
        ("trung-quoc", ("support",))]
    # a mediator's "important step" is no side taken
    assert _said("Ông Anwar gọi đây là “bước đi đầu tiên quan trọng”.") == []


def test_what_the_enemys_dead_are_counted_with_does_not_hide_them():
    x = extract_article(article("Ngày 28/2, Bộ Quốc phòng Thổ Nhĩ Kỳ cho biết các đòn đáp trả đã tiêu diệt 309 binh sĩ "
                                "quân đội chính phủ Syria cùng nhiều mục tiêu quân sự.", published=dt.date(2020, 2, 28)))
    assert [(f.number, f.kind, f.party) for f in x.figures] == [(309, "killed", "syria")]


def test_a_coast_guard_is_an_organ_and_he_after_a_full_stop_is_no_state():
    ms = find_mentions("Người phát ngôn Hải cảnh Trung Quốc Cam Dư đưa ra một phiên bản khác. Tay anh bị kẹt giữa "
                       "hai xuồng. Anh đã được sơ tán để điều trị. Tổng Thư ký Tổ chức các nước châu Mỹ (OAS) José "
                       "Miguel Insulza bày tỏ quan ngại.", "t", 1)
    assert [(m.key, m.role) for m in ms if m.kind == "person"] == [
        ("person:cam-du", "Người phát ngôn Hải cảnh Trung Quốc"),
        ("person:jose-miguel-insulza", "Tổng Thư ký Tổ chức các nước châu Mỹ (OAS)")]
    assert "anh" not in {m.key for m in ms}
    # Britain is Britain before "được cho là" or a passive whose agent is named
    for text in ("Anh được cho là đã cung cấp tên lửa tầm xa cho Ukraine.",
                 "Nga chỉ trích phương Tây. Anh bị Moscow cáo buộc can thiệp."):
        assert "anh" in {m.key for m in find_mentions(text, "t", 1)}


def test_a_state_office_named_without_its_state_takes_the_state_that_opens_the_sentence():
    def offices(text):
        return [(m.key, m.affiliation, m.office_state) for m in find_mentions(text, "t", 1) if m.kind == "person"]
    assert offices("JeM nhận trách nhiệm. Pakistan phủ nhận mọi liên quan và Thủ tướng Imran Khan đề nghị điều tra.") == [
        ("person:imran-khan", None, "pakistan")]
    # not an office that may serve another (an envoy, a spokesman), not across another party, not
    # without "và", and a state named with the title is the title's own
    assert offices("Pakistan phủ nhận và Đặc phái viên Tom Andrews kêu gọi điều tra.") == [
        ("person:tom-andrews", None, None)]
    assert offices("Pakistan phủ nhận, Thủ tướng Imran Khan đề nghị điều tra.") == [("person:imran-khan", None, None)]
    assert offices("Pakistan phủ nhận và Ấn Độ cáo buộc và Thủ tướng Narendra Modi lên tiếng.") == [
        ("person:narendra-modi", None, None)]
    assert offices("Nga lên án và Tổng thống Mỹ Joe Biden bác bỏ.") == [("person:joe-biden", "my", None)]
    # the state's clause says nothing: its fighting is no statement the office holder joins
    assert offices("Israel tiếp tục không kích Gaza và Tổng thống Recep Tayyip Erdogan lên án.") == [
        ("person:recep-tayyip-erdogan", None, None)]


def test_a_crowd_in_a_capitals_streets_is_not_the_state_speaking():
    assert _said("Ngày 10/11, hàng nghìn người đã đổ ra đường phố Yerevan phản đối thỏa thuận.",
                 published=dt.date(2020, 11, 11)) == []


def test_a_meeting_that_may_be_held_is_no_meeting_but_one_announced_is():
    assert _said("Một nguồn tin ngoại giao cho biết Hội đồng Bảo an có thể họp khẩn trong một hai ngày tới.") == []
    assert [s for _, s, _ in _said("Hội đồng Bảo an sẽ họp khẩn vào ngày mai.")] == [("meeting",)]


def test_a_senior_or_foreign_affairs_spokesman_is_a_titled_person():
    for text in ("Người phát ngôn đối ngoại của Liên minh châu Âu (EU) Peter Stano nhấn mạnh.",
                 "Ngày 28/5, người phát ngôn cấp cao về đối ngoại của Liên minh châu Âu (EU) Peter Stano nói.",
                 "Người phát ngôn cấp cao của EU Peter Stano nói."):
        assert [(m.key, m.affiliation) for m in find_mentions(text, "t", 1) if m.kind == "person"] == [
            ("person:peter-stano", "lien-minh-chau-au")]


def test_a_party_a_grouping_a_command_and_a_time_zone_are_nobody():
    for text in ("Tại Washington, nhiều nghị sĩ Cộng hòa hối thúc chính quyền đáp trả mạnh tay.",
                 "Dự kiến hôm nay, lãnh đạo Nhóm các nước công nghiệp phát triển (G7) sẽ họp.",
                 "Theo Bộ Chỉ huy Trung tâm Mỹ (CENTCOM), một UAV đã tấn công.",
                 "Đến sáng nay (29/1, giờ Việt Nam), các quan chức Mỹ đã nâng con số."):
        ms = find_mentions(text, "t", 1)
        assert not [m for m in ms if m.kind == "person"] and "viet-nam" not in {m.key for m in ms}, text
    # a given name that one of those phrases opens with is still a name, and "giờ" is not always a clock
    for text, person in (("Ông Trung cho biết.", "person:trung"),
                         ("Phó Tổng thống Đài Loan Liên Chiến nói.", "person:lien-chien"),
                         ("Bộ trưởng Nội vụ Phong Văn Minh nói.", "person:phong-van-minh")):
        assert [m.key for m in find_mentions(text, "t", 1) if m.kind == "person"] == [person], text
    for text in ("Bây giờ Nga đã rút quân.", "Sau 24 giờ Israel đã rút quân."):
        assert [m.kind for m in find_mentions(text, "t", 1)] == ["country"], text


def test_a_ministrys_portfolio_is_part_of_its_ministers_title():
    ms = find_mentions("Ngày 27/12, Bộ trưởng Giao thông Azerbaijan Rashad Nabiyev đã dùng cách diễn đạt tương tự.", "t", 1)
    assert [(m.key, m.role) for m in ms if m.kind == "person"] == [
        ("person:rashad-nabiyev", "Bộ trưởng Giao thông Azerbaijan")]


def test_a_states_own_armed_force_reports_that_states_losses():
    x = extract_article(article("Ngày 1/4, Lực lượng Vệ binh Cách mạng Hồi giáo Iran (IRGC) cho biết 7 thành viên đã thiệt "
                                "mạng, trong đó có một chỉ huy cấp cao của Lực lượng Quds.", published=dt.date(2024, 4, 2)))
    assert [(f.number, f.party, f.reported_by) for f in x.figures] == [(7, "iran", "ve-binh-cach-mang-hoi-giao-iran")]


def test_a_statement_the_next_sentence_says_was_made_the_same_day_takes_that_day():
    said = _said("Tổng thư ký Liên Hợp Quốc Ban Ki-moon gọi vụ việc là “sự xúc phạm về đạo đức và là một hành động tội "
                 "ác”. Cùng ngày 3/8, người phát ngôn Bộ Ngoại giao Mỹ Jen Psaki tuyên bố Washington “kinh hoàng” trước "
                 "“vụ pháo kích đáng hổ thẹn”.", published=dt.date(2014, 8, 6))
    assert said == [("person:ban-ki-moon", ("condemn",), "2014-08-03"),
                    ("person:jen-psaki", ("concern", "condemn"), "2014-08-03")]
    # "cùng ngày" alone (no date) dates nothing; a statement its own sentence places in time keeps
    # it; a sentence that states nothing dates nothing
    said = _said("Tổng thư ký Ban Ki-moon lên án vụ việc. Cùng ngày, Mỹ cũng lên án.", published=dt.date(2014, 8, 6))
    assert [d for _, _, d in said] == [None, None]
    for text in ("Trước đó, Mỹ đã lên án vụ việc. Cùng ngày 3/8, Pháp cũng lên án.",
                 "Ông Ban Ki-moon sẽ lên án vụ việc tuần tới. Cùng ngày 3/8, Pháp cũng lên án.",
                 "Mỹ lên án vụ việc. Cùng ngày 3/8, một vụ nổ xảy ra."):
        assert _said(text, published=dt.date(2014, 8, 6))[0][2] is None, text


def test_a_mission_set_up_is_a_mission_and_a_missions_own_name_is_not():
    said = _said("Liên minh châu Phi (AU) hôm qua (17/12) đã quyết định thành lập một phái bộ gồm 5.000 binh sĩ để triển "
                 "khai tới Burundi.", published=dt.date(2015, 12, 18))
    assert said == [("lien-minh-chau-phi", ("mission",), "2015-12-17")]
    for text in ("Phái bộ của Liên Hợp Quốc cho biết tình hình đã yên.",
                 "Hôm 17/12, Liên Hợp Quốc cho biết xe của một phái bộ đã trúng mìn ở Mali."):
        said = _said(text, published=dt.date(2015, 12, 18))
        assert all("mission" not in stance for _, stance, _ in said), text


def test_the_earlier_day_of_an_attack_condemned_does_not_date_the_same_day_after_it():
    said = _said("Hôm qua (17/12), Liên minh châu Phi quyết định họp khẩn. Văn bản cũng lên án các vụ tấn công nhằm vào "
                 "doanh trại quân đội ngày 11/12.", "Cùng ngày, Cao ủy Nhân quyền Zeid Ra'ad Al Hussein kêu gọi các bên "
                 "kiềm chế.", published=dt.date(2015, 12, 18))
    assert said[-1][0] == "person:zeid-ra-ad-al-hussein" and said[-1][2] == "2015-12-17"
    # a statement made the day of the attack it condemns: that day, where the story had told none later
    said = _said("Hôm 25/10, một quả bom phát nổ. Ông Guterres lên án các vụ tấn công ở Kampala hôm 16/11. Cùng ngày, "
                 "Chủ tịch Ủy ban Liên minh châu Phi Moussa Faki Mahamat cũng lên án.", published=dt.date(2021, 11, 17))
    assert said[-1][2] == "2021-11-16"


def test_the_day_a_count_runs_from_does_not_date_the_same_day_after_it():
    said = _said("Cũng trong ngày 30/10, Liên Hợp Quốc cho biết giao tranh tái diễn kể từ ngày 20/10.",
                 "Trong thông cáo chung cùng ngày, Chủ tịch Ủy ban AU Moussa Faki Mahamat bày tỏ quan ngại.",
                 published=dt.date(2022, 11, 1))
    assert said[-1][0] == "person:moussa-faki-mahamat" and said[-1][2] == "2022-10-30"
    # the day something took effect, with no day of the sentence's own before it, is the news's
    said = _said("Lệnh ngừng bắn giữa Israel và Hamas có hiệu lực kể từ ngày 13/9.",
                 "Cùng ngày, Ngoại trưởng Mỹ Antony Blinken hoan nghênh lệnh ngừng bắn.")
    assert said == [("person:antony-blinken", ("support",), "2022-09-13")]


def test_a_date_a_comma_sets_apart_from_an_earlier_event_dates_the_news():
    x = extract_article(article("Mỹ đã không kích hơn 85 mục tiêu của Lực lượng Vệ binh Cách mạng Hồi giáo Iran (IRGC) "
                                "và các nhóm vũ trang thân Iran tại Iraq và Syria tối 2/2 (giờ Mỹ), đòn đáp trả đầu tiên "
                                "sau vụ tấn công bằng UAV ở Jordan.", published=dt.date(2024, 2, 4)))
    assert [str(e.date.start) for e in x.events] == ["2024-02-02"]
    # in the earlier event's own clause, or after it, the date is that event's
    x = extract_article(article("Mỹ đã không kích nhiều mục tiêu để đáp trả vụ tấn công hôm 28/1.",
                                published=dt.date(2024, 2, 4)))
    assert [e.date for e in x.events] == [None]
    # ... and one "N ngày sau" it dates the later fighting by, and is an event of its own
    x = extract_article(article("Vụ đấu súng xảy ra chỉ một ngày sau cuộc không kích của Israel nhằm vào khu trại lều "
                                "ở Tal al-Sultan, phía Tây Bắc Rafah, tối 26/5.", published=dt.date(2024, 5, 28)))
    assert [(str(e.date.start), e.actors, e.apart) for e in x.events] == [
        ("2024-05-27", (), False), ("2024-05-26", ("israel",), True)]


def test_fighting_said_not_to_have_happened_is_no_fighting():
    x = extract_article(article("Ngày 5/12, căng thẳng lên mức cao nhất, dù đến nay chưa có vụ đụng độ vũ trang nào "
                                "được ghi nhận. Hai bên không có cuộc giao tranh nào trong ngày 6/12.",
                                published=dt.date(2023, 12, 7)))
    assert x.events == ()


def test_an_order_or_agreement_to_stop_an_offensive_is_no_fighting():
    x = extract_article(article("Hôm 24/5, ICJ ra lệnh Israel dừng ngay chiến dịch quân sự tại Rafah.",
                                "Ngày 17/10, Thổ Nhĩ Kỳ đồng ý tạm dừng chiến dịch quân sự trong 120 giờ.",
                                published=dt.date(2024, 5, 28)))
    assert [e.category for e in x.events if e.category == "ASSAULT"] == []


def test_water_cannon_and_ramming_at_sea_are_violence():
    x = extract_article(article("Hôm 17/6, tàu hải cảnh Trung Quốc dùng vòi rồng tấn công tàu tiếp tế của Philippines.",
                                "Ngày 17/6, xuồng của hải cảnh Trung Quốc đâm vào xuồng Philippines.",
                                published=dt.date(2024, 6, 18)))
    assert [(e.category, e.modes) for e in x.events] == [("ASSAULT", ("confrontation",))] * 2
    # a fire hose, a tornado, a road crash
    x = extract_article(article("Ngày 17/6, lính cứu hỏa dùng vòi rồng dập tắt đám cháy.",
                                "Ngày 17/6, một vòi rồng quét qua tỉnh Thái Bình.",
                                "Ngày 17/6, một xe tải bị đâm va trên quốc lộ 1A.", published=dt.date(2024, 6, 18)))
    assert x.events == ()


def test_she_is_the_person_who_spoke_in_the_sentence_before_though_no_verb_named_her():
    said = _said("Tổng thống Ukraine Poroshenko cáo buộc Nga tiến hành “hành động xâm lược”.",
                 "Tại cuộc họp khẩn ngày 26/11, Đại sứ Mỹ tại Liên hợp quốc Nikki Haley gọi hành động của Nga là "
                 "“sự vi phạm ngang ngược” và cho biết các lệnh trừng phạt sẽ được duy trì. Bà kêu gọi Nga lập tức "
                 "trả tự do cho các thủy thủ.", published=dt.date(2018, 11, 27))
    assert {who for who, stance, _ in said if "other" in stance} == {"person:nikki-haley"}
    # ... not a person named inside another's clause
    said = _said("Tổng thư ký Liên Hợp Quốc Antonio Guterres cho biết ông quan ngại sâu sắc. Đề xuất đối thoại của "
                 "Tổng thống Pháp Emmanuel Macron nhận được sự ủng hộ của Nga. Ông kêu gọi các bên kiềm chế.")
    assert [who for who, stance, _ in said if "call_restraint" in stance] == ["person:antonio-guterres"]


def test_contempt_and_a_flagrant_violation_condemn_but_a_provocation_asked_to_stop_does_not():
    said = _said("Đại sứ Nikki Haley gọi hành động của Nga là “sự vi phạm ngang ngược đối với lãnh thổ của Ukraine”. "
                 "Bà Ortagus gọi đây là “cuộc tấn công đáng khinh bỉ”. Phó phát ngôn viên Jalina Porter kêu gọi "
                 "Azerbaijan chấm dứt các hành động khiêu khích.")
    assert [(who, stance) for who, stance, _ in said] == [("person:nikki-haley", ("condemn",)),
                                                          ("person:ortagus", ("condemn",))]


def test_a_list_of_figures_keeps_the_side_named_with_its_first_figure():
    x = extract_article(article("Phía Nagorno-Karabakh thông báo 29 binh sĩ Armenia thiệt mạng, 28 người mất tích và 72 người bị thương."))
    assert [(f.number, f.kind, f.party) for f in x.figures] == [
        (29, "killed", "armenia"), (28, "missing", "armenia"), (72, "wounded", "armenia")]


def test_a_figure_an_attack_caused_counts_the_side_it_was_made_on():
    x = extract_article(article(
        "Rạng sáng 13/9, các tay súng đã phục kích một đội tuần tra của cảnh sát Kosovo gần biên giới Serbia, "
        "khiến 1 cảnh sát thiệt mạng và 2 người khác bị thương.",
        "Một tên lửa của Iran đã trúng một tòa chung cư ở miền Nam Israel ngày 13/9, khiến 4 người thiệt mạng.",
        "Cuộc pháo kích từ Li-băng vào Israel ngày 13/9 khiến 3 người bị thương.",
        "Giao tranh ở biên giới giữa Armenia và Azerbaijan đã khiến khoảng 100 binh sĩ thiệt mạng trong ngày 13/9."))
    assert [(f.number, f.party) for f in x.figures] == [
        (1, "kosovo"), (2, "kosovo"), (4, "israel"), (3, "israel"), (100, None)]


def test_an_attack_of_fighters_described_on_the_way_to_their_group_is_that_groups():
    x = extract_article(article(
        "MINUSCA hôm qua (13/10) cho biết vụ tấn công của các tay súng thuộc lực lượng phiến quân cũ Seleka vào một "
        "khu trại người di tản ở thị trấn Kaga-Bandoro, miền trung Cộng hòa Trung Phi, hôm 12/10 đã làm 30 người thiệt mạng.",
        published=dt.date(2016, 10, 14)))
    # Seleka made the attack; the people it killed are of the state it was made in, not Seleka's
    assert [(f.number, f.party) for f in x.figures] == [(30, "cong-hoa-trung-phi")]
    # ... not over a place or a foe on the way: there the state is the people's, as before
    for text in ("Vụ tấn công của phiến quân ở miền bắc Mali đã làm 20 người thiệt mạng.",
                 "Cuộc tấn công của nhóm vũ trang chống lại quân đội Mali khiến 15 binh sĩ thiệt mạng."):
        x = extract_article(article(text, published=dt.date(2016, 10, 14)))
        assert [(f.party, f.by) for f in x.figures] == [("mali", None)], text
    # the attack noun may be the cue's own, its owner after a few words on how long it lasted: no side of the people
    x = extract_article(article(
        "Một quả bom xe đã phát nổ gần căn cứ Bagram vào sáng 11/12, mở màn cho cuộc tấn công kéo dài nhiều giờ của "
        "Taliban khiến 2 dân thường thiệt mạng.", published=dt.date(2019, 12, 12)))
    assert [(f.number, f.party) for f in x.figures] == [(2, None)]
    # ... not its object: that is the target's owner
    x = extract_article(article("Ngày 13/9, cuộc tấn công đồn biên phòng của Pakistan khiến 5 binh sĩ thiệt mạng."))
    assert [(f.number, f.party) for f in x.figures] == [(5, "pakistan")]


def test_numbers_spelled_out_count_their_tens_and_units():
    for text, number in (("Tám mươi tư người đã thiệt mạng.", 84), ("hai mươi mốt người bị thương", 21),
                         ("Ba mươi lăm người bị thương.", 35), ("mười lăm binh sĩ thiệt mạng", 15),
                         ("nâng tổng số quân nhân thiệt mạng lên mười tám người", 18), ("năm mươi người bị bắt", 50),
                         ("Hai mươi người đã thiệt mạng.", 20)):
        assert [f.number for f in find_figures(text)] == [number], text
    # hundreds spelled out are not read, and give no tens alone
    for text in ("hai trăm năm mươi người thiệt mạng", "Một trăm hai mươi người thiệt mạng"):
        assert find_figures(text) == [], text


def test_people_moved_to_safety_or_fleeing_their_homes_are_displaced_but_refugees_hosted_are_not():
    for text, number in (("hơn 138.000 người dân tại các tỉnh giáp biên đã được di dời tới 300 điểm trú ẩn.", 138000),
                         ("ước tính khoảng 50.000 người đã rời bỏ nhà cửa sau các vụ tấn công.", 50000),
                         ("35.655 người đã được đưa tới nơi an toàn.", 35655),
                         ("khoảng 22.000 người từ Marjah đã đăng ký tạm cư tại Lashkar Gah.", 22000),
                         ("16.000 người đã vượt sông sang lánh nạn.", 16000)):
        assert [(f.kind, f.number) for f in find_figures(text)] == [("displaced", number)], text
    # a standing count of refugees a country hosts, one person running in a witness's account, soldiers
    # fleeing or leaving a position, people going home
    for text in ("Chad đang tiếp nhận khoảng 400.000 người tị nạn Sudan từ các cuộc xung đột trước đây.",
                 "một người cầm dao lao về phía mình và tôi bỏ chạy cùng mọi người",
                 "Khoảng 200 binh sĩ chính phủ đã tháo chạy.", "300 binh sĩ Ukraine phải rời bỏ vị trí ở Avdiivka.",
                 "Hơn 20 người dân đã chạy về làng sau khi giao tranh lắng xuống."):
        assert find_figures(text) == [], text


def test_people_who_fled_across_a_border_are_displaced_and_commanders_are_counted():
    assert [(f.kind, f.number) for f in find_figures("Theo UNHCR, hơn 14.500 người đã chạy sang nước láng giềng Sudan.")] == [
        ("displaced", 14500)]
    assert [(f.kind, f.number) for f in find_figures("Tổng cộng 6 chỉ huy cấp cao của PIJ đã bị tiêu diệt.")] == [
        ("killed", 6)]


def test_the_attacker_the_weapons_maker_and_fighting_between_two_sides_name_no_victim():
    x = extract_article(article(
        "Ngày 13/9, Bộ Quốc phòng Armenia cho biết các cuộc pháo kích của quân đội Azerbaijan đã khiến 49 binh sĩ thiệt mạng.",
        "Ngày 13/9, một tên lửa Nga đã rơi xuống làng Przewodów của Ba Lan, khiến 2 người thiệt mạng.",
        "Ngày 13/9, Thái Lan giao tranh với quân đội Campuchia, khiến 12 người thiệt mạng.",
        "Ngày 13/9, quân đội Thái Lan pháo kích khu vực biên giới Thái Lan - Campuchia khiến 30 người thiệt mạng."))
    assert [(f.number, f.party) for f in x.figures] == [(49, "armenia"), (2, "ba-lan"), (12, None), (30, None)]


def test_a_toll_counted_since_a_date_long_past_is_not_an_incident_figure():
    x = extract_article(article("Theo Bộ Y tế Lebanon, hơn 3.700 người đã thiệt mạng tại Lebanon kể từ tháng 10/2023.",
                                published=dt.date(2024, 11, 27)))
    assert x.figures == () and x.background


def test_a_toll_counted_since_then_after_a_date_long_past_is_not_an_incident_figure():
    x = extract_article(article("Quân đội lật đổ chính phủ dân sự ngày 1/2/2021. Theo AAPP, hơn 3.200 người đã thiệt mạng "
                                "trong các chiến dịch trấn áp kể từ đó. Ngày 13/9, 5 người thiệt mạng."))
    assert [f.number for f in x.figures] == [5]


def test_an_initial_written_against_the_surname_is_part_of_the_name():
    ms = find_mentions("Ngoại trưởng Nga X.Lavrov đã điện đàm với người đồng cấp Mỹ John Kerry.", "a", 1)
    assert "X.Lavrov" in {m.name for m in ms if m.kind == "person"}


def test_the_sentence_subject_speaks_when_no_clause_names_one():
    x = extract_article(article("Tổng thư ký Liên Hiệp Quốc Antonio Guterres, thông qua người phát ngôn Stephane Dujarric, "
                                "ngày 13/9 bày tỏ quan ngại sâu sắc và kêu gọi chấm dứt ngay lập tức giao tranh."))
    (s,) = x.statements
    assert s.actor == "person:antonio-guterres" and set(s.stance) == {"concern", "call_ceasefire"}


def test_a_verb_after_the_comma_closing_its_subjects_title_belongs_to_that_subject():
    x = extract_article(article("Tư lệnh UNIFIL, Trung tướng Aroldo Lázaro, bày tỏ lo ngại sâu sắc và hối thúc các bên kiềm chế tối đa."))
    assert [(s.actor, set(s.stance)) for s in x.statements] == [("person:aroldo-lazaro", {"concern", "call_restraint"})]


def test_the_object_of_a_call_does_not_become_the_speaker_after_a_comma():
    assert _speakers("Tổng thống Nga Vladimir Putin đã điện đàm với ông Japarov và ông Rahmon, kêu gọi hai bên ngăn chặn leo thang.") == {"person:vladimir-putin"}


def test_who_relays_a_statement_does_not_make_it_his():
    relayed = ("Tổng thư ký Liên Hợp Quốc Antonio Guterres, thông qua người phát ngôn Stephane Dujarric, kêu gọi "
               "chấm dứt giao tranh.")
    assert _speakers(relayed) == {"person:antonio-guterres"}
    assert _speakers("Tổng thư ký Liên Hợp Quốc Antonio Guterres, qua Phó phát ngôn viên Farhan Haq, cũng lên án "
                     "vụ pháo kích.") == {"person:antonio-guterres"}


def test_a_quotation_that_opens_on_the_verb_quotes_the_subject_before_it():
    # the subject's own words, quoted from the verb on; not when an earlier verb reports them
    assert _speakers("Tổng thư ký Liên Hợp Quốc Antonio Guterres, qua người phát ngôn Stéphane Dujarric, “lên án "
                     "bằng những lời lẽ mạnh mẽ nhất” vụ tấn công.") == {"person:antonio-guterres"}
    assert _speakers("Ngoại trưởng Antony Blinken nhấn mạnh Washington “quan ngại sâu sắc” về tình hình.") == \
        {"person:antony-blinken"}
    # a verb quoted as a noun is no one's statement; "quân sự" is no such noun's mark
    assert not subjects(t := "Nga tiếp tục tấn công Ukraine bất chấp sự “lên án” của Mỹ.",
                        find_mentions(t, "a", 1), None)[0].key
    assert _speakers("Bộ trưởng Quốc phòng Israel Katz và các chỉ huy quân sự “lên án” vụ tấn công.") == {"person:katz"}


def test_an_aside_on_where_the_speaker_is_keeps_the_speaker():
    x = extract_article(article("Ngày 17/9, máy nhắn tin phát nổ trên khắp Lebanon.",
                                "Ngoại trưởng Mỹ Antony Blinken, đang thăm Ai Cập, kêu gọi tất cả các bên "
                                "tránh mọi hành động có thể khiến xung đột leo thang thêm.",
                                published=dt.date(2024, 9, 19)))
    assert [(s.actor, s.stance) for s in x.statements] == [("person:antony-blinken", ("call_restraint",))]
    # ... or on what state it is
    x = extract_article(article("Ngày 17/9, máy nhắn tin phát nổ trên khắp Lebanon.",
                                "Trong khi đó, Iran, nước hậu thuẫn Hezbollah, lên án vụ tấn công.",
                                published=dt.date(2024, 9, 19)))
    # (what the aside says of it is no stance of its own)
    assert [(s.actor, s.stance) for s in x.statements] == [("iran", ("condemn",))]
    # ... but the state named again is the speaker of its clause
    x = extract_article(article("Ngày 17/9, máy nhắn tin phát nổ trên khắp Lebanon.",
                                "Iran cho biết, nước này ủng hộ Lebanon.", published=dt.date(2024, 9, 19)))
    assert [(s.actor, s.stance) for s in x.statements] == [("iran", ("support",))]
    # ... and a clause a speech verb's comma opens is no aside
    assert _said("Ngày 13/9, Thủ tướng Anh Rishi Sunak cho biết, nước Anh sẽ tiếp tục hỗ trợ Ukraine, bất chấp sức ép "
                 "từ Nga.") == [("person:rishi-sunak", ("support",), "2022-09-13")]


def test_a_violation_of_human_rights_law_and_a_call_for_an_inquiry_are_stances():
    x = extract_article(article("Ngày 17/9, máy nhắn tin phát nổ trên khắp Lebanon. Cùng ngày, Cao ủy Nhân quyền LHQ "
                                "Volker Türk cho rằng việc đồng loạt nhắm vào hàng nghìn người là vi phạm luật nhân quyền "
                                "quốc tế và kêu gọi mở một cuộc điều tra độc lập.", published=dt.date(2024, 9, 19)))
    assert [(s.actor, s.stance) for s in x.statements] == [("person:volker-turk", ("condemn", "other"))]


def test_without_a_subject_in_its_clause_the_statement_is_the_titled_persons_not_his_bodys():
    x = extract_article(article("Ngày 20/5, nhóm điều tra kết luận ngư lôi của Triều Tiên đã đánh chìm tàu Cheonan. "
                                "Tổng thư ký Liên Hợp Quốc Ban Ki-moon, một người Hàn Quốc, ngày 20/5 thông qua người "
                                "phát ngôn cho biết các dữ kiện “hết sức đáng lo ngại”.", published=dt.date(2010, 5, 26)))
    assert [s.actor for s in x.statements] == ["person:ban-ki-moon"]


def test_outrage_at_an_act_condemns_it():
    x = extract_article(article("Ngày 3/10, đạn cối từ Syria rơi xuống Akçakale. Ngoại trưởng Mỹ Hillary Clinton nói bà "
                                "“phẫn nộ” trước vụ pháo kích.", published=dt.date(2012, 10, 5)))
    assert [(s.actor, s.stance) for s in x.statements] == [("person:hillary-clinton", ("condemn",))]


def _quoted(*paragraphs, published=dt.date(2022, 4, 9)):
    x = extract_article(article(*paragraphs, published=published))
    return {s.actor: s.quote for s in x.statements}


@pytest.mark.parametrize("text, expected", [
    # each speaker of a sentence is quoted by their own words
    ("Tổng thống Pháp Emmanuel Macron lên án vụ tấn công là ghê tởm, còn Tổng thư ký Liên Hợp Quốc Antonio Guterres "
     "cho rằng vụ tấn công là “hoàn toàn không thể chấp nhận được”.",
     {"person:emmanuel-macron": None, "person:antonio-guterres": "hoàn toàn không thể chấp nhận được"}),
    # a quotation before every verb is not given to a speaker with a verb of his own
    ("“Đây là hành động tàn bạo của Nga”, một quan chức giấu tên nói, trong khi Ngoại trưởng Mỹ Antony Blinken lên án "
     "vụ tấn công.", {"person:antony-blinken": None}),
    # a quotation after a verb without subject is the last subject's
    ("Tổng thống Pháp Emmanuel Macron lên án vụ tấn công, còn Ngoại trưởng Mỹ Antony Blinken bày tỏ quan ngại, đồng "
     "thời kêu gọi Nga “chấm dứt ngay lập tức mọi cuộc tấn công vào dân thường”.",
     {"person:emmanuel-macron": None, "person:antony-blinken": "chấm dứt ngay lập tức mọi cuộc tấn công vào dân thường"}),
])
def test_each_speaker_is_quoted_by_the_words_after_their_own_verb(text, expected):
    assert _quoted("Ngày 8/4, tên lửa rơi xuống nhà ga Kramatorsk. " + text) == expected


def test_a_call_inside_a_quotation_is_the_one_named_after_it():
    quoted = _quoted("Ngày 12/9, giao tranh nổ ra ở biên giới. Mỹ có một đặc phái viên về khu vực này \"và hy vọng "
                     "của tôi là chúng ta có thể quay trở lại bàn đàm phán\", ông Blinken nói.",
                     published=dt.date(2022, 9, 14))
    assert list(quoted) == ["person:blinken"]


def test_an_object_closing_a_clause_does_not_speak_its_subject_does():
    text = ("Ông Putin một lần nữa chia buồn về cái chết của các quân nhân Thổ Nhĩ Kỳ, nói rằng “không ai, kể cả "
            "quân đội Syria, biết vị trí của họ”.")
    assert [s.key for s in subjects(text, find_mentions(text, "a", 1), None)] == ["person:putin"]
    x = extract_article(article("Ngày 5/3, " + text[0].lower() + text[1:], published=dt.date(2020, 3, 6)))
    assert [(s.actor, s.quote) for s in x.statements] == [
        ("person:putin", "không ai, kể cả quân đội Syria, biết vị trí của họ")]


def test_an_act_called_unacceptable_brutal_or_a_crime_is_condemned():
    for text in ("Tổng thống Mỹ Joe Biden gọi đây là “một hành động tàn bạo khủng khiếp khác của Nga”.",
                 "Thủ tướng Anh Boris Johnson khẳng định tấn công bừa bãi vào dân thường là “một tội ác”.",
                 "Người phát ngôn Peter Stano nhấn mạnh các vụ tấn công là “không thể chấp nhận”."):
        said = _said("Ngày 8/4, tên lửa rơi xuống nhà ga Kramatorsk. " + text, published=dt.date(2022, 4, 9))
        assert [st for _, st, _ in said] == [("condemn",)], text
    for text, stance in (("Bà Joyce Msuya nói: “Cố ý tấn công một bệnh viện được bảo vệ là tội ác chiến tranh”.", "condemn"),
                         ("Ông Josep Borrell cáo buộc Nga tấn công không khoan nhượng vào dân thường Ukraine.", "condemn"),
                         ("Ông Josep Borrell kêu gọi các bên ngăn chặn một cuộc chiến toàn diện.", "call_restraint")):
        said = _said("Ngày 8/4, tên lửa rơi xuống nhà ga. " + text, published=dt.date(2022, 4, 9))
        assert [st for _, st, _ in said] == [(stance,)], text
    for text in ("Giới chức cảnh báo vụ tấn công có thể cấu thành tội ác chiến tranh.",
                 "Cao ủy Nhân quyền LHQ cảnh báo vụ tấn công có thể là tội ác chống lại loài người."):
        assert _said("Ngày 8/4, tên lửa rơi xuống nhà ga. " + text, published=dt.date(2022, 4, 9)) == [], text


def test_the_state_that_asked_for_a_meeting_held_it_too_and_heartbreak_is_concern():
    said = _said("Ngày 27/5, Israel không kích Rafah. Theo đề nghị của Algeria, Hội đồng Bảo an Liên Hợp Quốc đã họp "
                 "kín khẩn cấp hôm 28/5.", published=dt.date(2024, 5, 29))
    assert [(a, st) for a, st, _ in said] == [("hoi-dong-bao-an-lien-hop-quoc", ("meeting",)), ("algeria", ("meeting",))]
    said = _said("Ngày 27/5, Israel không kích Rafah. Người phát ngôn Nhà Trắng John Kirby gọi những hình ảnh từ Rafah "
                 "là “đau lòng”.", published=dt.date(2024, 5, 29))
    assert [st for _, st, _ in said] == [("concern",)]


def test_a_year_naming_what_is_spoken_of_does_not_make_the_statement_history():
    x = extract_article(article("Ngày 19/9, Azerbaijan tấn công Nagorno-Karabakh. Ngoại trưởng Mỹ Antony Blinken kêu "
                                "gọi các bên tuân thủ lệnh ngừng bắn năm 2020.",
                                "Năm 2020, Tổng thống Nga Vladimir Putin kêu gọi ngừng bắn.",
                                # the year of the call itself, after the verb: still history
                                "Liên Hợp Quốc kêu gọi ngừng bắn ngay lập tức năm 2020 khi chiến tranh bùng phát.",
                                published=dt.date(2023, 9, 20)))
    assert [s.actor for s in x.statements] == ["person:antony-blinken"]


def test_a_stance_pattern_is_tried_only_where_a_word_it_opens_with_occurs():
    from generator.extract.cues import CUES, _leading_words
    assert _leading_words("chấm dứt (?:các )?xung đột") == ("chấm",)
    assert _leading_words("(?:họ|hai bên|hai nước) (?:đã )?đồng ý") == ("họ", "hai")
    for opens_otherwise in (r"(?:họ|\S+) đồng ý", r"\d+ ngày", r"(?:họ|hai)? x", "họ|hai x", "(?:a|b)c x",
                            "(?:họ|hai bên) đồng ý|thống nhất", "ngừng bắn ngay|đình chiến", "(?:hai|ſa) bên"):
        assert _leading_words(opens_otherwise) == ()
    assert _leading_words("chấm dứt (?:a|b) [|] x") == ("chấm",)   # a "|" inside a group or class
    # re.I takes "ı" for "i" and "ſ" for "s", which lower() keeps apart; "İ" lowers to two letters
    from generator.extract.statements import stance_cues
    for odd in ("Haı bên đã đồng ý gặp nhau.", "ſẵn sàng giúp hai nước giải quyết", "HAİ BÊN ĐÃ NHẤT TRÍ ĐÀM PHÁN",
                "HAI BÊN ĐÃ ĐỒNG Ý GẶP NHAU"):
        assert stance_cues(odd), odd
    # every match of every pattern, over sentences of the press, starts with one of its words
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    text = "\n".join(p.read_text(encoding="utf-8") for d in ("seeds", "tests/devset/seeds", "tests/heldout/seeds")
                     for p in sorted((root / d).glob("*.txt")))
    text += "\nHai bên đã đồng ý gặp nhau. Họ “cũng đã nhất trí bắt đầu đàm phán”. Tham dự các cuộc họp."
    seen = 0
    for i, (rx, _, _, needs, requires) in enumerate(CUES.stance_patterns):
        # the words a sentence is tested for by substring, to look the pattern up, are its required words
        required = {w for w, ids in CUES.stance_by_required.items() if i in ids}
        assert (requires is None) == (not required) == (i in CUES.stance_unconditional), rx.pattern
        assert all(requires.fullmatch(w) for w in required), rx.pattern
        for m in rx.finditer(text):
            seen += 1
            assert not needs or m.group(0).lower().startswith(needs), (m.group(0), needs)
            assert not required or any(w in m.group(0).lower() for w in required), (m.group(0), required)
    assert seen > 10
    # and trying a pattern only where its words stand finds what scanning the sentence finds, also
    # where one match holds the start of another, and in capitals
    from generator.extract.statements import _at_words
    text += "\nHọ cần giải quyết giải quyết một cách hòa bình. GIẢI QUYẾT HÒA BÌNH. Sẵn sàng sẵn sàng giúp đỡ."
    for line in text.splitlines():
        for rx, _, _, needs, _ in CUES.stance_patterns:
            if needs:
                assert [m.span() for m in _at_words(rx, line, line.lower(), needs)] == \
                    [m.span() for m in rx.finditer(line)], line


def _speakers(text: str) -> set[str]:
    return {s.actor for s in extract_article(article(text)).statements}


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {m.name: (m.role, m.affiliation) for m in find_mentions(text, "a", 1) if m.kind == "person"}


def test_lower_case_particles_belong_to_a_foreign_name():
    assert "Ursula von der Leyen" in _people("Chủ tịch Ủy ban châu Âu Ursula von der Leyen kêu gọi kiềm chế.")
    assert "Abdel Fattah al-Burhan" in _people("Tổng tư lệnh quân đội Sudan, Tướng Abdel Fattah al-Burhan tuyên bố.")
    assert "Sheikh Mohammed bin Abdulrahman Al Thani" in _people(
        "Thủ tướng kiêm Ngoại trưởng Qatar Sheikh Mohammed bin Abdulrahman Al Thani cho biết.")
    assert "Vladimir Putin" in _people("Tổng thống Nga Vladimir Putin de facto ủng hộ.")   # no capital after it
    assert "Donald Trump" in _people("Tổng thống Mỹ Donald Trump la Zelensky trong Phòng Bầu dục.")   # "la": a verb


def test_commissioners_directors_secretaries_and_officials_are_titles():
    assert _people("Tuyên bố được Bộ trưởng Thông tin Barnaba Marial Benjamin đọc tại Juba.") == {
        "Barnaba Marial Benjamin": ("Bộ trưởng Thông tin", None)}
    assert _people("Tuyên bố do Ủy viên Ramtane Lamamra đọc; quan chức cấp cao của Hamas Khalil al-Hayya nói.") == {
        "Ramtane Lamamra": ("Ủy viên", None), "Khalil al-Hayya": ("quan chức cấp cao của Hamas", "hamas")}
    assert _people("Cục trưởng Tổng cục Chính trị Quân đội Nhân dân Triều Tiên Hwang Pyong-so và Bí thư Ban Chấp "
                   "hành Trung ương Đảng Lao động Triều Tiên Kim Yang-gon.") == {
        "Hwang Pyong-so": ("Cục trưởng Tổng cục Chính trị Quân đội Nhân dân Triều Tiên", "trieu-tien"),
        "Kim Yang-gon": ("Bí thư Ban Chấp hành Trung ương Đảng Lao động Triều Tiên", "trieu-tien")}


def test_representatives_ministers_of_state_and_grand_ayatollahs_are_titles():
    assert _people("Đại diện Quỹ Nhi đồng Liên Hợp Quốc (UNICEF) tại Afghanistan Mohamed Ag Ayoya cho biết.") == {
        "Mohamed Ag Ayoya": ("Đại diện Quỹ Nhi đồng Liên Hợp Quốc (UNICEF) tại Afghanistan", "quy-nhi-dong-lien-hop-quoc")}
    assert _people("Quốc vụ khanh phụ trách Trung Đông của Anh Andrew Murrison tới Tehran.") == {
        "Andrew Murrison": ("Quốc vụ khanh phụ trách Trung Đông của Anh", "anh")}
    # the second title of an apposition is no name
    assert _people("Lệnh trừng phạt nhằm vào Lãnh tụ tối cao Iran, Đại giáo chủ Ali Khamenei.") == {
        "Ali Khamenei": ("Lãnh tụ tối cao Iran", "iran")}
    # a US command is the US, as the Pentagon is
    assert [(m.key, m.surface) for m in find_mentions("CENTCOM cho biết đã không kích.", "a", 1)] == [("my", "CENTCOM")]


def test_a_bare_name_after_a_fronted_clause_is_a_person_when_one_and_a_title_follow_it():
    assert _people("Không lâu sau vụ tấn công, Umar Mansoor, một chỉ huy của nhóm TTP, tuyên bố.") == {
        "Umar Mansoor": ("một chỉ huy của nhóm TTP", "ttp")}
    # the word that opens the sentence is not the name's ("Theo Ahmed Ali, ...": according to him)
    assert _people("Theo Ahmed Ali, một quan chức địa phương, 5 người thiệt mạng.") == {
        "Ahmed Ali": ("một quan chức địa phương", None)}
    # not a list of names, each with its title, nor the place a source clause follows
    # (Macron is named, as a well-known person, but takes no title from the list)
    assert _people("Tại hội nghị, Emmanuel Macron, Tổng thống Pháp, và Olaf Scholz phát biểu.") == {
        "Emmanuel Macron": (None, None)}
    assert _people("Binh sĩ đã đẩy lùi cuộc tấn công ở Spin Wam, Mir Ali, một quan chức cho biết.") == {}


def test_a_field_before_an_administrative_unit_and_a_deputy_spokesman_are_titles():
    assert _people("Giám đốc y tế huyện Kurram Qaisar Abbas cho biết. Phó phát ngôn Farhan Haq nói.") == {
        "Qaisar Abbas": ("Giám đốc y tế huyện Kurram", "pakistan"), "Farhan Haq": ("Phó phát ngôn", None)}
    # known organisations the press names in Vietnamese
    assert [m.key for m in find_mentions("Hội đồng Tị nạn Na Uy và Ủy ban Nhân quyền Pakistan lên tiếng.", "a", 1)
            if m.kind == "organization"] == ["hoi-dong-ti-nan-na-uy", "uy-ban-nhan-quyen-pakistan"]


def test_an_interim_office_is_part_of_the_title_and_a_deputy_is_no_name():
    assert _people("Bộ trưởng Nội vụ lâm thời Pakistan Sarfraz Bugti cáo buộc. Thủ hiến lâm thời tỉnh Balochistan Ali "
                   "Mardan Domki ra lệnh.") == {
        "Sarfraz Bugti": ("Bộ trưởng Nội vụ lâm thời Pakistan", "pakistan"),
        "Ali Mardan Domki": ("Thủ hiến lâm thời tỉnh Balochistan", "pakistan")}
    # a deputy's title is the title it deputises, after "Phó"; before anything else "Phó" may be a surname
    assert _people("Cảnh sát trưởng Balochistan, Phó Cảnh sát trưởng Nawaz Gishkori đến.") == {
        "Nawaz Gishkori": ("Phó Cảnh sát trưởng", None)}
    assert _people("Đại sứ Trung Quốc tại Liên Hợp Quốc Phó Thông nói.") == {
        "Phó Thông": ("Đại sứ Trung Quốc tại Liên Hợp Quốc", "trung-quoc")}


def test_a_person_named_as_the_one_who_leads_is_a_person():
    assert _people("TTP được thành lập năm 2007 dưới sự lãnh đạo của Baitullah Mehsud. Nhóm Al-Mourabitoun do Mokhtar "
                   "Belmokhtar cầm đầu đã nhận trách nhiệm.") == {
        "Baitullah Mehsud": (None, None), "Mokhtar Belmokhtar": (None, None)}
    # not a state that leads, nor a name of one word, nor an armed group's name
    assert _people("Liên quân do Ả Rập Xê Út lãnh đạo và nhóm do Shekau cầm đầu.") == {}
    assert _people("Các tay súng do Kata'ib Sayyid al-Shuhada chỉ huy đã phóng rocket.") == {}


def test_titles_of_envoys_posted_to_a_region_advisers_and_the_solicitor_general_name_their_holders():
    assert _people("Đặc phái viên của Tổng thư ký Liên Hợp Quốc về Tây Phi Mohamed Ibn Chambas kêu gọi. "
                   "Cố vấn đặc biệt của Liên Hợp Quốc về ngăn chặn diệt chủng Adama Dieng cảnh báo. "
                   "Tổng Luật sư Tushar Mehta thông báo.") == {
        "Mohamed Ibn Chambas": ("Đặc phái viên của Tổng thư ký Liên Hợp Quốc về Tây Phi", "lien-hop-quoc"),
        "Adama Dieng": ("Cố vấn đặc biệt của Liên Hợp Quốc về ngăn chặn diệt chủng", "lien-hop-quoc"),
        "Tushar Mehta": ("Tổng Luật sư", None)}
    # "về" and a state's place is a journey, no portfolio
    assert not any("về Kandahar" in (role or "") for role, _ in
                   _people("Sau đó, Thủ tướng về Kandahar Abdul Ghani Baradar ra đón.").values())
    # the head of a church is no person named "Giáo"
    assert _people("Người đứng đầu Giáo hội Công giáo cũng kêu gọi.") == {}


def test_a_bare_name_opening_a_sentence_is_a_person_when_a_title_follows_it():
    assert _people("Alparslan Celik, một chỉ huy của các nhóm phiến quân ở Syria, tuyên bố. "
                   "Hun Sen, Chủ tịch Thượng viện Campuchia, cho biết.") == {
        "Alparslan Celik": ("một chỉ huy của các nhóm phiến quân ở Syria", None),
        "Hun Sen": ("Chủ tịch Thượng viện Campuchia", "campuchia")}
    assert _people("Phnom Penh, thủ đô Campuchia, yên tĩnh. Trong khi đó, Nga cho biết.") == {}


def test_lieutenants_leaders_and_chained_initials():
    assert _people("Phó Thống chế Không quân R.G.K. Kapoor nói. Trung úy Kambampati Nachiketa được thả. "
                   "Thủ lĩnh JeM Masood Azhar điều hành.") == {
        "R.G.K. Kapoor": ("Phó Thống chế Không quân", None), "Kambampati Nachiketa": ("Trung úy", None),
        "Masood Azhar": ("Thủ lĩnh JeM", "jaish-e-mohammed")}


def test_a_states_name_inside_a_title_or_a_name_is_no_mention_of_it():
    keys = [m.key for m in find_mentions("Ông Trump điện đàm với Thái tử Ả Rập Xê Út Mohammed bin Salman và "
                                         "Đại sứ Trung Quốc Vương Anh Phàm.", "a", 1)]
    assert "thai-lan" not in keys and "anh" not in keys
    assert "person:vuong-anh-pham" in keys and "person:mohammed-bin-salman" in keys


def test_a_portfolio_may_come_before_the_state_that_closes_it():
    assert _people("Bộ trưởng phụ trách châu Phi của Anh James Duddridge cho biết.") == {
        "James Duddridge": ("Bộ trưởng phụ trách châu Phi của Anh", "anh")}
    assert _people("Đại diện cấp cao về chính sách đối ngoại của EU Josep Borrell cảnh báo nguy cơ.") == {
        "Josep Borrell": ("Đại diện cấp cao về chính sách đối ngoại của EU", "lien-minh-chau-au")}
    assert _people("Bộ trưởng về nước sau cuộc gặp với Lavrov.") == {}   # "về" may be "returns to"


def test_told_to_someone_is_a_speech_verb_around_whom_it_tells():
    for told in ("cho hãng tin Reuters biết", "cho phóng viên TTXVN tại Cairo biết", "cho kênh truyền hình Al Jazeera biết",
                 "cho hãng thông tấn nhà nước IRNA biết", "cho AFP biết"):
        m = CUES.speech.search(f"Một quan chức {told} rằng 5 người đã chết.")
        assert m is not None and m.group(0) == told, told
    assert CUES.speech.search("Họ sẽ cho Nga biết tay.") is None


def test_a_field_named_with_capitals_after_phu_trach_is_part_of_the_title():
    assert _people("Cao ủy EU phụ trách Chính sách láng giềng và Đàm phán mở rộng Johannes Hahn khẳng định.") == {
        "Johannes Hahn": ("Cao ủy EU phụ trách Chính sách láng giềng và Đàm phán mở rộng", "lien-minh-chau-au")}
    # a capital that a capital follows opens the name (not "Kinh tế Vương", a field)
    assert _people("Phó Thủ tướng phụ trách Kinh tế Vương Đình Huệ khẳng định.") == {
        "Vương Đình Huệ": ("Phó Thủ tướng phụ trách Kinh tế", None)}
    # after "về", which may be a verb, capitals open the name as before
    assert "Johannes Hahn" not in _people("Cao ủy EU về Chính sách láng giềng Johannes Hahn khẳng định.")


def test_a_remit_keeps_its_place_and_party_organs_start_no_name():
    assert _people("Đặc phái viên LHQ về nhân quyền tại Myanmar Tom Andrews nói.") == {
        "Tom Andrews": ("Đặc phái viên LHQ về nhân quyền tại Myanmar", "lien-hop-quoc")}
    assert _people("Ủy viên Quốc vụ kiêm Ngoại trưởng Trung Quốc Vương Nghị nói. Bí thư Trung ương Đảng "
                   "Nguyễn Văn An nói.") == {
        "Vương Nghị": ("Ủy viên Quốc vụ kiêm Ngoại trưởng Trung Quốc", "trung-quoc"),
        "Nguyễn Văn An": ("Bí thư Trung ương Đảng", None)}


def test_a_capitalised_place_opening_a_sentence_is_no_introduced_person():
    said = _said("Tại Geneva, Đặc phái viên LHQ Staffan de Mistura ngày 13/9 kêu gọi hai bên kiềm chế.")
    assert said == [("person:staffan-de-mistura", ("call_restraint",), "2022-09-13")]


def test_an_organs_own_name_and_a_documents_city_are_no_actors():
    people = _people("Tướng Abdel Fattah al-Burhan, người đứng đầu Hội đồng Chủ quyền cầm quyền, nói. Tướng "
                     "Alexus Grynkewich, chỉ huy lực lượng không quân Mỹ thuộc Bộ Chỉ huy Trung tâm (CENTCOM), nói.")
    assert sorted(people) == ["Abdel Fattah al-Burhan", "Alexus Grynkewich"]
    assert [m.key for m in find_mentions("Vụ việc vi phạm nghiêm trọng Công ước Vienna và Hiệp định Minsk.", "a", 1)] == []


def test_a_commanders_name_after_an_organ_is_still_his():
    assert _people("Tư lệnh Bộ Chỉ huy Kurilla cho biết Mỹ đã không kích.") == {"Kurilla": ("Tư lệnh Bộ Chỉ huy", None)}


def test_a_surname_that_is_also_a_groups_name_stays_in_the_name():
    assert _people("Ngoại trưởng CHDC Congo Marie Ndaya Wagner cho biết.") == {
        "Marie Ndaya Wagner": ("Ngoại trưởng CHDC Congo", "chdc-congo")}
    assert [m.key for m in find_mentions("Lính đánh thuê Wagner tấn công.", "a", 1)] == ["wagner"]


def test_a_title_may_name_a_portfolio_before_the_person():
    people = _people("Đại diện cấp cao của EU về chính sách đối ngoại và an ninh Kaja Kallas nhận định. "
                     "Đặc phái viên EU về đối thoại Belgrade - Pristina Miroslav Lajčák nhấn mạnh.")
    assert set(people) == {"Kaja Kallas", "Miroslav Lajčák"}
    assert people["Kaja Kallas"][1] == "lien-minh-chau-au"
    assert _people("Ngoại trưởng Mỹ về tới Hà Nội hôm qua.") == {}
    assert _people("Tổng thống Mỹ về nước sau cuộc gặp Vladimir Putin tại Alaska.") == {
        "Vladimir Putin": (None, None)}   # named bare, as a well-known person: no title of the American's
    assert _people("Thủ tướng Israel về cơ bản ủng hộ đề xuất của Tổng thống Mỹ Donald Trump.")["Donald Trump"][1] == "my"


def test_rebels_named_after_a_country_are_still_an_armed_group():
    ms = find_mentions("Phiến quân vũ trang Syria đã tấn công một đồn cảnh sát.", "a", 1)
    assert [(m.kind, m.key) for m in ms if m.kind == "group"] == [("group", "group:syria")]
    ms = find_mentions("Lực lượng vũ trang Syria đã tấn công một đồn cảnh sát.", "a", 1)
    assert not [m for m in ms if m.kind == "group"]


def test_the_armed_forces_of_a_state_are_no_armed_group():
    ms = find_mentions("Các cuộc tấn công đã sát hại Tổng Tham mưu trưởng các lực lượng vũ trang Iran Mohammad Bagheri.", "a", 1)
    assert not [m for m in ms if m.kind == "group"]
    assert [(m.name, m.affiliation) for m in ms if m.kind == "person"] == [("Mohammad Bagheri", "iran")]


def test_a_title_matches_however_the_press_capitalises_its_later_words():
    assert _people("Chánh văn phòng Nhà Trắng Susie Wiles cho biết.")["Susie Wiles"][0] == "Chánh văn phòng Nhà Trắng"
    assert "Yoshito Sengoku" in _people("Chánh văn phòng Nội các Nhật Bản Yoshito Sengoku gọi đó là hành động không thể tha thứ.")


def test_departments_and_security_posts_are_organs_inside_a_title():
    people = _people("Vụ trưởng Vụ Nam Á của Bộ Ngoại giao Iran Seyed Rasool Mousavi viết trên Twitter. Phó chỉ huy an "
                     "ninh tỉnh Sistan-Baluchestan Alireza Marhamati cho biết tình hình đã yên ổn.")
    assert set(people) == {"Seyed Rasool Mousavi", "Alireza Marhamati"}
    assert people["Seyed Rasool Mousavi"][1] == "iran"


def test_more_people_beside_those_counted_are_figures_not_a_breakdown():
    assert _figs("Ngoài 2 binh sĩ thiệt mạng, 15 binh sĩ khác và 3 dân thường bị thương.") == [
        ("killed", 2, "exact"), ("wounded", 15, "exact"), ("wounded", 3, "exact")]
    assert _figs("11 dân thường và 1 binh sĩ đã thiệt mạng.") == []   # a breakdown by category
    x = extract_article(article("Theo Bộ Quốc phòng Hàn Quốc, 2 binh sĩ thiệt mạng. Ngoài 2 binh sĩ thiệt mạng, "
                                "15 binh sĩ khác và 3 dân thường bị thương."))
    assert [(f.number, f.party) for f in x.figures] == [(2, "han-quoc"), (2, "han-quoc"), (15, "han-quoc"), (3, "han-quoc")]


def test_a_toll_may_carry_a_date_or_a_numbered_name_and_stays_linear_with_many():
    assert _figs("nâng số người thiệt mạng trong vụ pháo kích chiều 23/11 lên 4 người.") == [("killed", 4, "exact")]
    assert _figs("Số quân nhân bị thương trong vụ tấn công nhằm vào căn cứ Tower 22 đã lên hơn 40 người.") == \
        [("wounded", 40, "more_than")]
    import time
    t = time.perf_counter()
    find_figures("Số người thiệt mạng " + "12/12/12/12 " * 40 + "x")
    find_figures("Số người thiệt mạng " + "Tower 22 " * 200 + "x")
    find_figures("Số người thiệt mạng " + "AB 1 " * 20 + "x")   # a capital inside a word opens no name
    assert time.perf_counter() - t < 0.5


def test_a_sentence_of_thousands_of_figures_is_read_in_linear_time():
    # untrusted text with no full stop: each figure was once checked against every figure before it
    import time
    from generator.extract.figures import named_figures
    for unit in ("3 người chết, ", "con số lên 5 người, "):
        times = []
        for n in (1500, 6000):
            text = "Số người thiệt mạng " + unit * n
            t = time.perf_counter()
            found = find_figures(text)
            named_figures(text, [], found)
            times.append(time.perf_counter() - t)
            assert len(found) == n
        assert times[1] < max(0.5, 6 * times[0]), (unit, times)   # 4x the text: ~4x the time


def test_a_source_cited_inside_a_sentence_reports_the_figure_next_to_it():
    x = extract_article(article("Lực lượng Hỗ trợ Nhanh (RSF) tuyên bố đã giành quyền kiểm soát trại di tản Zamzam, sau "
                                "nhiều ngày tấn công mà theo Liên Hợp Quốc đã khiến hơn 100 người thiệt mạng."))
    assert [(f.number, f.reported_by) for f in x.figures] == [(100, "lien-hop-quoc")]
    # after the figure, in a sentence whose verb has no subject of its own
    x = extract_article(article("Lên tới 400.000 người đã phải rời bỏ trại di tản Zamzam, theo ước tính mới nhất của Tổ chức "
                                "Di cư Quốc tế (IOM), trong khi giao tranh tiếp diễn."))
    assert [(f.number, f.reported_by) for f in x.figures] == [(400000, "to-chuc-di-cu-quoc-te")]
    # after an aside, from what the source published ("theo số liệu X")
    x = extract_article(article("Bạo lực đã cướp đi sinh mạng của hơn 1.000 người, phần lớn là dân thường thuộc cộng đồng "
                                "thiểu số Alawite, theo số liệu Đài quan sát Nhân quyền Syria (SOHR) công bố chiều nay."))
    assert [(f.number, f.reported_by) for f in x.figures] == [(1000, "dai-quan-sat-nhan-quyen-syria")]
    # not "theo yêu cầu của", nor a speaker's own figure before the source
    x = extract_article(article("Israel cho biết 5 binh sĩ thiệt mạng, theo yêu cầu của Mỹ, và 3 người bị thương."))
    assert {f.reported_by for f in x.figures} == {"israel"}
    # nor a source of an aside, or of another clause
    for text, reporter in (("Bộ Y tế Gaza cho biết cuộc không kích nhằm vào khu vực mà theo Israel là nơi ẩn náu của "
                            "các chỉ huy đã khiến 20 người thiệt mạng.", "palestine"),
                           ("Năm người đã thiệt mạng trong cuộc không kích, Hamas cho biết, trong khi theo Israel, các "
                            "mục tiêu đều là chiến binh.", None),
                           ("Năm người thiệt mạng trong vụ tấn công, và theo Liên Hợp Quốc, hơn 2.000 người phải sơ tán.",
                            None)):
        assert extract_article(article(text)).figures[0].reported_by == reporter, text


def test_who_stands_behind_an_attack_is_no_toll_after_it():
    from generator.extract.events import reported_only
    text = "Ông gọi các quân nhân thiệt mạng là những người hùng và cảnh báo những kẻ đứng sau vụ tấn công."
    assert reported_only(text, text.index("vụ tấn công"))
    text = "Hơn 400.000 người đã phải rời bỏ trại di tản Zamzam ở bang Bắc Darfur sau cuộc tấn công của RSF."
    assert not reported_only(text, text.index("cuộc tấn công"))   # the flight after the attack is the news
    # not a time after it
    for text in ("Hơn 400.000 người đã phải sơ tán khỏi nhà cửa trên khắp Dải Gaza trong những ngày sau cuộc tấn công "
                 "của Hamas hôm 7/10.",
                 "Bộ Y tế Gaza cho biết hơn 1.900 người đã thiệt mạng ở Gaza trong một tuần sau cuộc tấn công của Hamas.",
                 "Hàng chục nghìn người phải sơ tán trong nhiều tháng sau vụ tấn công ngày 7/10."):
        assert reported_only(text, text.rindex("tấn công")), text


def test_the_staff_of_a_body_are_its_own_and_a_states_force_is_the_state():
    x = extract_article(article("Bảy nhân viên của tổ chức từ thiện World Central Kitchen (WCK) đã thiệt mạng khi đoàn xe "
                                "của họ trúng không kích của Israel ở Deir al-Balah tối 1/4.", published=dt.date(2024, 4, 2)))
    assert [(f.number, f.party) for f in x.figures] == [(7, "org:world-central-kitchen")]
    x = extract_article(article("Bảy thành viên của Vệ binh Cách mạng Hồi giáo Iran (IRGC) đã thiệt mạng.",
                                published=dt.date(2024, 4, 2)))
    assert [(f.number, f.party) for f in x.figures] == [(7, "iran")]
    # not anyone counted near a body's name, nor those it attacked
    for text in ("Ít nhất 20 người trú ẩn trong trường UNRWA đã thiệt mạng.", "Hai người bị lực lượng IRGC bắn chết.",
                 "Ba người biểu tình phản đối NATO đã bị thương."):
        assert [f.party for f in extract_article(article(text)).figures] == [None], text


def test_a_ship_seized_by_a_states_force_is_an_incident_between_the_states():
    x = extract_article(article("Lực lượng Vệ binh Cách mạng Hồi giáo Iran (IRGC) tối qua (19/7) đã bắt giữ tàu chở dầu "
                                "Stena Impero treo cờ Anh ở eo biển Hormuz. Toàn bộ 23 thuyền viên trên tàu bị giữ lại.",
                                published=dt.date(2019, 7, 20)))
    assert [(e.modes, e.actors) for e in x.events] == [(("seizure",), ("iran", "anh"))]
    for text in ("Quân đội Nga thu giữ tàu bay không người lái của Ukraine hôm 13/6.",
                 "Cảnh sát biển hôm 13/6 bắt giữ tàu chở dầu lậu."):
        assert extract_article(article(text, published=dt.date(2019, 6, 14))).events == (), text
    # a fishing boat another state seizes is, and so is a ship seized by helicopter ("máy bay")
    for text in ("Trung Quốc hôm 13/6 bắt giữ tàu cá cùng 10 ngư dân Việt Nam gần quần đảo Hoàng Sa.",
                 "Houthi hôm 13/6 bắt giữ tàu chở hàng Galaxy Leader của Israel bằng máy bay trực thăng."):
        assert [e.modes for e in extract_article(article(text, published=dt.date(2019, 6, 14))).events] == [
            ("seizure",)], text


def test_a_second_count_after_a_causing_verb_is_its_own_figure():
    assert _figs("cuộc tấn công đã cướp đi sinh mạng của hai trẻ em và làm ba bé gái khác bị thương.") == [
        ("killed", 2, "exact"), ("wounded", 3, "exact")]


def test_the_attack_a_court_deals_with_is_no_new_fighting():
    from generator.extract.events import reported_only
    text = ("Tối qua (24/3), Tòa án quận Basmanny ra quyết định tạm giam bốn nghi phạm bị cáo buộc gây ra vụ tấn công "
            "khủng bố tại nhà hát Crocus City Hall.")
    assert reported_only(text, text.index("tấn công"))
    text = "Bộ Quốc phòng Nga cáo buộc quân đội Ukraine tấn công thành phố Donetsk hôm qua."
    assert not reported_only(text, text.index("tấn công"))   # an accusation of fighting is news


def test_a_share_told_as_an_aside_leaves_the_count_whole():
    assert _figs("Liên Hợp Quốc cho biết hơn 14.000 người, gần một nửa trong số đó là trẻ em, đã phải rời bỏ nhà cửa.") == [
        ("displaced", 14000, "more_than")]


def test_the_side_that_made_an_attack_is_not_its_target_when_named_twice():
    x = extract_article(article("Cuộc tấn công của Lực lượng Hỗ trợ Nhanh (RSF) vào trại Zamzam hôm 11/4 khiến 100 "
                                "người thiệt mạng.", published=dt.date(2025, 4, 14)))
    assert [(f.number, f.party) for f in x.figures] == [(100, "sudan")]


def test_the_side_whose_attack_caused_a_toll_is_not_its_victim():
    x = extract_article(article("Đợt tấn công tên lửa quy mô lớn của Nga nhằm vào thủ đô Kiev của Ukraine hôm qua (8/7) đã "
                                "khiến 38 người thiệt mạng.", published=dt.date(2024, 7, 9)))
    assert [(f.number, f.party) for f in x.figures] == [(38, "ukraine")]
    # the owner of the target is
    x = extract_article(article("Ngày 24/9, tay súng phục kích một đội tuần tra của cảnh sát Kosovo, khiến 1 cảnh sát "
                                "thiệt mạng.", published=dt.date(2023, 9, 25)))
    assert [(f.number, f.party) for f in x.figures] == [(1, "kosovo")]


def test_enemies_reported_destroyed_are_not_the_reporters_losses():
    x = extract_article(article("Bộ trưởng Nội vụ Kosovo Xhelal Sveçla ngày 24/9 cho biết 3 tay súng đã bị tiêu diệt."))
    assert [(f.number, f.party, f.own_side) for f in x.figures] == [(3, None, False)]


def test_a_toll_of_enemies_destroyed_is_inflicted_by_the_reporter_not_its_loss():
    x = extract_article(article("Ủy ban Chống khủng bố Quốc gia Nga (NAK) cho biết các tay súng đã tấn công nhà thờ. "
                                "Đến sáng nay, cơ quan này nâng số kẻ tấn công bị tiêu diệt lên sáu.",
                                published=dt.date(2024, 6, 24)))
    assert [(f.number, f.party, f.by) for f in x.figures] == [(6, None, "nga")]


def test_words_that_hold_a_countrys_name_but_name_no_actor_give_no_mention():
    ms = find_mentions("Các tay súng tấn công giáo đường Do Thái ở Derbent; người Do Thái sống ở đây từ lâu.", "a", 1)
    assert "thai-lan" not in {m.key for m in ms}
    assert "thai-lan" in {m.key for m in find_mentions("Quân đội Thái cho biết đã nổ súng.", "a", 1)}
    assert "thai-lan" in {m.key for m in find_mentions("Do Thái Lan đóng cửa biên giới, Campuchia phản đối.", "a", 1)}


def test_an_ambush_is_fighting():
    x = extract_article(article("Rạng sáng 13/9, khoảng 30 tay súng đã phục kích một đội tuần tra gần làng Banjska."))
    assert [(e.category, e.modes) for e in x.events] == [("ASSAULT", ("armed_clash",))]


def test_a_shoot_down_a_mine_and_shells_are_fighting():
    x = extract_article(article("Sáng 13/9, chiếc Su-24 của Nga bị tiêm kích F-16 của Thổ Nhĩ Kỳ bắn hạ gần biên giới.",
                                "Ngày 13/9, mìn phát nổ gần một trạm gác, khiến 2 hạ sĩ quan bị thương.",
                                "Ngày 13/9, Hàn Quốc đáp trả bằng hàng chục quả đạn pháo 155 mm.",
                                "Ngày 13/9, Mỹ công bố gói viện trợ gồm 100.000 viên đạn pháo cho Ukraine.",
                                "Ngày 13/9, Triều Tiên cung cấp súng cối cho Nga."))
    assert [e.modes for e in x.events] == [("armed_clash",), ("mines",), ("artillery",)]   # shells supplied are no fighting
    x = extract_article(article("Đêm 12/9, hàng trăm dân thường bị sát hại trong vụ thảm sát ở thị trấn Mai Kadra."))
    assert [e.modes for e in x.events] == [("massacre",)]


def test_fighting_told_after_then_is_new_and_takes_the_day_its_story_was_told_on():
    x = extract_article(article("Theo Hải quân Ukraine, ngày 12/9, ba tàu Ukraine bị tàu biên phòng Nga chặn lại. "
                                "Một tàu kéo bị đâm va, sau đó phía Nga nổ súng và bắt giữ cả ba tàu."))
    assert [(e.modes, str(e.date.start)) for e in x.events] == [(("armed_clash",), "2022-09-12")]
    x = extract_article(article("Ngày 12/9, Ngoại trưởng hai nước gặp nhau tại Moscow. Ngày hôm sau, giao tranh "
                                "bùng phát ở biên giới."))
    assert [e.date for e in x.events] == [None]   # the day after, not the day told


def test_fighting_of_the_last_month_is_news_and_older_fighting_is_history():
    x = extract_article(article("Ngày 25/8, giao tranh nổ ra giữa Armenia và Azerbaijan.",
                                "Ngày 1/8, giao tranh nổ ra giữa Armenia và Azerbaijan."))
    assert [str(e.date.start) for e in x.events] == ["2022-08-25"]
    assert [c.text[:9] for c in x.background] == ["Ngày 1/8,"]


def test_fighting_counted_since_it_broke_out_spans_from_that_day():
    x = extract_article(article("Giao tranh vẫn tiếp diễn, trong khi WHO ngày 13/9 cho biết 413 người đã thiệt mạng "
                                "kể từ khi xung đột bùng phát hôm 10/9."))
    assert [(str(e.date.start), str(e.date.end), e.date.precision) for e in x.events] == [
        ("2022-09-10", "2022-09-13", "span")]


def test_fighting_a_reaction_condemns_is_no_news_of_fighting():
    x = extract_article(article("Ngày 13/9, Indonesia ra tuyên bố “lên án mạnh mẽ” các cuộc không kích.",
                                "Ngày 13/9, Pháp chỉ trích vụ pháo kích vào khu dân cư."))
    assert x.events == () and [s.actor for s in x.statements] == ["indonesia", "phap"]


def test_only_fighting_that_broke_out_starts_a_span_and_fleeing_people_may_die():
    x = extract_article(article("Ngày 13/9, hai bên đụng độ lần đầu tiên kể từ khi lệnh ngừng bắn bắt đầu hôm 10/9."))
    assert [(str(e.date.start), e.date.precision) for e in x.events] == [("2022-09-13", "day")]
    assert [(f.kind, f.number) for f in find_figures("Khoảng 10 người dân chạy trốn đã bị bắn chết.")] == [("killed", 10)]
    assert [(f.kind, f.number) for f in find_figures("Khoảng 10.000 người chạy sang Chad để tránh bị giết.")] == [
        ("displaced", 10000)]
    assert find_figures("Reuters dẫn lời hai quan chức Mỹ cho biết nhiều binh sĩ Mỹ bị thương nhẹ.") == []


def test_a_place_a_titled_speaker_speaks_from_is_no_actor_but_one_an_attack_came_from_is():
    chile = find_mentions("Từ Chile, Thủ tướng Recep Tayyip Erdogan gọi vụ tấn công là “khủng bố nhà nước”.", "a", 1)
    lebanon = find_mentions("Từ Li-băng, Hezbollah phóng 30 rocket vào Israel.", "a", 1)
    assert [(m.key, m.as_place) for m in chile + lebanon if m.kind == "country"] == [
        ("chile", True), ("lebanon", False), ("israel", False)]


def test_a_state_a_region_borders_is_a_place():
    ms = find_mentions("Chính phủ ban bố thiết quân luật tại ba tỉnh cực nam giáp biên giới Malaysia.", "a", 1)
    assert [(m.key, m.as_place) for m in ms if m.kind == "country"] == [("malaysia", True)]
    # armour ("thiết giáp", "bọc giáp") is no border
    ms = find_mentions("Hôm 12/11, lữ đoàn thiết giáp Israel đã tấn công thành phố Khan Younis.", "a", 1)
    assert [(m.key, m.as_place) for m in ms if m.kind == "country"] == [("israel", False)]


def test_a_state_named_as_a_country_after_a_locative_is_a_place():
    ms = find_mentions("16.000 người đã vượt sông Congo sang lánh nạn tại nước Cộng hòa Congo láng giềng.", "a", 1)
    assert [(m.key, m.as_place) for m in ms if m.kind == "country"] == [("cong-hoa-congo", True)]
    ms = find_mentions("Nước Nga tuyên bố sẽ đáp trả.", "a", 1)
    assert [(m.key, m.as_place) for m in ms if m.kind == "country"] == [("nga", False)]


def test_a_place_one_letter_off_a_capital_is_no_state():
    ms = find_mentions("Vụ nổ xảy ra trong khuôn viên Trung tâm văn hóa Amara.", "a", 1)
    assert "eritrea" not in {m.key for m in ms}   # Asmara stands for Eritrea; Amara is a cultural centre


def test_a_central_bank_is_part_of_the_role_and_ids_are_ascii():
    people = _people("Thống đốc Ngân hàng Trung ương Nga Elvira Nabiullina gặp Thống đốc Nguyễn Thị Hồng.")
    assert people == {"Elvira Nabiullina": ("Thống đốc Ngân hàng Trung ương Nga", "nga"),
                      "Nguyễn Thị Hồng": ("Thống đốc", None)}
    assert [slug(n) for n in ("Süleyman Tapsız", "Łukasz Jasina", "Søren")] == ["suleyman-tapsiz", "lukasz-jasina", "soren"]


def test_a_word_of_a_hyphenated_name_is_no_misspelt_country():
    ms = find_mentions("quân đội Sudan đã giành quyền kiểm soát khu vực Jabal Kala al-Laban gần biên giới.", "a", 1)
    assert "lebanon" not in {m.key for m in ms}


def test_an_undated_statement_takes_the_day_of_the_last_one_in_its_paragraph():
    x = extract_article(article("Ngày 12/9, người phát ngôn Liên hợp quốc Stéphane Dujarric cho biết Tổng thư ký Antonio "
                                "Guterres đặc biệt quan ngại về các vụ đụng độ hôm 9/9. Ông Guterres kêu gọi hai nước "
                                "giải quyết hòa bình bất đồng."))
    assert {str(s.date.start) for s in x.statements} == {"2022-09-12"}


def test_a_person_named_as_the_object_is_not_who_ong_means_next():
    assert _speakers("Ngoại trưởng Iran Abbas Araghchi ngày 13/9 cho biết Tehran sẽ đáp trả. Vụ không kích đã "
                     "sát hại Tổng Tham mưu trưởng Iran Mohammad Bagheri. Ông kêu gọi Hội đồng Bảo an họp khẩn.") == {"person:abbas-araghchi"}



def test_a_verb_after_a_comma_continues_the_ong_that_opens_the_sentence():
    x = extract_article(article("Tối qua (18/7), Tổng thống Obama cho biết máy bay bị bắn hạ. Ông gọi vụ việc là “sự "
                                "phẫn nộ”, kêu gọi các bên lập tức ngừng bắn."))
    assert [(s.actor, s.stance) for s in x.statements] == [("person:obama", ("condemn", "call_ceasefire"))]
    # not one who suffered, a verb used as a noun, or a verb whose subject follows it
    for text in ("Ông bị thương nặng trong vụ nổ, cho biết các bác sĩ đang điều trị và kêu gọi hiến máu.",
                 "Họ thiệt mạng khi tên lửa rơi trúng nhà, tuyên bố của chính quyền địa phương lên án vụ tấn công.",
                 "Họ xông vào tòa nhà và nổ súng, cho biết nhân chứng."):
        x = extract_article(article("Tổng thống Obama cho biết máy bay bị bắn hạ.", text))
        assert [s.actor for s in x.statements if s.spans[0].paragraph == 2] in ([], [None]), text

def test_a_cue_without_a_verb_belongs_to_the_subject_of_its_clause_and_he_is_ong_after():
    x = extract_article(article("Ngay sau các vụ đụng độ, Ngoại trưởng Indonesia Marty Natalegawa đã tới Phnom Penh ngày "
                                "7/9 và Bangkok ngày 8/9 để hòa giải. “Tiếng súng phải im lặng”, ông nói, kêu gọi hai "
                                "nước ngừng bắn và trở lại bàn đàm phán."))
    assert [(s.actor, s.stance) for s in x.statements] == [
        ("person:marty-natalegawa", ("mediation",)), ("person:marty-natalegawa", ("call_ceasefire", "call_dialogue"))]


def test_a_call_to_end_shelling_is_a_call_for_a_ceasefire():
    x = extract_article(article("Ngoại trưởng Nga Sergei Lavrov kêu gọi “chấm dứt ngay lập tức mọi cuộc pháo kích”."))
    assert [(s.actor, s.stance) for s in x.statements] == [("person:sergei-lavrov", ("call_ceasefire",))]


def test_a_total_broken_down_by_side_gives_each_side_its_part():
    x = extract_article(article("Theo ông Takor, vụ đấu súng khiến 2 người thiệt mạng, gồm 1 người phía Afghanistan và "
                                "1 người phía Iran, cùng nhiều người khác bị thương."))
    assert sorted((f.number, f.party) for f in x.figures) == [(1, "afghanistan"), (1, "iran")]


def test_theo_after_a_clause_with_its_own_subject_is_no_reporter():
    x = extract_article(article("Ngày 13/9, Israel tiếp tục không kích, theo yêu cầu của Mỹ, khiến 30 người thiệt mạng."))
    assert [(f.party, f.reported_by) for f in x.figures] == [(None, None)]
    x = extract_article(article("Ngày 13/9, quân đội Israel không kích Gaza, theo sau vụ tấn công của Hamas, khiến 30 "
                                "người Palestine thiệt mạng."))
    assert [f.reported_by for f in x.figures] == [None]


def test_according_to_after_a_short_lead_in_names_the_reporter():
    x = extract_article(article("Ở phía bên kia, theo bản tin của Văn phòng Thủ tướng Israel ngày 13/9, các đợt tấn công "
                                "tên lửa của Iran đã làm 24 người thiệt mạng và 804 người bị thương."))
    assert [(f.number, f.party, f.reported_by) for f in x.figures] == [(24, "israel", "israel"), (804, "israel", "israel")]


def test_bodies_found_are_the_dead_but_not_bodies_handed_over():
    assert _figs("lực lượng tìm kiếm đã phát hiện thi thể 2 dân thường trên đảo.") == [("killed", 2, "exact")]
    assert _figs("Hamas cho biết đã trao trả thi thể 4 con tin cho Israel.") == []
    assert _figs("Ukraine cho biết đã nhận thi thể 1.000 binh sĩ từ Nga.") == []


def test_a_breakdown_by_side_replaces_its_total_only_when_its_parts_add_up_to_it():
    assert _figs("khiến 10 người thiệt mạng, gồm 1 người phía Afghanistan và 1 người phía Iran.") == [("killed", 10, "exact")]
    assert _figs("khiến 2 người thiệt mạng, gồm 1 người phía quân đội Afghanistan và 1 người phía biên phòng Iran.") \
        == [("killed", 2, "exact")]


def test_a_state_named_in_the_description_of_the_event_is_not_the_side_counted():
    x = extract_article(article("Ngày 13/9, lực lượng tìm kiếm nâng số người thiệt mạng trong vụ Triều Tiên pháo kích "
                                "hòn đảo này lên 4 người."))
    assert [(f.number, f.party) for f in x.figures] == [(4, None)]


def test_without_a_verb_the_person_a_title_names_speaks_not_the_organisation_in_the_title():
    x = extract_article(article('Tổng thư ký Liên Hợp Quốc Antonio Guterres "vô cùng quan ngại" về các vụ đụng độ.'))
    assert [s.actor for s in x.statements] == ["person:antonio-guterres"]
    x = extract_article(article("Ngày 13/9, Thổ Nhĩ Kỳ - đồng minh của Baku - công khai đứng về phía Azerbaijan."))
    assert [(s.actor, s.stance) for s in x.statements] == [("tho-nhi-ky", ("support",))]
    x = extract_article(article("Tháng này, vùng Karabakh của Azerbaijan do lực lượng ly khai được Yerevan hậu thuẫn kiểm soát."))
    assert [(s.actor, s.stance) for s in x.statements] == [("armenia", ("support",))]


def test_an_unknown_organisation_by_its_abbreviation_belongs_to_the_title_not_the_name():
    people = _people("Người phát ngôn SPLA Philip Aguer nói với AFP. Bộ trưởng Thống nhất Hong Yong-pyo cho biết.")
    assert people == {"Philip Aguer": ("Người phát ngôn SPLA", None), "Hong Yong-pyo": ("Bộ trưởng Thống nhất", None)}


def test_those_asked_to_talk_are_not_who_speaks():
    assert _speakers("Tổng thống Mỹ Barack Obama ngày 13/9 nói Thổ Nhĩ Kỳ có quyền tự vệ. Ông kêu gọi Nga và "
                     "Thổ Nhĩ Kỳ đối thoại để tránh leo thang.") == {"person:barack-obama"}


def test_a_place_in_brackets_or_after_a_capitalised_locative_is_no_speaker():
    assert _speakers("Tại Nhà Trắng ngày 13/9 (giờ Washington), Tổng thống Pháp François Hollande, trong cuộc "
                     "họp báo chung với Tổng thống Mỹ, nói: “Chúng tôi kêu gọi hai bên kiềm chế”.") == {"person:francois-hollande"}


def test_a_sentence_of_thousands_of_stance_cues_is_read_in_linear_time():
    # untrusted text with no full stop: each cue once checked the whole sentence again
    import time
    from generator.extract.statements import stance_cues
    for unit in ("hỗ trợ ", "kêu gọi ngừng bắn ", "điện đàm "):
        small, large = unit * 1500, unit * 6000
        t = time.perf_counter()
        stance_cues(small)
        t_small = time.perf_counter() - t
        t = time.perf_counter()
        stance_cues(large)
        t_large = time.perf_counter() - t
        assert t_large < max(0.5, 6 * t_small), (unit, t_small, t_large)   # 4x the text: ~4x the time


def test_the_side_written_after_the_people_counted_is_theirs():
    x = extract_article(article("Hôm 21/8, một cuộc không kích của Israel ở Rafah đã hạ sát ba chỉ huy cấp cao của "
                                "cánh vũ trang Hamas. IDF cho biết đã nhắm vào một khu nhà của Hamas và tiêu diệt hai chỉ huy "
                                "của phong trào này.", published=dt.date(2014, 8, 22)))
    assert [(f.number, f.party) for f in x.figures] == [(3, "hamas"), (2, "hamas")]
    # only an armed group stands behind "lực lượng này", never the state that struck
    x = extract_article(article("Hôm 21/8, Israel cho biết đã tiêu diệt hai chỉ huy của lực lượng này.",
                                published=dt.date(2014, 8, 22)))
    assert [(f.number, f.party) for f in x.figures] == [(2, None)]


def test_a_toll_counted_since_a_day_is_the_toll_of_the_fighting_begun_then():
    x = extract_article(article("Ngày 24/6, Bộ Y tế Iran cho biết ít nhất 610 người đã thiệt mạng và hơn 4.700 người bị "
                                "thương tại Iran kể từ khi chiến sự nổ ra ngày 13/6. Phía Israel cho biết 28 người đã "
                                "thiệt mạng.", published=dt.date(2025, 6, 25)))
    assert [(f.number, f.since) for f in x.figures] == [(610, dt.date(2025, 6, 13)), (4700, dt.date(2025, 6, 13)),
                                                        (28, dt.date(2025, 6, 13))]
    # the day may lead the sentence, even long before the news
    x = extract_article(article("Kể từ khi Israel mở chiến dịch “Vành đai bảo vệ” ngày 8/7, hơn 2.100 người Palestine "
                                "đã thiệt mạng và hơn 10.000 người bị thương.", published=dt.date(2014, 8, 27)))
    assert [(f.number, f.party, f.since) for f in x.figures] == [(2100, "palestine", dt.date(2014, 7, 8)),
                                                                 (10000, "palestine", dt.date(2014, 7, 8))]
    # a sentence dated on its own counts afresh
    x = extract_article(article("Ít nhất 610 người đã thiệt mạng kể từ ngày 13/6. Ngày 24/6, 3 người thiệt mạng ở Beersheba.",
                                published=dt.date(2025, 6, 25)))
    assert [(f.number, f.since) for f in x.figures] == [(610, dt.date(2025, 6, 13)), (3, None)]


def test_a_state_named_with_its_peacekeepers_is_no_party_to_the_fighting():
    x = extract_article(article("Ngày 20/9, một xe của lực lượng gìn giữ hòa bình Nga bị bắn gần làng Janyatag khi "
                                "Azerbaijan tấn công các vị trí của lực lượng ly khai Nagorno-Karabakh.",
                                published=dt.date(2023, 9, 21)))
    (e,) = x.events
    assert "nga" not in e.actors and "azerbaijan" in e.actors


def test_the_one_a_camp_is_named_against_is_no_party_to_fighting_within_the_camp():
    x = extract_article(article("Giao tranh ác liệt giữa các lực lượng cùng thuộc phe chống Houthi đã nổ ra tại thành "
                                "phố Ataq từ tối Chủ nhật (7/8), khiến ít nhất 18 người thiệt mạng.",
                                published=dt.date(2022, 8, 9)))
    assert [e.actors for e in x.events] == [()]
    x = extract_article(article("Hôm qua (8/8), quân đội Yemen giao tranh chống Houthi ở Marib.",
                                published=dt.date(2022, 8, 9)))
    assert x.events[0].actors == ("yemen", "houthi")
    # the camp fighting the one it is named against
    x = extract_article(article("Hôm qua (8/8), các lực lượng phe chống Houthi mở cuộc tấn công vào thành phố Hodeidah.",
                                published=dt.date(2022, 8, 9)))
    assert "houthi" in x.events[0].actors


def test_an_ally_the_subject_fights_beside_is_no_side():
    x = extract_article(article("Ngày 1/10, quân đội Mali phối hợp với quân đội Burkina Faso tấn công các tay súng JNIM.",
                                published=dt.date(2019, 10, 3)))
    assert "burkina-faso" not in x.events[0].actors and "mali" in x.events[0].actors


def test_an_organs_name_of_several_capitalised_pairs_ends_before_the_persons_name():
    ms = find_mentions("Chủ tịch Ủy ban An ninh Quốc gia Kamchybek Tashiev đã về nước. Thứ trưởng thứ nhất Aliza "
                       "Soltonbekova công bố con số 33 người chết.", "a", 1)
    people = {m.name: m.role for m in ms if m.kind == "person"}
    assert people == {"Kamchybek Tashiev": "Chủ tịch Ủy ban An ninh Quốc gia", "Aliza Soltonbekova": "Thứ trưởng thứ nhất"}


def test_a_toll_names_its_side_between_the_people_and_the_verb_and_citizens_are_people():
    x = extract_article(article("Hôm 21/10, số binh sĩ Campuchia tử trận trong vụ đụng độ đã tăng từ hai lên ba người. "
                                "Theo Đài Ozodi, 16 công dân Tajikistan đã thiệt mạng.", published=dt.date(2008, 10, 22)))
    assert [(f.kind, f.number, f.party) for f in x.figures] == [("killed", 3, "campuchia"), ("killed", 16, "tajikistan")]


def test_a_states_royal_armed_forces_are_no_armed_group():
    ms = find_mentions("Bộ Ngoại giao Maroc cho biết các Lực lượng vũ trang Hoàng gia (FAR) buộc phải hành động, "
                       "trong khi Quân đội Hoàng gia Campuchia nổ súng.", "a", 1)
    assert [m.key for m in ms if m.kind == "group"] == []


def test_a_toll_counted_since_a_day_takes_only_its_own_kể_từ_and_only_the_start_of_fighting():
    # the day's own toll is not the total counted since 13/6 that follows it
    x = extract_article(article("Ngày 24/6, tên lửa Iran tấn công Beersheba của Israel, khiến 4 người thiệt mạng, nâng "
                                "tổng số người chết ở Israel kể từ ngày 13/6 lên 28 người.", published=dt.date(2025, 6, 25)))
    assert [(f.number, f.since) for f in x.figures] == [(4, None), (28, dt.date(2025, 6, 13))]
    # counted since a day that is no start of fighting, or a day's toll after a count: not since
    x = extract_article(article("Ngày 28/2, Israel không kích Rafah. Kể từ khi ông Trump nhậm chức ngày 20/1, hơn 300 "
                                "người Palestine đã thiệt mạng.", published=dt.date(2025, 3, 1)))
    assert [f.number for f in x.figures if f.since] == []
    x = extract_article(article("Ngày 24/6, Bộ Y tế Iran cho biết 610 người Iran đã thiệt mạng kể từ ngày 13/6. Riêng "
                                "trong 24 giờ qua, 30 người Iran đã thiệt mạng.", published=dt.date(2025, 6, 25)))
    assert [(f.number, f.since) for f in x.figures] == [(610, dt.date(2025, 6, 13)), (30, None)]


def test_hostages_of_a_group_are_not_its_own_and_a_name_particle_ends_no_organ():
    x = extract_article(article("Ngày 1/9, quân đội Israel tìm thấy thi thể 6 con tin của Hamas tại Rafah.",
                                published=dt.date(2024, 9, 2)))
    assert [f.party for f in x.figures] != ["hamas"]
    ms = find_mentions("Ngày 3/9, Chủ tịch Hội đồng Tổng thống Mohamed al-Menfi kêu gọi ngừng bắn.", "a", 1)
    assert [m.name for m in ms if m.kind == "person"] == ["Mohamed al-Menfi"]


def test_an_unforgivable_act_is_condemned_and_stopping_the_shelling_is_a_call_to_cease_fire():
    said = _said("Ngày 23/11, Thủ tướng Nhật Bản Naoto Kan gọi hành động của Bình Nhưỡng là “không thể tha thứ”.",
                 "Ngày 23/11, Ngoại trưởng Nga Sergei Lavrov kêu gọi chấm dứt ngay lập tức mọi vụ nã pháo.",
                 published=dt.date(2010, 11, 24))
    assert [(actor, stance) for actor, stance, _ in said] == [
        ("person:naoto-kan", ("condemn",)), ("person:sergei-lavrov", ("call_ceasefire",))]


def test_fighting_in_its_nth_day_began_n_minus_one_days_before():
    x = extract_article(article("Bước sang ngày thứ năm, xung đột giữa Israel và phong trào Hamas tiếp tục leo thang. "
                                "Ngày 14/9, giao tranh giữa Kyrgyzstan và Tajikistan đã kéo dài sang ngày thứ hai.",
                                published=dt.date(2023, 10, 11)))
    assert [(str(e.date.start), str(e.date.end), e.actors) for e in x.events] == [
        ("2023-10-07", "2023-10-11", ("israel", "hamas")), ("2023-09-13", "2023-09-14", ("kyrgyzstan", "tajikistan"))]
    # the date's words are the count's alone; a clause after a comma is no subject of it
    x = extract_article(article("Bước sang ngày thứ năm, xung đột giữa Israel và Hamas tiếp tục leo thang.",
                                "Giao tranh nổ ra hôm 9/10, và phiên họp đã bước sang ngày thứ hai.",
                                published=dt.date(2023, 10, 11)))
    assert [(e.date.text, str(e.date.start), str(e.date.end)) for e in x.events] == [
        ("Bước sang ngày thứ năm", "2023-10-07", "2023-10-11"), ("hôm 9/10", "2023-10-09", "2023-10-09")]
    # "thứ Hai" is Monday, and a day count of something else, about the fighting or not, is no fighting
    x = extract_article(article("Vào ngày thứ Hai, các nhà lãnh đạo gặp nhau. Hội nghị đã bước sang ngày thứ hai. "
                                "Cuộc biểu tình phản đối chiến sự ở Gaza tại London bước sang ngày thứ tư. Các cuộc "
                                "đàm phán nhằm chấm dứt xung đột giữa Israel và Hamas đã bước sang ngày thứ ba.",
                                published=dt.date(2023, 10, 11)))
    assert x.events == ()


def test_fighting_n_days_after_another_event_is_dated_from_it():
    # the day written before "N ngày sau khi" is the later one's: the fighting after it came N days before
    x = extract_article(article("Chiến dịch tìm kiếm cứu nạn tại Dnipro đã kết thúc tối qua (17/1), ba ngày sau khi tên "
                                "lửa Nga đánh sập một đơn nguyên của tòa nhà.", published=dt.date(2023, 1, 18)))
    assert [(str(e.date.start), e.date.text) for e in x.events] == [("2023-01-14", "ba ngày trước 17/1")]
    # the day written after it is the earlier event's: the fighting before it came N days after
    x = extract_article(article("Vụ không kích diễn ra chỉ hai ngày sau khi Tòa án Công lý quốc tế hôm 24/5 ra lệnh cho "
                                "Israel dừng chiến dịch quân sự tại Rafah.", published=dt.date(2024, 5, 27)))
    assert [str(e.date.start) for e in x.events] == ["2024-05-26"]
    # "trong ngày xảy ra vụ tấn công" names the day of the attack, not the last day written
    assert find_dates("Ngay trong ngày xảy ra vụ tấn công, Thủ tướng Anh đã cam kết viện trợ.", dt.date(2023, 1, 18),
                      dt.date(2023, 1, 17)) == []
    assert [f.value for f in find_dates("Ngay trong ngày, Thủ tướng Anh đã cam kết viện trợ.", dt.date(2023, 1, 18),
                                        dt.date(2023, 1, 17))] == [dt.date(2023, 1, 17)]


def test_what_n_days_after_does_not_reach():
    # the clause the phrase opens ends where the sentence goes on with its own news: that day is the news's
    x = extract_article(article("Israel không kích khu trại lều ở Rafah hai ngày sau khi Tòa án Công lý quốc tế ra lệnh "
                                "dừng chiến dịch, khiến 45 người Palestine thiệt mạng hôm 26/5.",
                                published=dt.date(2024, 5, 27)))
    assert [(str(e.date.start), e.apart) for e in x.events] == [("2024-05-26", False)]
    # a toll of the whole war in the sentence is no toll of the earlier event
    x = extract_article(article("Israel không kích Rafah hôm 28/5, hai ngày sau khi Israel tấn công trại tị nạn ở Rafah "
                                "hôm 26/5, trong cuộc xung đột đã khiến hơn 36.000 người Palestine thiệt mạng kể từ tháng "
                                "10/2023.", published=dt.date(2024, 5, 29)))
    assert x.figures == ()
    # the phrase may open the sentence; one event told twice is one
    x = extract_article(article("Hai ngày sau khi Israel không kích Rafah hôm 26/5, Hamas phóng tên lửa vào Tel Aviv.",
                                published=dt.date(2024, 5, 29)))
    assert [(str(e.date.start), e.apart) for e in x.events if e.date] == [("2024-05-26", True)]
    x = extract_article(article("Chiến dịch tìm kiếm tại Dnipro đã kết thúc tối qua (17/1), ba ngày sau khi tên lửa Nga "
                                "tấn công tòa nhà chung cư hôm 14/1.", published=dt.date(2023, 1, 18)))
    assert [str(e.date.start) for e in x.events] == ["2023-01-14"]
    # wounded at a protest after an air strike are the protest's, not the strike's
    x = extract_article(article("Ngày 3/3, ít nhất 10 người bị thương trong cuộc biểu tình sau vụ không kích của Israel "
                                "hôm 1/3.", published=dt.date(2023, 3, 4)))
    assert x.events == ()
    # "Cùng ngày xảy ra ..." is still the same day
    assert [f.value for f in find_dates("Cùng ngày xảy ra vụ đánh bom ở Kabul, Mỹ lên án.", dt.date(2023, 1, 18),
                                        dt.date(2023, 1, 17))] == [dt.date(2023, 1, 17)]


def test_a_toll_after_sau_khi_is_an_earlier_events_only_when_the_sentence_tells_of_fighting_before_it():
    # "căng thẳng mới sau khi ... hành quyết tám người": the execution is the news, and its toll is read
    x = extract_article(article("Quan hệ hai nước rơi vào căng thẳng mới sau khi quân đội Sudan cáo buộc quân đội Ethiopia "
                                "đã hành quyết tám người Sudan bị bắt giữ.", published=dt.date(2022, 6, 28)))
    assert [(f.number, f.kind) for f in x.figures] == [(8, "killed"), (8, "captured")]
    assert [e.modes for e in x.events] == [("massacre",)]
    # "Ấn Độ không kích ... sau khi vụ đánh bom khiến 40 cảnh sát thiệt mạng": the bombing's toll is not the strike's
    x = extract_article(article("Ngày 26/2, Ấn Độ không kích Balakot sau khi vụ đánh bom liều chết khiến 40 cảnh sát thiệt "
                                "mạng.", published=dt.date(2019, 2, 27)))
    assert x.figures == ()


def test_an_earlier_attack_n_days_before_the_fighting_the_sentence_before_dated_takes_its_toll():
    x = extract_article(article("Rạng sáng nay (26/2), máy bay Ấn Độ ném bom một trại huấn luyện gần Balakot. Cuộc không "
                                "kích diễn ra 12 ngày sau vụ đánh bom liều chết ở Pulwama khiến 40 cảnh sát Ấn Độ thiệt "
                                "mạng.", published=dt.date(2019, 2, 26)))
    earlier = [e for e in x.events if e.apart]
    assert [(str(e.date.start), e.modes, e.actors) for e in earlier] == [("2019-02-14", ("bombing",), ("an-do",))]
    assert [(f.number, f.party, f.event) for f in x.figures] == [(40, "an-do", earlier[0].span)]
    # a sentence that writes its own day is dated by it, not by the one before
    x = extract_article(article("Rạng sáng nay (26/2), máy bay Ấn Độ ném bom Balakot. Hôm 20/2, Pakistan nói cuộc không "
                                "kích sẽ diễn ra 12 ngày sau vụ đánh bom ở Pulwama.", published=dt.date(2019, 2, 26)))
    assert not [e for e in x.events if e.apart]


def test_acting_and_interim_heads_and_an_ayatollah_are_titled_before_their_names():
    x = extract_article(article("Thủ tướng tạm quyền Liban Najib Mikati và Tổng thống lâm thời Mali Assimi Goita lên án vụ "
                                "việc. Lãnh tụ tối cao Iran Ayatollah Ali Khamenei tuyên bố sẽ trả thù."))
    people = {m.key: m.affiliation for m in x.mentions if m.kind == "person"}
    assert people == {"person:najib-mikati": "lebanon", "person:assimi-goita": "mali", "person:ali-khamenei": "iran"}


def test_a_state_whose_civilians_were_struck_is_no_side_to_the_attack():
    x = extract_article(article("Tối 27/6, nhà văn đang ăn tối cùng một phái đoàn nhà báo Colombia thì tên lửa đánh trúng "
                                "tòa nhà.", published=dt.date(2023, 6, 28)))
    assert [(e.modes, e.actors) for e in x.events] == [(("missile",), ())]
    x = extract_article(article("Tối 27/6, tên lửa Nga đánh trúng một nhà hàng ở Kramatorsk.", published=dt.date(2023, 6, 28)))
    assert [e.actors for e in x.events] == [("nga",)]


def test_the_day_after_the_speech_verb_closing_a_raised_toll_is_the_reports():
    x = extract_article(article("Nhà văn đã qua đời trong vụ tên lửa Nga đánh trúng nhà hàng ở Kramatorsk, nâng số người "
                                "thiệt mạng lên 13, Trung tâm PEN Ukraine thông báo tối qua (2/7).",
                                "Tối 27/6, tên lửa Iskander đánh trúng tòa nhà.", published=dt.date(2023, 7, 3)))
    assert sorted(str(e.date.start) for e in x.events if e.date) == ["2023-06-27"]
    # a toll not raised keeps the day written after its verb as the attack's
    x = extract_article(article("Tên lửa Nga đánh trúng nhà hàng ở Kramatorsk, khiến 13 người thiệt mạng, Ukraine cho biết "
                                "tối qua (2/7).", published=dt.date(2023, 7, 3)))
    assert [str(e.date.start) for e in x.events] == ["2023-07-02"]


def test_fighting_told_as_n_days_before_an_offices_act_is_dated_n_days_before_it():
    x = extract_article(article("Tổng thống Nga Vladimir Putin hôm qua (28/11) đã ký sắc lệnh trừng phạt Thổ Nhĩ Kỳ, bốn "
                                "ngày sau khi chiến đấu cơ F-16 của nước này bắn rơi máy bay Su-24 của Nga, khiến hai "
                                "quân nhân Nga thiệt mạng.", published=dt.date(2015, 11, 29)))
    assert [str(e.date.start) for e in x.events] == ["2015-11-24"]
    # not news of its own after a comma, nor fighting that is the sentence's own
    x = extract_article(article("Hôm 9/3, chỉ hai ngày sau vụ việc ở Kaduna, các tay súng đã tấn công một trường học ở "
                                "Sokoto.", published=dt.date(2024, 3, 10)))
    assert [str(e.date.start) for e in x.events] == ["2024-03-09"]


def test_an_earlier_clash_whose_clause_names_no_side_is_the_two_states_the_sentence_goes_on_with():
    x = extract_article(article("Gần một tuần sau cuộc đụng độ đẫm máu tại thung lũng Galwan, đêm 15/6, Ấn Độ và Trung Quốc "
                                "vẫn đưa ra những tuyên bố trái ngược.", published=dt.date(2020, 6, 21)))
    assert [(str(e.date.start), e.actors) for e in x.events if e.apart] == [("2020-06-15", ("an-do", "trung-quoc"))]
    x = extract_article(article("Hai tuần sau vụ tấn công ngày 22/4 nhằm vào khách du lịch, Ấn Độ đóng cửa biên giới.",
                                published=dt.date(2025, 5, 6)))
    assert [e for e in x.events if e.apart] == []


def test_schoolgirls_fishermen_and_protesters_are_people_a_toll_counts():
    x = extract_article(article("Cảnh sát công bố 276 nữ sinh đã bị bắt cóc. Các phụ huynh cho biết 234 nữ sinh vẫn mất tích. "
                                "Ba ngư dân và 12 người biểu tình đã thiệt mạng.", published=dt.date(2014, 5, 9)))
    assert [(f.kind, f.number) for f in x.figures] == [("captured", 276), ("missing", 234), ("killed", 3), ("killed", 12)]


def test_gunmen_shot_dead_and_people_whose_fate_is_unknown_are_counted():
    x = extract_article(article("Năm tay súng bị bắn hạ. Hội Chữ thập đỏ cho biết 63 người vẫn chưa rõ tung tích.",
                                published=dt.date(2013, 9, 26)))
    assert [(f.kind, f.number) for f in x.figures] == [("killed", 5), ("missing", 63)]
    # an aircraft shot down is nobody; suspects arrested afterwards are no casualties of the fighting
    x = extract_article(article("Hai máy bay bị bắn hạ. Cảnh sát đã bắt giữ tám nghi phạm.", published=dt.date(2013, 9, 26)))
    assert x.figures == ()


def test_the_gazetteer_knows_regional_bodies_and_factions_the_press_names_bare():
    x = extract_article(article("Nhóm Jamaat-ul-Ahrar đe dọa. Pháp ủng hộ các nước G5 Sahel. Văn phòng Liên Hợp Quốc tại "
                                "Tây Phi và Sahel (UNOWAS) lên án vụ tấn công."))
    assert [(m.key, m.kind) for m in x.mentions if m.kind != "country"] == [
        ("jamaat-ul-ahrar", "group"), ("g5-sahel", "organization"),
        ("van-phong-lien-hop-quoc-tai-tay-phi-va-sahel", "organization"),
        ("van-phong-lien-hop-quoc-tai-tay-phi-va-sahel", "organization")]
    x = extract_article(article("Giao tranh giữa phong trào Fatah và các nhóm Hồi giáo cực đoan; phong trào Amal kêu gọi "
                                "ngừng bắn. Bà Amal Clooney kêu gọi điều tra."))
    assert [(m.key, m.kind) for m in x.mentions] == [("fatah", "group"), ("amal", "group"),
                                                     ("person:amal-clooney", "person")]
    x = extract_article(article("Các tay súng Quân Mahdi, dân quân Badr và nhóm Asaib Ahl al-Haq; Ngoại trưởng Oman Badr "
                                "Albusaidi."))
    assert [(m.key, m.kind) for m in x.mentions if m.kind != "country"] == [
        ("quan-mahdi", "group"), ("to-chuc-badr", "group"), ("asaib-ahl-al-haq", "group"), ("person:badr-albusaidi", "person")]
    # a coalition a state leads is one actor, which stands on its side; the state named inside it is named
    # too, as in a title, and is no side of its own
    x = extract_article(article("Máy bay của liên quân do Mỹ dẫn đầu đã không kích các vị trí của quân đội Syria hôm 17/9.",
                                published=dt.date(2016, 9, 18)))
    assert [(m.key, m.in_role) for m in x.mentions] == [("lien-quan-do-my-dan-dau", False), ("my", True), ("syria", False)]
    assert [e.actors for e in x.events] == [("my", "syria")]


def test_a_town_the_article_names_is_no_part_of_its_mayors_name():
    x = extract_article(article("Tên lửa Nga rơi xuống một tòa chung cư ở thành phố Uman.",
                                "Thị trưởng Uman Iryna Pletnyova cho biết thành phố để tang ba ngày."))
    assert [m.key for m in x.mentions if m.kind == "person"] == ["person:iryna-pletnyova"]
    # a governor's name of three words is whole when the article names no place so
    x = extract_article(article("Thống đốc Babagana Umara Zulum tới Chibok."))
    assert [m.key for m in x.mentions if m.kind == "person"] == ["person:babagana-umara-zulum"]


def test_the_past_day_the_news_is_compared_with_and_what_it_saw_are_history():
    x = extract_article(article("Vụ Uman là đòn tấn công đẫm máu nhất kể từ ngày 14/1/2023, khi một tên lửa Kh-22 đánh "
                                "trúng một tòa chung cư ở Dnipro, khiến hơn 40 người thiệt mạng.",
                                published=dt.date(2023, 5, 2)))
    assert (x.events, x.figures, [b.years for b in x.background]) == ((), (), [(2023,)])
    # a comparison alone leaves the news its own
    x = extract_article(article("Hôm qua (28/4), tên lửa Nga đánh trúng Uman, vụ tấn công đẫm máu nhất kể từ ngày 14/1.",
                                published=dt.date(2023, 4, 29)))
    assert [str(e.date.start) for e in x.events] == ["2023-04-28"]


def test_a_missile_of_a_named_type_is_still_its_owners():
    x = extract_article(article("Tên lửa hành trình của Nga đã đánh trúng một tòa chung cư, khiến ít nhất 23 người thiệt "
                                "mạng.", published=dt.date(2023, 4, 29)))
    assert [(f.party, f.by) for f in x.figures] == [(None, "nga")]
    x = extract_article(article("Tên lửa hành trình của Nga đã đánh trúng một tòa chung cư ở miền Trung Ukraine, khiến ít "
                                "nhất 23 người thiệt mạng.", published=dt.date(2023, 4, 29)))
    assert [f.party for f in x.figures] == ["ukraine"]


def test_a_suicide_bombing_counts_no_dead_in_the_way_of_its_toll():
    x = extract_article(article("Số người thiệt mạng trong vụ đánh bom liều chết tại công viên ở Lahore đã tăng lên 74.",
                                published=dt.date(2016, 3, 31)))
    assert [(f.kind, f.number) for f in x.figures] == [("killed", 74)]


def test_review_cases_of_this_rounds_rules_read_as_the_press_means_them():
    def sides(text, published=dt.date(2023, 6, 28)):
        return [e.actors for e in extract_article(article(text, published=published)).events]
    # the attacked state's civilians keep it a side beside its attacker, or where they are counted
    assert sides("Tối 27/6, tên lửa Nga đánh trúng một nhà hàng ở Kramatorsk, nơi nhiều nhà báo Ukraine đang ăn "
                 "tối.") == [("nga", "ukraine")]
    assert sides("Tối 27/6, rocket bắn vào khu dân cư, khiến hai học sinh Israel thiệt mạng.") == [("israel",)]
    # a sentence that dates its news keeps it, whatever it is compared with
    assert [str(e.date.start) for e in extract_article(article(
        "Hôm qua (28/4), tên lửa Nga đánh trúng Uman, vụ tấn công đẫm máu nhất kể từ ngày 14/1, khi một tên lửa "
        "Kh-22 đánh trúng Dnipro.", published=dt.date(2023, 4, 29))).events] == ["2023-04-28"]
    # states named after an earlier bombing did not fight it
    assert sides("Một tuần sau vụ đánh bom ở Manchester ngày 22/5, Anh và Pháp đã ký thỏa thuận hợp tác.",
                 dt.date(2017, 5, 30)) == []
    # the day before an earlier attack is counted from the fighting the paragraph dated, not any day it wrote
    x = extract_article(article("Rạng sáng 26/2, máy bay Ấn Độ ném bom Balakot. Ngày 1/3, Pakistan trao trả phi công Ấn "
                                "Độ. Cuộc không kích diễn ra 12 ngày sau vụ đánh bom ở Pulwama khiến 40 cảnh sát Ấn Độ "
                                "thiệt mạng.", published=dt.date(2019, 3, 2)))
    assert [str(e.date.start) for e in x.events if e.apart] == ["2019-02-14"]
    # a weapon that struck something of a state is not that state's
    x = extract_article(article("Tên lửa trúng tàu của Ukraine, khiến 5 thủy thủ thiệt mạng.", published=dt.date(2023, 6, 28)))
    assert [(f.party, f.by) for f in x.figures] == [("ukraine", None)]
    # the people an aircraft carried were not shot down; gunmen who got away are not missing
    x = extract_article(article("Chiếc Su-24 chở hai phi công Nga bị bắn hạ. Ba tay súng đã tẩu thoát và vẫn chưa rõ "
                                "tung tích.", published=dt.date(2015, 11, 25)))
    assert x.figures == ()
    # a name after "tới" is no town
    x = extract_article(article("Tổng thống Obama đã gọi điện tới Bill de Blasio sau vụ nổ ở Manhattan.",
                                "Thị trưởng Bill de Blasio cho biết thành phố an toàn."))
    assert [m.key for m in x.mentions if m.kind == "person"] == ["person:obama", "person:bill-de-blasio"]


def test_a_vehicle_laden_with_explosives_is_a_bombing():
    x = extract_article(article("Chiều 14/2, một chiếc xe chở chất nổ lao vào đoàn xe cảnh sát Ấn Độ ở Pulwama.",
                                published=dt.date(2019, 2, 15)))
    assert [(str(e.date.start), e.modes) for e in x.events] == [("2019-02-14", ("bombing",))]
    # explosives found are no attack
    x = extract_article(article("Cảnh sát thu giữ 20 kg chất nổ tại Pulwama hôm 14/2.", published=dt.date(2019, 2, 15)))
    assert x.events == ()


def test_an_attack_the_casualties_followed_is_the_news_not_an_earlier_event():
    x = extract_article(article("Bộ Y tế Gaza cho biết ít nhất 45 người Palestine đã thiệt mạng sau khi Israel không kích "
                                "một khu trại lều ở Rafah đêm qua (26/5).", published=dt.date(2024, 5, 27)))
    assert [(str(e.date.start), e.modes) for e in x.events] == [("2024-05-26", ("air_strike",))]
    # not an attack after which something else was done
    x = extract_article(article("Hội đồng Bảo an họp khẩn sau khi Israel không kích Rafah.", published=dt.date(2024, 5, 27)))
    assert x.events == ()


def test_an_aside_on_who_most_were_does_not_end_the_count_and_a_groups_own_toll_is_its_own():
    x = extract_article(article("Giới chức Taliban cho biết ít nhất 47 dân thường, phần lớn là phụ nữ và trẻ em, đã thiệt "
                                "mạng hôm qua (16/4).", published=dt.date(2022, 4, 17)))
    assert [(f.number, f.qualifier, f.party) for f in x.figures] == [(47, "at_least", "taliban")]


def test_gunmen_loyal_to_a_state_are_not_its_own():
    x = extract_article(article("Ngày 17/10, theo SOHR, 224 tay súng SDF và 183 tay súng thân Thổ Nhĩ Kỳ đã thiệt mạng.",
                                published=dt.date(2019, 10, 18)))
    assert [(f.number, f.party) for f in x.figures] == [(224, "sdf"), (183, None)]


def test_a_ministry_of_a_territory_speaks_for_the_state_it_belongs_to():
    ms = find_mentions("Bộ Y tế Gaza, do Hamas điều hành, cho biết 198 người đã thiệt mạng. Israel không kích Dải Gaza.",
                       "a", 1)
    assert [(m.key, m.kind) for m in ms] == [("palestine", "country"), ("hamas", "group"), ("israel", "country"),
                                            ("dai-gaza", "place")]
    # not a breakaway region's ministry, which speaks for its own authorities
    ms = find_mentions("Bộ Quốc phòng Nagorno-Karabakh cho biết 20 binh sĩ đã thiệt mạng.", "a", 1)
    assert "azerbaijan" not in [m.key for m in ms]


def test_a_lead_that_tells_of_no_fighting_dates_none_and_the_day_a_text_gives_fighting_keeps_its_tolls():
    # talks in the lead: the fighting after it stays undated
    x = extract_article(article("Hôm qua (20/6), Ngoại trưởng hai nước hội đàm tại Moscow.",
                                "Hai nước từng nhiều lần đụng độ ở biên giới.", published=dt.date(2023, 6, 21)))
    assert [e.date for e in x.events] == [None]
    # a toll dated before the lead's day is not a precursor of fighting the lead alone dates
    x = extract_article(article("Ngày 20/6, Armenia phản đối vụ nổ súng ở biên giới.",
                                "Theo tuyên bố, các lực lượng Azerbaijan đã nổ súng vào làng Sotk.",
                                "Ngày 19/6, 2 binh sĩ Armenia bị thương.", published=dt.date(2023, 6, 21)))
    assert [(f.number, f.party) for f in x.figures] == [(2, "armenia")]


def test_fighting_nothing_dates_took_place_on_the_day_the_lead_gives_its_news():
    x = extract_article(article("VOV.VN - Azerbaijan và Armenia hôm qua (15/6) đưa ra những thông tin trái ngược về vụ "
                                "nổ súng gần cầu Hakari.",
                                "Theo Cơ quan Biên phòng Azerbaijan, các lực lượng vũ trang Armenia đã nổ súng từ phía "
                                "lãnh thổ Armenia vào các nhân viên biên phòng Azerbaijan, khiến một binh sĩ biên phòng "
                                "bị thương.", published=dt.date(2023, 6, 16)))
    assert [str(e.date.start) for e in x.events] == ["2023-06-15"]
    # the attack came from Armenia's side: the wounded guard is Azerbaijan's
    assert [(f.number, f.party) for f in x.figures] == [(1, "azerbaijan")]
    # a lead that dates its fighting apart from the news dates it so
    x = extract_article(article("Tổng thư ký Antonio Guterres hôm qua (3/8) thông báo sẽ thành lập một phái đoàn tìm "
                                "hiểu thực tế về vụ tấn công trại giam ở Olenivka, nơi hàng chục tù binh chiến tranh "
                                "Ukraine thiệt mạng trong đêm 28 rạng sáng 29/7.",
                                "Ukraine cho biết vụ nổ xuất phát từ bên trong khu nhà giam.", published=dt.date(2022, 8, 4)))
    assert [str(e.date.start) for e in x.events] == ["2022-07-29"]
    # ... but not an earlier attack the news answered: the day the lead gives is the answer's
    x = extract_article(article("Lầu Năm Góc hôm qua (3/2) cho biết Mỹ đã bắt đầu đáp trả vụ tấn công hôm 28/1 ở Jordan.",
                                "Các máy bay ném bom B-1 đã không kích 85 mục tiêu ở Iraq và Syria.",
                                published=dt.date(2024, 2, 4)))
    assert [str(e.date.start) for e in x.events] == ["2024-02-03"]
    # the lead's own fighting is not dated so: its day may be another's ("đáp trả vụ tấn công hôm 28/1",
    # test_a_date_a_comma_sets_apart_from_an_earlier_event_dates_the_news); nor fighting "ngày hôm sau"
    x = extract_article(article("Ngày 12/6, ngoại trưởng hai nước gặp nhau.", "Ngày hôm sau, giao tranh bùng phát.",
                                published=dt.date(2023, 6, 16)))
    assert [e.date for e in x.events] == [None]
    # fighting the text dates, even to a month only, keeps its date
    x = extract_article(article("Trung Quốc ngày 19/2 công bố 4 quân nhân nước này đã thiệt mạng trong cuộc đụng độ với "
                                "binh sĩ Ấn Độ hồi tháng 6 năm ngoái.", published=dt.date(2021, 2, 20)))
    assert [(str(e.date.start), e.date.precision) for e in x.events] == [("2020-06-01", "month")]


def test_five_written_as_a_word_and_a_range_of_counts_are_figures():
    assert [(f.number, f.qualifier) for f in find_figures("Theo ISPR, năm người Pakistan đã thiệt mạng.")] == [(5, "exact")]
    assert [(f.number, f.qualifier) for f in find_figures("Có từ 7 đến 8 binh sĩ thiệt mạng và 2-3 lính bị thương.")] \
        == [(7, "at_least"), (2, "at_least")]
    # "cùng" with a count joins two counts as "và" does, only the vague hundreds are no part of the first
    assert [f.number for f in find_figures("Ba binh sĩ cùng hai người dân đã thiệt mạng.")] == [3]
    # a breakdown set off by commas is no count of its own, even with an acronym in brackets
    assert [(f.number, f.qualifier) for f in find_figures(
        "Từ 7 đến 8 binh sĩ Pakistan, trong đó có 2-3 lính thuộc Nhóm Tác chiến đặc biệt (SSG), đã bị tiêu diệt.")] \
        == [(7, "at_least")]
    # "năm" after these, or after a number, is a year, whatever the space before it
    for text in ("Mỗi năm người dân phải sơ tán vì lũ.", "Hằng\u00a0năm người dân phải sơ tán.",
                 "10 năm người dân bị thương vì bom mìn.", "Mười năm người dân bị thương."):
        assert find_figures(text) == [], text
    # two numbers that are no range of counts: the one next to the people counts them
    assert [(f.number, f.qualifier) for f in find_figures("Giai đoạn 2020-2022 người dân thiệt mạng.")] == [(2022, "exact")]
    assert [(f.number, f.qualifier) for f in find_figures("Từ 12 đến 8 người bị thương.")] == [(8, "exact")]


def test_an_attack_from_a_states_region_came_from_that_state():
    x = extract_article(article("Ngày 25/8, Hezbollah bắn rocket từ phía nam Lebanon vào Israel, khiến 2 binh sĩ bị thương.",
                                published=dt.date(2024, 8, 26)))
    assert [(f.number, f.party) for f in x.figures] == [(2, "israel")]


def test_a_military_operation_named_or_launched_is_fighting():
    x = extract_article(article("Chiến dịch mang tên “Móng vuốt - Thanh kiếm” của Thổ Nhĩ Kỳ được triển khai trong "
                                "đêm 19/11.", published=dt.date(2022, 11, 20)))
    assert [(e.category, e.modes, str(e.date.start)) for e in x.events] == [("ASSAULT", ("offensive",), "2022-11-19")]
    x = extract_article(article("Chiến dịch được phát động từ ngày 31/3 nhằm vào Boko Haram.", published=dt.date(2020, 4, 10)))
    assert [(e.category, e.modes, str(e.date.start)) for e in x.events] == [("ASSAULT", ("offensive",), "2020-03-31")]
    # a campaign for votes, vaccines or money is none
    x = extract_article(article("Ngày 5/4, Tổng thống Biden phát động chiến dịch tranh cử.",
                                "Chiến dịch được phát động từ ngày 31/3 nhằm quyên góp tiền.", published=dt.date(2020, 4, 10)))
    assert x.events == ()


def test_an_organisation_introduced_by_what_it_is_is_named_by_its_abbreviation_after():
    x = extract_article(article("Bảy nhân viên của tổ chức từ thiện World Central Kitchen (WCK) đã thiệt mạng.",
                                "Ngày 2/4, WCK lên án vụ tấn công. Nhà sáng lập WCK, đầu bếp José Andrés, nói.",
                                published=dt.date(2024, 4, 3)))
    assert sorted({(m.key, m.surface) for m in x.mentions if m.kind == "organization"}) == [
        ("org:world-central-kitchen", "WCK"), ("org:world-central-kitchen", "World Central Kitchen")]
    assert [(s.actor, s.stance) for s in x.statements] == [("org:world-central-kitchen", ("condemn",))]
    assert not [m for m in x.mentions if m.kind == "person"]   # "WCK" after a title is no person
    # the name stops at a known name; an abbreviation the gazetteer knows keeps its organisation
    ms = find_mentions("Theo nhóm cứu trợ Mercy Corps Mỹ và tổ chức nhân đạo Medecins Sans Frontieres (MSF), tổ "
                       "chức nhân đạo Trăng lưỡi liềm Đỏ Palestine cho biết.", "a", 1)
    assert [(m.key, m.surface) for m in ms] == [("org:mercy-corps", "Mercy Corps"), ("my", "Mỹ"),
                                                ("to-chuc-bac-si-khong-bien-gioi", "MSF"), ("palestine", "Palestine")]


def test_a_body_named_in_vietnamese_with_its_abbreviation_is_an_actor_and_a_front_is_armed():
    ms = find_mentions("Các nhóm như Mặt trận Cách mạng Quốc gia (BRN) và Tổ chức Giải phóng Thống nhất Patani (PULO) "
                       "hoạt động từ lâu. Hiệp hội Báo chí liên Mỹ (SIP) lên án.", "a", 1)
    assert [(m.key, m.kind, m.surface) for m in ms] == [
        ("org:mat-tran-cach-mang-quoc-gia", "group", "Mặt trận Cách mạng Quốc gia"),
        ("org:mat-tran-cach-mang-quoc-gia", "group", "BRN"),
        ("org:to-chuc-giai-phong-thong-nhat-patani", "group", "Tổ chức Giải phóng Thống nhất Patani"),
        ("org:to-chuc-giai-phong-thong-nhat-patani", "group", "PULO"),
        ("org:hiep-hoi-bao-chi-lien-my", "organization", "Hiệp hội Báo chí liên Mỹ"),
        ("org:hiep-hoi-bao-chi-lien-my", "organization", "SIP")]
    # not without its abbreviation, nor inside a title, nor a party (a state's own politics)
    assert [m.key for m in find_mentions("Mặt trận Cách mạng Quốc gia hoạt động.", "a", 1)] == []
    ms = find_mentions("Chủ tịch đảng Liên minh Dân chủ Cơ đốc giáo (CDU) Friedrich Merz nói.", "a", 1)
    assert not [m for m in ms if m.kind in ("organization", "group")]
    ms = find_mentions("Bà Marine Le Pen, lãnh đạo đảng Mặt trận Quốc gia (FN), lên án vụ tấn công.", "a", 1)
    assert not [m for m in ms if m.kind in ("organization", "group")]
    # ... but a party's own name may open with "Đảng"
    assert [(m.kind, m.surface) for m in find_mentions("Đảng Liên minh Dân chủ (PYD) của người Kurd lên tiếng.", "a", 1)
            if m.kind == "organization"] == [("organization", "Đảng Liên minh Dân chủ"), ("organization", "PYD")]
    # a front not named for arms is no armed group
    assert {m.kind for m in find_mentions("Phong trào Dân chủ Thay đổi (MDC) đối lập lên án.", "a", 1)} == {"organization"}
    # where no bracket follows, a long run of capitalised words is not tried every way (it was exponential)
    started = time.perf_counter()
    find_mentions("Mặt trận " + "Đông " * 40 + "hoạt động (BRN", "a", 1)
    assert time.perf_counter() - started < 1
    # "liên Mỹ" is inter-American, not the United States
    assert [m.key for m in find_mentions("Ủy ban Nhân quyền liên Mỹ lên án.", "a", 1)] == []


def test_the_toll_of_a_whole_war_told_without_a_date_is_background():
    x = extract_article(article("Cuộc xung đột kéo dài gần bốn thập kỷ đã cướp đi sinh mạng của hơn 40.000 người. Theo "
                                "ACLED, hơn 2.600 người đã thiệt mạng trong các vụ bạo lực tại Cabo Delgado.",
                                "Hôm qua, giao tranh khiến 3 binh sĩ thiệt mạng.", published=dt.date(2021, 4, 27)))
    assert [f.number for f in x.figures] == [3]
    assert [c.text[:13] for c in x.background] == ["Cuộc xung đột", "Theo ACLED, h"]
    # not a battle, one attack, a small count, nor the toll of a day the paragraph gives
    x = extract_article(article("Ngày 8/4, phiến quân tấn công làng A.", "Vụ bạo lực khiến ít nhất 12 người thiệt mạng.",
                                "Cuộc chiến đấu kéo dài 5 giờ khiến 3 binh sĩ thiệt mạng.",
                                "3 binh sĩ thiệt mạng trong cuộc xung đột với phiến quân.",
                                "Ngày 8/4, giao tranh nổ ra. Cuộc xung đột khiến 2.500 dân thường thiệt mạng.",
                                published=dt.date(2021, 4, 9)))
    assert [f.number for f in x.figures] == [12, 3, 3, 2500]


def test_an_event_named_by_a_noun_takes_the_date_written_after_it_in_its_clause():
    lead = ("Hàng nghìn người đã đổ về thành phố Saada, miền Bắc Yemen, hôm qua (13/8) để dự lễ tang tập thể các nạn "
            "nhân của cuộc không kích nhằm vào xe buýt chở học sinh ở Dahyan hôm 9/8.")
    x = extract_article(article(lead, published=dt.date(2018, 8, 14)))
    assert [str(e.date.start) for e in x.events] == ["2018-08-09"]
    # a date the event is counted from or compared with is no day of it
    x = extract_article(article("Iran tối qua (1/10) phóng tên lửa vào Israel, cuộc tấn công thứ hai của Iran kể từ "
                                "ngày 14/4.", published=dt.date(2024, 10, 2)))
    assert [str(e.date.start) for e in x.events] == ["2024-10-01"]


def test_bodies_brought_in_are_dead_and_an_age_is_no_count():
    x = extract_article(article("Một bệnh viện ở Saada đã tiếp nhận thi thể của 29 trẻ em dưới 15 tuổi, cùng 48 người "
                                "bị thương.", published=dt.date(2018, 8, 10)))
    assert [(f.kind, f.number) for f in x.figures] == [("killed", 29), ("wounded", 48)]
    assert [(f.kind, f.number) for f in find_figures("12 học sinh từ 7 đến 12 tuổi đã thiệt mạng.")] == [("killed", 12)]


def test_a_word_quoted_among_a_figures_words_is_one_of_them():
    assert [(f.kind, f.number) for f in find_figures("hai phần tử IS-K “cấp cao” bị tiêu diệt.")] == [("killed", 2)]


def test_a_places_local_authorities_speak_for_its_state_and_report_its_own_people():
    x = extract_article(article("Theo chính quyền quân sự tỉnh Kharkiv, 35 người tử vong.",
                                "Chính quyền quân sự thành phố Kharkiv cho biết 5 người bị thương.",
                                "Giới chức y tế Kashmir cho biết 4 người chết.", published=dt.date(2025, 4, 14)))
    assert [(f.number, f.party, f.reported_by) for f in x.figures] == [
        (35, "ukraine", "ukraine"), (5, "ukraine", "ukraine"), (4, None, None)]


def test_what_happened_at_a_past_date_a_sentence_compares_with_is_history():
    x = extract_article(article("Ngày 9/8, liên quân không kích Saada.",
                                "Đây là vụ tấn công đẫm máu nhất kể từ tháng 10/2016, khi một cuộc không kích nhằm vào "
                                "nhà tang lễ ở Sanaa làm hơn 140 người thiệt mạng.", published=dt.date(2018, 8, 10)))
    assert x.figures == ()
    assert [c.text[:7] for c in x.background] == ["Đây là "]


def test_the_speaker_a_statement_is_named_for_reports_its_own_members():
    x = extract_article(article("Theo tuyên bố của Hamas, vụ tấn công chiều 9/9 đã cướp đi sinh mạng của năm thành viên.",
                                published=dt.date(2025, 9, 12)))
    assert [(f.number, f.party, f.reported_by) for f in x.figures] == [(5, "hamas", "hamas")]


def test_calling_something_what_it_is_is_a_statement():
    x = extract_article(article("Thủ tướng Italy Giorgia Meloni gọi đây là hành động “khủng khiếp và hèn hạ”.",
                                "Ông Guterres kêu gọi các bên kiềm chế.", published=dt.date(2025, 4, 13)))
    assert [(s.actor, s.stance) for s in x.statements][:1] == [("person:giorgia-meloni", ("condemn",))]
    # not a name given, nor a request (which is a speech verb of its own)
    assert CUES.speech.search("khu vực được gọi là vùng đệm") is None
    assert [m.group(0) for m in CUES.speech.finditer("kêu gọi hai bên là")] == ["kêu gọi"]


def test_a_latin_name_one_letter_from_a_transliteration_is_no_country():
    ms = find_mentions("không có vụ nổ thứ hai ở khách sạn Baron như thông tin ban đầu.", "a", 1)
    assert [m.key for m in ms] == []


def test_a_place_after_a_name_word_is_a_surname_and_one_before_it_places_the_office():
    people = {m.name: (m.role, m.affiliation) for m in find_mentions(
        "Tư lệnh SDF Mazloum Kobani chủ trì, còn Quyền Thị trưởng Sumy Artem Kobzar thông báo để tang.",
        "a", 1) if m.kind == "person"}
    assert people == {"Mazloum Kobani": ("Tư lệnh SDF", "sdf"), "Artem Kobzar": ("Thị trưởng Sumy", "ukraine")}
    # a preposition opening the sentence opens no name
    ms = find_mentions("Tại Kunar, Giám đốc Sở Thông tin tỉnh Najibullah Hanif cho biết.", "a", 1)
    assert "Tại Kunar" not in [m.name for m in ms]


def test_a_toll_claimed_as_inflicted_is_of_the_side_its_reporter_fights():
    x = extract_article(article("Theo Bộ Quốc phòng Nga, lực lượng này đã tiêu diệt 60 binh sĩ.",
                                "Bộ Y tế Gaza cho biết Israel đã giết 50 người.",
                                "Quân đội Israel ở Liban đã tiêu diệt 20 tay súng.",
                                "Hãng tin cho biết đã tiêu diệt 5 tay súng.",
                                "Hamas vẫn đang giữ 59 con tin.", published=dt.date(2025, 3, 15)))
    # the reporter when its clause names no side; never a state named as where; a standing count is none
    assert [(f.kind, f.number, f.party, f.by) for f in x.figures] == [
        ("killed", 60, None, "nga"), ("killed", 50, None, "israel"), ("killed", 20, None, "israel"),
        ("killed", 5, None, None)]


def test_the_leads_toll_is_the_news_and_all_of_a_count_is_the_count():
    x = extract_article(article("Quân đội Pakistan tuyên bố đã kết thúc chiến dịch giải cứu đoàn tàu bị các tay súng cướp "
                                "ở tỉnh Balochistan hôm 11/3, với 26 con tin thiệt mạng.",
                                "Tối 12/3, quân đội cho biết toàn bộ 33 kẻ tấn công đã bị tiêu diệt, bốn binh sĩ thuộc "
                                "Lực lượng Biên phòng (FC) đã hy sinh. Phiến quân tuyên bố đã hành quyết toàn bộ 214 con "
                                "tin vì chính phủ không chịu đàm phán.", published=dt.date(2025, 3, 15)))
    assert [(f.span.paragraph, f.number) for f in x.figures] == [(1, 26), (2, 33), (2, 4), (2, 214)]


def test_taking_hostages_and_rescuing_them_by_force_are_fighting():
    x = extract_article(article("Hôm 11/3, các tay súng BLA cướp đoàn tàu Jaffar Express ở Balochistan.",
                                "Ngày 12/3, quân đội Pakistan mở chiến dịch giải cứu con tin.", published=dt.date(2025, 3, 13)))
    assert [(str(e.date.start), e.modes) for e in x.events] == [
        ("2025-03-11", ("hostage_taking",)), ("2025-03-12", ("offensive",))]


def test_the_owner_named_right_after_an_attack_made_it_though_the_sentence_names_more_sides():
    x = extract_article(article("HRW hôm qua (2/8) cho biết 28 người thiệt mạng trong vụ không kích của Israel nhằm vào "
                                "làng Qana ở miền Nam Liban, nơi Hezbollah hoạt động.",
                                "Quân đội Israel cho biết bốn con tin đã thiệt mạng trong các cuộc không kích của Israel.",
                                published=dt.date(2006, 8, 3)))
    # hostages killed in their own state's strikes are no toll of its target: the reporter's own
    assert [(f.number, f.party, f.by) for f in x.figures] == [(28, None, "israel"), (4, "israel", None)]


def test_the_attack_a_toll_was_counted_in_made_it_with_the_weapon_it_names():
    x = extract_article(article("Số người thiệt mạng trong vụ tấn công bằng tên lửa của Nga vào trung tâm thành phố "
                                "Vinnytsia hôm 14/7 đã tăng lên 25 người.",
                                "HRW cho biết 28 người thiệt mạng trong vụ không kích của Israel nhằm vào làng Qana.",
                                published=dt.date(2022, 7, 16)))
    # the attack named inside a toll, as after a figure, and its weapon after "bằng": the people are of the
    # state the attack struck (Vinnytsia lies in Ukraine), or else go with the attack's maker
    assert [(f.number, f.party, f.by) for f in x.figures] == [(25, "ukraine", None), (28, None, "israel")]


def test_a_sentence_set_at_the_time_history_before_it_told_of_is_history():
    x = extract_article(article("Hôm qua, JNIM tấn công Barsalogho.",
                                "Vụ thảm sát đẫm máu nhất trước đó là vụ tấn công vào làng Solhan đêm 4 rạng sáng 5/6/2021. "
                                "Chính phủ khi đó công bố 132 người thiệt mạng. Trong khi đó, quân đội cho biết 5 binh sĩ "
                                "thiệt mạng.", published=dt.date(2024, 8, 25)))
    # "Trong khi đó" is "meanwhile", not "then"
    assert [f.number for f in x.figures] == [5]


def test_a_long_relative_clause_after_an_inflicted_count_ends_it():
    x = extract_article(article("JNIM khẳng định đã giết khoảng 300 người mà họ gọi là thành viên lực lượng dân quân thân "
                                "chính phủ.", published=dt.date(2024, 8, 25)))
    assert [(f.kind, f.number) for f in x.figures] == [("killed", 300)]


def test_a_five_letter_word_one_letter_off_a_country_is_none():
    ms = find_mentions("tại vùng Catatumbo, tỉnh Norte de Santander, ở quốc gia Nam Mỹ này", "a", 1)
    assert [(m.key, m.kind) for m in ms] == [("catatumbo", "place"), ("nam-my", "place")]


def test_a_toll_of_thousands_right_after_the_history_of_years_before_is_history_too():
    history = ("Darfur từng là tâm điểm của cuộc xung đột bùng phát năm 2003. Liên Hợp Quốc ước tính khoảng 300.000 "
               "người đã thiệt mạng.")
    x = extract_article(article("Hôm qua (11/4), RSF tấn công trại Zamzam.", history, published=dt.date(2025, 4, 12)))
    assert x.figures == ()
    # not after the history of weeks before: the toll of this war
    x = extract_article(article("Hôm qua (14/8), lệnh ngừng bắn có hiệu lực.",
                                "Ngày 13/7, Israel ném bom sân bay Beirut. Theo chính phủ Li-băng, hơn 1.000 người đã "
                                "thiệt mạng.", published=dt.date(2006, 8, 15)))
    assert [f.number for f in x.figures] == [1000]


def test_only_the_leads_first_sentence_tells_the_news_a_precursor_after_it_is_background():
    x = extract_article(article("Giao tranh nổ ra sáng 24/7 tại biên giới Thái Lan - Campuchia. Ngày 23/7, 5 binh sĩ "
                                "Thái Lan bị thương do mìn.", published=dt.date(2025, 7, 25)))
    assert x.figures == ()


def test_a_date_after_another_act_or_a_comma_is_not_the_noun_events():
    for text in ("Tối 1/10, vụ tấn công bằng tên lửa của Iran nhằm đáp trả việc Israel sát hại thủ lĩnh Hezbollah ngày 27/9.",
                 "Tối 1/10, vụ tấn công tên lửa của Iran nhắm vào Israel, gần hai tháng sau vụ ám sát thủ lĩnh Hamas "
                 "hôm 31/7."):
        x = extract_article(article(text, published=dt.date(2024, 10, 2)))
        assert [str(e.date.start) for e in x.events] == ["2024-10-01"], text


def test_the_authorities_of_a_place_another_power_holds_are_that_powers():
    x = extract_article(article("Giới chức Sukhumi cho biết 4 người thiệt mạng.",
                                "Chính quyền Sevastopol cho biết 3 người bị thương.", published=dt.date(2024, 1, 1)))
    assert [(f.number, f.party) for f in x.figures] == [(4, "group:abkhazia"), (3, "nga")]
    people = {m.name: m.affiliation for m in find_mentions("Thống đốc Sevastopol Mikhail Razvozhayev cho biết.", "a", 1)
              if m.kind == "person"}
    assert people == {"Mikhail Razvozhayev": "nga"}


def test_a_name_introduced_is_not_what_someone_calls_it():
    x = extract_article(article("Hôm qua (11/4), Lực lượng Hỗ trợ Nhanh (gọi tắt là RSF) tấn công trại Zamzam, khiến hơn "
                                "100 người thiệt mạng.", published=dt.date(2025, 4, 12)))
    assert [(f.number, f.reported_by) for f in x.figures] == [(100, None)]


def test_theo_after_a_title_is_a_given_name():
    people = [m.name for m in find_mentions("Bộ trưởng Quốc phòng Bỉ Theo Francken cho biết.", "a", 1) if m.kind == "person"]
    assert people == ["Theo Francken"]


def test_a_country_naming_a_language_is_no_actor():
    ms = find_mentions("binh sĩ đã thảm sát dân thường tại làng Ngarbuh ở vùng Tây Bắc nói tiếng Anh.", "a", 1)
    assert "anh" not in {m.key for m in ms}
    # not a speech verb ending in the word, nor hours
    for text in ("Trung Quốc lên tiếng Mỹ cần kiềm chế.", "Lên tiếng Mỹ cần kiềm chế, Trung Quốc nói.",
                 "Chỉ sau 2 tiếng Mỹ đã đáp trả.", "Sau vài tiếng Mỹ đã đáp trả."):
        assert "my" in {m.key for m in find_mentions(text, "a", 1)}, text


def test_a_weapon_an_attack_was_made_with_leads_to_its_target_not_its_maker():
    x = extract_article(article(
        "Ông Prigozhin cho rằng cuộc tấn công bằng tên lửa và trực thăng của quân đội Nga vào một trại của "
        "Wagner hôm 23/6 đã làm khoảng 30 tay súng thiệt mạng.", published=dt.date(2023, 6, 28)))
    assert [(f.number, f.party) for f in x.figures] == [(30, "wagner")]


def test_a_town_taken_is_fighting():
    x = extract_article(article(
        "Hôm qua (10/6), toàn bộ tỉnh Nineveh đã thất thủ trước phiến quân Nhà nước Hồi giáo Iraq và Levant "
        "(ISIL) sau khi quân đội Iraq tan rã.", published=dt.date(2014, 6, 11)))
    assert [(e.modes, str(e.date.start), e.actors) for e in x.events] == [(("capture",), "2014-06-10", ("is", "iraq"))]
    for text in ("Hôm qua (10/6), Wagner tuyên bố đã mất 224 ngày để đánh chiếm Bakhmut.",
                 "Hôm qua (10/6), thành phố chiến lược này rơi vào tay Taliban."):
        assert [e.modes for e in extract_article(article(text, published=dt.date(2014, 6, 11))).events] == [
            ("capture",)], text
    # not one that may be, is about to be, is plotted or denied, nor what falls into hands
    for text in ("Hôm qua (10/6), Mỹ lo ngại vũ khí viện trợ cho Ukraine có thể rơi vào tay Nga.",
                 "Hôm qua (10/6), tài liệu mật rơi vào tay Nga.",
                 "Hôm qua (10/6), quyền lực ở Niger đã rơi vào tay quân đội.",
                 "Hôm qua (10/6), Tổng thống Erdogan cảnh báo Kobani có thể sẽ thất thủ.",
                 "Hôm qua (10/6), Nga bị cáo buộc âm mưu đánh chiếm thủ đô Kiev.",
                 "Hôm qua (10/6), Nga có kế hoạch đánh chiếm thủ đô Kiev.",
                 "Hôm qua (10/6), Ukraine bác bỏ thông tin Bakhmut đã thất thủ."):
        assert extract_article(article(text, published=dt.date(2014, 6, 11))).events == (), text


def test_an_attack_being_repelled_happened():
    x = extract_article(article("Hôm qua (10/9), quân đội Ukraine phản công nhằm đẩy lùi cuộc tấn công của Nga.",
                                published=dt.date(2022, 9, 11)))
    assert [set(e.actors) for e in x.events] == [{"ukraine", "nga"}]


def test_the_day_the_story_gives_dates_the_fighting_a_denial_reports():
    x = extract_article(article(
        "Quân đội Cameroon hôm qua (17/2) bác bỏ cáo buộc rằng binh sĩ đã thảm sát dân thường tại làng Ngarbuh.",
        "Vụ việc xảy ra rạng sáng thứ Sáu (14/2) tại Ngarbuh. Theo người dân, một nhóm có vũ trang đã xông vào "
        "làng, nổ súng vào dân thường.", published=dt.date(2020, 2, 18)))
    assert {str(e.date.start) for e in x.events if e.date} == {"2020-02-14"}
    # not a later day (a visit), which is no day of the fighting an earlier report told of
    x = extract_article(article(
        "Bộ Quốc phòng Nga hôm 5/3 cho biết quân đội Nga đã không kích một căn cứ ở Lviv.",
        "Ngày 8/3, Tổng thống Zelensky tới thăm Kharkiv. Trước đó, tên lửa Nga đã tấn công thành phố này.",
        published=dt.date(2022, 3, 9)))
    assert "2022-03-05" in {str(e.date.start) for e in x.events if e.date}


def test_a_person_a_report_verb_tells_of_holds_the_stance():
    x = extract_article(article(
        "Cùng ngày, người phát ngôn của Tổng thư ký Liên Hợp Quốc cho biết ông Antonio Guterres “quan ngại sâu "
        "sắc” trước các thông tin về vụ sát hại dân thường ở Ngarbuh.", published=dt.date(2020, 2, 18)))
    assert [(s.actor, s.stance) for s in x.statements] == [("person:antonio-guterres", ("concern",))]
    # the agent of a passive the person is the subject of holds it ("được Mỹ hậu thuẫn": the US supports)
    x = extract_article(article("Hôm qua, Bộ Ngoại giao Nga cho biết ông Zelensky được Mỹ hậu thuẫn.",
                                published=dt.date(2020, 2, 18)))
    assert [(s.actor, s.stance) for s in x.statements] == [("my", ("support",))]


def test_titles_of_police_chiefs_congresses_and_regions_leave_the_name_alone():
    ms = find_mentions("Cảnh sát trưởng Indonesia Tito Karnavian và Chủ tịch Đại hội Dân tộc Libya Mohammed "
                       "Magariaf gặp Thứ trưởng Nội vụ Libya phụ trách khu vực miền Đông Wanis al-Sharif.", "a", 1)
    assert [m.name for m in ms if m.kind == "person"] == ["Tito Karnavian", "Mohammed Magariaf", "Wanis al-Sharif"]


def test_a_model_designation_and_the_rule_of_law_name_no_actor():
    ms = find_mentions("Wagner bắn rơi một máy bay chỉ huy Il-22 của liên minh Nhà nước Pháp quyền.", "a", 1)
    assert {m.key for m in ms} == {"wagner"}
    ms = find_mentions("Mali trao cho Pháp quyền chỉ huy lực lượng.", "a", 1)
    assert "phap" in {m.key for m in ms}
    ms = find_mentions("Do Thái Lan đóng cửa biên giới, Nhà nước Pháp tuyên bố.", "a", 1)
    assert {"thai-lan", "phap"} <= {m.key for m in ms}


def test_words_of_faith_and_law_name_no_state_and_clergy_are_titled():
    ms = find_mentions("Bom nổ tại Nhà thờ chính tòa Đức Mẹ Núi Carmel. “Pháp luật sẽ không khoan nhượng”, ông nói.", "a", 1)
    assert not {"duc", "phap"} & {m.key for m in ms}
    ms = find_mentions("Giám mục Edwin de la Peña cho biết các tay súng bắt Linh mục Công giáo Teresito Soganub.", "a", 1)
    assert [m.name for m in ms if m.kind == "person"] == ["Edwin de la Peña", "Teresito Soganub"]
    # a faith after a title is the holder's, however many words it takes; alone, it is no one
    ms = find_mentions("Đại giáo chủ Shiite Ali al-Sistani, giáo sĩ Sunni có ảnh hưởng nhất, kêu gọi. Giáo sĩ Hồi giáo "
                       "Shiite Nimr al-Nimr bị hành quyết. Các giáo sĩ Hồi giáo Sunni và Shiite kêu gọi hòa bình.", "a", 1)
    assert [m.name for m in ms if m.kind == "person"] == ["Ali al-Sistani", "Nimr al-Nimr"]


def test_the_names_listed_after_of_speak_with_the_subject_of_a_joint_statement():
    x = extract_article(article(
        "Ngày 25/10, đại sứ và người đứng đầu phái bộ ngoại giao của Mỹ, Anh, Australia, Liên minh châu Âu (EU) "
        "cùng nhiều nước châu Âu khác tại Myanmar ra tuyên bố chung lên án vụ tấn công.", published=dt.date(2022, 10, 26)))
    assert sorted(s.actor for s in x.statements) == ["anh", "australia", "lien-minh-chau-au", "my"]
    # not an apposition
    x = extract_article(article("Hôm qua, Ngoại trưởng Mỹ, ông Blinken, lên án vụ tấn công.", published=dt.date(2022, 10, 26)))
    assert [s.actor for s in x.statements] == ["person:blinken"]


def test_the_subject_of_a_when_clause_after_a_toll_made_the_attack():
    x = extract_article(article("Ít nhất 141 người đã thiệt mạng khi các tay súng thuộc phong trào Tehrik-i-Taliban "
                                "Pakistan (TTP) tấn công một trường học ở Peshawar.",
                                "Ít nhất 10 người đã thiệt mạng khi lính đặc nhiệm hải quân Israel tấn công đoàn tàu chở "
                                "hàng cứu trợ tới Dải Gaza.",
                                "Hai người thiệt mạng khi đoàn xe bị Israel tấn công.",
                                "Năm người bị thương khi Israel và Hamas giao tranh.",
                                "Ba người thiệt mạng khi tên lửa hành trình của Nga đánh trúng một tòa nhà.",
                                "Hai người thiệt mạng khi phòng không Ukraine bắn hạ tên lửa của Nga trên bầu trời Kiev.",
                                "Ba thủy thủ thiệt mạng trên bờ biển Yemen.",
                                "Ba người thiệt mạng khi Nga không kích Ukraine.",
                                "Hai binh sĩ thiệt mạng khi tấn công căn cứ của Mỹ.",
                                published=dt.date(2014, 12, 17)))
    # where the attack struck is whose people they were, not where they were heading; a passive's agent
    # made it too; fighting between two was made by neither; a weapon opening the clause, by its owner; an
    # interception names two sides and no attacker; a coast is no people's side; the target named after the
    # cue is no bar; a verb's object's owner is no attacker
    assert [(f.number, f.party, f.by) for f in x.figures] == [
        (141, "pakistan", None), (10, None, "israel"), (2, None, "israel"), (5, None, None), (3, None, "nga"),
        (2, None, None), (3, None, None), (3, None, "nga"), (2, None, None)]


def test_a_field_in_lower_case_right_after_a_title_is_part_of_it_when_the_role_goes_on():
    ms = find_mentions("Điều phối viên nhân đạo của Liên Hợp Quốc tại Iraq Lise Grande cho biết. Bộ trưởng thông tin "
                       "rằng Nga sẽ đáp trả.", "a", 1)
    assert [m.name for m in ms if m.kind == "person"] == ["Lise Grande"]


def test_a_toll_over_a_night_of_two_days_is_read():
    figures = find_figures("Chính phủ công bố số người thiệt mạng trong vụ tấn công đêm 11 rạng sáng 12/6 đã tăng lên "
                           "86, sau khi phát hiện thêm bảy thi thể.")
    assert [(f.kind, f.number) for f in figures] == [("killed", 86)]


def test_a_name_with_capitalised_particles_runs_to_five_words():
    ms = find_mentions("Cuộc cách mạng năm 2011 đã lật đổ Tổng thống Zine El Abidine Ben Ali sau 23 năm cầm quyền.", "a", 1)
    assert [m.name for m in ms if m.kind == "person"] == ["Zine El Abidine Ben Ali"]


def test_full_control_taken_of_a_place_named_after_it_is_a_capture():
    def modes(text):
        return [e.modes for e in extract_article(article(text, published=dt.date(2024, 2, 18))).events]
    assert modes("Tối 17/2, quân đội Nga đã giành quyền kiểm soát hoàn toàn thành phố Avdiivka.") == [("capture",)]
    # not of the skies, nor of power
    assert modes("Tối 17/2, không quân Nga đã giành quyền kiểm soát hoàn toàn bầu trời.") == []
    assert modes("Tối 17/2, phe quân đội đã giành quyền kiểm soát hoàn toàn chính phủ.") == []
    # a capital and a country are places too; an aim or a failure is no capture
    assert modes("Tối 17/2, Taliban giành quyền kiểm soát hoàn toàn thủ đô Kabul.") == [("capture",)]
    assert modes("Tối 17/2, Taliban giành quyền kiểm soát hoàn toàn Afghanistan.") == [("capture",)]
    for hedge in ("chưa thể", "đang tìm cách", "nỗ lực"):
        assert modes(f"Tối 17/2, quân đội Nga {hedge} giành quyền kiểm soát hoàn toàn thành phố Bakhmut.") == [], hedge


def test_a_toll_revised_down_is_read():
    figures = find_figures("Bốn dân thường đã thiệt mạng, còn số kẻ tấn công bị chết được điều chỉnh xuống bốn.")
    assert [(f.kind, f.number) for f in figures] == [("killed", 4), ("killed", 4)]
    # not what fell down onto something ("rơi xuống 3 ngôi nhà")
    assert find_figures("Trực thăng rơi xuống 3 ngôi nhà, số người thiệt mạng chưa rõ.") == []


def test_an_attack_the_news_followed_is_fighting_of_the_day_its_own_clause_gives():
    x = extract_article(article("VTV.vn - Quân đội Kenya và nhóm phiến quân Al-Shabaab đưa ra những tuyên bố trái ngược sau "
                                "cuộc tấn công rạng sáng hôm qua (27/1) nhằm vào căn cứ của quân đội Kenya tại thị trấn "
                                "Kulbiyow.", published=dt.date(2017, 1, 28)))
    assert [(str(e.date.start), e.actors) for e in x.events] == [("2017-01-27", ("kenya",))]
    # its sides are its clause's only, not those of the news that followed, who may only have spoken of it
    x = extract_article(article("Ai Cập và Jordan triệu tập cuộc họp khẩn sau cuộc tấn công hôm 27/1.",
                                published=dt.date(2017, 1, 28)))
    assert [(str(e.date.start), e.actors) for e in x.events] == [("2017-01-27", ())]
    # not an attack with no day of its own, nor one the news answered, nor who is behind one, nor one that did not happen
    for text in ("Quân đội Kenya đưa ra tuyên bố hôm qua (27/1) sau cuộc tấn công nhằm vào căn cứ Kulbiyow.",
                 "Lầu Năm Góc cho biết Mỹ đã bắt đầu đáp trả vụ tấn công hôm 27/1 ở Jordan.",
                 "Cảnh sát truy lùng những kẻ đứng sau vụ tấn công hôm 27/1 ở Kulbiyow.",
                 "Giá dầu giảm mạnh sau khi Iran chưa tấn công trả đũa Israel hôm 27/1 như nhiều dự đoán."):
        x = extract_article(article(text, published=dt.date(2017, 1, 28)))
        assert [str(e.date.start) for e in x.events if e.date] == [], text


def test_talks_that_will_focus_on_a_ceasefire_are_no_ceasefire():
    x = extract_article(article("Một quan chức Bộ Ngoại giao Mỹ cho biết hôm thứ Tư (25/10) rằng vòng đàm phán mới sẽ tập "
                                "trung vào việc bảo đảm tiếp cận nhân đạo và đạt được các thỏa thuận ngừng bắn.",
                                published=dt.date(2023, 10, 27)))
    assert x.events == ()
    # ... but an agreement reached after what an army focuses on is news of its own
    x = extract_article(article("Quân đội Israel tập trung vào việc củng cố phòng tuyến sau khi hai bên đạt được thỏa thuận "
                                "ngừng bắn hôm 8/10.", published=dt.date(2023, 10, 9)))
    assert [(e.category, str(e.date.start)) for e in x.events] == [("AGREE", "2023-10-08")]


def test_a_military_site_taken_is_a_capture():
    def modes(text):
        return [e.modes for e in extract_article(article(text, published=dt.date(2023, 10, 27))).events]
    assert modes("RSF hôm qua tuyên bố đã chiếm được sở chỉ huy Sư đoàn bộ binh số 16 của quân đội Sudan tại "
                 "Nyala.") == [("capture",)]
    assert modes("Phiến quân đã chiếm căn cứ không quân của quân đội.") == [("capture",)]
    assert modes("Phiến quân sắp chiếm căn cứ không quân của quân đội.") == []


def test_a_surrender_done_is_a_capture_and_one_awaited_is_none():
    assert [(f.kind, f.number) for f in find_figures("Bộ Quốc phòng Nga thông báo 82 quân nhân Ukraine trên đảo đã đầu "
                                                     "hàng.")] == [("captured", 82)]
    for text in ("Tám phiến quân vẫn đang kháng cự và nhà chức trách “sẽ không chờ đợi mãi” để họ đầu hàng.",
                 "Quân đội yêu cầu 30 tay súng đầu hàng."):
        assert find_figures(text) == [], text


def test_a_count_before_a_masked_aside_ends_there():
    figures = find_figures("Quân đội Chad cho biết đã bắt giữ hơn 250 “phần tử khủng bố”, trong đó có bốn thủ lĩnh "
                           "chính, phá hủy hơn 40 xe.")
    assert [(f.kind, f.number, f.qualifier) for f in figures] == [("captured", 250, "more_than")]


def test_a_toll_that_is_only_so_many_is_read():
    figures = find_figures("Các nguồn tin tình báo cho rằng số phiến quân bị bắt giữ chỉ vào khoảng 100 người.")
    assert [(f.kind, f.number, f.qualifier) for f in figures] == [("captured", 100, "about")]


def test_a_count_in_a_case_supposed_is_no_toll():
    for text in ("“Khi ai đó giết một người Côte d'Ivoire, chúng ta sẽ đáp trả”, ông nói.",
                 "Nếu 10 binh sĩ bị thương, cuộc diễn tập sẽ dừng lại."):
        assert find_figures(text) == [], text
    # only in its own clause
    assert [f.number for f in find_figures("Nếu tính cả hôm qua, 10 binh sĩ bị thương.")] == [10]


def test_groups_named_in_sentence_case_or_by_an_armed_groups_word_are_found():
    ms = find_mentions("Pháp tấn công đoàn xe của nhóm Liên minh các lực lượng kháng chiến (UFR) ở vùng Ennedi.", "a", 1)
    assert {(m.name, m.surface, m.kind) for m in ms if m.kind == "group"} == {
        ("Liên minh các lực lượng kháng chiến", "Liên minh các lực lượng kháng chiến", "group"),
        ("Liên minh các lực lượng kháng chiến", "UFR", "group")}
    ms = find_mentions("Nhóm Katiba Macina của thủ lĩnh Amadou Koufa bị nghi ngờ mạnh mẽ.", "a", 1)
    assert [(m.name, m.kind) for m in ms if m.kind == "group"] == [("Katiba Macina", "group")]
    # three lower-case syllables between its capitalised words, a state's name inside it
    ms = find_mentions("Giao tranh giữa các thành viên của Mặt trận Nhân dân vì sự Phục hưng Trung Phi (FPRC).", "a", 1)
    assert [(m.surface, m.kind) for m in ms] == [("Mặt trận Nhân dân vì sự Phục hưng Trung Phi", "organization"),
                                                 ("FPRC", "organization")]
    # a party's name is no armed group's, and a known body stays itself
    ms = find_mentions("Lãnh đạo đảng Liên minh các lực lượng dân chủ (UFD) phản đối.", "a", 1)
    assert [m for m in ms if m.kind == "group"] == []


def test_places_and_honours_that_hold_a_states_name_name_no_state_and_a_tribunal_is_its_own():
    ms = find_mentions("Căn cứ Kulbiyow ở vùng Hạ Juba, miền Nam Somalia. Họ được truy tặng danh hiệu Anh hùng Ukraine.",
                       "a", 1)
    assert [m.key for m in ms if m.kind == "country"] == ["somalia", "ukraine"]
    # the tribunal for the former Yugoslavia is not the International Criminal Court
    ms = find_mentions("Serbia phải hợp tác với Quân đội Giải phóng Kosovo (KLA) và Tòa án Hình sự Quốc tế về Nam Tư cũ "
                       "(ICTY).", "a", 1)
    assert [m.key for m in ms] == ["serbia", "kla", "kla", "toa-an-hinh-su-quoc-te-ve-nam-tu-cu",
                                   "toa-an-hinh-su-quoc-te-ve-nam-tu-cu"]


def test_troops_asked_home_and_support_received_read_as_the_press_means_them():
    said = _said("Tại phiên họp khẩn của Hội đồng Bảo an tối 23/2, Tổng thư ký Liên Hợp Quốc Antonio Guterres kêu gọi: "
                 "“Thưa Tổng thống Putin, nhân danh nhân loại, hãy đưa quân đội của ông trở về Nga”.",
                 published=dt.date(2022, 2, 24))
    assert ("person:antonio-guterres", ("call_ceasefire",)) in [(k, st) for k, st, _ in said]
    # not soldiers taken or wounded brought home
    for text in ("Ukraine kêu gọi Nga phải đưa quân nhân bị bắt trở về trong đợt trao đổi tù binh.",
                 "Bộ trưởng nói cần đưa binh sĩ bị thương về nước điều trị."):
        assert all("call_ceasefire" not in st for _, st, _ in _said(text)), text
    # not support the subject is given by no one named, but the support an agent named gives
    assert _said("Al-Shabaab tìm cách lật đổ chính phủ Somalia được quốc tế hậu thuẫn.") == []
    assert [st for _, st, _ in _said("Các nhóm vũ trang được Tehran hậu thuẫn đã chiến đấu.")] == [("support",)]
    assert [st for _, st, _ in _said("Ông Blinken nói Armenia nhận được sự hỗ trợ hoàn toàn của Washington.")] \
        == [("support",)]


def test_a_stance_word_inside_a_name_or_concern_caused_in_people_at_large_is_no_stance():
    assert _said("Nhóm Katiba Macina, thuộc liên minh Nhóm ủng hộ Hồi giáo và người Hồi giáo (JNIM), bị nghi ngờ.") == []
    assert _said("Nông dân đã bắt giữ một tay súng Boko Haram, khiến nhiều người lo ngại đây là một vụ trả thù.") == []
    # the speaker's own concern stands
    assert [st for _, st, _ in _said("Bà Singh thừa nhận việc này “chắc chắn khiến chúng tôi lo ngại”.")] \
        == [("concern",)]


def test_the_sides_of_sudan_and_libya_are_known_by_their_names():
    ms = find_mentions("Giao tranh giữa Quân đội Sudan và SPLA-Bắc tiếp diễn; người phát ngôn LNA Ahmed al-Mismari và Thủ "
                       "tướng GNA Fayez al-Sarraj lên tiếng.", "a", 1)
    assert [(m.key, m.name or m.surface) for m in ms if m.kind != "country"] == [
        ("splm-n", "SPLA-Bắc"), ("lna", "LNA"), ("person:ahmed-al-mismari", "Ahmed al-Mismari"),
        ("chinh-phu-hiep-thuan-dan-toc", "GNA"), ("person:fayez-al-sarraj", "Fayez al-Sarraj")]
    # a region a title's portfolio names is no part of the name after it
    ms = find_mentions("Trợ lý Ngoại trưởng Mỹ phụ trách các vấn đề Cận Đông David Schenker nói.", "a", 1)
    assert [m.name for m in ms if m.kind == "person"] == ["David Schenker"]


def test_an_office_about_to_be_left_or_taken_titles_its_holder():
    for text, name, role in (("Ông Bazoum là người được Tổng thống mãn nhiệm Mahamadou Issoufou lựa chọn.",
                              "Mahamadou Issoufou", "Tổng thống mãn nhiệm"),
                             ("Tổng thống đắc cử Mỹ Joe Biden nói.", "Joe Biden", "Tổng thống đắc cử Mỹ")):
        ms = find_mentions(text, "a", 1)
        assert [(m.name, m.role) for m in ms if m.kind == "person" and m.name == name] == [(name, role)], text
    # a group Ansarul opens, after "nhóm"
    ms = find_mentions("Từ cuối năm 2016, nhóm Ansarul Islam do giáo sĩ Ibrahim Malam Dicko sáng lập gây bất ổn.", "a", 1)
    assert [m.name for m in ms if m.kind == "group"] == ["Ansarul Islam"]


def test_the_day_an_attack_the_news_followed_is_given_far_in_its_clause_still_dates_it():
    x = extract_article(article("Liên Hợp Quốc đã lên án vụ tấn công của Boko Haram nhằm vào làng Darul Jamal, trong khi Tổng "
                                "thống Bola Tinubu yêu cầu các lực lượng vũ trang rà soát lại các chiến dịch an ninh sau vụ "
                                "thảm sát khiến hàng chục dân thường và binh sĩ thiệt mạng hôm 5/9.",
                                published=dt.date(2025, 9, 9)))
    assert [str(e.date.start) for e in x.events if e.date] == ["2025-09-05"]


def test_alarm_voiced_is_concern():
    said = _said("Cũng trong ngày 13/11, Cao ủy Nhân quyền Liên Hợp Quốc Michelle Bachelet bày tỏ “báo động ngày càng tăng”.",
                 published=dt.date(2020, 11, 14))
    assert [(k, st) for k, st, _ in said] == [("person:michelle-bachelet", ("concern",))]
    # a bare title is no back-reference to the last speaker, who may hold another office
    said = _said("Tổng thư ký Liên Hợp Quốc Antonio Guterres kêu gọi Nga ngừng tấn công. Ngoại trưởng Nga Sergei Lavrov cho "
                 "biết Moscow sẽ tiếp tục chiến dịch. Tổng thư ký cũng bày tỏ lo ngại sâu sắc.")
    assert all(k != "person:sergei-lavrov" for k, _, _ in said)


def test_an_unknown_name_a_word_for_a_group_describes_after_a_comma_is_a_group():
    ms = find_mentions("Chúng có liên hệ với Katiba Macina, nhóm thánh chiến do giáo sĩ Amadou Koufa lãnh đạo.", "a", 1)
    assert [m.name for m in ms if m.kind == "group"] == ["Katiba Macina"]
    # not the group told of again, nor the one who leads it, after a fronted clause
    for text in ("Dưới sự dẫn dắt của Abubakar Shekau, nhóm này gây chấn động thế giới.",
                 "Dưới sự lãnh đạo của Abu Mohammed al-Jolani, nhóm kiểm soát phần lớn tỉnh Idlib.",
                 "Trên Twitter, nhóm này khẳng định các tay súng vẫn hiện diện."):
        assert [m for m in find_mentions(text, "a", 1) if m.kind == "group"] == [], text


def test_a_title_lists_its_fields_with_commas_and_the_red_cross_is_written_either_way():
    ms = find_mentions("Ông Usman Kachalla, Giám đốc Tìm kiếm, Cứu nạn và Tác chiến của cơ quan này, cho biết.", "a", 1)
    assert [m.name for m in ms if m.kind == "person"] == ["Usman Kachalla"]
    ms = find_mentions("Một quan chức của Ủy ban Chữ thập Đỏ Quốc tế (ICRC) đề nghị giấu tên.", "a", 1)
    assert [m.key for m in ms] == ["uy-ban-chu-thap-do-quoc-te", "uy-ban-chu-thap-do-quoc-te"]


def test_a_toll_set_then_after_a_year_long_past_named_to_compare_is_history():
    x = extract_article(article("Biên giới Israel - Liban chưa từng căng thẳng như vậy kể từ năm 2006. Cuộc chiến kéo dài 34 "
                                "ngày giữa Israel và Hezbollah khi đó khiến hơn 1.200 người ở Liban thiệt mạng.",
                                published=dt.date(2023, 10, 25)))
    assert x.figures == () and [c.text[:8] for c in x.background] == ["Cuộc chi"]


def test_review_cases_of_this_rounds_figures_and_groups_read_as_the_press_means_them():
    def counts(text):
        return [(f.kind, f.number) for f in find_figures(text)]
    # "chỉ" alone is "just", before a time; someone who did is no case supposed; a count added up is none either
    assert counts("Số người thiệt mạng ở Gaza trong vòng chỉ 10 ngày đã vượt quá 2.000 người.") == []
    assert counts("Hai nhân chứng kể ai đó đã ném lựu đạn vào đám đông làm 3 người thiệt mạng.") == [("killed", 3)]
    assert counts("Nếu tính cả 5 người chết trong vụ tấn công hôm qua thì số người thiệt mạng đã lên tới 20 người.") \
        == [("killed", 5), ("killed", 20)]
    # a surrender urged is none; a negation before its clause denies nothing
    assert counts("Chính phủ hối thúc 300 phiến quân đầu hàng trước hạn chót.") == []
    assert counts("Trong chưa đầy 2 giờ, 300 binh sĩ đã đầu hàng.") == [("captured", 300)]
    # a long-past year beside the news' own day leaves "Khi đó" the news
    x = extract_article(article("Rạng sáng 7/10, Hamas mở cuộc tấn công đẫm máu nhất kể từ khi nhà nước Israel ra đời năm "
                                "1948. Khi đó, hơn 1.200 người ở Israel đã thiệt mạng.", published=dt.date(2023, 10, 8)))
    assert [(f.kind, f.number) for f in x.figures] == [("killed", 1200)]
    # no group where a place, an operation or a legal list stands
    for text in ("Tại Ras Kamboni, lực lượng Kenya đã tấn công phiến quân hôm 5/9.",
                 "Ở Deir Hafer, nhóm phiến quân đã rút lui.",
                 "Mỹ đưa Ansar Allah vào danh sách Tổ chức khủng bố nước ngoài (FTO).",
                 "Tổ chức Front Line Defenders lên án vụ bắt giữ."):
        assert [m.key for m in find_mentions(text, "a", 1) if m.key.startswith(("group:", "org:"))] == [], text
