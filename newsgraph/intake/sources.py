"""Dispatch: files, directories, URLs and stdin to the right reader; errors are yielded, not raised."""

from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Optional, Union
from urllib.parse import urlsplit

from newsgraph.errors import IntakeError, TooLargeError, UnsupportedSourceError
from newsgraph.intake.decode import decode_bytes, decode_text, decoding_note
from newsgraph.intake.feeds import read_feed
from newsgraph.intake.fetch import fetch_url, is_url
from newsgraph.intake.finish import finish_article
from newsgraph.intake.html import read_html
from newsgraph.intake.jsonl import read_json, read_jsonl
from newsgraph.intake.model import RawArticle
from newsgraph.intake.options import IntakeOptions
from newsgraph.intake.text import read_text

Item = Union[RawArticle, IntakeError]

EXTENSION_FORMATS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
# Attribution and documentation files that sit beside articles in a folder; not articles.
_SKIPPED_NAMES = re.compile(r"^(?:SOURCE|README|LICEN[CS]E|COPYING|NOTICE|ATTRIBUTION|CHANGELOG)(?:\..*)?$", re.I)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.I)
# '{"' / '[{' rather than any brace, so text opening with "[Photo]" stays text.
_JSON_OBJECT_START = re.compile(rb'\{\s*(?:"|\})')
_JSON_ARRAY_START = re.compile(rb'\[\s*(?:\{|\]|"|\d)')
_HTML_MARK = re.compile(rb"<(?:!doctype\s+html|html|head|body|article|div|p)\b", re.I)


def sniff_format(data: bytes, content_type: Optional[str] = None) -> str:
    """Guess text | html | jsonl | json | feed from a content type and the first bytes."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    ctype = (content_type or "").lower()
    if _FEED_ROOT.search(head[:1024]) or any(t in ctype for t in ("rss", "atom")):
        return "feed"
    if head.startswith(b"<?xml") and not _HTML_MARK.search(head):
        return "feed"  # XML that is not (X)HTML: let the feed reader accept or reject it
    if "html" in ctype or _HTML_MARK.match(head) or (head.startswith(b"<") and _HTML_MARK.search(head)):
        return "html"
    if _JSON_OBJECT_START.match(head):
        return "jsonl"
    if _JSON_ARRAY_START.match(head) or "json" in ctype:
        return "json"
    return "text"


def _parse(data: bytes, source: str, fmt: str, opts: IntakeOptions, url: Optional[str] = None,
           content_type: Optional[str] = None) -> Iterator[Item]:
    """Run the reader for ``fmt`` on ``data`` (``url``/``content_type`` when it was downloaded)."""
    if fmt == "feed":
        decode_bytes(data, source)  # empty/binary checks; feedparser does its own decoding
        yield from read_feed(data, source, opts, fetcher=fetch_url, base_url=url)
        return
    decoded = decode_text(data, source, content_type)
    note = decoding_note(decoded.notes)
    for item in _parse_text(decoded.text, source, fmt, opts, url):
        if isinstance(item, RawArticle) and decoded.notes:
            item.raw_metadata.update(decoded.notes)  # a repaired decoding flags every article in it
            if note:  # the user hears it once per source, with its first article
                item.notes.append(f"{source}: {note}")
                note = None
        yield item


def _parse_text(text: str, source: str, fmt: str, opts: IntakeOptions, url: Optional[str]) -> Iterator[Item]:
    if fmt == "html":
        yield read_html(text, source, url=url)
    elif fmt == "jsonl":
        yield from read_jsonl(text, source, opts)
    elif fmt == "json":
        yield from read_json(text, source, opts)
    else:
        article = read_text(text, source)
        article.url = url
        yield article


def _finished(items: Iterable[Item], opts: IntakeOptions) -> Iterator[Item]:
    for item in items:
        if isinstance(item, RawArticle):
            try:
                item = finish_article(item, opts)
            except IntakeError as exc:
                item = exc
        yield item


def _safe(items: Iterator[Item], source: str, opts: IntakeOptions) -> Iterator[Item]:
    """Yield from a reader, turning any exception (expected or not) into one IntakeError."""
    try:
        yield from _finished(items, opts)
    except IntakeError as exc:
        yield exc
    except Exception as exc:  # a reader bug or library failure must not stop the other sources
        yield IntakeError(f"unexpected {type(exc).__name__}: {exc}", source=source)


_FILE_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
               (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"))


def display_path(path: Union[str, Path]) -> str:
    """A path as printable text: bytes of a non-UTF-8 file name are shown as ``\\xNN``.

    (Python keeps such bytes as lone surrogates, which no terminal, database or JSON accepts.)
    """
    return os.fsencode(str(path)).decode("utf-8", "backslashreplace")


def read_file_bytes(path: Path, max_bytes: int, source: Optional[str] = None) -> bytes:
    """The bytes of a regular file, at most ``max_bytes`` (reads ``max_bytes + 1`` to know).

    Raises UnsupportedSourceError for anything but a regular file (a symlink to ``/dev/zero``,
    a FIFO, a device: reading those would never end or would block), TooLargeError, or
    IntakeError (code ``unreadable``). Opening with O_NONBLOCK keeps a FIFO from blocking
    before fstat can tell what it is.
    """
    source = source or display_path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise IntakeError(f"cannot open: {exc.strerror or exc}", source=source, code="unreadable")
    with os.fdopen(fd, "rb", buffering=0) as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = next((name for test, name in _FILE_KINDS if test(info.st_mode)), "not a plain file")
            link = f"a symbolic link to {display_path(os.path.realpath(path))}, " if os.path.islink(path) else ""
            raise UnsupportedSourceError(f"not a regular file ({link}{kind})", source=source)
        if info.st_size > max_bytes:
            raise TooLargeError(f"file of {info.st_size} bytes exceeds the {max_bytes}-byte limit", source=source)
        chunks, total = [], 0
        while total <= max_bytes:
            chunk = handle.read(max_bytes + 1 - total)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    if total > max_bytes:
        raise TooLargeError(f"file exceeds the {max_bytes}-byte limit (it grew while read)", source=source)
    return b"".join(chunks)


def _read_file(path: Path, opts: IntakeOptions) -> Iterator[Item]:
    source = display_path(path)
    data = read_file_bytes(path, opts.max_bytes, source)
    fmt = EXTENSION_FORMATS.get(path.suffix.lower()) or sniff_format(data)
    sniffed = sniff_format(data)
    if (fmt == "text" and sniffed in ("html", "feed")) or (fmt == "feed" and sniffed == "html"):
        fmt = sniffed  # a ".txt" that is really a saved page or feed, an ".xml" that is XHTML
    yield from _parse(data, source, fmt, opts)


def _directory_files(directory: Path) -> tuple[list[Path], list[Path]]:
    """(article files, files of no article type) under ``directory``: recursive, sorted, no
    hidden or attribution files in either list. A file is an article file by its extension
    (EXTENSION_FORMATS); the others (images, PDFs, ``.bin``) are not read, and the caller says so."""
    found, unknown = [], []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or _SKIPPED_NAMES.match(name):
                continue
            (found if Path(name).suffix.lower() in EXTENSION_FORMATS else unknown).append(Path(root) / name)
    return found, unknown


def _read_stdin(stream: BinaryIO, opts: IntakeOptions) -> Iterator[Item]:
    data = stream.read(opts.max_bytes + 1)
    if len(data) > opts.max_bytes:
        raise TooLargeError(f"standard input exceeds the {opts.max_bytes}-byte limit", source="-")
    yield from _parse(data, "-", sniff_format(data), opts)


def _read_url(url: str, opts: IntakeOptions) -> Iterator[Item]:
    fetched = fetch_url(url, opts)
    fmt = sniff_format(fetched.data, fetched.content_type)
    yield from _parse(fetched.data, url, fmt, opts, url=fetched.url, content_type=fetched.content_type)


def _url_problem(url: str) -> Optional[str]:
    """Why an http(s) URL cannot be fetched as written (no host name, an unreadable address
    or port), or None."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises ValueError for a port that is no number or out of range)
    except ValueError as exc:
        return str(exc)
    return None if parts.hostname else "no host name"


def read_source(source: str, opts: IntakeOptions, stdin: Optional[BinaryIO] = None) -> Iterator[Item]:
    """Articles and errors from one source: a path, a directory, an http(s) URL, or "-" (stdin)."""
    if source == "-":
        yield from _safe(_read_stdin(stdin or sys.stdin.buffer, opts), "-", opts)
        return
    if source.lower().startswith(("http://", "https://")):
        problem = _url_problem(source)
        if problem:  # "http://" is a URL with no host, not a file name
            yield IntakeError(f"bad URL: {problem}", source=source, code="bad_url")
            return
    if is_url(source):
        if not source.lower().startswith(("http://", "https://")):
            yield UnsupportedSourceError("only http and https URLs are read", source=source)
            return
        yield from _safe(_read_url(source, opts), source, opts)
        return
    path = Path(source)
    if path.is_dir():
        files, unknown = _directory_files(path)
        if not files:
            yield UnsupportedSourceError("directory holds no article files (.txt .html .jsonl .json .xml ...)",
                                         source=display_path(source))
        for file in files:
            yield from _safe(_read_file(file, opts), display_path(file), opts)
        if files:
            # one line per file not read, so a user sees what the folder held beside the articles
            # (``no_article``: ``ingest`` prints it as "skipped:" and counts it among the skipped)
            for file in unknown:
                yield IntakeError(f"not read: {file.suffix or 'no extension'} is no article file type "
                                  "(.txt .html .jsonl .json .xml ...)", source=display_path(file), code="no_article")
        return
    if not path.exists():
        yield IntakeError("no such file or directory", source=display_path(source), code="not_found")
        return
    yield from _safe(_read_file(path, opts), display_path(source), opts)


def read_sources(sources: Iterable[str], opts: Optional[IntakeOptions] = None,
                 stdin: Optional[BinaryIO] = None) -> Iterator[Item]:
    """Yield a RawArticle or an IntakeError for everything in ``sources``; never raises for bad input."""
    opts = opts or IntakeOptions()
    for source in sources:
        yield from read_source(str(source), opts, stdin=stdin)
