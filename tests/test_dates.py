import datetime as dt

import pytest

from generator.extract.dates import find_dates

PUB = dt.date(2022, 9, 14)  # a Wednesday


@pytest.mark.parametrize("text, words, start, end, precision", [
    ("thiệt mạng trong ngày 13/9.", "ngày 13/9", "2022-09-13", "2022-09-13", "day"),
    ("xảy ra đêm 12/9,", "đêm 12/9", "2022-09-12", "2022-09-12", "day"),
    ("bắt đầu từ rạng sáng 13/9.", "rạng sáng 13/9", "2022-09-13", "2022-09-13", "day"),
    ("hôm nay 20.9 cho biết", "hôm nay 20.9", "2022-09-20", "2022-09-20", "day"),
    ("vào đêm 12 và rạng sáng 13/9.", "đêm 12 và rạng sáng 13/9", "2022-09-12", "2022-09-13", "span"),
    ("Ngày 9/11/2020, các nhà lãnh đạo", "9/11/2020", "2020-11-09", "2020-11-09", "day"),
    ("từ tháng 2/1988 đến tháng 5/1994", "từ tháng 2/1988 đến tháng 5/1994", "1988-02-01", "1994-05-31", "span"),
    ("cuối tháng 9/2020", "tháng 9/2020", "2020-09-01", "2020-09-30", "month"),
    ("kết thúc vào năm 1994.", "năm 1994", "1994-01-01", "1994-12-31", "year"),
    ("Bộ Ngoại giao Nga hôm thứ Ba kêu gọi", "hôm thứ Ba", "2022-09-13", "2022-09-13", "day"),
    ("Ngày 28-7, hai bên", "Ngày 28-7", "2022-07-28", "2022-07-28", "day"),
])
def test_date_expressions_resolve_against_publication(text, words, start, end, precision):
    found = find_dates(text, PUB)
    assert [(f.text, str(f.value), str(f.end_value), f.precision) for f in found][0] == (words, start, end, precision)


def test_same_day_takes_the_last_day_written_before_it():
    found = find_dates("Cùng ngày, Mỹ lên tiếng.", PUB, last_day=dt.date(2022, 9, 13))
    assert found[0].value == dt.date(2022, 9, 13)


def test_a_date_the_text_leaves_open_stays_open():
    found = find_dates("Cùng ngày, Mỹ lên tiếng.", PUB, last_day=None)
    assert found[0].value is None and found[0].precision == "unknown"


def test_thousands_separators_are_not_dates():
    assert find_dates("khiến hơn 6.600 người thiệt mạng", PUB) == []


def test_dates_late_in_the_year_before_an_early_publication_are_last_year():
    assert find_dates("ngày 28/12", dt.date(2023, 1, 3))[0].value == dt.date(2022, 12, 28)
