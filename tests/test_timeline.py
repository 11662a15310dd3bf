"""generator/timeline.py: the incidents timeline, a pure Briefing -> SVG function."""
import datetime as dt
import xml.etree.ElementTree as ET

from generator.lexicon import vocabulary
from generator.model import Actor, Agency, Briefing, Casualty, Incident, Ref, Report
from generator.timeline import elapsed, figure_lines, svg, wrap

SVG = "{http://www.w3.org/2000/svg}"
LABELS = vocabulary("labels.yml")


def actor(aid, name):
    return Actor(id=aid, name=name, type="country", aliases=(), roles=(), affiliation=None, mentions=())


def casualty(party, number, qualifier="exact", by=None, kind="killed"):
    ref = Ref("a", 1)
    return Casualty(party=party, kind=kind, number=number, qualifier=qualifier, reported_by=by, source=ref,
                    text="", reports=(Report(by, qualifier, ref, ""),))


def incident(iid, date, title="Giao tranh", casualties=(), actors=("x", "y")):
    return Incident(id=iid, date=date, end_date=None, date_text="", precision="day", title=title, type="ASSAULT",
                    modes=(), places=(), actors=actors, summary="", casualties=casualties, sources=(Ref("a", 1),))


def briefing(*incidents):
    return Briefing(articles=(), actors=(actor("x", "Xland"), actor("y", "Yland")), incidents=incidents,
                    reactions=(), background=(), agencies=(Agency("ap", "AP"),))


def test_text_from_articles_is_escaped_and_the_svg_is_well_formed():
    hostile = 'Giao tranh <script>alert("x")</script> & <a href="javascript:x">'
    out = svg(briefing(incident("i1", dt.date(2022, 9, 12), title=hostile)), LABELS)
    assert "<script" not in out and "javascript:x\"" not in out
    root = ET.fromstring(out)
    drawn = " ".join(t.text for t in root.iter(f"{SVG}text"))
    assert "<script>" in drawn and "&" in drawn      # shown as text, not markup


def test_incidents_run_in_time_each_linking_to_its_section():
    later, earlier = incident("late", dt.date(2023, 9, 19)), incident("early", dt.date(2021, 11, 16))
    root = ET.fromstring(svg(briefing(later, incident("undated", None), earlier), LABELS))
    links = [a.get("href") for a in root.iter(f"{SVG}a")]
    assert links == ["#early", "#late", "#undated"]
    drawn = [t.text for t in root.iter(f"{SVG}text")]
    assert "1 năm 10 tháng sau" in drawn and "Chưa rõ ngày" in drawn


def test_the_drawing_is_sized_by_its_viewbox_so_it_scales_to_a_phone():
    root = ET.fromstring(svg(briefing(incident("i", dt.date(2022, 1, 1))), LABELS))
    assert root.get("width") == "100%" and root.get("height") is None
    assert root.get("viewBox").split()[:3] == ["0", "0", "360"]


def test_figures_per_side_keep_their_qualifiers_and_reporters_and_show_a_range_where_reports_differ():
    i = incident("i", dt.date(2023, 9, 19), casualties=(
        casualty("x", 49, "at_least", by="x"), casualty("y", 27, by="y"), casualty("y", 100, "about", by="ap"),
        casualty(None, 5, by=None)))
    assert figure_lines(i, {"x": "Xland", "y": "Yland", "ap": "AP"}, LABELS) == [
        "Xland: ít nhất 49 thiệt mạng (theo Xland)",
        "Yland: 27 – khoảng 100 thiệt mạng (theo AP, Yland)",
        "không rõ bên: 5 thiệt mạng",
    ]


def test_no_incident_no_timeline():
    assert svg(briefing(), LABELS) == ""


def test_elapsed_time_reads_in_calendar_months():
    assert elapsed(dt.date(2021, 11, 16), dt.date(2022, 9, 12)) == "9 tháng sau"
    assert elapsed(dt.date(2022, 9, 12), dt.date(2023, 9, 19)) == "1 năm sau"
    assert elapsed(dt.date(2022, 9, 12), dt.date(2022, 9, 14)) == "2 ngày sau"


def test_long_lines_wrap_at_word_boundaries():
    lines = wrap("Giao tranh Azerbaijan – chính quyền ly khai Nagorno-Karabakh ở vùng biên giới phía Đông", "title")
    assert len(lines) > 1 and " ".join(lines).split() == ("Giao tranh Azerbaijan – chính quyền ly khai "
                                                          "Nagorno-Karabakh ở vùng biên giới phía Đông").split()
