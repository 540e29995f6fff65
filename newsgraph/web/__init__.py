"""The analyst's web page and HTTP API (``newsgraph serve``).

``app.create_app`` builds the FastAPI app; ``adapter`` is its one door into the library (the
graph queries, article views, judgements, ingest); ``static/`` holds the page's own ES modules
and CSS, and the graph library (Cytoscape.js) is served from ``node_modules``.
"""
