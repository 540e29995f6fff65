"""initial: articles, sentences, extracted facts with provenance, judgements

Revision ID: 0001_initial
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def _span_and_provenance():
    """Columns every extracted row carries: its article, character span, maker, and a stable key."""
    return [
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("component", sa.String(64), nullable=False),
        sa.Column("component_version", sa.String(32), nullable=False),
        # Stable across re-extraction (hash of article, kind, span and type): judgements refer to it.
        sa.Column("fact_key", sa.String(64), nullable=False, index=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("extraction_runs.id"), nullable=True),
    ]


def upgrade():
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("url", sa.Text, nullable=True),
        sa.Column("canonical_url", sa.Text, nullable=True, unique=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("outlet", sa.Text, nullable=True),
        sa.Column("author", sa.Text, nullable=True),
        sa.Column("published", sa.String(32), nullable=True),
        sa.Column("published_inferred", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("source_format", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("word_count", sa.Integer, nullable=False),
        sa.Column("furniture", sa.JSON, nullable=True),
        sa.Column("extra", sa.JSON, nullable=True),
        sa.Column("minhash", sa.JSON, nullable=True),
        sa.Column("ingested_at", sa.String(32), nullable=False),
        # dlt-style stage status: ingested -> extracted | extract_failed
        sa.Column("status", sa.String(16), nullable=False, server_default="ingested"),
        sa.Column("status_detail", sa.Text, nullable=True),
    )
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_table(
        "article_bands",  # MinHash LSH bands, to find near-duplicate candidates without a full scan
        sa.Column("band", sa.String(40), nullable=False, index=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    )
    op.create_table(
        "article_links",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("other_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("score", sa.Float, nullable=True),
        sa.UniqueConstraint("article_id", "other_id", "kind"),
    )
    op.create_table(
        "extraction_runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("started_at", sa.String(32), nullable=False),
        sa.Column("finished_at", sa.String(32), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("components", sa.JSON, nullable=True),
    )
    op.create_table(
        "sentences",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_table(
        "entities",  # derived across articles from mentions; one row per entity key
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(200), nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("code", sa.String(8), nullable=True),
        sa.Column("country", sa.String(8), nullable=True),
        sa.Column("aliases", sa.JSON, nullable=True),
        sa.Column("component", sa.String(64), nullable=False),
        sa.Column("component_version", sa.String(32), nullable=False),
    )
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        *_span_and_provenance(),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("entity_key", sa.String(200), nullable=True, index=True),
        sa.Column("label", sa.String(16), nullable=True),
        sa.Column("measure", sa.Text, nullable=True),
    )
    op.create_table(
        "roles",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        *_span_and_provenance(),
        sa.Column("person_key", sa.String(200), nullable=False, index=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("of_key", sa.String(200), nullable=True),
        sa.Column("of_name", sa.Text, nullable=True),
        sa.Column("date", sa.String(32), nullable=True),
    )
    op.create_table(
        "timexes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        *_span_and_provenance(),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("value", sa.String(64), nullable=True),
        sa.Column("precision", sa.String(16), nullable=True),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        *_span_and_provenance(),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("mode", sa.String(64), nullable=True),
        sa.Column("trigger", sa.Text, nullable=False),
        sa.Column("trigger_start", sa.Integer, nullable=False),
        sa.Column("trigger_end", sa.Integer, nullable=False),
        sa.Column("source_key", sa.String(200), nullable=True, index=True),
        sa.Column("source_text", sa.Text, nullable=True),
        sa.Column("target_key", sa.String(200), nullable=True, index=True),
        sa.Column("target_text", sa.Text, nullable=True),
        sa.Column("date", sa.String(32), nullable=True),
        sa.Column("location", sa.Text, nullable=True),
        sa.Column("location_key", sa.String(200), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("explanation", sa.Text, nullable=True),
    )
    op.create_table(
        "statements",  # quotes and claims
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        *_span_and_provenance(),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("content_parts", sa.JSON, nullable=True),
        sa.Column("speaker_key", sa.String(200), nullable=True, index=True),
        sa.Column("speaker_text", sa.Text, nullable=True),
        sa.Column("speaker_start", sa.Integer, nullable=True),
        sa.Column("speaker_end", sa.Integer, nullable=True),
        sa.Column("cue", sa.Text, nullable=True),
        sa.Column("cue_start", sa.Integer, nullable=True),
        sa.Column("cue_end", sa.Integer, nullable=True),
        sa.Column("date", sa.String(32), nullable=True),
        sa.Column("via", sa.Text, nullable=True),
        sa.Column("via_key", sa.String(200), nullable=True),
        sa.Column("confidence", sa.Float, nullable=False),
    )
    op.create_table(
        # Analysts' corrections: a log of judgements (who, when, why), never destructive.
        # They refer to facts by fact_key / entity key, so re-extraction leaves them intact.
        "judgements",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("action", sa.String(32), nullable=False),  # reject | confirm | correct | merge | split
        sa.Column("fact_table", sa.String(32), nullable=True),
        sa.Column("fact_key", sa.String(200), nullable=True, index=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="SET NULL"), nullable=True),
        sa.Column("value", sa.JSON, nullable=True),
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column("undone_at", sa.String(32), nullable=True),
    )


def downgrade():
    for table in ("judgements", "statements", "events", "timexes", "roles", "mentions", "entities",
                  "sentences", "extraction_runs", "article_links", "article_bands", "articles"):
        op.drop_table(table)
