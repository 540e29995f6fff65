"""Guarded fetching: non-public addresses refused (on every redirect), an overall deadline.

Every server here is a real HTTP server on 127.0.0.1 that stops by itself; fetching from it is
allowed only with ``allow_private_addresses``.
"""

from __future__ import annotations

import http.server
import socket
import threading
import time

import pytest

from newsgraph.errors import FetchError, IntakeError
from newsgraph.intake import IntakeOptions, read_sources
from newsgraph.intake import fetch as fetch_module
from newsgraph.intake.fetch import ADDRESS_REFUSED, fetch_url, refused_address_kind

PAGE = (b"<html><body><article><p>Internal admin console: three users are signed in, two approvals are "
        b"pending and the nightly backup finished without errors at four in the morning.</p><p>The next "
        b"maintenance window opens on Saturday, when the database server will be restarted by the "
        b"operations team after the storage upgrade.</p></article></body></html>")


class _Handler(http.server.BaseHTTPRequestHandler):
    """/page: a small page; /to?URL: a 302 to URL; /loop: redirects to itself."""

    def do_GET(self):  # noqa: N802 (http.server's naming)
        if self.path.startswith("/to?"):
            self.send_response(302)
            self.send_header("Location", self.path[len("/to?"):])
            self.end_headers()
        elif self.path == "/loop":
            self.send_response(301)
            self.send_header("Location", "/loop")
            self.end_headers()
        else:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.timeout = 5
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield httpd.server_address[1]
    httpd.shutdown()
    httpd.server_close()


ALLOW = IntakeOptions(allow_private_addresses=True, fetch_deadline=10)


@pytest.mark.parametrize("host", [
    "127.0.0.1", "localhost", "2130706433", "0x7f000001", "0177.0.0.1", "127.1",
    "[::1]", "[::ffff:127.0.0.1]", "0.0.0.0", "10.0.0.1", "192.168.1.1", "172.16.0.1",
    "169.254.169.254", "100.64.0.1", "224.0.0.1", "240.0.0.1", "[fe80::1]", "[fc00::1]",
])
def test_non_public_addresses_are_refused_by_default(server, host):
    url = f"http://{host}:{server}/page"
    started = time.monotonic()
    with pytest.raises(FetchError) as info:
        fetch_url(url, IntakeOptions())
    assert info.value.code == ADDRESS_REFUSED
    line = info.value.one_line()
    assert url in line and "refused" in line and "\n" not in line
    assert time.monotonic() - started < 2  # refused before connecting


def test_the_opt_in_allows_a_local_server(server):
    fetched = fetch_url(f"http://127.0.0.1:{server}/page", ALLOW)
    assert fetched.data == PAGE and fetched.content_type.startswith("text/html")


def test_redirects_are_followed_and_each_hop_checked(server, monkeypatch):
    start = f"http://127.0.0.1:{server}/to?/to?/page"
    fetched = fetch_url(start, ALLOW)
    assert fetched.data == PAGE and fetched.url == f"http://127.0.0.1:{server}/page"

    # 127.0.0.1 stands in for a public server; its redirect to another loopback address
    # (written as a decimal number) must be refused at that hop.
    real = fetch_module.refused_address_kind
    monkeypatch.setattr(fetch_module, "refused_address_kind", lambda a: None if a == "127.0.0.1" else real(a))
    assert fetch_url(f"http://127.0.0.1:{server}/page", IntakeOptions()).data == PAGE
    with pytest.raises(FetchError) as info:
        fetch_url(f"http://127.0.0.1:{server}/to?http://2130706434:{server}/page", IntakeOptions())
    assert info.value.code == ADDRESS_REFUSED and "127.0.0.2" in info.value.message


def test_redirect_to_another_scheme_or_in_a_loop_is_refused(server):
    with pytest.raises(FetchError, match="non-HTTP"):
        fetch_url(f"http://127.0.0.1:{server}/to?file:///etc/passwd", ALLOW)
    with pytest.raises(FetchError, match="redirects"):
        fetch_url(f"http://127.0.0.1:{server}/loop", ALLOW)


def test_feed_item_linking_to_loopback_is_not_fetched(server, tmp_path):
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
<item><title>Port reopens</title><link>http://127.0.0.1:{server}/page</link>
<description>The harbour authority said the port would reopen on Monday after repairs to the main quay.</description>
</item></channel></rss>"""
    path = tmp_path / "feed.xml"
    path.write_text(feed, encoding="utf-8")
    [article] = list(read_sources([str(path)]))
    assert "admin console" not in article.text
    assert article.raw_metadata["summary_only"] is True
    assert f"[{ADDRESS_REFUSED}]" in article.raw_metadata["fetch_error"]
    [allowed] = list(read_sources([str(path)], IntakeOptions(allow_private_addresses=True)))
    assert allowed.raw_metadata["fetched_page"].endswith("/page")


def test_a_url_source_on_loopback_is_one_line_error(server):
    url = f"http://localhost:{server}/page"
    [item] = list(read_sources([url]))
    assert isinstance(item, IntakeError) and item.code == ADDRESS_REFUSED and url in item.one_line()


@pytest.mark.parametrize("address,kind", [
    ("8.8.8.8", None), ("2606:4700:4700::1111", None), ("127.0.0.1", "loopback"),
    ("::ffff:10.1.2.3", "private"), ("2002:7f00:1::", "loopback"), ("::", "unspecified"),
    ("fe80::1%eth0", "link-local"), ("100.64.0.1", "non-public"),
])
def test_address_kinds(address, kind):
    assert refused_address_kind(address) == kind


@pytest.fixture
def drip_server():
    """Sends headers promising 100 bytes, then one byte every 0.3 s (at most 40 bytes, then stops)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(5)

    def serve():
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        with conn:
            try:
                conn.recv(4096)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n")
                for _ in range(40):
                    conn.sendall(b"x")
                    time.sleep(0.3)
            except OSError:
                pass  # the client gave up: what the test expects

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    listener.close()
    thread.join(timeout=15)


def test_a_slow_drip_server_hits_the_overall_deadline(drip_server):
    opts = IntakeOptions(allow_private_addresses=True, fetch_timeout=5, fetch_deadline=1.0)
    url = f"http://127.0.0.1:{drip_server}/slow"
    started = time.monotonic()
    with pytest.raises(FetchError) as info:
        fetch_url(url, opts)
    elapsed = time.monotonic() - started
    assert info.value.code == "fetch_deadline" and url in info.value.one_line()
    assert 0.9 <= elapsed < 2.5  # each read is well under fetch_timeout; the deadline still stops it


def test_fetch_deadline_must_be_positive():
    with pytest.raises(ValueError, match="fetch_deadline"):
        IntakeOptions(fetch_deadline=0)


def test_a_dns_lookup_that_never_answers_hits_the_deadline(monkeypatch):
    def hanging_lookup(*_args, **_kwargs):
        time.sleep(3)
        raise socket.gaierror("no answer")

    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", hanging_lookup)
    started = time.monotonic()
    with pytest.raises(FetchError) as info:
        fetch_url("http://news.example.org/story", IntakeOptions(fetch_deadline=0.5))
    assert info.value.code == "fetch_deadline" and time.monotonic() - started < 2


def test_ipv6_literal_with_default_port_is_checked_as_ipv6():
    with pytest.raises(FetchError) as info:
        fetch_url("http://[::1]/page", IntakeOptions())
    assert info.value.code == ADDRESS_REFUSED and "::1" in info.value.message


def test_ingest_refuses_a_loopback_url_unless_allowed(server, tmp_path):
    from typer.testing import CliRunner

    from newsgraph.cli.main import app

    runner, db, url = CliRunner(), str(tmp_path / "ng.db"), f"http://127.0.0.1:{server}/page"
    refused = runner.invoke(app, ["--db", db, "ingest", "--no-extract", url])
    assert refused.exit_code == 1 and "is a loopback address" in refused.output
    allowed = runner.invoke(app, ["--db", db, "ingest", "--no-extract", "--allow-private-addresses", url])
    assert allowed.exit_code == 0 and "1 new article(s)" in allowed.output
