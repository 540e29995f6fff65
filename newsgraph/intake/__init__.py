"""Article intake: plain text, HTML, JSON Lines and RSS/Atom feeds (files, folders, URLs, stdin)
to RawArticle records; bad input becomes an IntakeError that names its source."""

from newsgraph.intake.model import RawArticle
from newsgraph.intake.options import IntakeOptions
from newsgraph.intake.sources import read_source, read_sources, sniff_format

__all__ = ["IntakeOptions", "RawArticle", "read_source", "read_sources", "sniff_format"]
