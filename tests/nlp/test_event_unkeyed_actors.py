"""Named actors left without a key or keyed with the wrong kind (task unkeyed, s17): a capital
filling an actor slot alone stands for its state (Phoenix.Countries.actors lists capitals as
synonyms of their country) while a city that only locates stays a place; an untagged name a
designation sentence names is keyed by what its appositive or pronoun says it is. Fixture
sentences are from the demo corpus (examples/)."""

from __future__ import annotations

import dataclasses

from tests.nlp.linked_events import linked, one, show


def test_a_capital_called_upon_is_its_state(nlp):
    # statedept, Sung Kim on the DPRK: Beijing is asked to act, the Chinese government
    text = ("Special Representative Kim emphasized that the PRC and United States share an interest in ensuring "
            "regional stability, and he called upon Beijing to join Washington in publicly condemning the DPRK's "
            "missile launches.")
    events = one(linked(nlp, text), "called")
    assert all(e.target_key == "country:CHN" for e in events if e.target_text == "Beijing"), show(events)
    assert any(e.target_text == "Beijing" for e in events), show(events)


def test_a_capital_travelled_to_is_the_host_state(nlp):
    # statedept, Robinson's trip: CAMEO/Phoenix code a visit's target as the host state
    text = "Assistant Secretary Robinson is traveling to Riga, Latvia April 3-5."
    events = one(linked(nlp, text), "traveling")
    assert all(not (e.target_key or "").startswith("place:") for e in events), show(events)
    assert any(e.target_key == "country:LVA" for e in events), show(events)


def test_a_city_that_only_locates_an_actor_is_no_state_actor(nlp):
    # statedept, Warsaw meeting: "Reznikov in Warsaw" is Reznikov, never Poland
    text = ("Secretary of State Antony J. Blinken and Secretary of Defense Lloyd J. Austin III met with Ukrainian "
            "Foreign Minister Dmytro Kuleba and Ukrainian Minister of Defence Oleksii Reznikov in Warsaw, Poland, "
            "on the margins of President Biden's trip to Europe.")
    events = one(linked(nlp, text), "met")
    assert all(e.target_key != "country:POL" for e in events), show(events)


def _target(events, trigger):
    found = [e for e in one(events, trigger) if e.type == "SANCTION"]
    assert found, show(events)
    return found[0]


def test_a_designated_name_called_a_company_is_an_organisation(nlp):
    # statedept, Russia's Arctic: the NER read "Fertoing" as a work of art
    text = ("Additionally, we are designating Fertoing, a specialized marine engineering company that produces "
            "remotely operated subsea equipment, among other activities.")
    event = _target(linked(nlp, text), "designating")
    assert event.target_key == "org:fertoing", show([event])


def test_a_designated_name_owned_by_someone_is_an_organisation(nlp):
    # treasury, Timchenko: only an entity is "owned or controlled by" a person (OFAC's wording)
    text = ("Transoil is being designated for being owned or controlled by, or having acted or purported to act "
            "for or on behalf of, directly or indirectly, Gennady Nikolayevich Timchenko, pursuant to section "
            "1(a)(vii) of E.O. 14024.")
    event = _target(linked(nlp, text), "designated")
    assert event.target_key == "org:transoil", show([event])


def test_a_designated_name_called_an_oligarch_is_a_person(nlp):
    # treasury, Nisanov: the appositive says who he is
    text = ("Nisanov, an oligarch with close ties to numerous Russian officials, is being designated pursuant to "
            "E.O. 14024 section 1(a)(vii).")
    event = _target(linked(nlp, text), "designated")
    assert event.target_key == "person:nisanov", show([event])


def test_a_short_name_is_the_organisation_it_opens(nlp):
    # statedept, Iranian petrochemicals: "Triliance" after "Triliance Petrochemical Co. Ltd."
    text = ("The United States is imposing sanctions on a network of front companies that support Triliance "
            "Petrochemical Co. Ltd., an entity instrumental in brokering the sale of Iranian petrochemicals abroad. "
            "Triliance was designated pursuant to E.O. 13846 on January 23, 2020, for facilitating the sale of "
            "Iranian petrochemical and petroleum products.")
    event = _target(linked(nlp, text), "designated")
    assert event.target_key == "org:triliance-petrochemical-co-ltd", show([event])


def test_a_name_listed_with_a_person_is_a_person_not_a_place(nlp):
    # treasury, Timchenko's family: the NER read "Natalya Browning" as a place
    text = ("Elena Petrovna Timchenko and Natalya Browning are each being designated for being a spouse or adult "
            "child of Gennady Nikolayevich Timchenko, pursuant to Section 1(a)(v) of E.O. 14024.")
    events = linked(nlp, text)
    assert all(not (e.target_key or "").startswith("place:") for e in events), show(events)


def test_member_states_are_no_place(nlp):
    # statedept, UN General Assembly: "Member States" are many states, never a place
    text = ("At an Emergency Special Session on February 22 and 23, an overwhelming number of Member States "
            "expressed their ongoing support for Ukraine.")
    events = linked(nlp, text)
    assert all(not (e.source_key or "").startswith("place:") for e in events), show(events)


def test_a_place_right_after_a_title_is_a_person(nlp):
    # statedept, Sherman and Colombia: the NER read "Duque" after "President" as a place
    from newsgraph.nlp.linking import ActorCoder, _person_taken_for_place, _title_before_code
    from newsgraph.nlp.pipeline import make_doc
    from tests.nlp.linked_events import PUBLISHED, STATE

    text = ("Deputy Secretary Sherman commended the government of Colombia for its condemnation of Russia’s actions, "
            "including Colombian President Duque’s strong public rejection of this unjustified aggression in "
            "violation of international law.")
    doc = nlp(make_doc(nlp, text, PUBLISHED, outlet=STATE))
    # entities 0.4.31 now reads the name after the title as a person itself: Colombia's official
    person = (doc._.ng_entities or {}).get("person:duque")
    assert person is not None and (person.acts_for, person.sector) == ("COL", "GOV"), doc._.ng_entities
    # the linker's fallback still holds for a name the NER leaves as a place (the 0.4.30 reading)
    entity = dataclasses.replace(person, key="place:duque", type="place", acts_for=None, sector=None)
    at = text.index("Duque")
    assert _person_taken_for_place(doc, entity, at, at + len("Duque"))
    code = _title_before_code(doc, ActorCoder(doc), at)  # "Colombian President": Colombia's government
    assert code is not None and (code.acts_for, code.sector) == ("COL", "GOV"), code
    sherman = text.index("Sherman")
    assert not _person_taken_for_place(doc, doc._.ng_entities.get("person:sherman"), sherman, sherman + 7)
