#!/usr/bin/env python3
"""The README's two clicks on a running `newsgraph serve` (after `make demo`): click the Iran node,
then the Iran-Bolivia AGREE edge; saves demo-click1.png and demo-click2.png in OUT_DIR.

Usage: python scripts/web-two-clicks.py http://127.0.0.1:8765/ OUT_DIR  (needs /usr/bin/chromium)
"""
import sys
from playwright.sync_api import sync_playwright
url = sys.argv[1]; out = sys.argv[2]
with sync_playwright() as p:
    b = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
    pg = b.new_page(viewport={"width": 1500, "height": 950})
    pg.on("pageerror", lambda e: print("pageerror:", e))
    pg.goto(url)
    pg.wait_for_selector("#cy[data-ready=true]", timeout=60000)
    # click 1: the Iran node, where it is drawn
    pt = pg.evaluate("() => window.newsgraph.cy.nodes().filter((x) => x.data('label') === 'Iran').renderedPosition()")
    box = pg.locator("#cy").bounding_box()
    pg.mouse.click(box["x"] + pt["x"], box["y"] + pt["y"])
    pg.wait_for_selector("#entity-page")
    pg.screenshot(path=out + "/demo-click1.png")
    # click 2: the Iran-Bolivia AGREE edge (zoomed onto Iran's neighbourhood as a user would with the wheel)
    eid = pg.evaluate("""() => { const cy = window.newsgraph.cy; const e = cy.edges().filter((e) => e.data('type') === 'AGREE' &&
        [e.source().data('label'), e.target().data('label')].sort().join('|') === 'Bolivia|Iran')[0];
        if (!e) return null; cy.zoom(2); cy.center(e); return e.id(); }""")
    print("edge", eid)
    if eid:
        pt = pg.evaluate("(id) => window.newsgraph.cy.getElementById(id).renderedMidpoint()", eid)
        pg.mouse.click(box["x"] + pt["x"], box["y"] + pt["y"])
        pg.wait_for_selector("#edge-panel")
        print(pg.inner_text("#edge-panel h2"))
        pg.screenshot(path=out + "/demo-click2.png")
    b.close()
