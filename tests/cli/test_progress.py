"""Progress lines for a stderr that is no terminal (make, CI logs), where rich draws no live bar."""
import io

from rich.console import Console

from newsgraph.cli import main


def test_a_known_total_prints_a_line_at_each_tenth_and_at_the_end(monkeypatch):
    out = io.StringIO()
    monkeypatch.setattr(main, "err_console", Console(file=out, force_terminal=False, width=120))
    with main._progress(25, "extracting") as bar:
        task = bar.add_task("extract", total=25)
        for _ in range(25):
            bar.advance(task)
    lines = out.getvalue().splitlines()
    # every second item is a tenth of 25 (integer step 2), and the last line is the total
    assert lines[0].startswith("extracting: 2/25 (")
    assert lines[-1].startswith("extracting: 25/25 (")
    assert len(lines) == 13


def test_few_items_or_an_unknown_total_print_no_line(monkeypatch):
    out = io.StringIO()
    monkeypatch.setattr(main, "err_console", Console(file=out, force_terminal=False, width=120))
    for total in (main.PROGRESS_THRESHOLD, None):
        with main._progress(total, "reading") as bar:
            task = bar.add_task("read", total=total)
            for _ in range(3):
                bar.advance(task)
    assert out.getvalue() == ""  # not even the bare newline a stopped rich bar prints


def test_resolve_prints_its_progress_while_it_rebuilds_the_graph(tmp_path, monkeypatch):
    # `resolve` after `extract --again` rebuilds every article (minutes on the demo store): it says
    # how far it is, sized by the articles pending before it starts
    from typer.testing import CliRunner

    from newsgraph.store.db import open_store
    from tests.graph.articles import MINISTER, STRIKER, TREATY_DIALOGO, TREATY_RAZON, store_article

    path = tmp_path / "g.db"
    store = open_store(str(path))
    for spec in (TREATY_DIALOGO, TREATY_RAZON, MINISTER, STRIKER):
        store_article(store, spec)
    out = io.StringIO()
    monkeypatch.setattr(main, "err_console", Console(file=out, force_terminal=False, width=120))
    monkeypatch.setattr(main, "PROGRESS_THRESHOLD", 1)
    result = CliRunner().invoke(main.app, ["--db", str(path), "resolve"])
    assert result.exit_code == 0, result.output
    assert "4 article(s) resolved" in result.output
    lines = out.getvalue().splitlines()
    assert lines[-1].startswith("resolving: 4/4 (")
