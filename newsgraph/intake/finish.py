"""Last step for every article: user overrides, date inference, and a check that text remains."""

from __future__ import annotations

from newsgraph.errors import EmptyInputError
from newsgraph.intake.clean import clean_article
from newsgraph.intake.dates import infer_published, parse_date
from newsgraph.intake.language import apply_detected_language
from newsgraph.intake.model import RawArticle
from newsgraph.intake.normalize import normalize_text
from newsgraph.intake.outlets import apply_outlet
from newsgraph.intake.options import IntakeOptions


def finish_article(article: RawArticle, opts: IntakeOptions) -> RawArticle:
    """Clean control characters (``clean.py``), detect the language (``language.py``), name the
    outlet as listed (``outlets.py``), apply ``opts.published`` / ``opts.outlet``; infer a missing date from the article's own text.

    Raises EmptyInputError when no body text is left after furniture removal.
    """
    article = clean_article(article)
    article.text = normalize_text(article.text)
    if not article.text.strip():
        raise EmptyInputError("no article text (empty after removing page furniture)", source=article.source)
    apply_detected_language(article)
    apply_outlet(article)
    if opts.outlet:
        article.outlet = opts.outlet
    if opts.published is not None:
        article.published = parse_date(opts.published)
        article.published_inferred = False
        article.raw_metadata["date_source"] = "option"
    elif article.published is None:
        article.published = infer_published(article.text)
        article.published_inferred = article.published is not None
        if article.published_inferred:
            article.raw_metadata["date_source"] = "latest_absolute_date_in_text"
    return article
