"""Polite HTTP(S) fetching: timeout, size cap, User-Agent, no other schemes (not even on redirect)."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlparse

from newsgraph.errors import FetchError, TooLargeError, UnsupportedSourceError
from newsgraph.intake.options import IntakeOptions

ALLOWED_SCHEMES = ("http", "https")
_ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"


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


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlparse(newurl).scheme not in ALLOWED_SCHEMES:
            raise FetchError(f"redirect to a non-HTTP URL refused: {newurl}", source=req.full_url)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_HttpOnlyRedirects())


def fetch_url(url: str, opts: IntakeOptions) -> Fetched:
    """Download ``url``; raises FetchError, TooLargeError or UnsupportedSourceError (naming the URL)."""
    if urlparse(url).scheme.lower() not in ALLOWED_SCHEMES:
        raise UnsupportedSourceError("only http and https URLs are fetched", source=url)
    request = urllib.request.Request(url, headers={"User-Agent": opts.user_agent, "Accept": _ACCEPT})
    try:
        with _OPENER.open(request, timeout=opts.fetch_timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > opts.max_bytes:
                raise TooLargeError(f"response of {int(length)} bytes exceeds the {opts.max_bytes}-byte limit", source=url)
            data = response.read(opts.max_bytes + 1)
            if len(data) > opts.max_bytes:
                raise TooLargeError(f"response exceeds the {opts.max_bytes}-byte limit", source=url)
            return Fetched(data=data, url=response.geturl(), content_type=response.headers.get("Content-Type"))
    except (FetchError, TooLargeError):
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(f"HTTP {exc.code} {exc.reason}", source=url)
    except urllib.error.URLError as exc:
        raise FetchError(f"unreachable: {exc.reason}", source=url)
    except (socket.timeout, TimeoutError):
        raise FetchError(f"timed out after {opts.fetch_timeout:g}s", source=url)
    except (OSError, ValueError) as exc:
        raise FetchError(f"could not fetch: {exc}", source=url)
