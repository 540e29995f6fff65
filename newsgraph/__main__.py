"""``python -m newsgraph``: the same command as the ``newsgraph`` script."""

from newsgraph.cli.main import app

if __name__ == "__main__":
    app(prog_name="newsgraph")
