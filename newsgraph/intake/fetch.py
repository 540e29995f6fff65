"""Guarded HTTP(S) fetching for feeds and pages.

* Only http and https, on the first request and on every redirect; redirects are followed here
  (at most ``MAX_REDIRECTS``) so that each hop is checked.
* Server-side request forgery guard: the host is resolved and *every* address it resolves to is
  checked; loopback, private, link-local, shared, reserved, unspecified and multicast addresses
  are refused (``FetchError`` with code ``address_refused``) unless
  ``IntakeOptions.allow_private_addresses``. The connection is made to the address that was
  checked, so a second DNS answer cannot swap in another one. Encoded forms (``localhost``,
  ``2130706433``, ``0x7f000001``, ``0177.0.0.1``, ``[::1]``, ``[::ffff:127.0.0.1]``) resolve to
  the address they name and are refused with it.
* Time: ``fetch_timeout`` bounds each network wait; ``fetch_deadline`` bounds the whole fetch,
  redirects included — a watchdog shuts the socket when it passes, so a server that sends one
  byte every few seconds cannot hold an ingest.
* Size: at most ``max_bytes`` are read (``max_bytes + 1`` to tell "exactly the limit" from "more").

Environment proxies are not used: the guard checks the address actually connected to.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from typing import Optional
from urllib.parse import quote, urljoin, urlparse, urlsplit, urlunsplit

from newsgraph.errors import FetchError, IntakeError, TooLargeError, UnsupportedSourceError
from newsgraph.intake.options import IntakeOptions

ALLOWED_SCHEMES = ("http", "https")
MAX_REDIRECTS = 5
ADDRESS_REFUSED = "address_refused"
_REDIRECT_STATUSES = (301, 302, 303, 307, 308)
_READ_CHUNK = 65536
_ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"
# Checked in this order; the first that holds names the refusal.
_ADDRESS_KINDS = (
    ("is_unspecified", "unspecified"),
    ("is_loopback", "loopback"),
    ("is_link_local", "link-local"),
    ("is_multicast", "multicast"),
    ("is_private", "private"),
    ("is_reserved", "reserved"),
)
_SAFE_PATH_CHARS = "/%:@!$&'()*+,;=?~-._"


@dataclass
class Fetched:
    """A downloaded resource: its bytes, the URL after redirects, and its declared content type."""

    data: bytes
    url: str
    content_type: Optional[str]


def is_url(value: str) -> bool:
    """True for strings that look like a URL with a scheme (http, https, ftp, file ...)."""
    parsed = urlparse(value)
    return bool(parsed.scheme) and len(parsed.scheme) > 1 and (bool(parsed.netloc) or parsed.scheme == "file")


def refused_address_kind(address: str) -> Optional[str]:
    """Why an IP address must not be fetched by default ("loopback", "private" ...), or None.

    IPv4 addresses embedded in IPv6 (IPv4-mapped, 6to4, Teredo) are judged by the IPv4 address.
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6:
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            ip = embedded
    for attribute, kind in _ADDRESS_KINDS:
        if getattr(ip, attribute):
            return kind
    if not ip.is_global:
        return "non-public"  # e.g. 100.64.0.0/10, carrier-grade NAT
    return None


class _Deadline:
    """The whole fetch's time limit: after ``seconds`` every socket it tracks is shut down."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def remaining(self) -> float:
        return self.ends - time.monotonic()

    def track(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        try:
            sock.shutdown(socket.SHUT_RDWR)  # wakes a thread blocked in recv()
        except OSError:
            pass

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                self._shut(sock)

    def cancel(self) -> None:
        self._timer.cancel()


class _GuardedConnector:
    """``socket.create_connection`` for http.client that checks addresses after resolution."""

    def __init__(self, url: str, opts: IntakeOptions, deadline: _Deadline):
        self.url = url
        self.opts = opts
        self.deadline = deadline

    def __call__(self, address, timeout=None, source_address=None, *args, **kwargs) -> socket.socket:
        host, port = address
        infos = self._resolve(host, port)
        if not self.opts.allow_private_addresses:
            for *_, sockaddr in infos:
                kind = refused_address_kind(sockaddr[0])
                if kind:
                    raise FetchError(
                        f"refused: {host} is a {kind} address ({sockaddr[0]}); "
                        "fetching it needs --allow-private-addresses", source=self.url, code=ADDRESS_REFUSED)
        last_error: Optional[OSError] = None
        for family, kind, proto, _, sockaddr in infos:
            sock = socket.socket(family, kind, proto)
            try:
                sock.settimeout(timeout)
                self.deadline.track(sock)
                sock.connect(sockaddr)  # the address checked above, not a second lookup
                return sock
            except OSError as exc:
                sock.close()
                last_error = exc
        raise last_error or OSError(f"no address for {host}")


    def _resolve(self, host: str, port: int) -> list:
        """getaddrinfo within the deadline (a DNS server that never answers must not hold us)."""
        outcome: dict = {}

        def lookup() -> None:
            try:
                outcome["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            except (OSError, UnicodeError) as exc:
                outcome["error"] = exc

        thread = threading.Thread(target=lookup, daemon=True)
        thread.start()
        thread.join(max(0.0, self.deadline.remaining()))
        if thread.is_alive():
            self.deadline.expired = True
            raise socket.timeout(f"resolving {host} took too long")
        if "error" in outcome:
            raise FetchError(f"unreachable: cannot resolve {host!r} ({outcome['error']})", source=self.url)
        return outcome["infos"]


_SSL_CONTEXT = ssl.create_default_context()


def _request_target(parts) -> str:
    path = quote(parts.path or "/", safe=_SAFE_PATH_CHARS)
    query = quote(parts.query, safe=_SAFE_PATH_CHARS) if parts.query else ""
    return urlunsplit(("", "", path, query, ""))


def _get(url: str, opts: IntakeOptions, deadline: _Deadline) -> Fetched:
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        parts = urlsplit(current)
        scheme = parts.scheme.lower()
        if scheme not in ALLOWED_SCHEMES:
            raise FetchError(f"redirect to a non-HTTP URL refused: {current}", source=url)
        if not parts.hostname:
            raise FetchError(f"no host in {current}", source=url)
        # An explicit port: http.client would read the last group of an IPv6 address as one.
        port = parts.port or (443 if scheme == "https" else 80)
        if scheme == "https":
            conn = http.client.HTTPSConnection(parts.hostname, port, timeout=opts.fetch_timeout,
                                               context=_SSL_CONTEXT)
        else:
            conn = http.client.HTTPConnection(parts.hostname, port, timeout=opts.fetch_timeout)
        conn._create_connection = _GuardedConnector(url, opts, deadline)
        try:
            conn.request("GET", _request_target(parts), headers={
                "User-Agent": opts.user_agent, "Accept": _ACCEPT, "Accept-Encoding": "identity"})
            response = conn.getresponse()
            if response.status in _REDIRECT_STATUSES:
                location = response.getheader("Location")
                if not location:
                    raise FetchError(f"HTTP {response.status} redirect without a Location", source=url)
                current = urljoin(current, location.strip())
                continue
            if response.status >= 400:
                raise FetchError(f"HTTP {response.status} {response.reason}", source=url)
            if response.status >= 300 or response.status < 200:
                raise FetchError(f"unexpected HTTP {response.status} {response.reason}", source=url)
            length = response.getheader("Content-Length")
            if length and length.isdigit() and int(length) > opts.max_bytes:
                raise TooLargeError(f"response of {int(length)} bytes exceeds the {opts.max_bytes}-byte limit", source=url)
            data = _read_body(response, opts.max_bytes, url)
            if deadline.expired:
                raise _deadline_error(url, opts)
            return Fetched(data=data, url=current, content_type=response.getheader("Content-Type"))
        finally:
            conn.close()
    raise FetchError(f"more than {MAX_REDIRECTS} redirects", source=url)


def _read_body(response: http.client.HTTPResponse, max_bytes: int, url: str) -> bytes:
    # read1 returns what one recv() brings, so the deadline watchdog is seen between drips.
    chunks, total = [], 0
    while True:
        chunk = response.read1(_READ_CHUNK)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise TooLargeError(f"response exceeds the {max_bytes}-byte limit", source=url)
    return b"".join(chunks)


def _deadline_error(url: str, opts: IntakeOptions) -> FetchError:
    return FetchError(f"gave up: the whole fetch took longer than {opts.fetch_deadline:g}s", source=url,
                      code="fetch_deadline")


def fetch_url(url: str, opts: IntakeOptions) -> Fetched:
    """Download ``url`` (following up to MAX_REDIRECTS redirects, each checked).

    Raises UnsupportedSourceError (not http/https), TooLargeError (over ``opts.max_bytes``) or
    FetchError — code ``address_refused`` for a non-public address without
    ``opts.allow_private_addresses``, ``fetch_deadline`` past ``opts.fetch_deadline`` seconds,
    ``fetch_failed`` otherwise — each naming the URL.
    """
    if urlparse(url).scheme.lower() not in ALLOWED_SCHEMES:
        raise UnsupportedSourceError("only http and https URLs are fetched", source=url)
    deadline = _Deadline(opts.fetch_deadline)
    started = time.monotonic()
    try:
        return _get(url, opts, deadline)
    except IntakeError as exc:
        if deadline.expired and exc.code == FetchError.code:
            raise _deadline_error(url, opts)
        raise
    except (socket.timeout, TimeoutError):
        if deadline.expired or time.monotonic() - started >= opts.fetch_deadline:
            raise _deadline_error(url, opts)
        raise FetchError(f"timed out after {opts.fetch_timeout:g}s", source=url)
    except (OSError, http.client.HTTPException, ValueError) as exc:
        if deadline.expired:
            raise _deadline_error(url, opts)
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise FetchError(f"unreachable: {reason}", source=url)
    finally:
        deadline.cancel()
