"""Reports of one event across outlets become one incident; disagreement on dates is shown."""

from __future__ import annotations

import datetime as dt

from newsgraph.graph.incidents import date_interval
from newsgraph.intake.model import RawArticle
from newsgraph.query import graph as q
from newsgraph.store import repository
from tests.graph.articles import TREATY_DIALOGO, TREATY_RAZON, extraction_for, store_article


def test_two_outlets_same_event_one_incident_two_reports(store):
    store_article(store, TREATY_DIALOGO)
    store_article(store, TREATY_RAZON)
    found = q.incidents(store, type="AGREE")
    assert len(found) == 1
    incident = found[0]
    assert incident["reports"] == 2 and incident["articles"] == 2 and incident["independent_outlets"] == 2
    assert {a["code"] for a in incident["actors"]} == {"IRN", "BOL"}      # either order: AGREE is symmetric
    # Diálogo says July 26, La Razón July 20: shown side by side, not averaged
    assert incident["dates_agree"] is False
    assert [d["date"] for d in incident["dates"]] == ["2023-07-20", "2023-07-26"]
    assert incident["first_reported"].startswith("2023-07-24") and incident["last_reported"].startswith("2023-08-26")
    assert {r["outlet"] for r in incident["report_rows"]} == {"Diálogo Américas", "La Razón"}


def test_syndicated_copy_counts_once(store):
    store_article(store, TREATY_DIALOGO)
    copy = RawArticle(text="Republished with permission.\n\n" + TREATY_DIALOGO.text, source="fixture:copy",
                      title=TREATY_DIALOGO.title, outlet="Some Aggregator", published=dt.datetime(2023, 8, 27))
    saved = repository.save_article(store, copy)
    assert saved.near_duplicates
    shifted = TREATY_DIALOGO.__class__(**{**TREATY_DIALOGO.__dict__, "text": copy.text})
    repository.save_extraction(store, saved.article_id, extraction_for(shifted))
    incident = q.incidents(store, type="AGREE")[0]
    assert incident["articles"] == 2 and incident["independent_outlets"] == 1


def test_dates_far_apart_are_two_incidents(store):
    store_article(store, TREATY_DIALOGO)
    later = TREATY_RAZON.__class__(**{**TREATY_RAZON.__dict__, "events": [("AGREE", "signed", "country:BOL", "country:IRN", "2024-02-01", "asserted")]})
    store_article(store, later)
    assert len(q.incidents(store, type="AGREE")) == 2


def test_date_interval_follows_precision():
    assert date_interval("2023-07-26") == (dt.date(2023, 7, 26), dt.date(2023, 7, 26))
    assert date_interval("2023-07") == (dt.date(2023, 7, 1), dt.date(2023, 7, 31))
    assert date_interval("2023") == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert date_interval("2023-Q3") == (dt.date(2023, 7, 1), dt.date(2023, 9, 30))
    assert date_interval("PRESENT_REF") == (None, None)


def test_one_outlet_dating_two_calls_differently_reports_two_events(store):
    first = TREATY_RAZON.__class__(**{**TREATY_RAZON.__dict__, "events": [("AGREE", "signed", "country:BOL", "country:IRN", "2023-07-20", "asserted")]})
    second = TREATY_RAZON.__class__(**{**TREATY_RAZON.__dict__, "title": "Second accord", "published": dt.datetime(2023, 7, 26),
                                       "text": TREATY_RAZON.text.replace("July 20", "July 24"),
                                       "events": [("AGREE", "signed", "country:BOL", "country:IRN", "2023-07-24", "asserted")]})
    store_article(store, first)
    store_article(store, second)
    assert len(q.incidents(store, type="AGREE")) == 2


_RUS = ("Russia", "country", "RUS", ["Russia", "Russian"])
_UKR = ("Ukraine", "country", "UKR", ["Ukraine", "Ukrainian"])


def _strike(outlet: str, day: int, text: str, trigger: str, status: str):
    from tests.graph.articles import ArticleSpec

    return ArticleSpec(f"{outlet} on the war, day {day}", outlet, dt.datetime(2024, 6, day), text,
                       entities={"country:RUS": _RUS, "country:UKR": _UKR},
                       events=[("ASSAULT", trigger, "country:RUS", "country:UKR", f"2024-06-{day:02d}", status)])


def test_a_scenario_is_no_report_of_the_attack_that_happened(store):
    store_article(store, _strike("Kyiv Post", 3, "Russian forces shelled Ukraine overnight.", "shelled", "asserted"))
    store_article(store, _strike("Analyst Weekly", 4, "A worst case would involve Russian strikes on Ukraine.", "strikes",
                                 "hypothetical"))
    found = q.incidents(store, type="ASSAULT")
    assert sorted(i["reports"] for i in found) == [1, 1]  # two incidents: the attack, and the scenario apart
    # near-miss control: a second outlet reporting the attack as happened corroborates it
    store_article(store, _strike("Ukrinform", 4, "Russia shelled Ukraine again.", "shelled", "asserted"))
    assert sorted(i["reports"] for i in q.incidents(store, type="ASSAULT")) == [1, 2]
