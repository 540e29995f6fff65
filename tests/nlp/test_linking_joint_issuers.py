"""The issuers of a joint statement (linking/coder.py ``ActorCoder.joint_voice``, task `compound`): read
from the release's opening line when its title names no states, and in the statement's own words
"the two sides" / "both countries" / "our states" (as a subject) and "our <agents>" are its
signatories, as its "we" is. Sentences from the demo corpus (examples/statedept) or in its style."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract
from newsgraph.resolve.actors import agent_sector

STATE = "United States Department of State"


def _events(nlp, text, title, trigger):
    x = extract(text, dt.date(2022, 3, 2), nlp=nlp, outlet=STATE, title=title)
    return [(e.source_key, e.source_acts_for, e.source_sector) for e in x.events if e.trigger.startswith(trigger)]


def test_the_opening_line_names_the_issuers_of_a_joint_statement(nlp):
    # examples/statedept: Joint Statement on Arctic Council Cooperation (2022), a title naming no state
    text = ("Office of the Spokesperson\nCanada, the Kingdom of Denmark, Finland, Iceland, Norway, Sweden, and the "
            "United States issue the following joint statement.\nBegin text:\nWe condemn Russia’s unprovoked "
            "invasion of Ukraine. In light of Russia’s flagrant violation of these principles, our representatives "
            "will not travel to Russia for meetings of the Arctic Council.")
    title = "Joint Statement on Arctic Council Cooperation following Russia’s Invasion of Ukraine"
    # one event per signatory (co-subjects act side by side)
    condemn = _events(nlp, text, title, "condemn")
    assert [key for key, _, _ in condemn] == ["country:CAN", "country:DNK", "country:FIN", "country:ISL",
                                              "country:NOR", "country:SWE", "country:USA"]
    # "our representatives": the signatories' own (not no actor at all), their delegates: GOV
    # (Phoenix GOVERNMENT_REPRESENTATIVE; the bare plural's ~LEG is a chamber's members,
    # actor_sectors.yaml agents_not_alone), not a legislature
    travel = _events(nlp, text, title, "travel")
    assert len(travel) == 7 and all(s == "GOV" for _, _, s in travel)
    assert agent_sector("representatives").sector is None
    # the State Department's other lead-in: "The text of the following statement was released by ..."
    text = ("The text of the following statement was released by the Governments of the United States of America "
            "and India.\nWe condemn the attacks on civilians in Ukraine.")
    condemn = _events(nlp, text, "Joint Statement on Counternarcotics Cooperation", "condemn")
    assert [(key, acts_for) for key, acts_for, _ in condemn] == [("country:USA", "USA"), ("country:IND", "IND")]


def test_both_parties_phrases_as_subject_are_the_issuers(nlp):
    title = "Joint Statement of the United States and Germany on Support for Ukraine"
    text = "Both countries condemn the strikes on civilian infrastructure in Ukraine."
    assert _events(nlp, text, title, "condemn") == [("country:USA", "USA", "GOV"), ("country:DEU", "DEU", "GOV")]
    text = "Our two governments support the energy security of Ukraine."
    assert _events(nlp, text, title, "support") == [("country:USA", "USA", "GOV"), ("country:DEU", "DEU", "GOV")]


def test_both_parties_phrases_outside_a_joint_statement_or_as_target_are_left_alone(nlp):
    # a readout of one state: "both countries" is no group of issuers, "our diplomats" the publisher's
    title = "Secretary Blinken's Call with Foreign Minister Kuleba"
    assert _events(nlp, "Both countries condemn the strikes on civilian infrastructure in Ukraine.", title,
                   "condemn") == [(None, None, "GOV")]
    assert _events(nlp, "Our diplomats will not travel to Russia.", title, "travel") == [(None, "USA", "GOV")]
    # the sides of a conflict a joint statement urges are not its issuers
    x = extract("We urge both sides to exercise restraint and return to talks.", dt.date(2022, 3, 2), nlp=nlp,
                outlet=STATE, title="Joint Statement of the United States and Germany on the Conflict")
    urges = [e for e in x.events if e.trigger.startswith("urge")]
    assert [e.source_key for e in urges] == ["country:USA", "country:DEU"]
    urge = urges[0]
    assert urge.target_key is None \
        and urge.target_acts_for is None


def test_the_words_for_all_parties():
    from newsgraph.nlp.linking import _all_parties

    for before, words in ((["the"], ["two", "sides"]), ([], ["both", "countries"]), (["both"], ["countries"]),
                          ([], ["our", "two", "governments"]), ([], ["our", "states"])):
        assert _all_parties(before, words), (before, words)
    # near misses: no word for all the parties, or the party noun is not the span's head
    for before, words in (([], ["two", "countries"]), ([], ["the", "countries"]), (["the"], ["countries"]),
                          ([], ["the", "leaders", "of", "both", "countries"]), ([], ["our", "partners"])):
        assert not _all_parties(before, words), (before, words)


def test_an_obligation_in_a_joint_statements_own_words_is_its_signatories(nlp):
    # a G7 statement the State Department publishes (style of examples/statedept G7 statements):
    # "X must ..." in the statement's own words is the signatories' DEMAND, as their "we" is, not
    # the publishing state's
    text = ("We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the "
            "United States of America, and the High Representative of the European Union, condemn the attack on "
            "Ukraine. Belarus must immediately end its support for the invasion and withdraw its forces.")
    title = "G7 Foreign Ministers’ Statement on the War Against Ukraine"
    x = extract(text, dt.date(2022, 3, 2), nlp=nlp, outlet=STATE, title=title)
    condemn = next(e for e in x.events if e.type == "DISAPPROVE")
    [demand] = [e for e in x.events if e.type == "DEMAND"]
    # a named group (the G7's ministers) keeps its own entity: one event, not one per member
    assert demand.source_key == condemn.source_key == "org:g7-foreign-ministers-of-canada", demand.explanation
    assert demand.target_key == "country:BLR"
    # under a title naming two issuing states, too
    text = "Both countries condemn the strikes. Russia must end its attacks on civilian infrastructure in Ukraine."
    x = extract(text, dt.date(2022, 3, 2), nlp=nlp, outlet=STATE,
                title="Joint Statement of the United States and Germany on Support for Ukraine")
    demands = [(e.source_key, e.source_acts_for) for e in x.events if e.type == "DEMAND"]
    assert demands == [("country:USA", "USA"), ("country:DEU", "DEU")]


def test_an_obligation_in_a_release_of_one_state_stays_the_publishers(nlp):
    x = extract("Belarus must immediately end its support for the invasion and withdraw its forces.",
                dt.date(2022, 3, 2), nlp=nlp, outlet=STATE, title="Secretary Blinken's Call with Foreign Minister Kuleba")
    [demand] = [e for e in x.events if e.type == "DEMAND"]
    assert (demand.source_key, demand.source_acts_for) == ("country:USA", "USA")


# a statement several states' ministers sign, told in the State Department's lead-in for such a
# text and closed by the list of signatories, one a line led by its state (style of the
# examples/statedept sport ministers' statements); the title names no issuer
_SIGNED = ("The text of the following statement was agreed upon by the ministers of health from the countries "
           "listed at the bottom of the statement.\nBegin text:\nWe, as a group of like-minded nations, condemn "
           "the attacks on hospitals in Ukraine.\nInternational health organizations should consider suspending "
           "the membership of Russian medical associations.\nSigned by the following ministers or their "
           "equivalents:\nCanada: Jean Tremblay, Minister of Health\nFrance: Marie Dubois, Minister of Health and "
           "Prevention\nNorway\nOle Hansen, Minister of Health and Care Services\nUnited States of America: John "
           "Smith, Assistant Secretary for Global Affairs\n")


def test_a_closing_list_of_signatories_names_a_statements_voice(nlp):
    x = extract(_SIGNED, dt.date(2022, 7, 5), nlp=nlp, outlet=STATE, title="Statement on Russia’s War and Health")
    condemn = [e.source_key for e in x.events if e.type == "DISAPPROVE"]
    assert condemn == ["country:CAN", "country:FRA", "country:NOR", "country:USA"], condemn
    # the agentless recommendation to parties no state places is the signatories' DEMAND (each's)
    demand = [e for e in x.events if e.type == "DEMAND"][0]
    assert demand.target_text == "International health organizations" and demand.target_acts_for is None
    assert demand.source_key == condemn[0], demand.explanation


def test_a_recommendation_to_unplaced_parties_in_a_release_of_one_state_names_no_demander(nlp):
    # no list of signatories: the release is one state's, and its obligation on bodies no state
    # places is not put on the publisher (``_publisher_demands`` needs a target of another state);
    # left with no doer, the DEMAND is no event at all (events 0.8.90, codebook "Required entities")
    text = _SIGNED.split("Signed by")[0]
    x = extract(text, dt.date(2022, 7, 5), nlp=nlp, outlet=STATE, title="Statement on Russia’s War and Health")
    demands = [e for e in x.events if e.type == "DEMAND"]
    assert [d.source_key for d in demands] == [], [d.explanation for d in demands]
