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
* ``published``: tz-aware dates are converted to UTC (still tz-aware); date-only values are naive.
  A missing date is inferred as the latest full date (day, month, year) the text mentions, with
  ``published_inferred=True`` — never the ingestion time.
"""

from newsgraph.intake.model import RawArticle
from newsgraph.intake.options import IntakeOptions
from newsgraph.intake.sources import read_source, read_sources, sniff_format

__all__ = ["IntakeOptions", "RawArticle", "read_source", "read_sources", "sniff_format"]
