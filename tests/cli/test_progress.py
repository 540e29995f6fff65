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
    assert out.getvalue().strip() == ""  # (rich ends a transient bar with a bare newline)
