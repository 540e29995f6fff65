"""A description of a state's government that acts for one state is keyed as that state, and a bare title
acting for one state is the one holder of that title in that state the article names (task
srcsame, s16; linking 0.3.34-srcsame: linking._key_government_descriptions), as "the Cuban regime"
and an agentless act's "authorities" are. Fixture sentences are from the demo corpus (examples/),
contrasts marked."""

from __future__ import annotations

import pytest

import datetime as dt

from newsgraph.nlp.linking import _government_description
from newsgraph.nlp.pipeline import extract
from tests.nlp.linked_events import linked, show


def test_the_military_regime_is_keyed_as_its_state(nlp):
    # statedept, United States and Allies Impose Additional Sanctions on the Burmese Military Regime (trimmed)
    text = ("The United States is imposing sanctions on five Burmese individuals in response to Burma’s brutal "
            "crackdown. Since the February 2021 military coup in Burma, the military regime has only intensified "
            "its violent crackdown and killed more than 1,700 people, including women, children, and aid workers.")
    events = [e for e in linked(nlp, text) if e.source_text == "military regime"]
    assert events, show(events)
    assert all(e.source_key == "country:MMR" and e.source_acts_for == "MMR" for e in events), \
        [(e.trigger, e.source_key, e.source_acts_for) for e in events]


def test_only_a_singular_unowned_government_noun_is_a_description():
    assert _government_description("the Administration")
    assert _government_description("military regime")
    assert _government_description("government")
    # contrasts: an owned, plural or other head, a name
    assert not _government_description("My Administration")
    assert not _government_description("governments")
    assert not _government_description("Regime security forces")
    assert not _government_description("Biden-Harris Administration")


def test_a_bare_title_is_its_one_holder_of_the_same_state(nlp):
    # whitehouse, Readout of President Joseph R. Biden Jr. Call with President Xi Jinping (2022-03-18, trimmed)
    text = ("President Joseph R. Biden, Jr. spoke today with President Xi Jinping of the People’s Republic of China "
            "(PRC). The President underscored his support for a diplomatic resolution to the crisis.")
    events = [e for e in linked(nlp, text, outlet="The White House") if e.source_text == "President"]
    assert events, show(events)
    assert all(e.source_acts_for == "USA" and e.source_key and "biden" in e.source_key for e in events), \
        [(e.trigger, e.source_key, e.source_acts_for) for e in events]


def test_a_bare_title_speaker_is_its_one_holder_of_the_same_state(nlp):
    # a statement's speaker is keyed as an event's actor is (linking 0.3.460): whitehouse, Readout of
    # President Joseph R. Biden Jr. Call with President Xi Jinping (2022-03-18, trimmed)
    text = ("President Joseph R. Biden, Jr. spoke today with President Xi Jinping of the People’s Republic of China "
            "(PRC). The President reiterated that U.S. policy on Taiwan has not changed.")
    x = extract(text, dt.date(2022, 3, 18), nlp=nlp, outlet="The White House")
    spoken = [s for s in x.statements if (s.speaker_text or "").strip() == "The President"]
    assert spoken, [(s.speaker_text, s.content) for s in x.statements]
    assert all(s.speaker_acts_for == "USA" and s.speaker_key and "biden" in s.speaker_key for s in spoken), \
        [(s.speaker_text, s.speaker_key, s.speaker_acts_for) for s in spoken]


def test_a_bare_title_speaker_with_two_holders_of_its_state_stays_open(nlp):
    # contrast (constructed): two U.S. Secretaries named, the speaker "the Secretary" keys no one here
    text = ("Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin met in Washington on Monday. "
            "Later, the Secretary said that the talks were productive.")
    x = extract(text, dt.date(2022, 3, 18), nlp=nlp, outlet="U.S. Department of State")
    spoken = [s for s in x.statements if (s.speaker_text or "").strip().lower() == "the secretary"]
    assert spoken, [(s.speaker_text, s.content) for s in x.statements]
    assert all(s.speaker_key is None for s in spoken), [(s.speaker_text, s.speaker_key) for s in spoken]


def test_a_bare_title_with_two_holders_of_its_state_stays_open(nlp):
    # contrast (constructed): two U.S. Secretaries named, "the Secretary" is left to coreference
    text = ("Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin met in Washington. "
            "The Secretary pledged to support Ukraine.")
    events = linked(nlp, text)
    assert any(e.trigger.startswith("pledged") for e in events), show(events)
    assert not any("is the one Secretary" in (e.explanation or "") for e in events), show(events)


def test_a_government_noun_after_a_line_break_in_its_name_is_not_keyed_by_the_publisher(nlp):
    # whitehouse, statement on the extradition of "El Nini" (the sentence splitter cuts "Mexican\nGovernment")
    text = "Today, the Mexican\nGovernment extradited Nestor Isidro Perez Salaz to the United States to face justice."
    events = [e for e in linked(nlp, text, outlet="The White House") if e.trigger.startswith("extradited")]
    assert events, "the extradition is an event"
    assert all(e.source_key != "country:USA" for e in events), [(e.trigger, e.source_key) for e in events]
    # the state cut off by the line break is the office's own (linking 0.3.301), with the receiving
    # state as the target of the extradition (events 0.7.470)
    assert [(e.source_key, e.target_key) for e in events] == [("country:MEX", "country:USA")], show(events)


def test_a_bare_title_is_its_holder_now_not_one_of_a_dated_past(nlp):
    # statedept, The Administration's Approach to the People's Republic of China (2022-05-26, trimmed):
    # Nixon held the title "50 years ago"; the bare "President" names its holder at the time of writing
    text = ("Now, the China of today is very different from the China of 50 years ago, when President Nixon broke "
            "decades of strained relations. President Biden reinforced these priorities this week with his trip to "
            "the region. Together, IPEF members make up more than a third of the global economy. Thirteen "
            "countries have already joined. The President also took part in the leaders’ summit of the Quad "
            "countries.")
    events = [e for e in linked(nlp, text, outlet="United States Department of State", published=dt.date(2022, 5, 26))
              if e.source_text == "President"]
    assert events, show(events)
    assert all(e.source_key == "person:biden" and e.source_acts_for == "USA" for e in events), \
        [(e.trigger, e.source_key, e.source_acts_for) for e in events]


def test_a_states_title_is_its_one_holder_not_the_state(nlp):
    # globalvoices-2009, Morocco: Reactions to Obama's Cairo Speech (trimmed): "the American president" is
    # the one U.S. president the article names, never country:USA
    text = ("US President Barack Obama's Cairo address to the Muslim world sparked a blaze of reactions. "
            "Abdelhak al'Koush launched a strong attack on the American president in a discourteous post.")
    events = [e for e in linked(nlp, text, outlet="Global Voices") if e.target_text == "American president"]
    assert events, show(events)
    assert all(e.target_key == "person:barack-obama" and e.target_acts_for == "USA" for e in events), \
        [(e.trigger, e.target_key, e.target_acts_for) for e in events]


def test_a_past_holders_description_is_the_person_the_clause_names(nlp):
    # statedept, The Administration's Approach to the People's Republic of China (2022-05-26): "the first
    # U.S. president to visit" is Nixon (the subject of "become"), a person of the state, not the state
    text = ("Now, the China of today is very different from the China of 50 years ago, when President Nixon broke "
            "decades of strained relations to become the first U.S. president to visit the country.")
    events = [e for e in linked(nlp, text, outlet="United States Department of State", published=dt.date(2022, 5, 26))
              if e.trigger == "visit"]
    assert events, show(events)
    assert all(e.source_key == "person:nixon" and e.source_acts_for == "USA" for e in events), \
        [(e.trigger, e.source_key, e.source_acts_for) for e in events]


def test_a_states_title_with_no_holder_named_is_unkeyed_not_the_state(nlp):
    # statedept, press availability with Ukraine's Prime Minister (2022-04-22, trimmed): no prime minister is
    # named, so the slot is a Ukrainian official left unkeyed (its state kept), not country:UKR
    text = ("It’s a pleasure to welcome Ukraine’s prime minister here to the State Department after a couple of "
            "days in Washington, most notably with President Biden.")
    events = [e for e in linked(nlp, text, outlet="United States Department of State")
              if e.source_text == "Ukraine’s prime minister"]
    assert events, show(events)
    assert all(e.source_key is None and e.source_acts_for == "UKR" and e.source_sector == "GOV" for e in events), \
        [(e.trigger, e.source_key, e.source_acts_for, e.source_sector) for e in events]


def test_a_demonym_titled_name_the_ner_missed_is_the_person_not_the_state(nlp):
    # statedept, Secretary Blinken's and Secretary Austin's Meeting with Ukrainian Foreign Minister Kuleba and
    # Defense Minister Reznikov (2022-03-26): the demonym opens the minister's title, the name is the actor
    text = ("Secretary of State Antony J. Blinken and Secretary of Defense Lloyd J. Austin III met with Ukrainian "
            "Foreign Minister Dmytro Kuleba and Ukrainian Minister of Defence Oleksii Reznikov in Warsaw, Poland.")
    events = [e for e in linked(nlp, text) if "Reznikov" in (e.target_text or "")]
    assert events, show(events)
    assert all(e.target_key == "person:oleksii-reznikov" and e.target_acts_for == "UKR" for e in events), \
        [(e.trigger, e.target_key, e.target_acts_for) for e in events]


def test_state_title_words_are_a_title_with_an_optional_domain():
    from newsgraph.nlp.linking import _state_title_words

    assert _state_title_words(["Minister", "of", "Defence"])
    assert _state_title_words(["Foreign", "Minister"])
    # contrasts: a name word inside the domain, a lone "of", no title head
    assert not _state_title_words(["Minister", "of", "Health", "José"])
    assert not _state_title_words(["Minister", "of"])
    assert not _state_title_words(["Ministry", "of", "Defence"])


def test_a_title_of_a_state_is_a_person_of_it_not_the_state(nlp):
    # statedept, Secretary Blinken on sanctions against Cuban officials (2021-07-30, trimmed): "the leader of
    # Cuba’s military" heads its phrase, a person of Cuba whom the text does not name: unkeyed, Cuban
    text = ("On July 22, the United States imposed sanctions on the leader of Cuba’s military in response to "
            "the violent suppression of peaceful protesters.")
    events = [e for e in linked(nlp, text) if (e.target_text or "").startswith("leader of")]
    assert events, show(events)
    assert all(e.target_key is None and e.target_acts_for == "CUB" for e in events), \
        [(e.trigger, e.target_key, e.target_acts_for) for e in events]


def _speakers(nlp, text, outlet):
    """(speaker text, key, acts_for) of each statement after the whole pipeline."""
    from newsgraph.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, text, dt.date(2009, 6, 1), outlet=outlet))
    return [(s.speaker_text, s.speaker_key, s.speaker_acts_for) for s in doc._.ng_statements or []]


def test_a_speakers_state_title_is_the_person_its_appositive_names(nlp):
    # globalvoices-2009, Africa: Homosexuality (trimmed): each title is its appositive's person, not the state
    text = ("The Zimbabwean President, Robert Mugabe once described gays as worse than dogs and pigs. "
            "Former Namibia's President, Sam Nujoma, once stated that “Homosexuals must be condemned and rejected "
            "in our society.”")
    speakers = _speakers(nlp, text, "Global Voices")
    # since statements 0.4.20 the name after the title is the speaker's text ("Sam Nujoma")
    nujoma = [s for s in speakers if "Namibia" in (s[0] or "") or "Nujoma" in (s[0] or "")]
    assert nujoma, speakers
    assert all(key == "person:sam-nujoma" and state == "NAM" for _, key, state in nujoma), speakers


def test_a_speakers_state_titled_name_is_the_person_not_the_state(nlp):
    # wikinews-gum, New Zealand flag referendum (2015, trimmed): the state's name outweighed the name after it
    text = ("New Zealand's Prime Minister John Key said, \"I think it is time for a change\".")
    speakers = _speakers(nlp, text, "Wikinews")
    key = [s for s in speakers if "John Key" in (s[0] or "")]
    assert key, speakers
    assert all(k == "person:john-key" and state == "NZL" for _, k, state in key), speakers


@pytest.mark.parametrize("text, expected", [
    # linking 0.3.361: a state name cut off the office by a line break is the office's state ...
    ("Today the Kenyan\nGovernment", "KEN"),
    ("Today the Kenyan \n  Government", "KEN"),
    # ... a capitalised word on the same line (a surname, a U.S. state, a word after a comma) is not
    ("Senator Jordan Government", None),
    ("We thank Georgia, Government", None),
    ("the Kenyan-led\nGovernment", None),
])
def test_a_state_word_before_a_slot_counts_only_across_a_line_break(text, expected):
    import spacy

    from newsgraph.nlp.linking import _state_word_before

    doc = spacy.blank("en")(text)
    _word, country = _state_word_before(doc, text.rindex("Government"))
    assert (country.alpha3 if country is not None else None) == expected
