"""graph: observations apart from identities, judged resolver edges, canonical facts, incidents

Observations are what one article saw (an in-article entity cluster, or the article's outlet),
keyed by article. Identities are minted BigInteger ids that observations point at; every
cross-article query joins on them. Resolver edges are judged pairs of observations (system
with score and explanation, or analyst acts that can be undone). graph_events and
graph_statements are the extracted facts read through identities, rebuilt per article; an
incident groups reports of the same event.

Revision ID: 0007_graph
Revises: 0006_event_evidence
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0007_graph"
down_revision = "0006_event_evidence"
branch_labels = None
depends_on = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")  # SQLite autoincrements INTEGER PRIMARY KEY only
JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
TS = sa.DateTime(timezone=True)


def _id():
    return sa.Column("id", ID, primary_key=True, autoincrement=True)


def _report_columns():
    """What a graph fact carries of its report (publication, outlet, incident) and of the
    analysts' judgements on it; graph_events and graph_statements both have them."""
    return (
        sa.Column("published", TS, nullable=True),
        sa.Column("outlet_id", ID, nullable=True),
        sa.Column("incident_id", ID, nullable=True),
        sa.Column("rejected", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("confirmed", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("corrected", sa.Boolean, nullable=False, server_default=sa.false()),
    )


def upgrade():
    op.create_table(
        "identities",
        _id(),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("norm_name", sa.String(200), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("code", sa.String(8), nullable=True),       # ISO 3166 alpha-3 for countries
        sa.Column("country", sa.String(8), nullable=True),
        sa.Column("aliases", JSON, nullable=True),
        sa.Column("features", JSON, nullable=True),           # aggregated evidence of its observations
        sa.Column("exemplar_key", sa.String(240), nullable=True),
        sa.Column("observation_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("article_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sqlite_autoincrement=True,  # a minted id is never given to another identity after a split is undone
    )
    op.create_index("ix_identities_norm_name", "identities", ["norm_name"])
    op.create_index("ix_identities_type_name", "identities", ["type", "name"])
    op.create_index("ix_identities_code", "identities", ["code"])

    op.create_table(
        "observations",
        _id(),
        sa.Column("obs_key", sa.String(240), nullable=False, unique=True),  # "<article_id>:<entity key>"
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("entity_key", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),      # entity | outlet
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("norm_name", sa.String(200), nullable=False),
        sa.Column("surname", sa.String(100), nullable=True),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("code", sa.String(8), nullable=True),
        sa.Column("country", sa.String(8), nullable=True),
        sa.Column("mention_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("features", JSON, nullable=True),
        sa.Column("identity_id", ID, sa.ForeignKey("identities.id", ondelete="SET NULL"), nullable=True),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_index("ix_observations_article_entity", "observations", ["article_id", "entity_key"])
    op.create_index("ix_observations_identity", "observations", ["identity_id", "article_id"])
    op.create_index("ix_observations_norm_name", "observations", ["norm_name"])
    op.create_index("ix_observations_surname", "observations", ["surname"])

    op.create_table(
        "identity_acts",  # the analyst's log: merge | split | same | different; undone, never deleted
        _id(),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column("targets", JSON, nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("undone_at", TS, nullable=True),
    )
    op.create_table(
        "resolver_edges",
        _id(),
        sa.Column("left_key", sa.String(240), nullable=False),
        sa.Column("right_key", sa.String(240), nullable=False),
        sa.Column("judgement", sa.String(16), nullable=False),  # positive | negative | unsure
        sa.Column("origin", sa.String(16), nullable=False),     # system | analyst
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("score", sa.Float, nullable=True),
        sa.Column("explanation", JSON, nullable=True),
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column("act_id", ID, sa.ForeignKey("identity_acts.id", ondelete="CASCADE"), nullable=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("deleted_at", TS, nullable=True),
    )
    op.create_index("ix_resolver_edges_left", "resolver_edges", ["left_key"])
    op.create_index("ix_resolver_edges_right", "resolver_edges", ["right_key"])
    op.create_index("ix_resolver_edges_act", "resolver_edges", ["act_id"])
    op.create_index("ix_resolver_edges_article", "resolver_edges", ["article_id"])

    op.create_table(
        "graph_articles",  # which extraction run each article's graph rows were built from
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("run_id", sa.Integer, nullable=True),
        sa.Column("outlet_id", ID, nullable=True),
        sa.Column("published", TS, nullable=True),
        sa.Column("refreshed_at", TS, nullable=False),
    )
    op.create_index("ix_graph_articles_outlet", "graph_articles", ["outlet_id"])

    op.create_table(
        "incidents",
        _id(),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("actor_a", ID, nullable=True),
        sa.Column("actor_b", ID, nullable=True),
        sa.Column("symmetric", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("date_lo", sa.Date, nullable=True),
        sa.Column("date_hi", sa.Date, nullable=True),
        sa.Column("first_reported", TS, nullable=True),
        sa.Column("last_reported", TS, nullable=True),
        sa.Column("report_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("article_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("outlet_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("dates_agree", sa.Boolean, nullable=True),
        sa.Column("details", JSON, nullable=True),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_index("ix_incidents_key", "incidents", ["type", "actor_a", "actor_b"])
    op.create_index("ix_incidents_actor_b", "incidents", ["actor_b"])

    op.create_table(
        "graph_events",
        _id(),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("fact_key", sa.String(64), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("mode", sa.String(64), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("date", sa.String(32), nullable=True),      # TimeML value as extracted
        sa.Column("date_lo", sa.Date, nullable=True),        # the interval the value covers at its precision
        sa.Column("date_hi", sa.Date, nullable=True),
        # the day it sorts and filters by: its date, else its article's publication day
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("source_id", ID, nullable=True),
        sa.Column("target_id", ID, nullable=True),
        sa.Column("source_text", sa.Text, nullable=True),
        sa.Column("target_text", sa.Text, nullable=True),
        sa.Column("trigger", sa.Text, nullable=True),
        sa.Column("location", sa.Text, nullable=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        *_report_columns(),
    )
    op.create_index("ix_graph_events_source", "graph_events", ["source_id", "day"])
    op.create_index("ix_graph_events_target", "graph_events", ["target_id", "day"])
    op.create_index("ix_graph_events_type", "graph_events", ["type", "day"])
    op.create_index("ix_graph_events_day", "graph_events", ["day"])
    op.create_index("ix_graph_events_article", "graph_events", ["article_id"])
    op.create_index("ix_graph_events_incident", "graph_events", ["incident_id"])
    op.create_index("ix_graph_events_outlet", "graph_events", ["outlet_id"])

    op.create_index("ix_graph_events_pair", "graph_events", ["source_id", "target_id", "type"])

    op.create_table(
        # relations between identities: events of one PLOVER type grouped (symmetric types with
        # source < target), kept up to date per article, so an ego network reads a few rows
        "graph_edges",
        sa.Column("source_id", ID, primary_key=True),
        sa.Column("target_id", ID, primary_key=True),
        sa.Column("type", sa.String(16), primary_key=True),
        sa.Column("reports", sa.Integer, nullable=False),
        sa.Column("incidents", sa.Integer, nullable=False),
        sa.Column("outlets", sa.Integer, nullable=False),
        sa.Column("weight", sa.Integer, nullable=False),     # incidents + independent outlets
        sa.Column("first_date", sa.Date, nullable=True),
        sa.Column("last_date", sa.Date, nullable=True),
        sa.Column("example_article", sa.Integer, nullable=True),
    )
    op.create_index("ix_graph_edges_source_weight", "graph_edges", ["source_id", "weight"])
    op.create_index("ix_graph_edges_target_weight", "graph_edges", ["target_id", "weight"])

    op.create_table(
        "graph_statements",
        _id(),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("fact_key", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("speaker_id", ID, nullable=True),
        sa.Column("speaker_text", sa.Text, nullable=True),
        sa.Column("via_id", ID, nullable=True),
        sa.Column("via_text", sa.Text, nullable=True),
        sa.Column("cue", sa.Text, nullable=True),
        sa.Column("date", sa.String(32), nullable=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        *_report_columns(),
    )
    op.create_index("ix_graph_statements_speaker", "graph_statements", ["speaker_id", "published"])
    op.create_index("ix_graph_statements_via", "graph_statements", ["via_id"])
    op.create_index("ix_graph_statements_article", "graph_statements", ["article_id"])
    op.create_index("ix_graph_statements_incident", "graph_statements", ["incident_id"])

    op.create_table(
        "statement_subjects",  # who or what a statement is about: mentions in its content and sentence
        sa.Column("statement_id", ID, sa.ForeignKey("graph_statements.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("identity_id", ID, primary_key=True),
    )
    op.create_index("ix_statement_subjects_identity", "statement_subjects", ["identity_id"])


def downgrade():
    for table in ("statement_subjects", "graph_statements", "graph_edges", "graph_events", "incidents", "graph_articles",
                  "resolver_edges", "identity_acts", "observations", "identities"):
        op.drop_table(table)
