"""``newsgraph serve``: the HTTP API and the analyst's page (``newsgraph.web.app``) under uvicorn.

Reads are open on the loopback address (the default bind). Writes need a token: NEWSGRAPH_TOKEN,
or one generated and printed at start-up. Binding any other address needs NEWSGRAPH_TOKEN set,
and then reads need the token too.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
from typing import Callable, List, Optional

import typer

from newsgraph.cli.render import console, err_console
from newsgraph.errors import NewsgraphError


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def allowed_hosts(host: str, extra: List[str]) -> tuple[str, ...]:
    """The Host header names the app accepts besides the loopback names: the bound address and
    ``extra``; any name for a wildcard bind (0.0.0.0, ::), which needs the token for every
    request anyway, so a rebound page has nothing to read."""
    bare = host.strip("[]")
    if bare in ("", "0.0.0.0", "::"):
        return ("*",)
    return (host, *extra)


def register(app: typer.Typer, state: Callable[[], Optional[str]], fail: Callable) -> None:
    """Add ``serve`` to ``app``; ``state()`` gives the global ``--db``; ``fail(exc)`` exits."""

    @app.command("serve")
    def serve(host: str = typer.Option("127.0.0.1", help="Address to listen on (anything but loopback needs NEWSGRAPH_TOKEN)."),
              port: int = typer.Option(8765, help="Port to listen on."),
              db: Optional[str] = typer.Option(None, "--db", help="SQLite path or database URL (default: the global --db)."),
              log_level: str = typer.Option("warning", help="uvicorn log level."),
              allow_host: List[str] = typer.Option([], "--allow-host", help="Another name clients reach the server by "
                                                   "(repeatable); requests naming any other host than these, 127.0.0.1, "
                                                   "localhost, [::1] and --host get 400 (DNS rebinding).")):
        """Serve the HTTP API and the analyst's page (network, timeline, evidence, review)."""
        import uvicorn

        from newsgraph.web.app import create_app

        token = os.environ.get("NEWSGRAPH_TOKEN", "")
        loopback = is_loopback(host)
        if not loopback and not token:
            err_console.print(f"error: refusing to listen on {host} without NEWSGRAPH_TOKEN set: anyone who can reach it "
                              "could read and change the graph; set NEWSGRAPH_TOKEN or use --host 127.0.0.1",
                              highlight=False, soft_wrap=True, markup=False)
            raise typer.Exit(2)
        generated = not token
        token = token or secrets.token_urlsafe(24)
        try:
            web = create_app(db or state(), token=token, reads_need_token=not loopback,
                             hosts=allowed_hosts(host, allow_host))
        except NewsgraphError as exc:
            fail(exc)
        from newsgraph.web.app import node_modules

        if not (node_modules() / "cytoscape").is_dir():
            err_console.print(f"warning: the network view needs Cytoscape.js in {node_modules()}: run `make setup` (npm ci)",
                              highlight=False, markup=False, soft_wrap=True)
        shown = f"[{host}]" if ":" in host else host
        url = f"http://{shown}:{port}/"
        console.print(f"newsgraph: open {url}", highlight=False, markup=False)
        if generated:
            console.print(f"writes need the token {token} (generated; set NEWSGRAPH_TOKEN to choose one); "
                          f"the page takes it from {url}#token={token}", highlight=False, markup=False, soft_wrap=True)
        else:
            console.print("writes need the token in NEWSGRAPH_TOKEN", highlight=False, markup=False)
        uvicorn.run(web, host=host.strip("[]"), port=port, log_level=log_level)
