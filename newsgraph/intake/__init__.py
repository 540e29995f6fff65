"""Article intake: plain text, HTML, JSON Lines and RSS/Atom feeds — from files, folders, http(s)
URLs or stdin ("-") — to RawArticle records. Bad input becomes an IntakeError naming its source;
``read_sources`` never raises for bad input, it yields the error and carries on.

Decisions worth knowing:

* Listing pages (home/section pages with ≥ 5 headline links) and pages with no running prose
  yield ``IntakeError`` with code ``no_article`` ("no article body found"), not a flagged article.
* ``RawArticle.source`` is the path/URL, ``path:LINE`` for JSON Lines, ``path[i]`` for JSON
  arrays, ``path#N`` for the N-th feed item (1-based), ``-`` for stdin.
* Folders are read recursively in sorted order; hidden files, files with unknown extensions and
  attribution/documentation files (SOURCE*, README*, LICENSE*, NOTICE*, ...) are skipped.
* Only regular files are read (a symlink to ``/dev/zero``, a FIFO or a device is refused), and
  never more than ``max_bytes + 1`` bytes of anything. A non-UTF-8 file name is shown with
  ``\\xNN`` escapes.
* URLs: non-public addresses (loopback, private, link-local, reserved ...) are refused after DNS
  resolution and on every redirect unless ``allow_private_addresses``; ``fetch_deadline`` bounds
  a whole fetch (``fetch.py``).
* Text is cleaned of NUL and other control characters, lone surrogates become U+FFFD
  (``clean.py``); damaged UTF-8 and UTF-16 without BOM are decoded and noted (``decode.py``).
* ``language`` is detected from the text (``language.py``); outlets get one listed name
  (``outlets.py``, ``outlets.yaml``).
* ``published``: tz-aware dates are converted to UTC (still tz-aware); date-only values are naive.
  A missing date is inferred as the latest full date (day, month, year) the text mentions, with
  ``published_inferred=True`` — never the ingestion time.
"""

from newsgraph.intake.model import RawArticle
from newsgraph.intake.options import IntakeOptions

__all__ = ["IntakeOptions", "RawArticle", "read_source", "read_sources", "sniff_format"]


def __getattr__(name: str):
    # the readers (trafilatura, feedparser: ~0.4 s to import) load on first use, so the store and
    # the query commands, which only need RawArticle, start without them
    if name in ("read_source", "read_sources", "sniff_format"):
        from newsgraph.intake import sources

        return getattr(sources, name)
    raise AttributeError(f"module 'newsgraph.intake' has no attribute {name!r}")
