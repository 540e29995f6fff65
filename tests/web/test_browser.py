"""The page in a real browser: Playwright drives Debian's chromium (/usr/bin/chromium, or
$NEWSGRAPH_CHROMIUM; Playwright downloads no browser) against `newsgraph serve`'s app on a
free localhost port, over the session's store of real articles. Without chromium these tests
skip and say why, except under CI=true where that fails.

Set NEWSGRAPH_SCREENSHOTS=DIR to save the main views as PNGs there (docs/screenshots)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.web.conftest import TOKEN

CHROMIUM = os.environ.get("NEWSGRAPH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


def _chromium() -> str:
    if not Path(CHROMIUM).is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"chromium is missing at {CHROMIUM}: CI installs it (apt-get install chromium)")
        pytest.skip(f"chromium not found at {CHROMIUM} (apt-get install chromium, or set NEWSGRAPH_CHROMIUM)")
    return CHROMIUM


def _graph_library() -> None:
    from newsgraph.web.app import node_modules

    if not (node_modules() / "cytoscape" / "dist").is_dir():
        message = f"Cytoscape.js is not installed under {node_modules()} (make setup runs npm ci)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    _graph_library()
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -r requirements.lock)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=["--no-sandbox", "--disable-dev-shm-usage"])
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1500, "height": 950})
    pg = context.new_page()
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(f"{server}#token={TOKEN}")
    pg.wait_for_selector("#cy[data-ready=true]", timeout=60_000)
    yield pg
    context.close()
    assert not errors, errors


def shot(page, name: str) -> None:
    folder = os.environ.get("NEWSGRAPH_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"))


def treaty_edges(page) -> list[dict]:
    """The network's edges between the nodes labelled Iran and Bolivia, as drawn."""
    return page.evaluate("""() => window.newsgraph.cy.edges().filter((e) =>
        [e.source().data('label'), e.target().data('label')].sort().join('|') === 'Bolivia|Iran')
        .map((e) => ({id: e.id(), type: e.data('type')}))""")


def click_edge(page, edge_id: str) -> None:
    """A real mouse click on the drawn edge, at its rendered midpoint."""
    page.evaluate("(id) => { const cy = window.newsgraph.cy; cy.zoom(Math.max(cy.zoom(), 1.6)); cy.center(cy.getElementById(id)); }", edge_id)
    point = page.evaluate("(id) => window.newsgraph.cy.getElementById(id).renderedMidpoint()", edge_id)
    box = page.locator("#cy").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])


def open_treaty(page):
    """As an analyst would: narrow the network to Bolivia's edges, then click the treaty's edge."""
    page.fill("#network-filters input[name=actor]", "Bolivia")
    page.click("#network-filters button[type=submit]")
    page.wait_for_selector("#cy[data-ready=true]")
    edge = next(e for e in treaty_edges(page) if e["type"] == "AGREE")
    click_edge(page, edge["id"])
    page.wait_for_selector("#edge-panel h2:has-text('AGREE')")
    return edge


def test_network_joins_iran_and_bolivia_by_the_treaty_edge(page):
    assert "AGREE" in {e["type"] for e in treaty_edges(page)}
    shot(page, "network")


def test_clicking_the_edge_shows_the_treaty_sentence_highlighted(page):
    open_treaty(page)
    sentence = page.locator("#edge-panel .sentence", has_text="The treaty, signed on July 26").first
    assert sentence.is_visible()
    assert sentence.locator("mark.hl-date").first.inner_text() == "July 26"
    assert sentence.locator("mark.hl-trigger").count() >= 1
    assert sentence.locator("mark.hl-actor").count() >= 1
    card = page.locator("#edge-panel .card.evidence", has=page.locator(".sentence", has_text="The treaty, signed on July 26")).first
    assert card.locator(".article-link").count() == 1 and "conf" in card.inner_text()
    shot(page, "evidence")


def test_ashtianis_entity_page_shows_his_role(page):
    page.fill("#search-input", "Ashtiani")
    page.press("#search-input", "Enter")
    page.locator("#search-entities a", has_text="Ashtiani").first.click()
    page.wait_for_selector("#entity-page")
    roles = page.locator("#entity-page .role-title").all_inner_texts()
    assert any("Defense Minister" in r for r in roles), roles
    shot(page, "entity")


def test_contested_view_shows_the_positions_on_the_drones_purpose(page):
    page.goto(page.url.split("#")[0] + "#/contested?about=drones")
    page.wait_for_selector(".contested .position")
    group = page.locator("section.group", has_text="counter drug trafficking")
    assert group.count() >= 1
    text = group.first.inner_text()
    assert "Edmundo Novillo" in text and "counter drug trafficking and monitor borders" in text
    assert "La Razón" in text and "support Iranian intelligence" in text
    shot(page, "contested")


def test_contested_view_shows_serranos_position_beside_them(page):
    page.goto(page.url.split("#")[0] + "#/contested?about=drones")
    page.wait_for_selector(".contested .position")
    text = page.locator("section.group", has_text="counter drug trafficking").first.inner_text()
    assert "Jorge Serrano" in text and "a joke" in text
    assert "'This deal' refers back" in text  # why a claim naming no drones is about them


def test_markup_in_an_article_shows_as_text(page):
    page.goto(page.url.split("#")[0] + "#/articles")
    page.locator("#articles a", has_text="script injection").click()
    page.wait_for_selector("#article-text")
    body = page.locator("#article-text")
    text = body.inner_text()
    assert '<script>window.pwned = "script"</script>' in text
    assert """<img src="x" onerror="window.pwned = 'img'">""" in text
    assert body.locator("script, img").count() == 0
    assert page.evaluate("() => window.pwned") is None


def test_a_write_without_the_token_is_refused(browser, server):
    context = browser.new_context()
    pg = context.new_page()
    pg.goto(server)
    pg.wait_for_selector("#cy[data-ready=true]", timeout=60_000)
    assert "read-only" in pg.inner_text("#token-state")
    open_treaty(pg)
    pg.locator("#edge-panel button.reject").first.click()
    pg.wait_for_selector("#notice:not([hidden])")
    assert "refused" in pg.inner_text("#notice") and "token" in pg.inner_text("#notice")
    status = pg.evaluate("""async () => (await fetch('/api/identity/split', {method: 'POST',
        headers: {'Content-Type': 'application/json'}, body: JSON.stringify({left: 'Iran'})})).status""")
    assert status == 401
    assert "AGREE" in {e["type"] for e in treaty_edges(pg)}
    context.close()


def test_a_rejection_disappears_from_the_network_and_comes_back_on_undo(page):
    open_treaty(page)
    reports = page.locator("#edge-panel button.reject").count()
    assert reports >= 1
    for _ in range(reports):  # reject every report of the edge, one click each
        page.locator("#edge-panel .card.evidence:not(.rejected) button.reject").first.click()
        page.wait_for_selector("#notice.ok:not([hidden])")
        page.evaluate("() => { document.querySelector('#notice').hidden = true; }")
    page.wait_for_function("""() => window.newsgraph.cy.edges().filter((e) => e.data('type') === 'AGREE' &&
        [e.source().data('label'), e.target().data('label')].sort().join('|') === 'Bolivia|Iran').length === 0""")
    page.goto(page.url.split("#")[0] + "#/review")
    page.wait_for_selector("#judgement-log")
    rows = page.locator("#judgement-log tr[data-action=reject]")
    assert rows.count() == reports
    shot(page, "review")
    for _ in range(reports):
        page.locator("#judgement-log tr[data-action=reject] button.undo").first.click()
        page.wait_for_selector("#notice.ok:not([hidden])")
        page.evaluate("() => { document.querySelector('#notice').hidden = true; }")
    assert page.locator("#judgement-log tr.undone").count() == reports
    page.goto(page.url.split("#")[0] + "#/network")
    page.wait_for_selector("#cy[data-ready=true]")
    page.wait_for_function("() => window.newsgraph && window.newsgraph.cy.edges().length > 0")
    assert "AGREE" in {e["type"] for e in treaty_edges(page)}


def test_article_reader_highlights_the_facts(page):
    page.goto(page.url.split("#")[0] + "#/articles")
    page.locator("#articles a", has_text="Bolivia").first.click()
    page.wait_for_selector("#article-text mark.hl-event")
    assert "story type " in page.inner_text("#reader p.muted")  # the story's main event type, beside the outlet
    page.locator("#article-text mark.hl-event", has_text="The treaty").first.click()
    page.wait_for_selector("#panel .card")
    shot(page, "reader")


def test_an_actor_timeline_says_where_a_date_comes_from(page):
    # the seed: Venezuela "faces U.S. sanctions" (an undated earlier state) and visits dated by
    # the publication day; the page printed both as the bare day, as if the text gave it
    page.goto(page.url.split("#")[0] + "#/timeline?actor=Venezuela")
    page.wait_for_selector("#timeline .item[data-kind=event]")
    events = page.locator("#timeline .item[data-kind=event] .when").all_inner_texts()
    assert any(w.startswith("before 2023-08-26") for w in events), events
    assert any(w.endswith(" (publication)") for w in events), events
    assert all(w == "undated" or w[:4].isdigit() or w.startswith("before ") for w in events), events


def test_timeline_lists_incidents_in_date_order_and_opens_one(page):
    page.goto(page.url.split("#")[0] + "#/timeline")
    page.wait_for_selector("#timeline .item")
    whens = page.locator("#timeline .item .when").all_inner_texts()
    assert whens == sorted(whens)
    page.locator("#timeline .item", has_text="AGREE").first.click(position={"x": 5, "y": 5})
    page.wait_for_selector("#incident-panel .sentence")
    assert "July 26" in page.inner_text("#incident-panel")
    page.evaluate("() => { document.querySelector('#view').scrollTop = 0; }")
    shot(page, "timeline")


def test_the_timeline_form_keeps_a_confidence_floor(page):
    page.goto(page.url.split("#")[0] + "#/timeline?actor=Iran")
    page.wait_for_selector("#timeline .item")
    page.fill("#view form.filters input[name=min_confidence]", "1")
    page.click("#view form.filters button.primary")
    page.wait_for_function("() => location.hash.includes('min_confidence=1')")
    page.wait_for_function("() => document.querySelector('#view input[name=min_confidence]')?.value === '1'"
                           " && !document.querySelector('#timeline .item')")
    assert page.locator("#timeline .item").count() == 0


def test_clicking_a_node_opens_its_entity_page(page):
    page.evaluate("""() => { const cy = window.newsgraph.cy; const n = cy.nodes().filter((x) => x.data('label') === 'Iran');
        cy.zoom(Math.max(cy.zoom(), 1.2)); cy.center(n); }""")
    point = page.evaluate("() => window.newsgraph.cy.nodes().filter((x) => x.data('label') === 'Iran').renderedPosition()")
    box = page.locator("#cy").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    page.wait_for_selector("#entity-page h2:has-text('Iran')")
    assert "IRN" in page.inner_text("#entity-page h2")
    assert page.locator("#entity-page .card.evidence").count() >= 1


def test_merge_from_the_entity_page_is_logged_and_undone(page):
    page.goto(page.url.split("#")[0] + "#/search?q=Novillo")
    page.locator("#search-entities a", has_text="Edmundo Novillo").first.click()
    page.wait_for_selector("#entity-page")
    count = lambda: int(page.inner_text("#entity-page p.muted").split("·")[1].split()[0])  # noqa: E731  observations
    before = count()
    page.fill("#entity-page input[name=other]", "Mohammad Reza Ashtiani")
    page.click("#entity-page button:has-text('Merge into this')")
    page.wait_for_selector("#notice.ok:not([hidden])")
    assert count() > before  # the page redrew Novillo's entity with Ashtiani's observation in it
    page.goto(page.url.split("#")[0] + "#/review")
    row = page.locator("#judgement-log tr[data-kind=identity][data-action=merge]").first
    row.locator("button.undo").click()
    page.wait_for_selector("#judgement-log tr.undone[data-kind=identity]")
    page.goto(page.url.split("#")[0] + "#/search?q=Ashtiani")
    page.wait_for_selector("#search-entities a:has-text('Ashtiani')")  # his own entity again
    assert page.locator("#search-entities a", has_text="Ashtiani").count() == 1
