import datetime as dt

import pytest

from generator.extract.dates import find_dates

PUB = dt.date(2022, 9, 14)  # a Wednesday


def _found(text: str) -> list[tuple[str, str, str, str]]:
    return [(f.text, str(f.value), str(f.end_value), f.precision) for f in find_dates(text, PUB)]


@pytest.mark.parametrize("text, words, start, end, precision", [
    ("thiệt mạng trong ngày 13/9.", "ngày 13/9", "2022-09-13", "2022-09-13", "day"),
    ("xảy ra đêm 12/9,", "đêm 12/9", "2022-09-12", "2022-09-12", "day"),
    ("bắt đầu từ rạng sáng 13/9.", "rạng sáng 13/9", "2022-09-13", "2022-09-13", "day"),
    ("hôm nay 20.9 cho biết", "hôm nay 20.9", "2022-09-20", "2022-09-20", "day"),
    ("vào đêm 12 và rạng sáng 13/9.", "đêm 12 và rạng sáng 13/9", "2022-09-12", "2022-09-13", "span"),
    ("Ngày 9/11/2020, các nhà lãnh đạo", "Ngày 9/11/2020", "2020-11-09", "2020-11-09", "day"),
    ("từ tháng 2/1988 đến tháng 5/1994", "từ tháng 2/1988 đến tháng 5/1994", "1988-02-01", "1994-05-31", "span"),
    ("cuối tháng 9/2020", "tháng 9/2020", "2020-09-01", "2020-09-30", "month"),
    ("kết thúc vào năm 1994.", "năm 1994", "1994-01-01", "1994-12-31", "year"),
    ("Bộ Ngoại giao Nga hôm thứ Ba kêu gọi", "hôm thứ Ba", "2022-09-13", "2022-09-13", "day"),
    ("Ngày 28-7, hai bên", "Ngày 28-7", "2022-07-28", "2022-07-28", "day"),
    ("trong chiến dịch quân sự ngày 19-20/9.", "ngày 19-20/9", "2022-09-19", "2022-09-20", "span"),
    ("về những gì đã xảy ra hôm 13 và 14/9.", "hôm 13 và 14/9", "2022-09-13", "2022-09-14", "span"),
    ("giao tranh từ 12 đến 14/9", "từ 12 đến 14/9", "2022-09-12", "2022-09-14", "span"),
    # past midnight is the next day's: not a span
    ("nổ ra đêm 1 rạng sáng 2/9", "rạng sáng 2/9", "2022-09-02", "2022-09-02", "day"),
    # a day with its year written in words, or relative to the publication's
    ("ký ngày 9/11 năm 2020,", "ngày 9/11 năm 2020", "2020-11-09", "2020-11-09", "day"),
    ("ngày 10 tháng 11 năm 2020", "ngày 10 tháng 11 năm 2020", "2020-11-10", "2020-11-10", "day"),
    ("vi phạm tuyên bố ba bên ngày 9/11 năm ngoái và", "ngày 9/11 năm ngoái", "2021-11-09", "2021-11-09", "day"),
    ("hôm 2/9 năm nay", "hôm 2/9 năm nay", "2022-09-02", "2022-09-02", "day"),
    # "năm trước đó" is the year before the one last told, not before publication: no such day
    ("Ngày 12/12 năm trước đó,", "Ngày 12/12", "2021-12-12", "2021-12-12", "day"),
    # a day and month in words after a day's word
    ("giao tranh sáng 13 tháng 9, quân", "sáng 13 tháng 9", "2022-09-13", "2022-09-13", "day"),
])
def test_date_expressions_resolve_against_publication(text, words, start, end, precision):
    assert _found(text)[0] == (words, start, end, precision)


@pytest.mark.parametrize("text, found", [
    ("Thổ Nhĩ Kỳ hôm qua (13-9) đồng ý", [("hôm qua", "2022-09-13", "2022-09-13", "day"),
                                           ("13-9", "2022-09-13", "2022-09-13", "day")]),
    ("có hiệu lực từ 2h sáng nay (14-9, giờ địa phương)", [("sáng nay", "2022-09-14", "2022-09-14", "day"),
                                                          ("14-9", "2022-09-14", "2022-09-14", "day")]),
    ("tối thứ Bảy (10.9), khi", [("10.9", "2022-09-10", "2022-09-10", "day")]),
    ("hôm Chủ Nhật (11-9)", [("11-9", "2022-09-11", "2022-09-11", "day")]),
    ("hôm qua (13 tháng 9) đồng ý", [("hôm qua", "2022-09-13", "2022-09-13", "day"),
                                      ("13 tháng 9", "2022-09-13", "2022-09-13", "day")]),
])
def test_a_day_in_brackets_after_a_days_name_is_that_day(text, found):
    assert _found(text) == found


@pytest.mark.parametrize("text, found", [
    # early this week: Monday and Tuesday of the publication's week (a Wednesday)
    ("kẻ đánh bom ở Peshawar đầu tuần này đã mặc cảnh phục", [("đầu tuần này", "2022-09-12", "2022-09-13", "span")]),
    # last weekend: the Saturday and Sunday before it
    ("con số được công bố hồi cuối tuần qua.", [("cuối tuần qua", "2022-09-10", "2022-09-11", "span")]),
    # the words only spelt inside others, and next week: no day
    ("quân cảnh Nga bắt đầu tuần tra giữa các vị trí", []),
    ("hai bên sẽ họp vào đầu tuần tới", []),
])
def test_parts_of_a_week_are_days_of_the_publications_week_or_the_one_before(text, found):
    assert _found(text) == found


def test_same_day_takes_the_last_day_written_before_it():
    found = find_dates("Cùng ngày, Mỹ lên tiếng.", PUB, last_day=dt.date(2022, 9, 13))
    assert found[0].value == dt.date(2022, 9, 13)
    # ... as do a few hours later; not a few hours after another event, which is that event's day
    found = find_dates("Vài giờ sau, Tổng thống Mỹ lên tiếng.", PUB, last_day=dt.date(2022, 9, 13))
    assert found[0].value == dt.date(2022, 9, 13)
    for text in ("Cuộc tấn công nổ ra chỉ vài giờ sau khi Total thông báo.", "Vài giờ sau vụ tấn công, Mỹ lên tiếng."):
        assert find_dates(text, PUB, last_day=dt.date(2022, 9, 13)) == [], text


def test_a_day_written_again_without_its_year_keeps_the_year_the_article_gave_it():
    from generator.extract.article import extract_article
    from test_extract import article
    a = article("Sinwar, kiến trúc sư của cuộc tấn công ngày 7/10 năm ngoái, đã thiệt mạng hôm 16/10.",
                "Quân đội sẽ truy lùng mọi kẻ tham gia vụ tấn công ngày 7/10.", published=dt.date(2024, 10, 18))
    assert [d.start for d in extract_article(a).dates] == [dt.date(2023, 10, 7), dt.date(2024, 10, 16),
                                                           dt.date(2023, 10, 7)]
    # another day, or no year given before: the day nearest the publication
    assert find_dates("vụ tấn công ngày 7/10", dt.date(2024, 10, 18), years={(10, 8): dt.date(2023, 10, 8)}
                      )[0].value == dt.date(2024, 10, 7)
    # a day that sets the time of the news is not the anniversary's event
    a = article("Ngày 24/2/2022, Nga mở chiến dịch quân sự tại Ukraine.",
                "Ngày 24/2, Nga tấn công tên lửa vào Kiev.", published=dt.date(2025, 2, 25))
    assert [d.start for d in extract_article(a).dates] == [dt.date(2022, 2, 24), dt.date(2025, 2, 24)]
    # the year the fighting was told of, not an anniversary's; an event the day only dates keeps the news's year
    a = article("Ngày 7/10/2023 Hamas tấn công Israel.", "Ngày 7/10/2024, Israel tổ chức lễ tưởng niệm.",
                "Hezbollah ca ngợi vụ tấn công ngày 7/10 của Hamas.", published=dt.date(2024, 10, 9))
    assert extract_article(a).dates[-1].start == dt.date(2023, 10, 7)
    a = article("Ngày 24/2/2022, Nga mở chiến dịch quân sự tại Ukraine.",
                "Nga mở đợt không kích vào Kiev ngày 24/2, khiến 5 người chết.", published=dt.date(2025, 2, 25))
    assert extract_article(a).dates[-1].start == dt.date(2025, 2, 24)


def test_the_same_day_written_with_its_date_and_year_is_that_date():
    # "Cùng ngày 28/3/2017" as "Cùng ngày 28/3": the day written, not the last day before it
    found = find_dates("Cùng ngày 28/3/2017, Đại sứ Mỹ tại LHQ cho biết", dt.date(2017, 3, 29), dt.date(2017, 3, 12))
    assert [(f.kind, str(f.value)) for f in found] == [("full", "2017-03-28")]


def test_that_day_is_the_last_day_written_before_it():
    for words in ("vụ tấn công kép hôm đó", "các cuộc tấn công ngày hôm đó"):
        assert find_dates(words, PUB, last_day=dt.date(2022, 9, 2))[0].value == dt.date(2022, 9, 2)
    # other days than that one, or a span from it
    for words in ("Trong những ngày hôm đó", "Hai ngày sau hôm đó", "Trước hôm đó", "Từ hôm đó đến nay",
                  "Kể từ hôm đó", "hôm đó tới giờ"):
        assert [f.text for f in find_dates(words, PUB, last_day=dt.date(2022, 9, 2))] == [], words


def test_a_date_the_text_leaves_open_stays_open():
    found = find_dates("Cùng ngày, Mỹ lên tiếng.", PUB, last_day=None)
    assert found[0].value is None and found[0].precision == "unknown"


def test_numbers_in_brackets_after_other_words_are_no_day():
    # a score, a range, a vote, a rate: only a day's whole name makes "(2-1)" a day
    assert _found("với tỷ số (2-1) và một vùng rộng (15-20 km), tỷ lệ (12-3)") == []
    assert _found("Nghị quyết được thông qua (12-3). Lạm phát hiện nay (5.5). Cuba (12-3).") == []
    assert _found("kéo dài 3 tháng 9 ngày") == [("tháng 9", "2022-09-01", "2022-09-30", "month")]
    assert _found("kéo dài đến 3 tháng 9 ngày") == [("tháng 9", "2022-09-01", "2022-09-30", "month")]


def test_a_day_written_with_its_year_after_ke_tu_keeps_the_since_before_it():
    # "kể từ" stays outside the date, where the rules on counts since a day look for it
    assert _found("Kể từ 7/10/2023, hơn 30.000 người đã thiệt mạng")[0][0] == "7/10/2023"


def test_thousands_separators_are_not_dates():
    assert find_dates("khiến hơn 6.600 người thiệt mạng", PUB) == []


def test_dates_late_in_the_year_before_an_early_publication_are_last_year():
    assert find_dates("ngày 28/12", dt.date(2023, 1, 3))[0].value == dt.date(2022, 12, 28)


@pytest.mark.parametrize("text, words, start, end, precision", [
    ("Năm 2021, giao tranh quanh một công trình cấp nước", "Năm 2021", "2021-01-01", "2021-12-31", "year"),
    ("Tháng 2.2021, hai bên tái cam kết", "Tháng 2.2021", "2021-02-01", "2021-02-28", "month"),
    ("trong cuộc đụng độ hồi tháng 6 năm ngoái", "tháng 6 năm ngoái", "2021-06-01", "2021-06-30", "month"),
    ("từ đầu tháng 5, hàng nghìn binh sĩ", "tháng 5", "2022-05-01", "2022-05-31", "month"),
    ("Tháng 11 vừa qua", "Tháng 11", "2021-11-01", "2021-11-30", "month"),
])
def test_sentence_initial_capitals_and_relative_months_are_dates(text, words, start, end, precision):
    assert _found(text)[0] == (words, start, end, precision)


@pytest.mark.parametrize("text, words, start, end, precision", [
    ("Chiến tranh Triều Tiên 1950-1953 kết thúc", "1950-1953", "1950-01-01", "1953-12-31", "span"),
    ("cuộc chiến biên giới 1998–2000 khiến", "1998–2000", "1998-01-01", "2000-12-31", "span"),
    ("tranh chấp từ cuối thập niên 1980.", "thập niên 1980", "1980-01-01", "1989-12-31", "span"),
    ("sau Chiến tranh 1967, Israel", "Chiến tranh 1967", "1967-01-01", "1967-12-31", "year"),
])
def test_years_written_without_nam_in_a_range_a_decade_or_after_a_war(text, words, start, end, precision):
    assert _found(text) == [(words, start, end, precision)]


def test_four_digits_that_name_a_resolution_or_a_weapon_are_no_year():
    assert find_dates("Nghị quyết 1701 và tên lửa S-400, 1950 binh sĩ, 1900-2000 binh sĩ", PUB) == []


def test_an_ordinal_day_is_not_a_weekday():
    # "bước sang ngày thứ hai" is "entered its second day", not Monday
    assert find_dates("Giao tranh giữa hai nước đã bước sang ngày thứ hai.", PUB) == []
    assert find_dates("Bộ Ngoại giao Nga ngày thứ Ba kêu gọi", PUB)[0].value == dt.date(2022, 9, 13)


def test_day_offsets_count_from_the_last_day_written():
    before = find_dates("Trước đó một ngày, Tổng thư ký kêu gọi", PUB, last_day=dt.date(2022, 9, 18))
    after = find_dates("Một ngày sau, Bộ trưởng Quốc phòng xác nhận", PUB, last_day=dt.date(2021, 2, 10))
    assert (before[0].value, after[0].value) == (dt.date(2022, 9, 17), dt.date(2021, 2, 11))
    # "một ngày sau vụ nổ mìn" counts from the mine blast, not from the last date: no date
    assert find_dates("bùng phát từ ngày 24-7, một ngày sau vụ nổ mìn", PUB)[-1].text == "ngày 24-7"


def test_a_date_pattern_marked_as_needing_a_digit_never_matches_text_without_one():
    # find_dates skips those patterns in a sentence without a digit
    import re
    from pathlib import Path
    from generator.extract.dates import _PATTERNS
    root = Path(__file__).resolve().parents[1]
    text = "\n".join(p.read_text(encoding="utf-8") for d in ("seeds", "tests/devset/seeds", "tests/devset2/seeds")
                     for p in sorted((root / d).glob("*.txt")))
    bare = re.sub(r"\d", "", text) + "\nHôm qua, năm ngoái, Thứ Hai tuần trước, tháng Mười năm nay, cùng ngày, hai ngày sau,"
    assert all(rx.search(bare) is None for _, digit, _, rx in _PATTERNS if digit)
    assert {kind for kind, digit, _, rx in _PATTERNS if not digit and rx.search(bare)} >= {"relative", "same_day", "year_rel"}


def test_a_day_joined_to_a_day_with_its_year_has_that_year():
    assert _found("Từ ngày 27/9 đến ngày 10/11 năm 2020") == [
        ("ngày 27/9", "2020-09-27", "2020-09-27", "day"), ("ngày 10/11 năm 2020", "2020-11-10", "2020-11-10", "day")]
    assert _found("Các ngày 27/9 và 10/11 năm 2020")[0][1] == "2020-09-27"


def test_last_weekend_in_a_weekends_paper_is_the_weekend_that_is_ending():
    found = [(f.text, str(f.value), str(f.end_value)) for f in find_dates("cuối tuần qua, giao tranh", dt.date(2022, 9, 18))]
    assert found == [("cuối tuần qua", "2022-09-17", "2022-09-18")]


def test_many_date_words_are_read_in_time_linear_in_the_text():
    import time
    start = time.perf_counter()
    find_dates("đầu tuần này hôm qua " * 5000, PUB)
    assert time.perf_counter() - start < 2   # 0.1 s here; checking overlaps against every date found took 10 s
