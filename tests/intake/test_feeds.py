"""RSS/Atom feeds: full-text items, summary-only items (page fetch or flagged fallback), hostile XML."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.errors import FetchError, HostileInputError, MalformedInputError
from newsgraph.intake import IntakeOptions, read_sources
from newsgraph.intake.feeds import feed_outlet, read_feed
from newsgraph.intake.fetch import Fetched
from newsgraph.intake.model import RawArticle

from .conftest import EXAMPLES

STATE_FEEDS = sorted((EXAMPLES / "statedept" / "feeds").glob("*.xml"))
AF_FEED = EXAMPLES / "af-mil-2016" / "feeds" / "af_mil_RSS13be.xml"
GV_FEED = EXAMPLES / "globalvoices-2009" / "feeds" / "globalvoices_feature_feed_2009-06-11.xml"


def _feed(path, **options):
    return list(read_feed(path.read_bytes(), str(path), IntakeOptions(**options)))


@pytest.mark.parametrize("path", STATE_FEEDS, ids=lambda p: p.name)
def test_state_gov_items_use_full_content(path):
    items = _feed(path, fetch_pages=False)
    assert len(items) == path.read_text(encoding="utf-8").count("<item>")
    for number, article in enumerate(items, start=1):
        assert isinstance(article, RawArticle)
        assert article.source == f"{path}#{number}"
        assert article.source_format == "feed"
        assert article.outlet == "United States Department of State"
        assert article.language.lower() == "en-us"  # the channel's <language>
        assert article.url.startswith("https://www.state.gov/")
        assert article.published.tzinfo is not None
        assert "summary_only" not in article.raw_metadata
        assert "<" not in article.text and "text/javascript" not in article.text
        assert "Office of the Spokesperson" not in article.text.split("\n")[0]


def test_state_gov_paragraph_breaks_are_kept():
    long_items = [a for a in _feed(STATE_FEEDS[1], fetch_pages=False) if len(a.text) > 2000]
    assert long_items and all("\n\n" in a.text for a in long_items)


def test_global_voices_feed_full_text_and_relative_links():
    items = _feed(GV_FEED, fetch_pages=False)
    assert len(items) == 15 and all(isinstance(a, RawArticle) for a in items)
    assert all(a.outlet == "Global Voices Online" for a in items)
    assert all(len(a.text) > 1000 and "summary_only" not in a.raw_metadata for a in items)
    # the capture rewrote links to relative paths: not a URL, kept in metadata
    assert items[0].url is None and items[0].raw_metadata["link"].startswith("gv/")
    assert items[0].published == dt.datetime(2009, 6, 11, 10, 57, tzinfo=dt.timezone.utc)
    assert "Americas" in items[0].raw_metadata["categories"]


def test_summary_only_feed_without_fetching_is_flagged():
    items = _feed(AF_FEED, fetch_pages=False)
    assert len(items) == 20
    assert all(a.raw_metadata.get("summary_only") is True for a in items)
    assert items[0].title == "A look back at Desert Storm, 25 years later"
    assert items[0].text.startswith("Twenty-five years ago")
    assert items[0].author == "Senior Airman Hailey Haux"


def test_summary_only_items_fetch_their_page():
    page = (EXAMPLES / "af-mil-2016" / "html" / "af_mil_Printcf90.html").read_bytes()
    requested = []

    def fake_fetch(url, opts):
        requested.append(url)
        if "643350" in url:
            return Fetched(data=page, url=url, content_type="text/html; charset=utf-8")
        raise FetchError("unreachable: test", source=url)

    items = list(read_feed(AF_FEED.read_bytes(), str(AF_FEED), IntakeOptions(), fetcher=fake_fetch))
    # the first item succeeds; after three failures on the host the rest are not requested
    assert len(requested) == 4
    fetched = [a for a in items if "fetched_page" in a.raw_metadata]
    assert len(fetched) == 1
    assert fetched[0].title == "A look back at Desert Storm, 25 years later"
    assert len(fetched[0].text) > 4 * len(items[1].text)
    assert "summary_only" not in fetched[0].raw_metadata
    others = [a for a in items if a is not fetched[0]]
    assert all(a.raw_metadata["summary_only"] and "fetch_error" in a.raw_metadata for a in others)
    assert "unreachable" in others[0].raw_metadata["fetch_error"]
    assert "not fetched after 3 failures" in others[-1].raw_metadata["fetch_error"]


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>x</title><item><title>&lol3;</title><description>d</description></item></channel></rss>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>x</title><item><title>&xxe;</title><description>d</description></item></channel></rss>"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion-laughs", "external-entity"])
def test_hostile_feeds_are_refused(tmp_path, data):
    path = tmp_path / "evil.xml"
    path.write_bytes(data)
    [error] = list(read_sources([str(path)]))
    assert isinstance(error, HostileInputError)
    assert str(path) in error.one_line()


@pytest.mark.parametrize("data,reason", [
    (b"this is not xml at all, just words in a file", "not a feed"),
    (b"<?xml version='1.0'?><urlset><url><loc>https://example.org/</loc></url></urlset>", "not an RSS/Atom feed"),
    # feedparser reads truncated feeds leniently: the cut-off item is the error
    (b"<rss version='2.0'><channel><title>t</title><item><title>x", "neither content nor summary"),
])
def test_non_feed_xml_is_malformed(tmp_path, data, reason):
    path = tmp_path / "feed.rss"
    path.write_bytes(data)
    [error] = list(read_sources([str(path)]))
    assert isinstance(error, MalformedInputError) and reason in error.message


def test_atom_feed(tmp_path):
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Times</title><link href="https://example.org/"/>
<entry><title>Talks resume</title><link href="https://example.org/talks"/><updated>2020-05-01T10:00:00Z</updated>
<content type="html">&lt;p&gt;The ministers met in Geneva on Tuesday.&lt;/p&gt;&lt;p&gt;They agreed to meet again.&lt;/p&gt;</content></entry></feed>"""
    path = tmp_path / "feed.atom"
    path.write_bytes(atom)
    [article] = list(read_sources([str(path)], IntakeOptions(fetch_pages=False)))
    assert article.text == "The ministers met in Geneva on Tuesday.\n\nThey agreed to meet again."
    assert (article.title, article.url, article.outlet) == ("Talks resume", "https://example.org/talks", "Example Times")
    assert article.published == dt.datetime(2020, 5, 1, 10, tzinfo=dt.timezone.utc)


def test_link_stub_summaries_are_not_articles():
    items = _feed(EXAMPLES / "af-mil-2016" / "feeds" / "af_mil_RSS96e1.xml", fetch_pages=False)
    stubs = [i for i in items if not isinstance(i, RawArticle)]
    assert stubs and all(i.code == "no_article" and "page was not fetched" in i.message for i in stubs)
    assert all(len(a.text.split()) >= 8 for a in items if isinstance(a, RawArticle))


def _rss(description: str) -> bytes:
    return f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Example Times</title>
<item><title>Talks</title><link>https://example.org/talks</link><description>{description}</description></item>
</channel></rss>""".encode()


def test_long_description_is_the_full_text_and_is_not_fetched():
    paragraph = "The ministers met in Geneva on Tuesday and agreed to resume the talks next month. " * 20

    def no_fetch(url, opts):
        raise AssertionError("a feed with the full text must not trigger a page fetch")

    [article] = list(read_feed(_rss(f"&lt;p&gt;{paragraph}&lt;/p&gt;"), "mem", IntakeOptions(), fetcher=no_fetch))
    assert article.text == paragraph.strip() and "summary_only" not in article.raw_metadata


def test_truncated_long_description_is_a_summary():
    paragraph = "The ministers met in Geneva on Tuesday and agreed to resume the talks next month. " * 20
    [article] = list(read_feed(_rss(paragraph + " [&#8230;]"), "mem", IntakeOptions(fetch_pages=False)))
    assert article.raw_metadata["summary_only"] is True


def test_feed_outlet_picks_the_site_part():
    assert feed_outlet("Press Releases – United States Department of State", "https://www.state.gov") == \
        "United States Department of State"
    assert feed_outlet("Global Voices Online » Feature", "http://globalvoicesonline.org") == "Global Voices Online"
    assert feed_outlet("Air Force Link News", "http://www.af.mil") == "Air Force Link News"


def _stub_rss(link: str) -> bytes:
    return f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Example Times</title>
<item><title>Talks</title>{link}<description>Read the text here.</description></item>
</channel></rss>""".encode()


def test_a_stub_item_s_error_says_why_no_page_stands_in():
    def refused(url, opts):
        raise FetchError("connection refused", source=url)

    link = "<link>https://example.org/talks</link>"
    [failed] = list(read_feed(_stub_rss(link), "mem", IntakeOptions(), fetcher=refused))
    # the fetch was tried: its error is named, not "was not fetched"
    assert failed.code == "no_article" and "not fetched" not in failed.message
    assert "fetching its page failed" in failed.message and "connection refused" in failed.message
    assert "https://example.org/talks" in failed.one_line() and "\n" not in failed.one_line()

    [skipped] = list(read_feed(_stub_rss(link), "mem", IntakeOptions(fetch_pages=False), fetcher=refused))
    assert skipped.code == "no_article" and skipped.message.endswith("its page was not fetched (--no-fetch)")

    [unlinked] = list(read_feed(_stub_rss(""), "mem", IntakeOptions(), fetcher=refused))
    assert unlinked.code == "no_article" and unlinked.message.endswith("and it links no page to fetch")
