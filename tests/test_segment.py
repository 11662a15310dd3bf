from generator.segment import sentences


def split(text):
    return [text[s.start:s.end] for s in sentences(text)]


def test_numbers_and_dates_with_dots_do_not_end_sentences():
    text = "Hơn 6.600 người thiệt mạng. Hôm nay 20.9 Moscow kêu gọi ngừng bắn."
    assert split(text) == ["Hơn 6.600 người thiệt mạng.", "Hôm nay 20.9 Moscow kêu gọi ngừng bắn."]


def test_quoted_sentences_stay_inside_their_quotation():
    text = 'Ông nói: "Chúng tôi lo ngại. Chúng tôi kêu gọi kiềm chế". Sau đó ông rời đi.'
    assert split(text) == ['Ông nói: "Chúng tôi lo ngại. Chúng tôi kêu gọi kiềm chế".', "Sau đó ông rời đi."]


def test_initials_do_not_end_sentences():
    assert len(split("Ông B. Santosh Babu thiệt mạng. Trung Quốc im lặng.")) == 2
