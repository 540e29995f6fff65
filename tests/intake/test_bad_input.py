"""Bad input: every case gives one IntakeError subtype whose one-line message names the source."""

from __future__ import annotations

import pathlib
import socket

import pytest

from newsgraph.errors import (
    BinaryInputError, EmptyInputError, EncodingError, FetchError, IntakeError, TooLargeError,
    UnsupportedSourceError,
)
from newsgraph.intake import IntakeOptions, read_sources
from newsgraph.intake.decode import decode_bytes
from newsgraph.intake.model import RawArticle

from .conftest import EXAMPLES

SENTENCE = "The ministers met in Geneva on Tuesday and agreed to resume talks next month."


def _one(path, **options):
    items = list(read_sources([str(path)], IntakeOptions(**options)))
    assert len(items) == 1, items
    return items[0]


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _assert_error(item, kind, source):
    assert isinstance(item, kind), item
    line = item.one_line()
    assert str(source) in line and "\n" not in line and f"[{item.code}]" in line


@pytest.mark.parametrize("name,data", [
    ("empty.txt", b""), ("blank.txt", b"  \n\n\t \r\n"), ("empty.jsonl", b""), ("empty.html", b"\n"),
    ("empty.xml", b""),
])
def test_empty_files(tmp_path, name, data):
    path = _write(tmp_path, name, data)
    _assert_error(_one(path), EmptyInputError, path)


def test_text_that_is_only_furniture_is_empty(tmp_path):
    path = _write(tmp_path, "furniture.txt", b"Skip to content\n\nShare this article\n\nAdvertisement\n")
    _assert_error(_one(path), EmptyInputError, path)


@pytest.mark.parametrize("name,data", [
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
    ("doc.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
    ("nul.txt", b"Some text\x00with a NUL byte in it"),
    ("controls.jsonl", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 20 + b"abc"),
    ("archive.xml", b"PK\x03\x04" + b"\x00" * 40),
])
def test_binary_files(tmp_path, name, data):
    path = _write(tmp_path, name, data)
    _assert_error(_one(path), BinaryInputError, path)


def test_utf16_with_bom_is_text(tmp_path):
    path = _write(tmp_path, "utf16.txt", SENTENCE.encode("utf-16"))
    assert _one(path).text == SENTENCE


def test_cp1252_text_decodes_correctly(tmp_path):
    text = "Café talks: the minister’s “déjà vu” remark — in Zürich, naïve façade."
    path = _write(tmp_path, "cp1252.txt", text.encode("cp1252"))
    assert _one(path).text == text


def test_latin1_html_uses_its_declared_charset(tmp_path):
    body = " ".join(["Le ministre a déclaré à Genève que les négociations reprendront bientôt."] * 6)
    html = (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>"
        f"<title>Négociations à Genève</title></head><body><article><h1>Négociations à Genève</h1><p>{body}</p>"
        "</article></body></html>"
    )
    path = _write(tmp_path, "latin1.html", html.encode("latin-1"))
    article = _one(path)
    assert isinstance(article, RawArticle)
    assert "déclaré à Genève" in article.text


def test_undecodable_bytes_are_an_encoding_error(tmp_path):
    data = b"Hello " + bytes(range(0x80, 0x100)) * 3
    path = _write(tmp_path, "garbled.txt", data)
    _assert_error(_one(path), EncodingError, path)


def test_decode_bytes_directly():
    assert decode_bytes("naïve".encode("utf-8"), "mem") == "naïve"
    with pytest.raises(EmptyInputError):
        decode_bytes(b"", "mem")


def test_too_large_is_checked_before_reading(tmp_path, monkeypatch):
    path = _write(tmp_path, "big.txt", (SENTENCE + "\n").encode() * 100)

    def refuse(self):
        raise AssertionError("file was read despite its size")

    monkeypatch.setattr(pathlib.Path, "read_bytes", refuse)
    _assert_error(_one(path, max_bytes=1000), TooLargeError, path)


def test_missing_file(tmp_path):
    path = tmp_path / "nope.txt"
    item = _one(path)
    _assert_error(item, IntakeError, path)
    assert item.code == "not_found"


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_url_is_a_fetch_error():
    url = f"http://127.0.0.1:{_closed_port()}/article.html"
    _assert_error(_one(url, fetch_timeout=2.0, allow_private_addresses=True), FetchError, url)


def test_http_error_status_is_a_fetch_error(serve_dir, tmp_path):
    base = serve_dir(tmp_path)
    url = f"{base}/missing.html"
    item = _one(url, allow_private_addresses=True)
    _assert_error(item, FetchError, url)
    assert "404" in item.message


def test_non_http_urls_are_unsupported():
    _assert_error(_one("ftp://example.org/feed.xml"), UnsupportedSourceError, "ftp://example.org/feed.xml")
    _assert_error(_one("file:///etc/passwd"), UnsupportedSourceError, "file:///etc/passwd")


def test_too_large_download(serve_dir):
    base = serve_dir(EXAMPLES / "globalvoices-2009" / "html")
    url = f"{base}/gv_index_3.html"
    _assert_error(_one(url, max_bytes=10_000, allow_private_addresses=True), TooLargeError, url)


def test_truncated_html_file_gives_text_or_clear_error(tmp_path):
    html = (EXAMPLES / "globalvoices-2009" / "html" / "gv_index_3.html").read_bytes()
    for fraction in (0.02, 0.2, 0.5, 0.7):
        path = _write(tmp_path, f"cut{fraction}.html", html[: int(len(html) * fraction)])
        item = _one(path)
        if isinstance(item, IntakeError):
            assert item.code == "no_article" and str(path) in item.one_line()
        else:
            assert "presidential election" in item.text


def test_one_bad_source_does_not_stop_the_others(tmp_path):
    bad = _write(tmp_path, "bad.txt", b"\x00\x01binary")
    good = EXAMPLES / "seed" / "dialogo-iran-bolivia-drones.txt"
    items = list(read_sources([str(bad), str(tmp_path / "missing.txt"), str(good)]))
    assert [type(i).__name__ for i in items] == ["BinaryInputError", "IntakeError", "RawArticle"]


def test_unreadable_published_option_is_refused_early():
    with pytest.raises(ValueError, match="published"):
        IntakeOptions(published="sometime soon")


def test_http_charset_header_is_used(serve_dir, tmp_path, monkeypatch):
    from newsgraph.intake import fetch

    # Central European text: without the header, single-byte detection can pick the wrong code page
    text = "Minister spraw zagranicznych powiedział, że rozmowy w Łodzi zostaną wznowione. Zażółć gęślą jaźń."
    real_fetch = fetch.fetch_url

    def latin1_fetch(url, opts):
        fetched = real_fetch(url, opts)
        fetched.content_type = "text/plain; charset=ISO-8859-2"
        return fetched

    monkeypatch.setattr("newsgraph.intake.sources.fetch_url", latin1_fetch)
    (tmp_path / "a.txt").write_bytes(text.encode("iso-8859-2"))
    [article] = list(read_sources([f"{serve_dir(tmp_path)}/a.txt"], IntakeOptions(allow_private_addresses=True)))
    assert article.text == text


@pytest.mark.parametrize("url,why", [("http://", "no host name"), ("HTTPS:///news/story.html", "no host name"),
                                     ("http://:8080/story", "no host name"), ("http://example.org:99999/", "Port")])
def test_an_http_url_without_a_usable_host_is_a_bad_url_not_a_missing_file(url, why):
    [item] = list(read_sources([url], IntakeOptions()))
    _assert_error(item, IntakeError, url)
    assert item.code == "bad_url" and why in item.message and "no such file" not in item.message
