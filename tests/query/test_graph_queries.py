"""The cross-article questions: events, statements, contested claims, entity pages, networks,
timelines; every row names its articles and sentences; rejected facts hidden unless asked."""

from __future__ import annotations

import pytest

from newsgraph.errors import InvalidRequestError, NotFoundError
from newsgraph.identity.resolver import AmbiguousReferenceError
from newsgraph.query import graph as q
from newsgraph.store import repository
from tests.graph.articles import MINISTER, STRIKER, TREATY_DIALOGO, TREATY_RAZON, store_article


@pytest.fixture
def treaty_store(store):
    store_article(store, TREATY_DIALOGO)
    store_article(store, TREATY_RAZON)
    store_article(store, MINISTER)
    store_article(store, STRIKER)
    return store


def test_events_filter_by_actor_type_dates_and_outlet(treaty_store):
    rows = q.events(treaty_store, actor="Iran", type="AGREE", since="2023-01", until="2023-12")
    assert len(rows) == 2
    assert all(r["evidence"][0]["sentence"] and r["evidence"][0]["article_id"] for r in rows)
    assert q.events(treaty_store, actor="Iran", since="2024-01") == []
    assert len(q.events(treaty_store, actor="Iran", outlet="La Razón")) == 1
    assert len(q.events(treaty_store, country="BOL", min_confidence=0.5, status="asserted")) == 2
    with pytest.raises(NotFoundError):
        q.events(treaty_store, actor="Atlantis")


def test_rejected_events_hidden_unless_asked(treaty_store):
    rows = q.events(treaty_store, actor="Iran", outlet="La Razón")
    repository.add_judgement(treaty_store, author="ana", action="reject", fact_key=rows[0]["fact_key"], reason="test")
    # the judgement applies on read: the next query rebuilds the judged article's graph rows
    assert q.events(treaty_store, actor="Iran", outlet="La Razón") == []
    shown = q.events(treaty_store, actor="Iran", outlet="La Razón", include_rejected=True)
    assert shown and shown[0]["judgement"] == "rejected"


def test_statements_and_contested_claims_side_by_side(treaty_store):
    by = q.statements(treaty_store, speaker="Edmundo Novillo")
    assert by and "drug trafficking" in by[0]["content"]
    assert by[0]["attribution"] == ["Edmundo Novillo", "Diálogo Américas"]
    groups = q.contested(treaty_store, about="drones")
    speakers = set(groups[0]["speakers"])
    assert {"Edmundo Novillo", "La Razón"} <= speakers
    assert q.statements(treaty_store, about="Iran")


def test_entity_page_network_and_timeline(treaty_store):
    page = q.entity(treaty_store, "Edmundo Novillo")
    assert page["identity"]["type"] == "person"
    assert page["roles"][0]["title"] == "Defense Minister"
    assert page["statements_by"]
    net = q.network(treaty_store, around="Iran", depth=2)
    assert any(e["type"] == "AGREE" and e["outlets"] == 2 for e in net["edges"])
    items = q.timeline(treaty_store, actor="Edmundo Novillo")
    assert [i["when"] for i in items] == sorted(i["when"] for i in items)
    assert {i["kind"] for i in items} == {"statement"} and items[0]["statement_kind"] == "indirect"
    frame = q.as_frame(q.entities(treaty_store, type="country"))
    assert {"IRN", "BOL"} <= set(frame["code"])


def test_a_surname_alone_names_every_person_who_carries_it(treaty_store):
    # "Safadi" names one person; "Hassan" names the minister and the striker, two identities,
    # so the user is shown both ids rather than silently given one
    assert q.entity(treaty_store, "Safadi")["identity"]["name"] == "Ayman Safadi"
    with pytest.raises(AmbiguousReferenceError) as err:
        q.entity(treaty_store, "Hassan")
    assert err.value.code == "ambiguous_reference" and "give an id" in str(err.value)


def test_a_filter_value_that_can_never_match_is_an_error(treaty_store):
    assert q.events(treaty_store, actor="Iran", type="agree")  # case does not matter
    for bad, source in (({"type": "FOO"}, "FOO"), ({"status": "done"}, "done"),
                        # a date names its parameter: "notadate" alone does not say which bound it was
                        ({"since": "notadate"}, "since"), ({"until": "notadate"}, "until")):
        with pytest.raises(InvalidRequestError) as err:
            q.events(treaty_store, **bad)
        assert err.value.code == "invalid_request" and err.value.source == source
    with pytest.raises(InvalidRequestError):
        q.incidents(treaty_store, type="FOO")


def test_a_statements_evidence_is_its_whole_sentence_not_its_content(store):
    # as an event's evidence is its sentence, a statement's is the sentence that holds its
    # speaker, cue and content: "a victory for diplomacy" alone says nothing of who said it
    from tests.graph.articles import ArticleSpec
    import datetime as dt
    text = ("The talks in Geneva ended on Friday. "
            "Foreign Minister Lena Varga told reporters the outcome was a victory for diplomacy. "
            "Delegates left the hall. Journalists waited outside. Varga later added the deal would hold.")
    spec = ArticleSpec("Geneva talks end", "Daily Ledger", dt.datetime(2024, 5, 3), text,
                       entities={"person:lena-varga": ("Lena Varga", "person", "HUN", ["Lena Varga"])},
                       statements=[("person:lena-varga", "Lena Varga", "a victory for diplomacy", None),
                                   ("person:lena-varga", "Lena Varga", "the deal would hold", None)])
    store_article(store, spec)
    rows = {r["content"]: r for r in q.statements(store, speaker="Lena Varga")}
    victory = rows["a victory for diplomacy"]["evidence"][0]
    assert victory["sentence"] == "Foreign Minister Lena Varga told reporters the outcome was a victory for diplomacy."
    assert text[victory["span"][0]:victory["span"][1]] == victory["sentence"]
    at = text.find("a victory for diplomacy")
    assert victory["content_span"] == [at, at + len("a victory for diplomacy")]
    # the fixture's speaker offset is the first "Lena Varga", three sentences before this one:
    # a speaker named paragraphs earlier does not pull those sentences in
    hold = rows["the deal would hold"]["evidence"][0]
    assert hold["sentence"] == "Varga later added the deal would hold."


def test_an_actor_filter_resolves_names_as_entity_does(treaty_store):
    # "Hassan" names the minister and the striker: every actor filter says so, listing both ids,
    # rather than answering for an arbitrary one of them or for none
    for call in (lambda: q.events(treaty_store, actor="Hassan"),
                 lambda: q.events(treaty_store, actor="Ahmed Hassan"),
                 lambda: q.statements(treaty_store, speaker="Hassan"),
                 lambda: q.statements(treaty_store, about="Hassan"),
                 lambda: q.timeline(treaty_store, actor="Hassan"),
                 lambda: q.network(treaty_store, around="Hassan")):
        with pytest.raises(AmbiguousReferenceError) as err:
            call()
        assert err.value.code == "ambiguous_reference" and "names 2 entities" in err.value.message
    # the id entity's error names gives the minister's meeting
    minister = next(r for r in q.entities(treaty_store, name="Ahmed Hassan") if r["country"] == "EGY")
    [met] = q.events(treaty_store, actor=str(minister["id"]))
    assert (met["type"], met["source"]["name"]) == ("CONSULT", "Ahmed Hassan")
    # a name of one identity, an ISO code and a country's name still filter; an unknown name is not_found
    assert q.events(treaty_store, actor="Safadi") and q.events(treaty_store, actor="IRN") == q.events(treaty_store, actor="Iran")
    with pytest.raises(NotFoundError):
        q.timeline(treaty_store, actor="Atlantis")


def test_entity_type_filter_ignores_case(treaty_store):
    people = q.entities(treaty_store, type="person")
    assert people and q.entities(treaty_store, type="PERSON") == people


def test_every_listing_keeps_only_facts_at_or_above_a_confidence(treaty_store):
    # the fixture's events are stored at confidence 0.8 and its statements at 0.7
    assert q.events(treaty_store, actor="Iran", min_confidence=0.8)
    assert q.events(treaty_store, actor="Iran", min_confidence=0.81) == []
    assert q.network(treaty_store, around="Iran", depth=2, min_confidence=0.5)["edges"]
    assert q.network(treaty_store, around="Iran", depth=2, min_confidence=0.9)["edges"] == []
    assert q.incidents(treaty_store, actor="Iran", min_confidence=0.8)
    assert q.incidents(treaty_store, actor="Iran", min_confidence=0.9) == []
    said = q.statements(treaty_store, speaker="Edmundo Novillo", min_confidence=0.7)
    assert said and all(s["confidence"] >= 0.7 for s in said)
    assert q.statements(treaty_store, speaker="Edmundo Novillo", min_confidence=0.75) == []
    assert q.timeline(treaty_store, actor="Edmundo Novillo", min_confidence=0.7)
    assert q.timeline(treaty_store, actor="Edmundo Novillo", min_confidence=0.75) == []
    assert q.timeline(treaty_store, actor="Iran", min_confidence=0.75) and \
        q.timeline(treaty_store, actor="Iran", min_confidence=0.85) == []


@pytest.mark.parametrize("bad", [-0.1, 1.5, float("nan")])
def test_a_confidence_outside_0_to_1_is_an_error_not_an_empty_list(treaty_store, bad):
    with pytest.raises(InvalidRequestError) as raised:
        q.events(treaty_store, min_confidence=bad)
    assert raised.value.code == "invalid_request" and raised.value.source == "min_confidence"


def test_a_network_lists_the_edges_between_the_neighbours_too(treaty_store):
    # the maintained edges and the dated path (any date filter) give the same edges
    plain = q.network(treaty_store, around="Iran", depth=2)
    dated = q.network(treaty_store, around="Iran", depth=2, since="1900")
    assert {(e["source"], e["target"], e["type"]) for e in plain["edges"]} == \
        {(e["source"], e["target"], e["type"]) for e in dated["edges"]}
