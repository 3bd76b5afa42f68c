"""RSS and Atom feeds: each item is an article of its own.

A news desk's or a monitor's feed export carries dozens of articles, each with its own
day of publication. Splitting it into one small HTML page per item lets every item go
through the same checks, storage and extraction as an uploaded page, with its date in the
page's own ``article:published_time`` and the feed's title as its publisher.

feedparser reads the XML without fetching anything (it is always given bytes, never a URL)
and sanitises each item's markup; the page built here escapes every string it adds.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import time
from dataclasses import dataclass
from pathlib import PurePath

import feedparser
from bs4 import BeautifulSoup

from geo.ingest import DEFAULT_MAX_BYTES, FEED_SUFFIXES, IngestError, check_size, safe_name

_SLUG_GAP = re.compile(r"[^a-z0-9]+")
#: How much of an item's title goes into its file name.
_SLUG_WORDS = 8


@dataclass(frozen=True)
class FeedItem:
    """One article of a feed, as the HTML page it is stored as."""

    file_name: str
    content: bytes
    title: str
    published: dt.date | None
    publisher: str
    author: str
    link: str


def is_feed(name: str) -> bool:
    return PurePath(name).suffix.lower() in FEED_SUFFIXES


def _day(entry: feedparser.FeedParserDict) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed: time.struct_time | None = entry.get(key)
        if parsed is not None:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _body(entry: feedparser.FeedParserDict) -> str:
    """The item's fullest text: its content when the feed carries it, else its summary."""
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    return max(contents, key=len) if contents else str(entry.get("summary", ""))


def _plain(markup: str) -> str:
    """A title as text: an RSS title may carry escaped markup (``Convoy &lt;b&gt;ambushed``)."""
    return re.sub(r"\s+", " ", BeautifulSoup(markup, "html.parser").get_text(" ")).strip()


def _slug(title: str, number: int) -> str:
    words = _SLUG_GAP.sub(" ", title.lower()).split()[:_SLUG_WORDS]
    return f"{number:03d}-{'-'.join(words) or 'item'}"


def _page(title: str, body: str, day: dt.date | None, author: str, link: str) -> bytes:
    """The item as a page; ``body`` is feedparser's sanitised markup, the rest is escaped here."""
    head = [
        '<meta charset="utf-8">',
        f"<title>{html.escape(title)}</title>",
    ]
    if day is not None:
        head.append(f'<meta property="article:published_time" content="{day.isoformat()}">')
    if author:
        head.append(f'<meta name="author" content="{html.escape(author)}">')
    if link:
        head.append(f'<link rel="canonical" href="{html.escape(link)}">')
    heading = f"<h1>{html.escape(title)}</h1>" if title else ""
    page = f"<!doctype html>\n<html><head>{''.join(head)}</head><body>{heading}\n{body}</body></html>\n"
    return page.encode("utf-8")


def read_feed(name: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[FeedItem]:
    """Every item of an RSS or Atom feed with text in it, or :class:`IngestError` when the
    file is not a feed or has no such item."""
    name = safe_name(name)
    if not data.strip():
        raise IngestError("empty", f"{name}: the file is empty")
    check_size(name, len(data), max_bytes)
    parsed = feedparser.parse(data)  # bytes: feedparser never treats them as a URL or a path
    if not parsed.get("version") and not parsed.entries:
        reason = str(parsed.get("bozo_exception") or "no RSS or Atom elements")
        raise IngestError("bad-feed", f"{name}: not an RSS or Atom feed ({reason})")
    publisher = str(parsed.feed.get("title", "")).strip()
    stem = _SLUG_GAP.sub("-", PurePath(name).stem.lower()).strip("-") or "feed"
    items = []
    for number, entry in enumerate(parsed.entries, start=1):
        title = _plain(str(entry.get("title", "")))
        body = _body(entry)
        if not (title or body.strip()):
            continue
        day = _day(entry)
        author = str(entry.get("author", "")).strip()
        link = str(entry.get("link", "")).strip()
        items.append(
            FeedItem(
                file_name=f"{stem}-{_slug(title, number)}.html",
                content=_page(title, body, day, author, link),
                title=title,
                published=day,
                publisher=publisher,
                author=author,
                link=link,
            )
        )
    if not items:
        raise IngestError("empty", f"{name}: the feed has no items with text")
    return items
