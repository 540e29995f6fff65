"""Generic actors that refer back to named ones (linking, descriptions): "these partners" after
a list of named states and bodies, "the unit" after a named brigade, and a joint statement
whose title lists an international organisation among its issuers."""

import datetime as dt

from newsgraph.nlp.pipeline import make_doc

from tests.nlp.linked_events import linked, show


def test_these_partners_are_the_named_members_of_the_list_before(nlp):
    text = ("We are working with the Government of Moldova, the European Union, and the United Nations "
            "to help refugees. We are closely coordinating with these partners to assess needs.")
    events = [e for e in linked(nlp, text) if e.trigger == "coordinating"]
    assert {e.target_key for e in events} >= {"org:european-union", "org:united-nations"}, show(events)
    assert all(e.target_key for e in events), show(events)


def test_these_allies_split_into_the_states_just_listed(nlp):
    text = ("France, Germany and Italy pledged new air defense systems this week. "
            "The United States thanked these allies for their leadership.")
    events = [e for e in linked(nlp, text) if e.trigger == "thanked"]
    assert sorted(e.target_key for e in events) == ["country:DEU", "country:FRA", "country:ITA"], show(events)


def test_partners_without_a_demonstrative_stay_generic(nlp):
    text = ("France, Germany and Italy pledged air defense systems for Ukraine. "
            "The United States thanked its partners for their leadership.")
    events = [e for e in linked(nlp, text) if e.trigger == "thanked"]
    assert events and all(e.target_key not in ("country:FRA", "country:DEU", "country:ITA") for e in events), show(events)


def test_the_unit_is_the_brigade_named_before(nlp):
    text = ("Investigators documented abuses by Russia's 155th Separate Guards Naval Infantry Brigade near Vuhledar. "
            "The government of Ukraine accused the unit of war crimes.")
    events = [e for e in linked(nlp, text) if e.trigger == "accused"]
    assert events and events[0].target_key and "brigade" in events[0].target_key, show(events)
    assert "named before" in events[0].explanation


def test_the_unit_needs_a_named_formation(nlp):
    text = ("Investigators documented abuses by Russian forces near Vuhledar. "
            "The government of Ukraine accused the unit of war crimes.")
    events = [e for e in linked(nlp, text) if e.trigger == "accused"]
    assert all(not e.target_key for e in events), show(events)


def test_an_organisation_in_a_joint_title_is_a_signatory(nlp):
    text = ("The following statement was released by the Secretary of State, the EU High Representative, "
            "and the Canadian Minister of Foreign Affairs.\nBegin text:\n"
            "We call for the release of all political prisoners in Nicaragua.")
    doc = nlp(make_doc(nlp, text, dt.date(2021, 6, 25), outlet="U.S. Department of State",
                       title="U.S.-EU-Canada: Joint Statement on Nicaragua"))
    events = [e for e in doc._.ng_events or [] if e.trigger == "call"]
    # each signatory acts in the title's order, the organisation by its own entity
    assert [e.source_key for e in events] == ["country:USA", "org:eu", "country:CAN"], show(events)


def test_the_unit_takes_no_publishers_state_by_default(nlp):
    text = ("Today the Department of State is designating Russian military units for abuses in Russia's war. "
            "Russia's government has denied every report. "
            "The Department is designating the 155th Separate Guards Naval Infantry Brigade. "
            "While operating in Vuhledar, Ukraine, this unit killed numerous civilians.")
    events = [e for e in linked(nlp, text) if e.trigger.startswith("killed")]
    assert events and events[0].source_key and "brigade" in events[0].source_key, show(events)
    # a brigade whose state nothing tells is not the publisher's (State Department) by default
    assert events[0].source_acts_for != "USA", show(events)

