"""Dispatch: folders, stdin, URLs (served locally), format sniffing."""

from __future__ import annotations

import io
import json
import shutil
from collections import Counter

import pytest

from newsgraph.errors import IntakeError
from newsgraph.intake import IntakeOptions, read_sources, sniff_format
from newsgraph.intake.model import RawArticle

from .conftest import EXAMPLES

SEED = EXAMPLES / "seed" / "dialogo-iran-bolivia-drones.txt"


def _file_of(item) -> str:
    """The file an item came from (sources are path, path:LINE or path#ITEM)."""
    source = item.source
    for mark in ("#", ".jsonl:"):
        if mark in source:
            source = source.split(mark)[0] + (".jsonl" if mark == ".jsonl:" else "")
    return source


def test_examples_folder():
    items = list(read_sources([str(EXAMPLES)], IntakeOptions(fetch_pages=False)))
    files = Counter(_file_of(i) for i in items)
    assert not any(name.endswith(("SOURCE.txt", "README.md")) for name in files)
    # one entry per line of each JSON Lines file, one per <item> of each feed
    for path in EXAMPLES.rglob("*.jsonl"):
        assert files[str(path)] == sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    for path in EXAMPLES.rglob("*.xml"):
        assert files[str(path)] == path.read_text(encoding="utf-8").count("<item>")
    for path in EXAMPLES.rglob("*.html"):
        assert files[str(path)] == 1
    errors = [i for i in items if isinstance(i, IntakeError)]
    assert {e.code for e in errors} == {"no_article"}
    # the home page is a listing; the speeches feed has link stubs ("Read the text here.") as summaries
    assert {e.source.rsplit("/", 1)[-1].split("#")[0] for e in errors} == {"gv_home.html", "af_mil_RSS96e1.xml"}
    assert all("here" in e.message for e in errors if "#" in e.source)
    # sorted, recursive order
    order = list(dict.fromkeys(_file_of(i) for i in items))
    assert order == sorted(order)


def test_hidden_and_attribution_files_are_skipped(tmp_path):
    shutil.copy(SEED, tmp_path / "article.txt")
    (tmp_path / "SOURCE.txt").write_text("Attribution: somebody, CC BY 4.0")
    (tmp_path / "README.md").write_text("# notes")
    (tmp_path / "LICENSE").write_text("license text")
    (tmp_path / ".hidden.txt").write_text("hidden text that is not an article")
    (tmp_path / "notes.py").write_text("print('not an article')")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "more.jsonl").write_text(json.dumps({"text": "The ministers met in Geneva."}) + "\n")
    items = list(read_sources([str(tmp_path)]))
    # a file of no article type is named (no_article: "skipped:"); hidden and attribution files are not
    assert [i.source for i in items] == [str(tmp_path / "article.txt"), f"{sub / 'more.jsonl'}:1", str(tmp_path / "notes.py")]
    assert isinstance(items[-1], IntakeError) and items[-1].code == "no_article" and ".py" in items[-1].message


def test_a_file_of_unknown_type_beside_articles_is_named(tmp_path):
    shutil.copy(SEED, tmp_path / "a.txt")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)))
    (tmp_path / "scan").write_bytes(b"%PDF-1.4 not read")
    items = list(read_sources([str(tmp_path)]))
    skipped = [i for i in items if isinstance(i, IntakeError)]
    assert sorted(i.source for i in skipped) == [str(tmp_path / "binary.bin"), str(tmp_path / "scan")]
    assert all(i.code == "no_article" for i in skipped) and "no extension" in skipped[-1].message
    # control: a folder of articles only has nothing to name
    (tmp_path / "binary.bin").unlink()
    (tmp_path / "scan").unlink()
    assert not [i for i in read_sources([str(tmp_path)]) if isinstance(i, IntakeError)]


def test_empty_folder_is_reported(tmp_path):
    [error] = list(read_sources([str(tmp_path)]))
    assert isinstance(error, IntakeError) and str(tmp_path) in error.one_line()


@pytest.mark.parametrize("path,fmt", [
    (SEED, "text"),
    (EXAMPLES / "globalvoices-2009" / "html" / "gv_index_3.html", "html"),
    (EXAMPLES / "wikinews-gum" / "articles.jsonl", "jsonl"),
    (EXAMPLES / "statedept" / "feeds" / "state_gov_press_releases_2022-03-02.xml", "feed"),
])
def test_stdin_is_sniffed(path, fmt):
    items = list(read_sources(["-"], IntakeOptions(fetch_pages=False), stdin=io.BytesIO(path.read_bytes())))
    assert items and all(isinstance(i, RawArticle) for i in items)
    assert {i.source_format for i in items} == {fmt}
    assert all(i.source.startswith("-") for i in items)


def test_sniff_format():
    assert sniff_format(b"\xef\xbb\xbf<?xml version='1.0'?><rss version='2.0'>") == "feed"
    assert sniff_format(b"<?xml version='1.0'?>\n<feed xmlns='http://www.w3.org/2005/Atom'>") == "feed"
    assert sniff_format(b"<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"
    assert sniff_format(b"<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'>") == "html"
    assert sniff_format(b'{"text": "x"}\n{"text": "y"}') == "jsonl"
    assert sniff_format(b'[{"text": "x"}]') == "json"
    assert sniff_format(b"Just a plain article.") == "text"
    assert sniff_format(b"[Photo] Ministers met in Geneva.") == "text"
    assert sniff_format(b"{Editor's note} Ministers met in Geneva.") == "text"
    assert sniff_format(b"whatever", "application/rss+xml") == "feed"


def test_txt_file_holding_html_is_read_as_html(tmp_path):
    path = tmp_path / "page.txt"
    shutil.copy(EXAMPLES / "globalvoices-2009" / "html" / "gv_index_5.html", path)
    [article] = list(read_sources([str(path)]))
    assert article.source_format == "html"
    assert article.title == "North Korea: Two American Journalists Sentenced to Hard Labor"


def test_urls_are_fetched_and_sniffed(serve_dir):
    base = serve_dir(EXAMPLES)
    html_url = f"{base}/af-mil-2016/html/af_mil_Print9e4f.html"
    feed_url = f"{base}/statedept/feeds/state_gov_press_releases_2022-05-03.xml"
    items = list(read_sources([html_url, feed_url], IntakeOptions(fetch_pages=False, allow_private_addresses=True)))
    assert items[0].source == html_url and items[0].source_format == "html"
    assert items[0].url == html_url  # the address it was fetched from
    assert items[0].title == "SecAF speaks at CSIS for Smart Women, Smart Power series"
    assert len(items) == 11 and {i.source_format for i in items[1:]} == {"feed"}


def test_feed_items_fetch_pages_from_the_web(serve_dir, tmp_path):
    """A summary-only feed whose item links point at a (local) web server."""
    base = serve_dir(EXAMPLES / "af-mil-2016" / "html")
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Air Force News</title>
<link>{base}/</link>
<item><title>A look back at Desert Storm, 25 years later</title><link>{base}/af_mil_Printcf90.html</link>
<description>Twenty-five years ago, the Air Force participated in Operation Desert Storm.</description>
<pubDate>Fri, 15 Jan 2016 20:08:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/missing.html</link><description>Only a summary of this report on the airlift survives here.</description></item>
</channel></rss>"""
    path = tmp_path / "feed.xml"
    path.write_text(feed, encoding="utf-8")
    fetched, fallback = list(read_sources([str(path)], IntakeOptions(allow_private_addresses=True)))
    assert fetched.raw_metadata["fetched_page"].endswith("af_mil_Printcf90.html")
    assert "largest air campaign since the conflict in Southeast Asia" in fetched.text
    assert fetched.author == "Senior Airman Hailey Haux, Secretary of the Air Force Public Affairs"
    assert fallback.raw_metadata["summary_only"] is True and "404" in fallback.raw_metadata["fetch_error"]
    assert fallback.text == "Only a summary of this report on the airlift survives here."
