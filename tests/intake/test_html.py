"""HTML pages via trafilatura: body, title, outlet, url, date; listing pages; broken HTML."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.errors import IntakeError
from newsgraph.intake.html import html_fragment_to_text, read_html, split_page_title

from .conftest import EXAMPLES

AF_MIL = EXAMPLES / "af-mil-2016" / "html"
GV = EXAMPLES / "globalvoices-2009" / "html"


def _read(path):
    return read_html(path.read_text(encoding="utf-8"), str(path))


# Titles, dates and article ids as listed in examples/af-mil-2016/SOURCE.txt.
@pytest.mark.parametrize("name,title,published,article_id", [
    ("af_mil_Print9e4f.html", "SecAF speaks at CSIS for Smart Women, Smart Power series", dt.datetime(2016, 1, 15), "643334"),
    ("af_mil_Printcf90.html", "A look back at Desert Storm, 25 years later", dt.datetime(2016, 1, 15), "643350"),
    ("af_mil_Print31c8.html", "Gulf War created need for better critical care", dt.datetime(2016, 1, 14), "643126"),
    ("af_mil_Print8fd1.html", "Acquisitions enterprise: Experimentation and agility", dt.datetime(2016, 1, 15), "643299"),
])
def test_af_mil_print_pages(name, title, published, article_id):
    article = _read(AF_MIL / name)
    assert article.title == title
    assert article.published == published
    assert article.url.startswith("http://www.af.mil/") and article.url.endswith(f"Article={article_id}")
    assert article.source_format == "html"
    assert not article.text.startswith(title)
    assert "Published" not in article.text.split("\n")[0]  # the byline line is furniture
    assert article.author and not article.author.startswith("By ")
    assert len(article.text) > 2000
    assert "__VIEWSTATE" not in article.text and "DOWNLOAD HI-RES" not in article.text


def test_af_mil_byline_goes_to_author():
    article = _read(AF_MIL / "af_mil_Print9e4f.html")
    assert "Hailey Haux" in article.author
    assert any(line.startswith("By Senior Airman Hailey Haux") for line in article.furniture)
    assert "Deborah Lee James" in article.text


@pytest.mark.parametrize("name,title,day", [
    ("gv_index_3.html", "Iran: To Vote or not to Vote", 10),
    ("gv_index_5.html", "North Korea: Two American Journalists Sentenced to Hard Labor", 9),
    ("gv_index_8.html", "Peru: Responsibility for the Casualties in Amazon Conflict", 8),
])
def test_global_voices_article_pages(name, title, day):
    article = _read(GV / name)
    assert article.title == title
    assert article.outlet == "Global Voices Online"
    assert article.published.date() == dt.date(2009, 6, day)
    assert article.url.startswith(f"http://globalvoicesonline.org/2009/06/{day:02d}/")
    assert article.author
    # sidebar and footer boilerplate stay out of the body
    assert "Recent Comments" not in article.text
    assert "Creative Commons Attribution" not in article.text


def test_global_voices_home_page_is_a_listing_not_an_article():
    with pytest.raises(IntakeError) as info:
        _read(GV / "gv_home.html")
    assert info.value.code == "no_article"
    assert "gv_home.html" in info.value.one_line()


def test_truncated_html_still_gives_its_text():
    html = (AF_MIL / "af_mil_Print9e4f.html").read_text(encoding="utf-8")
    full = read_html(html, "full")
    paragraphs = [p for p in full.text.split("\n") if len(p) > 40]
    middle = paragraphs[len(paragraphs) // 2]
    cut = html[: html.index(middle[:25])]  # the page ends mid-article, inside open elements
    article = read_html(cut, "truncated.html")
    assert article.title == full.title
    assert article.text[:300] == full.text[:300]
    assert len(article.text) < len(full.text)


def test_declared_page_language():
    body = " ".join(["Die Minister trafen sich am Dienstag in Genf und vereinbarten neue Gespräche."] * 5)
    html = f"<html lang='de'><head><title>Gespräche</title></head><body><article><p>{body}</p></article></body></html>"
    assert read_html(html, "de.html").language == "de"


def test_html_without_body_is_a_clear_error():
    with pytest.raises(IntakeError) as info:
        read_html("<html><head><title>x</title></head><body><nav>Home</nav></body></html>", "empty.html")
    assert info.value.code == "no_article"


def test_fragment_to_text_drops_scripts_and_keeps_paragraphs():
    fragment = (
        "<p>Office of the Spokesperson</p>\n<script>var tracking = 1;</script>"
        "<p>The Secretary met the minister.</p><div class='x'></div><p>They discussed <b>trade</b>.<br/>More.</p>"
    )
    assert html_fragment_to_text(fragment) == (
        "Office of the Spokesperson\n\nThe Secretary met the minister.\n\nThey discussed trade.\nMore."
    )


def test_page_title_split_uses_headings():
    assert split_page_title("Site Name » A Long Headline Here", ["Site Name", "A Long Headline Here"]) == (
        "A Long Headline Here", "Site Name")
    assert split_page_title("Headline – Outlet", ["Headline"]) == ("Headline", "Outlet")
    assert split_page_title("No Separator Title", []) == ("No Separator Title", None)
