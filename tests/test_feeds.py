"""RSS and Atom feeds: each item an article with its own day, nothing fetched, nothing unescaped."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo import feeds, intake, store, workspace
from geo.cli import main
from geo.config import Paths
from geo.ingest import IngestError, document_from_bytes

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
  <title>Sahel Monitor &amp; Partners</title>
  <link>https://example.org/</link>
  <item>
    <title>Market attacked near Andéramboukane</title>
    <link>https://example.org/a</link>
    <pubDate>Thu, 14 Mar 2024 09:30:00 GMT</pubDate>
    <author>desk@example.org (A. Traoré)</author>
    <description>&lt;p&gt;Armed men attacked a market in Anderamboukane on Tuesday, killing 12
      civilians, residents said.&lt;/p&gt;&lt;script&gt;document.title='pwned'&lt;/script&gt;</description>
  </item>
  <item>
    <title>Convoy ambushed &lt;b&gt;near&lt;/b&gt; Boni</title>
    <link>https://example.org/b</link>
    <pubDate>Sat, 02 Sep 2023 18:00:00 +0000</pubDate>
    <description>Jihadists ambushed an army convoy near Boni on Friday, killing nine soldiers.</description>
  </item>
  <item>
    <title>Undated note</title>
    <description>Talks resumed in Bamako, officials said.</description>
  </item>
</channel></rss>
""".encode()

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Field Notes</title>
  <id>urn:x</id><updated>2022-05-03T10:00:00Z</updated>
  <entry>
    <title>Village burned near Bankass</title>
    <id>urn:x:1</id>
    <updated>2022-05-03T10:00:00Z</updated>
    <summary>Short version.</summary>
    <content type="html">&lt;p&gt;Gunmen set fire to a village near Bankass on Monday, killing
      seven villagers.&lt;/p&gt;&lt;p&gt;A second paragraph with more detail.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_each_item_of_an_rss_feed_is_an_article_with_its_own_day_and_the_feed_as_publisher():
    items = feeds.read_feed("monitor.rss", RSS)
    assert [(i.title, i.published) for i in items] == [
        ("Market attacked near Andéramboukane", dt.date(2024, 3, 14)),
        ("Convoy ambushed near Boni", dt.date(2023, 9, 2)),  # feedparser strips the markup in a title
        ("Undated note", None),
    ]
    assert {i.publisher for i in items} == {"Sahel Monitor & Partners"}
    assert len({i.file_name for i in items}) == 3
    assert all(i.file_name.startswith("monitor-") and i.file_name.endswith(".html") for i in items)
    page = document_from_bytes(items[0].content, items[0].file_name)
    assert page.published == dt.date(2024, 3, 14)
    assert "killing 12 civilians" in page.text
    assert "pwned" not in page.text and b"<script" not in items[0].content


def test_an_atom_entry_gives_its_full_content_not_its_summary():
    (item,) = feeds.read_feed("notes.atom", ATOM)
    text = document_from_bytes(item.content, item.file_name).text
    assert "killing seven villagers" in text and "second paragraph" in text
    assert "Short version" not in text
    assert (item.publisher, item.published) == ("Field Notes", dt.date(2022, 5, 3))


def test_strings_a_feed_gives_are_escaped_in_the_page_built_for_it():
    hostile = RSS.replace(b"desk@example.org (A. Traor\xc3\xa9)", b'x" onload="alert(1)')
    (first, *_) = feeds.read_feed("monitor.rss", hostile)
    assert b'onload="alert(1)"' not in first.content
    assert b"&quot; onload=&quot;alert(1)" in first.content


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"", "empty"),
        (b"just some words, not XML at all", "not an RSS or Atom feed"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>', "no items"),
        (bytes(range(256)) * 8, "not an RSS or Atom feed"),
    ],
)
def test_what_is_not_a_feed_with_items_is_refused_with_a_reason(data: bytes, why: str):
    with pytest.raises(IngestError, match=why):
        feeds.read_feed("broken.xml", data)


def test_an_external_entity_is_never_read(tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    data = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<rss version="2.0"><channel><title>T</title><item><title>Leak</title>'
        "<description>before &x; after</description></item></channel></rss>"
    ).encode()
    try:
        items = feeds.read_feed("leak.rss", data)
    except IngestError:
        return  # refusing the file is as good as not reading the entity
    assert all(b"TOP-SECRET" not in i.content for i in items)


@settings(max_examples=30, deadline=None)
@given(data=st.binary(max_size=2000))
def test_random_bytes_never_crash_the_feed_reader(data: bytes):
    try:
        items = feeds.read_feed("fuzz.xml", data)
    except IngestError as exc:
        assert str(exc)
        return
    for item in items:
        assert item.content.startswith(b"<!doctype html>")


def test_a_given_date_dates_only_the_items_without_one():
    candidates = intake.check_file("monitor.rss", RSS, published="2024-01-02", title="ignored")
    assert [c.document.published for c in candidates] == [
        dt.date(2024, 3, 14),
        dt.date(2023, 9, 2),
        dt.date(2024, 1, 2),
    ]
    assert candidates[0].document.title == "Market attacked near Andéramboukane"
    with pytest.raises(intake.NeedsDate, match="undated-note"):
        intake.check_file("monitor.rss", RSS)


def test_extract_points_a_feed_to_ingest():
    with pytest.raises(IngestError, match="geo ingest"):
        document_from_bytes(RSS, "monitor.rss")


def test_ingesting_a_feed_stores_each_article_and_maps_its_events(project: Paths, tmp_path: Path, capsys):
    path = tmp_path / "monitor.rss"
    path.write_bytes(RSS)
    assert main(["ingest", str(path), "--published", "unknown"]) == 0
    out = capsys.readouterr().out
    assert out.count("added monitor-") == 3
    with workspace.connect(project) as conn:
        stored = {d.title: d for d in workspace.documents(conn)}
    assert stored["Market attacked near Andéramboukane"].published == "2024-03-14"
    assert stored["Market attacked near Andéramboukane"].publisher == "Sahel Monitor & Partners"
    events = store.read_events(project)
    market = events[events["source"].str.contains("market-attacked")]
    assert list(market["location"]) == ["Andéramboukane"]
    assert list(market["event_date"].astype(str).str[:10]) == ["2024-03-12"]  # the Tuesday before
    boni = events[events["source"].str.contains("convoy-ambushed")]
    assert list(boni["event_date"].astype(str).str[:10]) == ["2023-09-01"]
    # adding the same feed again adds nothing
    assert main(["ingest", str(path), "--published", "unknown", "--no-build"]) == 0
    assert "added" not in capsys.readouterr().out
