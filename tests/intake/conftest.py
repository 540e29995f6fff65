"""Intake test helpers: the bundled examples and a local HTTP server (tests never use the internet)."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).parents[2] / "examples"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep pytest output clean
        pass


@pytest.fixture
def serve_dir():
    """Serve a directory on 127.0.0.1 on a free port; yields a function dir -> base URL."""
    servers = []

    def start(directory: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(directory))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
