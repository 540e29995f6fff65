"""The HTTP API and the analyst's page, one FastAPI app over ``newsgraph.web.adapter``.

``create_app(db, token=...)`` returns the app. Routes:

* ``GET /`` the page; ``/static/*`` its JS modules and CSS; ``/vendor/cytoscape.mjs`` the graph
  library from ``node_modules`` (installed by ``make setup`` from package-lock.json).
* ``GET /api/...`` reads: articles, entities, events, incidents, statements, contested, network,
  edges, timeline, search, judgements. Lists are ``{"items", "limit", "offset", "next_offset"}``,
  with ``"total"`` (every match) for articles, entities, events, incidents, statements and an actor's timeline.
* ``POST /api/...`` writes (need ``Authorization: Bearer TOKEN``): ingest, facts/{key}/{reject|
  confirm|correct}, identity/{merge|split|same|different}, judgements/{kind}/{id}/undo,
  articles/{id}/delete.
* ``GET /openapi.json`` the schema.

Every error is ``{"error": {"status", "code", "message", "source"}}``. Every response carries a
Content-Security-Policy that allows scripts from this origin only (no inline script). A request
whose Host header names another host than 127.0.0.1, localhost, [::1] or the ``hosts`` given
(the address ``serve`` binds) is refused with 400 ``bad_host``: a web page whose name was
re-pointed at 127.0.0.1 (DNS rebinding) cannot read the store.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import threading
from pathlib import Path
from typing import Any, Callable, Literal, Optional

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsgraph import __version__
from newsgraph.errors import NewsgraphError, NotFoundError
from newsgraph.store.db import Store, open_store
from newsgraph.web import adapter

STATIC = Path(__file__).parent / "static"
# Cytoscape.js adds one <style> element (".__________cytoscape_container { position: relative; }");
# its hash is allowed so that it applies, and nothing else inline is.
CYTOSCAPE_STYLE = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' " + CYTOSCAPE_STYLE + "; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
MAX_LIMIT = 1000
# Host header names always accepted (any port): the loopback names.
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")


def host_name(value: str) -> str:
    """The name part of a Host header or an address, lower-cased: an IPv6 address in brackets
    ("[::1]", also for a bare "::1"), the port dropped; "" when there is none."""
    value = value.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        return value[:end + 1] if end > 0 else ""
    if value.count(":") > 1:  # a bare IPv6 address (as `serve --host ::1` is given)
        return f"[{value}]"
    return value.split(":", 1)[0]


class HostCheck:
    """ASGI middleware (Starlette's TrustedHostMiddleware, with the port allowed and the
    error in newsgraph's shape): HTTP requests whose Host header is not one of ``hosts``
    get 400 ``bad_host``; ``"*"`` among them allows any."""

    def __init__(self, app, hosts: tuple[str, ...]):
        self.app = app
        self.hosts = {host_name(h) if h != "*" else "*" for h in hosts}

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket") or "*" in self.hosts:
            return await self.app(scope, receive, send)
        given = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")
        if host_name(given) in self.hosts:
            return await self.app(scope, receive, send)
        shown = " ".join(given.split())[:100] or "(none)"
        body = error_body(400, "bad_host", f"Host {shown!r} is not this server's: use "
                          f"{', '.join(sorted(self.hosts))} (a page under another name must not read the store)",
                          "host")
        response = JSONResponse(body, status_code=400)
        await response(scope, receive, send)


def node_modules() -> Path:
    """Where the npm packages are: $NEWSGRAPH_NODE_MODULES, else the repository's node_modules."""
    env = os.environ.get("NEWSGRAPH_NODE_MODULES")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "node_modules"


def error_body(status: int, code: str, message: str, source: Optional[str] = None) -> dict:
    return {"error": {"status": status, "code": code, "message": message, "source": source}}


def _status_of(exc: NewsgraphError) -> int:
    # a ref naming several entities, a fact-key prefix of several facts, an identity act on two
    # refs already one, a split of what already stands alone, a fact confirmed or rejected twice,
    # or a judgement undone twice: the store's state conflicts
    if isinstance(exc, NotFoundError) or exc.code in (
            "not_found", "ambiguous_reference", "ambiguous_fact_key", "already_one", "already_alone",
            "already_judged", "already_undone", "deleted_earlier"):
        return 404 if exc.code == "not_found" else 409
    # a request that can never match, or a judgement the fact's schema refuses (the library's
    # bad_judgement, as the command line says it): 422; an intake error and the rest: 400
    if exc.code in ("invalid_request", "bad_judgement"):
        return 422
    return 400


def page(items: list, limit: int, offset: int) -> dict:
    """A list answer; ``total`` (how many match in all) where the query counted them (a
    newsgraph.query.graph.Page: articles, entities, events, incidents, statements, an actor's timeline)."""
    out = {"items": items, "limit": limit, "offset": offset,
           "next_offset": offset + limit if len(items) >= limit else None}
    if hasattr(items, "total"):
        out["total"] = items.total
    return out


# --------------------------------------------------------------------------- request bodies

class FactJudgement(BaseModel):
    reason: Optional[str] = Field(None, max_length=2000)
    author: str = Field("analyst", max_length=200)
    value: Optional[dict[str, Any]] = Field(None, description="For correct: the fields to correct, e.g. {\"type\": \"AGREE\"}.")


class IdentityJudgement(BaseModel):
    left: str = Field(..., max_length=300, description="Entity id, name or observation key (kept on merge).")
    right: Optional[str] = Field(None, max_length=300, description="The other entity (not for split).")
    reason: Optional[str] = Field(None, max_length=2000)
    author: str = Field("analyst", max_length=200)


class ActsForJudgement(BaseModel):
    entity: str = Field(..., max_length=300, description="Entity id, name or observation key.")
    acts_for: str = Field(..., max_length=100, description="The state it acts for: ISO 3166 alpha-3 or a country name.")
    sector: Optional[str] = Field(None, max_length=16, description="GOV, MIL, REB ...")
    reason: Optional[str] = Field(None, max_length=2000)
    author: str = Field("analyst", max_length=200)


class ArticleDeletion(BaseModel):
    reason: Optional[str] = Field(None, max_length=2000)
    author: str = Field("analyst", max_length=200)


class Ingest(BaseModel):
    text: Optional[str] = Field(None, max_length=5_000_000)
    url: Optional[str] = Field(None, max_length=2000)
    title: Optional[str] = Field(None, max_length=1000)
    outlet: Optional[str] = Field(None, max_length=300)
    published: Optional[dt.date] = None
    restore_deleted: bool = Field(False, description="Store it even if an analyst deleted it earlier "
                                  "(same URL or text); else 409 deleted_earlier.")


# --------------------------------------------------------------------------- the app

def create_app(db: Optional[str] = None, *, token: str, reads_need_token: bool = False,
               store: Optional[Store] = None, hosts: tuple[str, ...] = ()) -> FastAPI:
    """The app over the store at ``db`` (or an open ``store``). Writes need ``token``; reads
    need it too when ``reads_need_token`` (the server listens beyond the loopback address).
    Requests must name 127.0.0.1, localhost, [::1] or one of ``hosts`` in their Host header
    (``"*"``: any host)."""
    if not token:
        raise ValueError("create_app needs a token for the write endpoints")
    store = store or open_store(db)
    # One request at a time touches the store: reads bring the graph up to date (they write),
    # and an analyst's page fires several requests at once.
    lock = threading.Lock()
    app = FastAPI(title="newsgraph", version=__version__, docs_url=None, redoc_url=None,
                  description="Who did what to whom, when, and who says so: the graph of the stored articles, "
                              "every fact with its sentence. Writes need `Authorization: Bearer TOKEN`.")
    app.state.store = store

    def call(fn: Callable, *args, **kwargs):
        with lock:
            return fn(store, *args, **kwargs)

    def has_token(request: Request) -> bool:
        given = request.headers.get("authorization", "")
        given = given[7:] if given.lower().startswith("bearer ") else request.headers.get("x-newsgraph-token", "")
        return bool(given) and secrets.compare_digest(given.encode(), token.encode())

    def need_token(request: Request) -> None:
        if not has_token(request):
            raise HTTPException(401, "this endpoint changes the graph: send Authorization: Bearer TOKEN "
                                     "(the token newsgraph serve printed, or NEWSGRAPH_TOKEN)")

    def read_access(request: Request) -> None:
        if reads_need_token and not has_token(request):
            raise HTTPException(401, "this server listens beyond 127.0.0.1: reads need the token too")

    @app.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    app.add_middleware(HostCheck, hosts=(*LOOPBACK_HOSTS, *hosts))  # outermost: before anything is read

    @app.exception_handler(NewsgraphError)
    async def newsgraph_error(_request: Request, exc: NewsgraphError):
        status = _status_of(exc)
        return JSONResponse(error_body(status, exc.code, exc.message, exc.source), status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException):
        codes = {401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed"}
        return JSONResponse(error_body(exc.status_code, codes.get(exc.status_code, "http_error"), str(exc.detail)),
                            status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected_error(_request: Request, exc: Exception):
        # a bug, not bad input: still the one error shape, with the exception's class for the report
        return JSONResponse(error_body(500, "internal_error", f"{type(exc).__name__}: {exc}".splitlines()[0]), status_code=500)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()) if x not in ("query", "body", "path"))
        return JSONResponse(error_body(422, "invalid_request", f"{where}: {first.get('msg', 'invalid')}", where or None),
                            status_code=422)

    # ------------------------------------------------------------------ page and assets
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def index():
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.api_route("/vendor/cytoscape.mjs", methods=["GET", "HEAD"], include_in_schema=False)
    def cytoscape():
        path = node_modules() / "cytoscape" / "dist" / "cytoscape.esm.min.mjs"
        if not path.is_file():
            raise HTTPException(404, f"the graph library is not installed ({path}): run `make setup` (npm ci)")
        return FileResponse(path, media_type="text/javascript")

    # ------------------------------------------------------------------ reads
    R = [Depends(read_access)]
    Limit = Query(50, ge=1, le=MAX_LIMIT, description="Page size.")
    Offset = Query(0, ge=0, description="Rows to skip.")
    Conf = Query(None, ge=0.0, le=1.0, description="Minimum confidence (0-1).")
    Rejected = Query(False, description="Show facts an analyst rejected too.")

    @app.get("/api/meta", dependencies=R, tags=["meta"])
    def meta():
        from newsgraph.nlp.types import EVENT_STATUSES, PLOVER_TYPES

        return {"version": __version__, "plover_types": list(PLOVER_TYPES), "statuses": list(EVENT_STATUSES),
                "correctable": adapter.correctable(),
                "reads_need_token": reads_need_token}

    @app.get("/api/articles", dependencies=R, tags=["articles"])
    def list_articles(limit: int = Limit, offset: int = Offset, story_type: Optional[str] = None,
                      order: str = Query("id", description="id: as stored; events: most events first.")):
        return page(call(adapter.articles, limit=limit, offset=offset, story_type=story_type, order=order),
                    limit, offset)

    @app.get("/api/articles/{article_id}", dependencies=R, tags=["articles"])
    def get_article(article_id: int):
        """One article with its facts. 404 ``not_found`` for an id that is no stored article; for
        one an analyst deleted, the message says when, by whom and why (``GET /api/deletions``)."""
        return call(adapter.article, article_id)

    @app.get("/api/deletions", dependencies=R, tags=["articles"])
    def list_deletions(limit: int = Limit, offset: int = Offset):
        """Articles deleted by analysts, newest first (``newsgraph deletions``): id, title, url,
        deleted_at, author, reason, judgements (ids), judged (judgement id -> the fact it judged)."""
        rows = call(adapter.deletions)
        return page(rows[offset:offset + limit], limit, offset) | {"total": len(rows)}

    @app.get("/api/entities", dependencies=R, tags=["entities"])
    def list_entities(name: Optional[str] = None, type: Optional[str] = None, limit: int = Limit, offset: int = Offset):
        return page(call(adapter.entities, name=name, type=type, limit=limit, offset=offset), limit, offset)

    @app.get("/api/entities/{ref}", dependencies=R, tags=["entities"])
    def get_entity(ref: str, include_rejected: bool = Rejected):
        return call(adapter.entity, ref, include_rejected=include_rejected)

    @app.get("/api/events", dependencies=R, tags=["events"])
    def list_events(actor: Optional[str] = None, type: Optional[str] = None, since: Optional[str] = None,
                    until: Optional[str] = None, country: Optional[str] = None, outlet: Optional[str] = None,
                    min_confidence: Optional[float] = Conf, status: Optional[str] = None,
                    include_rejected: bool = Rejected, limit: int = Limit, offset: int = Offset):
        rows = call(adapter.events, actor=actor, type=type, since=since, until=until, country=country, outlet=outlet,
                    min_confidence=min_confidence, status=status, include_rejected=include_rejected,
                    limit=limit, offset=offset)
        return page(rows, limit, offset)

    @app.get("/api/incidents", dependencies=R, tags=["events"])
    def list_incidents(actor: Optional[str] = None, type: Optional[str] = None, since: Optional[str] = None,
                       until: Optional[str] = None, min_articles: int = Query(1, ge=1),
                       min_confidence: Optional[float] = Conf, limit: int = Limit, offset: int = Offset):
        rows = call(adapter.incidents, actor=actor, type=type, since=since, until=until, min_articles=min_articles,
                    min_confidence=min_confidence, limit=limit, offset=offset)
        return page(rows, limit, offset)

    @app.get("/api/incidents/{incident_id}", dependencies=R, tags=["events"])
    def get_incident(incident_id: int):
        return call(adapter.incident, incident_id)

    @app.get("/api/statements", dependencies=R, tags=["statements"])
    def list_statements(speaker: Optional[str] = None, about: Optional[str] = None, via: Optional[str] = None,
                        min_confidence: Optional[float] = Conf, include_rejected: bool = Rejected, limit: int = Limit,
                        offset: int = Offset):
        rows = call(adapter.statements, speaker=speaker, about=about, via=via, include_rejected=include_rejected,
                    min_confidence=min_confidence, limit=limit, offset=offset)
        return page(rows, limit, offset)

    @app.get("/api/contested", dependencies=R, tags=["statements"])
    def list_contested(about: str = Query(..., min_length=1, description="The entity the claims are about."),
                       include_rejected: bool = Rejected, limit: int = Limit, offset: int = Offset):
        rows = call(adapter.contested, about=about, include_rejected=include_rejected, limit=limit, offset=offset)
        return page(rows, limit, offset)

    @app.get("/api/network", dependencies=R, tags=["network"])
    def get_network(actor: Optional[str] = None, type: Optional[str] = None, since: Optional[str] = None,
                    until: Optional[str] = None, country: Optional[str] = None, min_confidence: Optional[float] = Conf,
                    include_rejected: bool = Rejected, limit: int = Query(300, ge=1, le=5000),
                    around: Optional[str] = Query(None, description="As `newsgraph network --around`: the ego network."),
                    depth: int = Query(2, ge=1, le=4)):
        if around:
            return call(adapter.ego_network, around=around, depth=depth, since=since, until=until,
                        include_rejected=include_rejected, limit=min(limit, 200), min_confidence=min_confidence)
        return call(adapter.network, actor=actor, type=type, since=since, until=until, country=country,
                    min_confidence=min_confidence, include_rejected=include_rejected, limit=limit)

    @app.get("/api/edges", dependencies=R, tags=["network"])
    def get_edge(source: int, target: int, type: str, include_rejected: bool = Rejected):
        return call(adapter.edge, source=source, target=target, type=type, include_rejected=include_rejected)

    @app.get("/api/timeline", dependencies=R, tags=["events"])
    def get_timeline(actor: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
                     min_confidence: Optional[float] = Conf, include_rejected: bool = Rejected, limit: int = Limit,
                     offset: int = Offset):
        rows = call(adapter.timeline, actor=actor, since=since, until=until, include_rejected=include_rejected,
                    min_confidence=min_confidence, limit=limit, offset=offset)
        return page(rows, limit, offset)

    @app.get("/api/search", dependencies=R, tags=["search"])
    def get_search(q: str = Query(..., max_length=300), limit: int = Query(20, ge=1, le=200)):
        return call(adapter.search, q, limit=limit)

    @app.get("/api/judgements", dependencies=R, tags=["review"])
    def list_judgements(limit: int = Query(100, ge=1, le=MAX_LIMIT), offset: int = Offset):
        return page(call(adapter.judgement_log, limit=limit, offset=offset), limit, offset)

    # ------------------------------------------------------------------ writes
    W = [Depends(need_token)]

    @app.post("/api/ingest", dependencies=W, tags=["write"], status_code=201)
    def ingest(body: Ingest):
        """Store and extract one article: ``text`` (with an optional ``title``) or a ``url`` to fetch.

        201 with the ingest report (``new``, ``duplicates``, ``errors``, ``extracted`` ...) when an
        article was stored or matched one already stored; a mixed result stays 201 and lists what
        failed in ``errors``. When nothing was stored, the error shape with the intake error's code:
        400 (e.g. ``address_refused`` for a private address, ``fetch_failed`` for an unreachable URL, ``no_article``, ``empty_input``),
        409 ``deleted_earlier`` for an article an analyst deleted (same URL or text; ``restore_deleted`` stores it),
        422 ``invalid_request`` for a body with neither text nor url."""
        if not body.text and not body.url:
            raise adapter.InvalidRequestError("ingest needs text or url", source="body")
        published = dt.datetime.combine(body.published, dt.time()) if body.published else None
        return call(adapter.ingest_text, body.text or "", title=body.title, outlet=body.outlet, published=published,
                    url=body.url, restore_deleted=body.restore_deleted)

    @app.post("/api/facts/{fact_key}/{action}", dependencies=W, tags=["write"], status_code=201)
    def judge_fact(fact_key: str, action: Literal["reject", "confirm", "correct"], body: FactJudgement):
        """Judge a fact named by its key or a unique prefix of at least 8 characters, as `newsgraph
        judge` does (the same library call). 201 with the judgement: ``id``, the full ``fact_key``,
        ``overrides`` / ``overridden_by`` (the judgements in force it takes precedence over, or that
        still win over it: a reject over an earlier confirm) and ``note`` saying so in one line.
        404 `not_found`; 409 `ambiguous_fact_key` (a prefix of several keys), `already_judged`
        (confirmed or rejected twice); 422 `bad_judgement` (a correction the fact's schema does
        not allow, a value on a reject or confirm: the library's code, as `newsgraph judge` says
        it) or `invalid_request` (a body of the wrong shape: ``value`` not an object)."""
        return call(adapter.judge_fact, action, fact_key, author=body.author, reason=body.reason, value=body.value)

    @app.post("/api/identity/acts-for", dependencies=W, tags=["write"], status_code=201)
    def judge_acts_for(body: ActsForJudgement):
        """The state an entity acts for, by an analyst: wins over its articles' votes (still shown)."""
        return call(adapter.set_acts_for, body.entity, body.acts_for, body.sector, author=body.author, reason=body.reason)

    @app.post("/api/identity/{action}", dependencies=W, tags=["write"], status_code=201)
    def judge_identity(action: Literal["merge", "split", "same", "different"], body: IdentityJudgement):
        """Merge, split, same or different; 409 ``already_one`` (nothing recorded) when left and right
        already stand for one identity, naming the act that joined them; 409 ``already_alone``
        (nothing recorded) for a split of an entity or observation that already stands alone."""
        return call(adapter.decide_identity, action, body.left, body.right, author=body.author, reason=body.reason)

    @app.post("/api/articles/{article_id}/delete", dependencies=W, tags=["write"])
    def delete_article(article_id: int, body: Optional[ArticleDeletion] = None):
        """Delete an article and everything stored from it, as `newsgraph delete-article` does (the
        same library call, one transaction): 200 with ``id``, ``title``, ``judgements`` (the ids of
        the judgements that referred to its facts: the log keeps them, they no longer apply),
        ``judgements_in_force``, ``identity_acts`` and ``removed`` (rows by table). 404 `not_found`
        for an id that is no stored article (nothing deleted)."""
        body = body or ArticleDeletion()
        return call(adapter.delete_article, article_id, author=body.author, reason=body.reason)

    @app.post("/api/judgements/{kind}/{judgement_id}/undo", dependencies=W, tags=["write"])
    def undo(kind: Literal["fact", "identity"], judgement_id: int):
        """Undo a fact judgement or an identity act (the log keeps it), as `newsgraph judge undo` and
        `newsgraph undo-identity` do: 404 `not_found` for an id never recorded, 409 `already_undone`
        for one undone before (either kind)."""
        return call(adapter.undo, kind, judgement_id)

    return app
