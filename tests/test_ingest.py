from __future__ import annotations

import datetime as dt
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.ingest import IngestError, document_from_bytes, read_document, safe_name


def _published_on(text: str) -> dt.date | None:
    """The first day of the publication the text states, if it states one."""
    from geo.corpus import stated_publication

    stated = stated_publication(text)
    return stated[0] if stated else None


def test_plain_text_keeps_file_offsets():
    data = "Fighting near Ténenkou.\nA second line.".encode()
    doc = document_from_bytes(data, "note.txt")
    assert doc.text == data.decode()
    assert doc.title == "Fighting near Ténenkou."
    assert [s.text for s in doc.sentences] == ["Fighting near Ténenkou.", "A second line."]
    assert len(doc.sha256) == 64


def test_html_is_parsed_not_rendered():
    html = b"""<html><head><title>Attack on Boni</title><script>alert('x')</script>
    <style>p{color:red}</style></head><body><h1>Attack on Boni</h1>
    <p>Gunmen attacked <b>Boni</b> on 3 May 2019.</p><img src=x onerror="alert(1)">
    <p>Second.</p></body></html>"""
    doc = document_from_bytes(html, "page.html")
    assert doc.title == "Attack on Boni"
    assert "Gunmen attacked Boni on 3 May 2019." in doc.text
    assert "alert" not in doc.text and "color" not in doc.text
    assert "onerror" not in doc.text


def test_latin1_text_is_decoded():
    data = "Les habitants de Ségou et de Djenné ont fui vers Mopti.".encode("latin-1")
    doc = document_from_bytes(data, "fr.txt")
    assert "Ségou" in doc.text and "Djenné" in doc.text


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (b"", "empty.txt", "empty"),
        (b"   \n\n ", "blank.txt", "empty"),
        (b"\x00\x01\x02binary\x00data" * 50, "data.txt", "binary"),
        (bytes(range(256)) * 40, "random.txt", "binary"),
        (b"hello", "script.exe", "unsupported-type"),
        (b"hello", "noextension", "unsupported-type"),
        (b"%PDF-1.4 not really", "fake.pdf", "bad-pdf"),
        (b"%PDF-1.7\n%binary", "renamed.txt", "binary"),
    ],
)
def test_refusals_say_what_and_why(data, name, kind):
    with pytest.raises(IngestError) as info:
        document_from_bytes(data, name)
    assert info.value.kind == kind
    assert safe_name(name) in str(info.value)


def test_size_limit():
    with pytest.raises(IngestError) as info:
        document_from_bytes(b"a" * 2000, "big.txt", max_bytes=1000)
    assert info.value.kind == "too-large"
    assert "limit" in str(info.value)


def test_file_size_checked_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 6_000_000)
    with pytest.raises(IngestError, match="over the 5 MB limit"):
        read_document(big)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\windows\\evil.md", "evil.md"),
        ("/abs/path/report.html", "report.html"),
        ("weird<name>|?.txt", "weird_name_.txt"),
        ("..", "document"),
    ],
)
def test_safe_name_never_leaves_the_directory(name, expected):
    assert safe_name(name) == expected
    assert "/" not in safe_name(name) and safe_name(name) != ".."


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "b.md", "c.html", "d.pdf"]))
def test_arbitrary_bytes_give_a_document_or_a_clear_refusal(data, name):
    try:
        doc = document_from_bytes(data, name)
    except IngestError as exc:
        assert exc.kind and str(exc)
    else:
        assert doc.text.strip()


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Published 15 November 2023", (dt.date(2023, 11, 15), 1)),
        ("*Published 15 November 2023*", (dt.date(2023, 11, 15), 1)),
        ("**Date:** 3 May 2021", (dt.date(2021, 5, 3), 1)),
        ("_Posted on March 4, 2022_", (dt.date(2022, 3, 4), 1)),
        ("> Updated: 2022-03-04", (dt.date(2022, 3, 4), 1)),
        ("Published in June 2019", (dt.date(2019, 6, 1), 2)),
        ("*Report published 12 January 2023*", (dt.date(2023, 1, 12), 1)),
        ("This article was first published on 4 March 2022.", (dt.date(2022, 3, 4), 1)),
        ("Bamako, 18 January 2017 – The mission condemns the attack.", (dt.date(2017, 1, 18), 1)),
        ("GAO (Reuters), 3 May 2021 - Gunmen attacked the town.", (dt.date(2021, 5, 3), 1)),
        ("BAMAKO, Mali, Thursday 15 August 2024 — The junta spoke.", (dt.date(2024, 8, 15), 1)),
        ("Gao, Monday, May 3, 2021 — Gunmen attacked the town.", (dt.date(2021, 5, 3), 1)),
        ("July 2019", (dt.date(2019, 7, 1), 2)),
        ("_12 January 2023_", (dt.date(2023, 1, 12), 1)),
        ("*Field notes, October 2023*", (dt.date(2023, 10, 1), 2)),
        ("Analysis | 12 June 2022", (dt.date(2022, 6, 12), 1)),
        ("By our Africa desk, 26 May 2021", (dt.date(2021, 5, 26), 1)),
        ("Tuesday 18 August 2020", (dt.date(2020, 8, 18), 1)),
        ("*Wednesday, 19 August 2020*", (dt.date(2020, 8, 19), 1)),
        ("Recorded 9 February 2024", (dt.date(2024, 2, 9), 1)),
        ("Podcast, episode 112 (recorded 9 February 2024)", (dt.date(2024, 2, 9), 1)),
        ("Issue 27 | Week of 30 June – 6 July 2025", (dt.date(2025, 7, 6), 1)),  # out at the week's end
        ("Week ending 6 July 2025", (dt.date(2025, 7, 6), 1)),
        ("Reporting period: 1–30 June 2025", (dt.date(2025, 6, 30), 2)),  # no weekday reads against a month
        ("Reporting period: 01/03/2022 – 31/03/2022", (dt.date(2022, 3, 31), 2)),
        ("Period covered: 01/03/2022 to 07/03/2022", (dt.date(2022, 3, 7), 1)),
        ("Answered on 19 February 2024", (dt.date(2024, 2, 19), 1)),  # a written parliamentary answer
        ("Compiled 20 August 2022 from open sources. Figures are as reported.", (dt.date(2022, 8, 20), 1)),
        ("Flash Update No. 1 | 2 October 2019", (dt.date(2019, 10, 2), 1)),
        ("Crisis Group Africa Briefing N°201, 14 June 2025", (dt.date(2025, 6, 14), 1)),
        ("As of 9 May 2025", (dt.date(2025, 5, 9), 1)),  # the day a situation report's figures stand at
        ("Volume 745: debated on Tuesday 30 January 2024", (dt.date(2024, 1, 30), 1)),  # a chamber's record
        ("S/2023/402, 1 June 2023", (dt.date(2023, 6, 1), 1)),  # a UN document's symbol
        ("DTG: 150630Z MAR 24", (dt.date(2024, 3, 15), 1)),  # a military message's date-time group
        ("A/HRC/52/76 – 3 February 2023", (dt.date(2023, 2, 3), 1)),
        (
            "Adopted by the Security Council at its 9365th meeting, on 30 June 2023",
            (dt.date(2023, 6, 30), 1),
        ),
        ("By the Africa desk | 30 May 2021", (dt.date(2021, 5, 30), 1)),
        ("Friday 8 September 2023, 0700 GMT", (dt.date(2023, 9, 8), 1)),  # a bulletin's hour
        ("An analysis for the Sahel programme — 12 September 2024", (dt.date(2024, 9, 12), 1)),
        ("September 17, 2024 9:41 AM GMT", (dt.date(2024, 9, 17), 1)),
        ("12 June 2022 – 6.30pm", (dt.date(2022, 6, 12), 1)),
        (
            "Source: monitoring service translation, 23 July 2022. The original is in Arabic.",
            (dt.date(2022, 7, 23), 1),
        ),
        ("1/ A short summary of a rough week in the centre. Posted 9 May 2024.", (dt.date(2024, 5, 9), 1)),
    ],
)
def test_publication_line_in_plain_or_markdown_text(head, expected):
    from geo.corpus import stated_publication

    found = stated_publication(f"Kidal retaken\n\n{head}\n\nThe army entered the town.")
    assert found is not None and (found[0], found[2]) == expected


def test_a_date_line_with_more_than_an_hour_after_it_is_no_publication_line():
    from geo.corpus import stated_publication

    for head in (
        "3 May 2021, the minister said",
        "3 May 2021, 12",
        "Source: HRW report. 5 April 2022 was the day",
    ):
        assert stated_publication(f"Kidal retaken\n\n{head}\n\nThe army entered the town.") is None, head


def test_an_article_updated_since_is_as_recent_as_its_last_update():
    from geo.corpus import original_publication, stated_publication

    text = (
        "Kati attacked\n\nFirst published 22 July 2022, 10:40 GMT. Updated 8 August 2022, 09:15 GMT.\n\n"
        "Jihadists attacked the base early on Friday."
    )
    assert stated_publication(text) == (dt.date(2022, 8, 8), dt.date(2022, 8, 8), 1)
    assert original_publication(text) == dt.date(2022, 7, 22)  # what the story as first told is read against
    once = "Kati attacked\n\nPublished 22 July 2022\n\nJihadists attacked the base early on Friday."
    assert original_publication(once) is None
    # an update no later than the publication changes nothing
    same = "Kati attacked\n\nPublished 22 July 2022. Updated 22 July 2022, 18:00.\n\nThe base was attacked."
    assert _published_on(same) == dt.date(2022, 7, 22) and original_publication(same) is None


def test_a_report_may_close_with_its_publication_line():
    from geo.corpus import stated_publication

    body = "The army entered the town on 14 November 2023. " * 30
    found = stated_publication(
        f"Kidal retaken\n\n{body}\n\nRecommendations follow.\n\nPublished 28 March 2024\n"
    )
    assert found is not None and found[0] == dt.date(2024, 3, 28)
    # at the end only a labelled line counts: a closing date alone may be anything
    assert stated_publication(f"Kidal retaken\n\n{body}\n\n28 March 2024\n") is None
    # a communiqué signs off with where and when it was issued
    assert _published_on(f"Press release\n\n{body}\n\nBamako, 2 June 2025\n") == dt.date(2025, 6, 2)
    assert stated_publication(f"Press release\n\n{body}\n\nBamako, 2 June 2025, the Chief of Staff\n") is None
    # or above its signature
    assert _published_on(f"Communiqué\n\n{body}\n\nBamako, 20 July 2022\n\nThe Minister\n") == dt.date(
        2022, 7, 20
    )
    assert (
        stated_publication(f"Communiqué\n\n{body}\n\nBamako, 20 July 2022\n\nthe end of a long day.\n")
        is None
    )


def test_a_monitored_broadcast_is_dated_by_its_source_line():
    from geo.corpus import latest_year_anchor, stated_publication

    text = (
        "Mali: arrests\n\nText of report by ORTM on 14 August\n\n[Presenter] Good evening.\n\n"
        + "The minister read a statement. " * 20
        + "\n\nSource: ORTM TV, Bamako, in French 2000 gmt 14 Aug 25\n\n[Monitoring note: France replied.]\n"
    )
    assert stated_publication(text) == (dt.date(2025, 8, 14), dt.date(2025, 8, 14), 1)
    assert _published_on(text.replace("14 Aug 25", "3 Mar 98")) == dt.date(1998, 3, 3)
    assert latest_year_anchor("in French 2000 gmt 14 Aug, the 1999 law") == dt.date(1999, 12, 31)
    assert stated_publication(text.replace("Source:", "Sources said")) is None


def test_a_cable_is_dated_by_its_date_time_group():
    from geo.corpus import stated_publication

    body = "1. (SBU) Summary: talks opened in Algiers, as in 1992. " * 5
    cable = f"UNCLASSIFIED\n\nR 061430Z JUL 06\nFM AMEMBASSY BAMAKO\n\n{body}\n"
    assert stated_publication(cable) == (dt.date(2006, 7, 6), dt.date(2006, 7, 6), 1)
    assert _published_on(cable.replace("061430Z JUL 06", "250900Z FEB 2013")) == dt.date(2013, 2, 25)
    assert stated_publication(cable.replace("061430Z JUL 06", "061430 JUL 06")) is None  # no Z, no group
    report = f"Panel report\nTransmitted to the Security Council on 3 August 2022\n\n{body}"
    assert _published_on(report) == dt.date(2022, 8, 3)


def test_a_feed_is_as_recent_as_its_newest_item():

    feed = (
        "Saved items\n\nTwin attack in Bamako\nWed, 18 Sep 2024 07:30:00 +0000\nGunmen stormed a school.\n\n"
        "Ban lifted\nThu, 11 Jul 2024 16:05:00 +0000\nThe junta lifted the ban.\n"
    )
    assert _published_on(feed) == dt.date(2024, 9, 18)


def test_a_live_blog_is_as_recent_as_its_last_day():

    blog = (
        "Mutiny: live\n\nTuesday 18 August 2020\n\n09:40 — Gunfire in Kati.\n\n"
        "{}16:30 — Soldiers detain the president.\n"
    )
    assert _published_on(blog.format("")) == dt.date(2020, 8, 18)
    assert _published_on(blog.format("Wednesday 19 August 2020\n\n")) == dt.date(2020, 8, 19)
    labelled = (
        "Mutiny: live\n\nPublished 18 August 2020\n\n18 August 2020\n\nGunfire.\n\n19 August 2020\n\nCalm.\n"
    )
    assert _published_on(labelled) == dt.date(2020, 8, 18)  # a labelled line says it outright


def test_no_publication_line_is_not_guessed_from_the_body():
    from geo.corpus import stated_publication

    assert stated_publication("Kidal retaken\n\nThe army entered the town on 14 November 2023.") is None
    assert stated_publication("Mali in 2023\n\nKidal, 14 November 2023: the army entered the town.") is None
    assert stated_publication("14 November 2023\n\nThe army entered Kidal.") is None  # the title line
    assert stated_publication("Kidal\n\nThe army entered Kidal, 14 November 2023\n\nMore.") is None


def test_a_subtitle_may_close_with_its_publication_date():
    from geo.corpus import stated_publication

    text = "The road to Kidal\nA reconstruction of the 2023 offensive, published 2 February 2024\n\nBody."
    assert _published_on(text) == dt.date(2024, 2, 2)
    assert stated_publication("Kidal\nThe report, published in 2019, was ignored.\n\nBody.") is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("FIELD NOTES — SEGOU / MOPTI, W/C 3 JUNE 2025", dt.date(2025, 6, 9)),  # the week's last day
        ("Sahel brief, week ending 6 July 2025", dt.date(2025, 7, 6)),
        ("Security digest W/E 6/7/2025", dt.date(2025, 7, 6)),
        ("The coup of 18 August 2020", None),  # a title's date is the story's, not the issue's
    ],
)
def test_a_title_naming_the_week_an_issue_covers(title, expected):
    from geo.corpus import stated_publication

    found = stated_publication(f"{title}\n\nThe army entered the town.")
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("RADIO BULLETIN – 18:00 GMT – Saturday 5 October 2024\n", dt.date(2024, 10, 5)),
        ("Security update – 5 October 2024\n", dt.date(2024, 10, 5)),
        ("Attack in Bamba – 7 September 2023\n", None),  # a title's date is the story's
        ("Final report of the Panel of Experts\n\nDistributed 8 August 2024\n", dt.date(2024, 8, 8)),
        ("Note verbale\n\nCirculated on 3 March 2023\n", dt.date(2023, 3, 3)),
        # a broadcast's transcript, its title naming the bulletin and its own note on what it is
        ("Transcript: Studio Tamani evening bulletin, 12 January 2024 (translated)\n", dt.date(2024, 1, 12)),
        # a statement's title, the day it was read set off at its end
        ("Statement read on national television (ORTM), 25 August 2021\n", dt.date(2021, 8, 25)),
        ("Attack on the army camp at Boni, 25 August 2021\n", None),
        (
            "Transcript: Press conference of the Army Chief of Staff, Bamako, 5 February 2024\n",
            dt.date(2024, 2, 5),
        ),
    ],
)
def test_an_issue_title_or_a_distribution_line_dates_the_piece(head, expected):
    assert _published_on(f"{head}\nGood evening. The army entered the town.") == expected


def test_an_event_boxs_date_is_no_publication_line():
    from geo.corpus import stated_publication

    box = "Date: 25–27 July 2024\nLocation: Tinzaouaten\nResult: Rebel victory"
    assert stated_publication(f"Battle of Tinzaouaten\n\n{box}\n\nThe battle was fought in July.") is None
    release = "Date: 12 March 2024\nLocation: Bamako"  # a release's header has no outcome, sides or toll
    found = stated_publication(f"Press release\n\n{release}\n\nThe ministry announced a census.")
    assert found is not None and found[0] == dt.date(2024, 3, 12)


def test_a_table_row_of_plain_cells_is_one_line():
    html = (
        b"<html><body><h1>Steps</h1><table><tr><th>Date</th><th>Place</th></tr>"
        b"<tr><td>21 October 2023</td><td>Tessalit <b>camp</b></td><td>a | b</td></tr></table></body></html>"
    )
    lines = document_from_bytes(html, "t.html").text.splitlines()
    assert "| Date | Place |" in lines
    assert "| 21 October 2023 | Tessalit camp | a / b |" in lines  # a cell's own bar cannot split it


def test_a_layout_tables_cells_stay_blocks():
    html = b"<table><tr><td><p>First paragraph.</p><p>Second paragraph.</p></td><td>Side</td></tr></table>"
    text = document_from_bytes(html, "t.html").text
    assert "|" not in text and "First paragraph." in text.splitlines()


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2024-01-08T09:30:00+00:00">',
        '<meta name="DC.date" content="2024-01-08">',
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "datePublished": "2024-01-08T10:00Z"}</script>',
    ],
)
def test_the_publication_day_in_a_pages_markup_dates_it(head):
    from geo.corpus import apply_manifest

    html = f"<html><head>{head}</head><body><p>Gunmen attacked Gao on Sunday.</p></body></html>".encode()
    doc = apply_manifest(document_from_bytes(html, "p.html"), None)
    assert (doc.published, doc.anchor) == (dt.date(2024, 1, 8), dt.date(2024, 1, 8))


def test_a_time_tag_marked_pubdate_dates_a_page_and_a_bad_day_does_not():
    html = b'<p>Posted <time datetime="2023-11-14" pubdate>14 Nov</time></p>'
    assert document_from_bytes(html, "p.html").published == dt.date(2023, 11, 14)
    html = b'<html><head><meta name="date" content="2023-02-30"></head><body><p>Text.</p></body></html>'
    assert document_from_bytes(html, "p.html").published is None
    html = b'<p>An event on <time datetime="2019-03-23">23 March 2019</time>.</p>'  # not the page's day
    assert document_from_bytes(html, "p.html").published is None


def test_a_middle_dot_parts_a_byline_from_its_date():
    from geo.corpus import stated_publication

    found = stated_publication(
        "Kidal retaken\n\nBy the Sahel desk · 8 January 2024\n\nThe army entered the town."
    )
    assert found is not None and found[0] == dt.date(2024, 1, 8)


def test_a_dated_byline_of_several_labels_and_a_wire_dateline_without_a_comma():
    from geo.corpus import stated_publication

    explainer = "# Generals in the dock\n\n*Explainer · Sahel Desk · 2 September 2025*\n\nThree weeks on, …\n"
    assert stated_publication(explainer) == (dt.date(2025, 9, 2), dt.date(2025, 9, 2), 1)
    wire = "WAGNER IS LEAVING MALI\n\nBAMAKO, June 7 2025 -- The group said on Friday that it was leaving.\n"
    assert stated_publication(wire) == (dt.date(2025, 6, 7), dt.date(2025, 6, 7), 1)


def test_a_wire_dateline_may_name_its_agency_after_the_date():
    from geo.corpus import stated_publication

    wire = "A year after Niamey\n\nNIAMEY, 26 July 2024 (Sahel Wire) — One year ago today, soldiers acted.\n"
    assert stated_publication(wire) == (dt.date(2024, 7, 26), dt.date(2024, 7, 26), 1)


def test_a_rights_group_dateline_in_brackets_states_the_day():
    from geo.corpus import stated_publication

    release = "Mali: Herders Killed\n\n(Dakar, 4 May 2023) – Soldiers shot dead 12 herders near a well.\n"
    assert stated_publication(release) == (dt.date(2023, 5, 4), dt.date(2023, 5, 4), 1)
    # a bracket opened must be closed before the dash
    assert stated_publication("Mali: Herders Killed\n\n(Dakar, 4 May 2023 – Soldiers shot 12.\n") is None


@pytest.mark.parametrize("credit", ["(AFP)", "(wire)", "(Sahel Wire)", "- (Reuters)"])
def test_a_dateline_alone_on_its_line_may_credit_its_agency(credit):
    from geo.corpus import stated_publication

    text = f"Toll rises to 71\n\nNiamey, 12 December 2019 {credit}\n\nSoldiers were killed on Tuesday.\n"
    assert stated_publication(text) == (dt.date(2019, 12, 12), dt.date(2019, 12, 12), 1)
    # a line going on past its date in words is no dateline
    prose = "Toll rises to 71\n\nNiamey, 12 December 2019 (the day after) was calm.\n\nSoldiers died.\n"
    assert stated_publication(prose) is None


def test_a_hard_wrapped_text_file_keeps_its_sentences_whole():
    para = (
        "On Sunday 7 August, fighters the army believes belonged to the Islamic State in the Greater Sahara "
        "attacked its camp near Tessit, in the Gao region close to the borders with Burkina Faso and Niger. "
        "The army first said 17 soldiers and four civilians had been killed."
    )
    body = "\n\n".join(textwrap.fill(para, 72) for _ in range(3))
    document = document_from_bytes(f"Brief\n\n{body}\n".encode(), "brief.txt")
    assert [s.text for s in document.sentences[1:3]] == [
        para.split(" The army")[0],
        "The army first said 17 soldiers and four civilians had been killed.",
    ]


def test_a_pdf_s_lines_are_read_as_its_paragraph():
    """A real PDF (drawn by matplotlib): pypdf gives its text line by line, as it was set."""
    import io

    from matplotlib.figure import Figure

    para = (
        "On Sunday 7 August, fighters the army believes belonged to the Islamic State in the Greater "
        "Sahara attacked its camp near Tessit, in the Gao region close to the borders with Burkina Faso "
        "and Niger. The army first said 17 soldiers and four civilians had been killed."
    )
    figure = Figure(figsize=(8.5, 11))
    for i, line in enumerate(["Security brief, 12 September 2022", "", *textwrap.wrap(para, 72)]):
        figure.text(0.05, 0.95 - i * 0.025, line, fontsize=10)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="pdf")
    document = document_from_bytes(buffer.getvalue(), "brief.pdf")
    assert "The army first said 17 soldiers and four civilians had been killed." in [
        s.text for s in document.sentences
    ]
    assert any(
        s.text.startswith("On Sunday 7 August") and s.text.endswith("Niger.") for s in document.sentences
    )


def test_a_list_of_dated_entries_one_to_a_line_stays_a_list():
    entries = "\n".join(
        f"{day} May 2025 - soldiers attacked positions near Diafarabe and Tenenkou in the Mopti region"
        for day in range(10, 20)
    )
    document = document_from_bytes(f"Log\n\n{entries}\n".encode(), "log.txt")
    assert len(document.sentences) == 11  # the title and each entry


def test_a_paragraph_wrapped_in_the_page_source_stays_one_paragraph():
    page = (
        b"<html><body><p>Gunmen attacked a market near Gao on Tuesday,\n    killing twelve"
        b"\n    civilians.</p><p>Line one<br>line two</p><pre>kept\nas is</pre></body></html>"
    )
    paragraphs = document_from_bytes(page, "page.html").text.split("\n\n")
    assert "Gunmen attacked a market near Gao on Tuesday, killing twelve civilians." in paragraphs
    assert "Line one" in paragraphs and "line two" in paragraphs
    assert "kept" in paragraphs and "as is" in paragraphs


def test_a_log_pasted_with_semicolons_or_tabs_is_read_as_a_table():
    log = (
        "Incident log\n\nDate; Location; Incident; Casualties\n"
        "04/03/2024; Djenné; IED strike on a FAMa vehicle; 3 soldiers killed\n"
        "05/03/2024; Macina; Abduction of two health workers; none\n\nAccess impact: the road was closed."
    )
    lines = document_from_bytes(log.encode(), "log.txt").text.splitlines()
    assert lines[2:5] == [
        "| Date | Location | Incident | Casualties |",
        "| 04/03/2024 | Djenné | IED strike on a FAMa vehicle | 3 soldiers killed |",
        "| 05/03/2024 | Macina | Abduction of two health workers | none |",
    ]
    tabbed = document_from_bytes(b"Log\n\nDate\tPlace\tEvent\n4 May 2024\tGao\tAttack on a convoy\n", "t.txt")
    assert tabbed.text.splitlines()[2:] == [
        "| Date | Place | Event |",
        "| 4 May 2024 | Gao | Attack on a convoy |",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # prose with semicolons: its first line is no head of short column names
        "The army retook the town; the rebels fled; the mayor came back.\n"
        "Talks began; they failed; war went on.",
        # a head with no row under it
        "Date; Location; Incident\n\nThe army retook the town.",
    ],
)
def test_prose_with_semicolons_is_left_as_it_is(text):
    assert document_from_bytes(text.encode(), "p.txt").text == text


def test_a_year_on_a_line_of_its_own_heads_a_timeline_not_the_day_of_writing():
    assert _published_on("A timeline\n\n2023\n\n- 11 August: the army arrived in Ber.") is None
