"""The linker attaches speakers, cited outlets and event actors to entities."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract


def test_person_actor_acts_for_the_state_of_their_role(nlp):
    x = extract("In June, Iranian President Ebrahim Raisi visited Venezuela, Nicaragua, and Cuba.", dt.date(2023, 8, 1), nlp=nlp)
    visits = [e for e in x.events if e.type == "CONSULT"]
    assert {e.target_key for e in visits} == {"country:VEN", "country:NIC", "country:CUB"}
    assert all(x.entities[e.source_key].name == "Ebrahim Raisi" for e in visits)
    assert {e.source_affiliation_key for e in visits} == {"country:IRN"}


def test_cited_outlet_is_the_organisation_not_the_country_its_adjective_names(nlp):
    from newsgraph.nlp.linking import link_facts
    from newsgraph.nlp.types import Statement

    text = "Foreign Minister Carlos Faria said the two countries would expand trade, official Russian news agency TASS reported."
    doc = nlp(text)
    via_start = text.index("official")
    statement = Statement("indirect", text.index("the two"), text.index(", official"), "the two countries would expand trade",
                          speaker_start=0, speaker_end=text.index(" said"), via="official Russian news agency TASS",
                          via_start=via_start, via_end=text.index(" reported"))
    doc._.ng_statements = [statement]
    doc._.ng_events = []
    link_facts(doc)
    assert statement.via_key == "org:tass"
    assert statement.speaker_key == "person:carlos-faria"


def test_split_quote_content_is_joined_in_order(nlp):
    from newsgraph.nlp.linking import join_content_parts
    from newsgraph.nlp.types import Statement

    text = "“Iran is advancing,” Serrano said. “Venezuela is the main promoter.”"
    doc = nlp(text)
    first = (1, text.index(",”"))
    second = (text.index("Venezuela"), text.index(".”") + 1)
    statement = Statement("direct", *first, text[first[0]:first[1]], content_parts=[second])
    join_content_parts(doc, statement)
    assert statement.content == "Iran is advancing Venezuela is the main promoter."
    assert (statement.content_start, statement.content_end) == first


def test_cited_outlet_without_a_mention_is_found_by_name(nlp):
    from newsgraph.nlp.linking import link_facts
    from newsgraph.nlp.types import EntityRecord, Statement

    text = "He dismissed the criticism as exaggerated, IRNA reported."
    doc = nlp(text)
    doc._.ng_entities = {**(doc._.ng_entities or {}), "org:irna": EntityRecord("org:irna", "IRNA", "organization")}
    doc._.ng_mentions = [m for m in doc._.ng_mentions or [] if m.text != "IRNA"]
    statement = Statement("indirect", 3, 40, text[3:40], via="IRNA", via_start=text.index("IRNA"), via_end=text.index(" reported"))
    doc._.ng_statements = [statement]
    doc._.ng_events = []
    link_facts(doc)
    assert statement.via_key == "org:irna"


def test_we_in_a_government_release_is_that_government(nlp):
    x = extract("We condemn the strikes on civilian infrastructure in Ukraine.", dt.date(2022, 10, 11), nlp=nlp,
                outlet="The White House Briefing Room")
    condemn = next(e for e in x.events if e.type == "DISAPPROVE")
    assert condemn.source_key == "country:USA"
    assert (condemn.source_acts_for, condemn.source_sector) == ("USA", "GOV")
    we = next(m for m in x.mentions if m.text == "We")
    assert (we.entity_key, we.kind) == ("country:USA", "pronoun")


def test_we_in_a_news_outlets_copy_is_no_state(nlp):
    x = extract("We condemn the strikes on civilian infrastructure in Ukraine.", dt.date(2022, 10, 11), nlp=nlp,
                outlet="Global Voices")
    assert all(e.source_key != "country:USA" and e.source_acts_for is None for e in x.events)


def test_the_department_is_its_state(nlp):
    x = extract("The Department urged Iran to release the detained journalists.", dt.date(2022, 5, 3), nlp=nlp,
                outlet="U.S. Department of State press releases")
    demand = next(e for e in x.events if e.type == "DEMAND")
    assert demand.source_key == "country:USA"
    assert (demand.source_acts_for, demand.source_sector) == ("USA", "GOV")
    assert (demand.target_acts_for, demand.target_sector) == ("IRN", "GOV")


def test_transcript_speaker_is_the_person_named_earlier(nlp):
    text = ("Ned Price, Department Spokesperson\nWashington, DC\n"
            "MR PRICE: We will now turn to questions. We will take two from each delegation.\n")
    x = extract(text, dt.date(2022, 1, 19), nlp=nlp, outlet="U.S. Department of State")
    said = next(s for s in x.statements if s.speaker_text == "MR PRICE")
    assert said.speaker_key == "person:ned-price"
    assert (said.speaker_acts_for, said.speaker_sector) == ("USA", "GOV")


def test_every_actor_carries_the_state_and_sector_it_acts_for(nlp):
    x = extract("In June, Iranian President Ebrahim Raisi visited Venezuela, Nicaragua, and Cuba. "
                "Israeli troops attacked protesters in Gaza.", dt.date(2023, 8, 1), nlp=nlp)
    visits = [e for e in x.events if e.type == "CONSULT"]
    assert {(e.source_acts_for, e.source_sector) for e in visits} == {("IRN", "GOV")}
    assert {e.target_acts_for for e in visits} == {"VEN", "NIC", "CUB"}
    assault = next(e for e in x.events if e.type == "ASSAULT")
    assert (assault.source_acts_for, assault.source_sector) == ("ISR", "MIL")
    assert assault.target_sector == "OPP"


def test_entities_carry_their_state_and_sector(nlp):
    x = extract("Iran's Defense Minister Mohammad Reza Ashtiani met officials of Hezbollah and the "
                "European Union in Tehran.", dt.date(2023, 8, 1), nlp=nlp)
    minister = x.entities["person:mohammad-reza-ashtiani"]
    assert (minister.acts_for, minister.sector) == ("IRN", "GOV")
    assert (x.entities["country:IRN"].acts_for, x.entities["country:IRN"].sector) == ("IRN", "GOV")
    sectors = {e.name: e.sector for e in x.entities.values() if e.type == "organization"}
    assert sectors.get("Hezbollah") == "REB"
    assert sectors.get("European Union") == "IGO"


def test_a_title_without_a_state_takes_the_office_holders_state(nlp):
    x = extract("The United States calls on President Daniel Ortega to release the candidates.",
                dt.date(2021, 6, 9), nlp=nlp, outlet="U.S. Department of State press releases")
    ortega = x.entities["person:daniel-ortega"]
    assert (ortega.acts_for, ortega.sector) == ("NIC", "GOV")


def test_a_states_title_in_an_institutions_release_is_the_publishers(nlp):
    x = extract("Vice President Kamala Harris met today with President Isaac Herzog of Israel in Munich, Germany. "
                "The Vice President reiterated her support.", dt.date(2024, 2, 16), nlp=nlp,
                outlet="The White House")
    harris = x.entities["person:kamala-harris"]
    assert (harris.acts_for, harris.sector) == ("USA", "GOV")
    herzog = x.entities["person:isaac-herzog"]
    assert herzog.acts_for == "ISR"


def test_a_demonym_inside_the_speaker_phrase_does_not_stand_for_the_speaker(nlp):
    # the adjective names the country; the phrase's head (the agency, the president) speaks
    x = extract("The ministers signed the accord in Tehran on Monday, official Iranian news agency IRNA reported. "
                "Iranian President Raisi said the accord would last.", dt.date(2023, 8, 26), nlp=nlp)
    speakers = {s.cue: s.speaker_key for s in x.statements}
    assert speakers["reported"] == "org:irna"
    assert speakers["said"].startswith("person:")


def test_a_foreign_counterpart_in_a_release_does_not_take_the_publishers_state(nlp):
    # the publisher's official is the subject; the counterpart beside another state's capital
    # is not assumed to serve the publisher
    x = extract("National Security Advisor Jake Sullivan met with General Zhang Youxia in Beijing on Tuesday.",
                dt.date(2024, 8, 28), nlp=nlp, outlet="The White House")
    assert x.entities["person:jake-sullivan"].acts_for == "USA"
    assert x.entities["person:zhang-youxia"].acts_for is None


def test_a_last_name_only_one_states_office_holders_carry_names_that_state(nlp):
    # "President Putin": the title says a state, the last name (Phoenix office holders) says
    # which one, and the article names Russia
    x = extract("President Biden said President Putin ordered Russian forces into Ukraine.",
                dt.date(2022, 2, 24), nlp=nlp, outlet="The White House")
    assert x.entities["person:putin"].acts_for == "RUS"
    assert x.entities["person:biden"].acts_for == "USA"


def test_i_in_a_signed_release_is_its_signer(nlp):
    # state.gov statements open with the signature line "Name, Title"
    text = ("Antony J. Blinken, Secretary of State\nOn behalf of the United States, I congratulate the people "
            "of Peru for making their voices heard in free and fair elections.\n")
    x = extract(text, dt.date(2021, 7, 20), nlp=nlp, outlet="U.S. Department of State")
    praise = next(e for e in x.events if e.type == "SUPPORT")
    assert praise.source_key == "person:antony-j-blinken"
    assert praise.source_acts_for == "USA"


def test_i_in_a_transcript_turn_is_the_turns_speaker_and_a_question_stays_unresolved(nlp):
    text = ("Ned Price, Department Spokesperson\nWashington, D.C.\n"
            "MR PRICE: Good afternoon. I spoke this morning with Japanese Foreign Minister Hayashi.\n"
            "QUESTION: Thank you. I have a question on Russia.\n")
    x = extract(text, dt.date(2022, 5, 3), nlp=nlp, outlet="U.S. Department of State")
    first_person = [m for m in x.mentions if m.text == "I"]
    assert [m.entity_key for m in first_person] == ["person:ned-price"]
    call = next(e for e in x.events if e.type == "CONSULT")
    assert (call.source_key, call.target_acts_for) == ("person:ned-price", "JPN")


def test_i_under_a_joint_byline_is_left_unresolved(nlp):
    text = ("Antony J. Blinken, Secretary of State\nDmytro Kuleba, Ukrainian Foreign Minister\n"
            "I welcome the decision of the Council.\n")
    x = extract(text, dt.date(2022, 2, 23), nlp=nlp, outlet="U.S. Department of State")
    assert not any(m.entity_key for m in x.mentions if m.text == "I")


def test_an_event_needs_a_political_actor_on_one_side(nlp):
    # PLOVER codes political interactions between political actors: a company's campaign is no
    # event; the police arresting someone is, and so are students protesting in a named state
    business = extract("Microsoft launched a campaign against Internet Explorer 6.",
                       dt.date(2009, 7, 1), nlp=nlp)
    assert business.events == []
    students = extract("Tens of thousands of university students throughout Indonesia staged mass demonstrations "
                       "Saturday to demand political reform.", dt.date(1998, 5, 2), nlp=nlp)
    assert any(e.type == "PROTEST" and "places the actor" in e.explanation for e in students.events)
    police = extract("Police arrested Ahmed Mohamed at his school in Irving.", dt.date(2015, 9, 16), nlp=nlp)
    arrest = next(e for e in police.events if e.type == "COERCE")
    assert arrest.source_sector == "POL"
    assert "political-actor" in arrest.explanation


def test_an_executive_office_in_a_states_release_is_that_state(nlp):
    text = ("The Department of the Treasury’s Office of Foreign Assets Control (OFAC) is designating "
            "70 entities, many of which are critical to Russia’s defense industrial base.")
    x = extract(text, dt.date(2022, 6, 28), nlp=nlp, outlet="United States Department of State")
    designation = next(e for e in x.events if e.type == "SANCTION")
    assert (designation.source_acts_for, designation.source_sector) == ("USA", "GOV")
    x = extract("The State Department is also designating one Singapore-based entity, Everwin Ship Management Pte. "
                "Ltd., which has engaged in the transport of Iranian petroleum products.", dt.date(2022, 7, 6), nlp=nlp,
                outlet="United States Department of State")
    designation = next(e for e in x.events if e.type == "SANCTION")
    assert designation.source_acts_for == "USA"


def test_a_demonym_opening_a_bodys_name_gives_its_state(nlp):
    from newsgraph.nlp.linking import ActorCoder

    doc = nlp("Nunzio Galantino spoke.")
    assert ActorCoder(doc).for_text("secretary general of CEI (Italian Episcopal Conference)").acts_for == "ITA"
    assert ActorCoder(doc).for_text("the Taliban").acts_for == "AFG"


def test_a_definite_group_noun_is_the_state_of_its_earlier_mention(nlp):
    text = ("A U.S. delegation traveled to Paraguay, Panama and El Salvador from June 28 to July 1. "
            "The delegation met with Paraguayan President Mario Abdo Benitez in Asuncion.")
    x = extract(text, dt.date(2021, 7, 1), nlp=nlp, outlet="United States Department of State")
    meeting = next(e for e in x.events if e.target_key == "person:mario-abdo-benitez")
    assert (meeting.source_text, meeting.source_acts_for) == ("delegation", "USA")


def test_a_state_body_in_its_governments_release_and_a_missed_title_take_the_publisher(nlp):
    x = extract("The Biden-Harris Administration will impose financial sanctions on drug traffickers.",
                dt.date(2023, 4, 11), nlp=nlp, outlet="The White House")
    assert {e.source_acts_for for e in x.events} == {"USA"}
    x = extract("Assistant Secretary of State for Educational and Cultural Affairs (ECA) Lee Satterfield will "
                "travel to Brazil from July 7-12, 2022.", dt.date(2022, 7, 1), nlp=nlp,
                outlet="United States Department of State")
    visit = next(e for e in x.events if e.target_key == "country:BRA")
    assert (visit.source_acts_for, visit.source_sector) == ("USA", "GOV")


def test_an_office_of_a_state_institution_acts_for_its_state(nlp):
    # a post or office inside a state's institution acts for that state: "State Department"
    # is Phoenix's "Department of State", "White House Office of ..." an office of "White House"
    x = extract("Jeff Rathke, the State Department Spokesperson, said, \"We urge the governments of the region to "
                "work together quickly to save the lives of migrants now at sea\".", dt.date(2015, 5, 20), nlp=nlp,
                outlet="Wikinews")
    urge = next(e for e in x.events if e.type == "DEMAND")
    assert (urge.source_key, urge.source_acts_for, urge.source_sector) == ("person:jeff-rathke", "USA", "GOV")
    x = extract("Senior officials from Departments of State and Defense will travel to Brussels, Belgium on July 29 "
                "to brief Allies at NATO headquarters.", dt.date(2021, 7, 27), nlp=nlp,
                outlet="United States Department of State")
    assert any(e.source_acts_for == "USA" and "Departments of State" in (e.source_text or "") for e in x.events)
    x = extract("Last week, the White House Office of Public Engagement convened over 90 Latino leaders from the "
                "Venezuelan community to discuss the Administration’s ongoing efforts.", dt.date(2023, 12, 4),
                nlp=nlp, outlet="The White House")
    convened = next(e for e in x.events if e.type == "CONSULT")
    assert (convened.source_acts_for, convened.source_sector) == ("USA", "GOV")
    # the Venezuelan community the White House meets are residents of the United States
    assert (convened.target_acts_for, convened.target_sector) == ("USA", "CVL")


def test_state_institution_prefix_needs_an_office_of_it():
    from newsgraph.resolve.actors import named_actor, state_institution_prefix

    assert named_actor("State Department").acts_for == "USA"
    assert state_institution_prefix("White House Press Secretary").acts_for == "USA"
    assert state_institution_prefix("White House Correspondents' Association") is None
    assert state_institution_prefix("White House") is None  # the institution itself: named_actor's


def test_ministers_of_a_named_group_act_as_the_group(nlp):
    text = ("We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom, and the "
            "United States of America, and the High Representative of the European Union reiterate our profound "
            "condemnation of Russia’s unprovoked and unjustifiable war of choice against Ukraine.")
    x = extract(text, dt.date(2022, 5, 14), nlp=nlp, outlet="United States Department of State")
    condemn = next(e for e in x.events if e.type == "DISAPPROVE")
    assert (condemn.source_acts_for, condemn.source_sector) == (None, "IGO")
    assert condemn.target_acts_for == "RUS"
    # where the article names the group on its own, the group is the source
    x = extract("G7 Foreign Ministers’ Statement on Russia and Ukraine\n\n" + text, dt.date(2022, 5, 14), nlp=nlp,
                outlet="United States Department of State")
    condemn = next(e for e in x.events if e.type == "DISAPPROVE")
    assert (condemn.source_key, condemn.source_sector) == ("org:g7", "IGO")


def test_americans_by_descent_are_americans(nlp):
    text = ("The Administration will continue to meet with Cuban American leaders and stakeholders as they work "
            "to help elevate the voices of demonstrators in Cuba.")
    x = extract(text, dt.date(2021, 7, 22), nlp=nlp, outlet="The White House")
    # "will continue to meet": a promised meeting, AGREE with the consult mode (task pledges)
    meet = next(e for e in x.events if e.type == "CONSULT" or (e.mode or "").startswith("consult"))
    assert (meet.target_acts_for, meet.target_sector) == ("USA", "CVL")
    from newsgraph.resolve.actors import hyphenated_american

    assert hyphenated_american("Haitian-Americans") and not hyphenated_american("Latin American leaders")


def test_an_unresolved_i_outside_a_state_channel_is_no_source(nlp):
    # a blog roundup's "I" nobody is found to be is no actor an analyst can name (linked-actors);
    # in a state institution's own release the "I" is its signer, and the act stays
    blog = extract("I support Obama, at least in comparison to his war-mongering colleagues.",
                   dt.date(2009, 6, 5), nlp=nlp, outlet="Global Voices")
    assert blog.events == []
    release = extract("I condemn Russia's brutal war against Ukraine.", dt.date(2022, 7, 1), nlp=nlp,
                      outlet="The White House")
    assert [(e.type, e.source_text, e.target_key) for e in release.events] == [("DISAPPROVE", "I", "country:RUS")]


def test_a_title_running_into_a_state_institution_gives_its_state(nlp):
    # no role is extracted from the conjoined title; the state institution it names places him
    text = ("Today, Senior Advisor and Director of the White House Office of Public Engagement Cedric Richmond and "
            "Senior Director for the Western Hemisphere for the National Security Council Juan Gonzalez met with "
            "Cuban American leaders to listen to their policy recommendations.")
    x = extract(text, dt.date(2021, 7, 30), nlp=nlp, outlet="The White House")
    meeting = next(e for e in x.events if e.source_key == "person:cedric-richmond")
    assert (meeting.source_acts_for, meeting.source_sector) == ("USA", "GOV")
    assert (meeting.target_acts_for, meeting.target_sector) == ("USA", "CVL")


def test_object_them_takes_the_earlier_they_not_its_own_subject(nlp):
    x = extract("Russia didn’t leave Kyiv or the outskirts of Kyiv by its own free will; it was pushed out and "
                "pushed back by Ukrainians and they were using many of the systems we provided them.",
                dt.date(2022, 5, 1), nlp=nlp)
    aid = next(e for e in x.events if e.type == "AID")
    assert (aid.target_text, aid.target_acts_for) == ("them", "UKR")


def test_a_title_coref_resolved_is_the_events_target(nlp):
    x = extract("National Security Advisor Jake Sullivan met members of the incoming administration of\n"
                "President-elect Luiz Inácio Lula da Silva. Mr. Sullivan also met with President-elect "
                "Lula and members of his\ntransition team, during which he congratulated the President-elect on\n"
                "his election victory.", dt.date(2022, 12, 6), nlp=nlp)
    praise = next(e for e in x.events if e.type == "SUPPORT")
    assert praise.target_key == "person:luiz-inacio-lula-da-silva"


def test_object_pronoun_target_is_not_the_source(nlp):
    x = extract("Vice President Kamala Harris spoke today with President-elect Claudia\nSheinbaum of Mexico and "
                "congratulated her on her historic election as\nthe next President of Mexico.  The Vice President "
                "reaffirmed the\nimportance of the relationship.",
                dt.date(2024, 6, 13), nlp=nlp)
    praise = next(e for e in x.events if e.type == "SUPPORT")
    assert (praise.source_key, praise.target_key, praise.target_acts_for) == \
        ("person:kamala-harris", "person:claudia-sheinbaum", "MEX")


def test_a_delegation_led_is_no_target_the_body_it_goes_to_is(nlp):
    # CAMEO 036 "lead + delegation": the delegation is the source's own; the target is the "to" phrase
    x = extract("While in Vienna, Assistant Secretary Robinson will lead the U.S. delegation to the 65th session of "
                "the United Nations Commission on Narcotic Drugs.", dt.date(2022, 3, 12), nlp=nlp)
    lead = next(e for e in x.events if e.trigger.startswith("lead"))
    assert "delegation" not in (lead.target_text or "")
    assert lead.target_text == "United Nations Commission on Narcotic Drugs"


def test_object_them_looks_no_further_than_its_sentence(nlp):
    x = extract("The United States is immensely grateful for the tireless dedication and commitment of our locally "
                "employed staff and contractors at U.S. Mission Russia. We thank them for their contributions to the "
                "overall operations.", dt.date(2022, 5, 1), nlp=nlp)
    assert all(e.target_acts_for != "USA" or e.target_text != "them" for e in x.events)


def test_the_state_a_led_delegation_names_is_no_target(nlp):
    x = extract("Deputy Assistant Secretary for Western Hemisphere Affairs Emily Mendrala led the U.S. interagency "
                "delegation, and Cuba’s Vice Foreign Minister Carlos Fernandez de Cossio led the Cuban delegation.",
                dt.date(2022, 4, 21), nlp=nlp)
    led = [e for e in x.events if e.trigger.startswith("led")]
    # the state the delegation's own words name is the source's side, never its target; the
    # target is the other delegation's leader (task pairs: the meeting's other side); the other
    # leader's mirror of it is the same meeting, kept once (task dupacts)
    assert {(e.source_text, e.target_text, e.target_acts_for) for e in led} == {
        ("Emily Mendrala", "Carlos Fernandez de Cossio", "CUB")}


def test_we_of_a_joint_statement_is_its_signatories_not_the_publisher(nlp):
    # the first "We" is in apposition to the signatories; every later "we" of the text is theirs
    text = ("We, the Foreign Ministers of Austria, Brazil, Colombia, Croatia, Cyprus, and the United States of "
            "America, condemn the arrests of protestors in Cuba. We call on the Cuban government to respect the "
            "legally guaranteed rights of the Cuban people.")
    x = extract(text, dt.date(2021, 7, 26), nlp=nlp, outlet="United States Department of State")
    assert x.events
    # each signatory acts, one event per state (co-subjects side by side: "Chile, Norway and Japan
    # welcome ..."), in the sector of the appositive's officials
    condemn = [e for e in x.events if e.type == "DISAPPROVE"]
    assert [e.source_key for e in condemn] == ["country:AUT", "country:BRA", "country:COL", "country:HRV",
                                               "country:CYP", "country:USA"]
    assert all(e.source_acts_for == e.source_key[-3:] and e.source_sector == "GOV" for e in x.events)


def test_we_of_a_named_groups_statement_is_the_group(nlp):
    text = ("The text of the following statement was released by the G7 foreign ministers.\n\n"
            "We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom, and the "
            "United States of America, reiterate our condemnation of Russia’s war against Ukraine. "
            "We support investigations by the Prosecutor of the International Criminal Court.")
    x = extract(text, dt.date(2022, 5, 14), nlp=nlp, outlet="United States Department of State")
    support = next(e for e in x.events if e.type == "SUPPORT")
    assert (support.source_key, support.source_acts_for, support.source_sector) == ("org:g7", None, "IGO")
    # a release that opens no joint voice keeps "we" as the publisher
    x = extract("We support investigations by the Prosecutor of the International Criminal Court.",
                dt.date(2022, 5, 14), nlp=nlp, outlet="United States Department of State")
    assert next(e for e in x.events if e.type == "SUPPORT").source_acts_for == "USA"


def test_a_title_subject_with_its_holder_in_apposition_is_the_holder(nlp):
    # the NER reads "National Security Advisor" as an organisation and the parse makes it the
    # subject; the role says whose title it is
    text = ("Principal Deputy National Security Advisor  Jon Finer hosted Colombian Acting Foreign Minister Luis "
            "Murillo and his delegation at the White House on April 11, 2024.")
    x = extract(text, dt.date(2024, 4, 12), nlp=nlp, outlet="The White House")
    hosted = next(e for e in x.events if e.type == "CONSULT")
    # a hosted visit is coded visitor -> host (PLOVER CONSULT)
    assert (hosted.target_key, hosted.target_acts_for) == ("person:jon-finer", "USA")
    assert hosted.source_key == "person:luis-murillo"


def test_a_foreign_official_met_beside_one_state_is_that_states(nlp):
    text = ("On Friday, July 22, Principal Deputy National Security Advisor Jon Finer traveled to Colombia and met "
            "with President Ivan Duque, President-Elect Gustavo Petro, and Vice President-Elect Francia Marquez.")
    x = extract(text, dt.date(2022, 7, 23), nlp=nlp, outlet="The White House")
    # (the meeting on the trip is the visit's: "traveled" targets whom it met, task actors10)
    met = {e.target_key: (e.target_acts_for, e.target_sector) for e in x.events if e.trigger in ("met", "traveled")}
    assert met["person:gustavo-petro"] == ("COL", "GOV")
    assert met["person:ivan-duque"] == ("COL", "GOV")
    assert x.entities["person:jon-finer"].acts_for == "USA"
    from newsgraph.resolve.actors import agent_sector

    assert agent_sector("President-Elect").sector == "GOV"


def test_a_body_introduced_by_a_state_agent_noun_is_the_state_its_sentence_names(nlp):
    text = ("On March 1, Russia’s Prosecutor General ordered the communications authority RosKomNadzor to restrict "
            "access to the independent outlets Radio Ekho Moskvy and Dozhd TV. RosKomNadzor has threatened to "
            "block other online platforms if they do not comply.")
    x = extract(text, dt.date(2022, 3, 4), nlp=nlp, outlet="United States Department of State")
    threat = next(e for e in x.events if e.type == "THREATEN")
    assert (threat.source_key, threat.source_acts_for, threat.source_sector) == ("org:roskomnadzor", "RUS", "GOV")


def test_a_nationality_premodifying_a_name_gives_the_persons_state(nlp):
    x = extract("The Department seeks information on Iranian cyber actors Seyyed Mohammad Hosein Musa Kazemi and "
                "Sajjad Kashian.", dt.date(2022, 11, 18), nlp=nlp, outlet="United States Department of State")
    assert {e.target_key: e.target_acts_for for e in x.events} == {
        "person:seyyed-mohammad-hosein-musa-kazemi": "IRN", "person:sajjad-kashian": "IRN"}
    x = extract("OFAC is designating Russian elite Yevgeniy Prigozhin, who has been previously designated.",
                dt.date(2022, 3, 3), nlp=nlp, outlet="United States Department of State")
    assert x.entities["person:yevgeniy-prigozhin"].acts_for == "RUS"
    # a capitalised word that is no nationality breaks the phrase: the nationality gives no state;
    # the journalists are the outlet's ("American Current TV" is placed as its name says: roles
    # 0.2.2, a plural title before a list of names), so they act for its state
    x = extract("North Korea sentenced American Current TV journalists Laura Ling and Euna Lee to 12 years.",
                dt.date(2009, 6, 8), nlp=nlp)
    assert x.entities["person:laura-ling"].acts_for == x.entities["org:american-current-tv"].acts_for == "USA"
    assert x.entities["person:laura-ling"].sector == "MED"


def test_a_nationality_before_or_in_apposition_to_a_bodys_name_gives_its_state(nlp):
    text = ("Marine Trans Shipping LLC, a Russian maritime shipping company that transports weapons for the GoR, is "
            "being designated by the United States. OFAC imposed sanctions on Nicaraguan state-owned mining company "
            "ENIMINAS. Today, the Department of State has designated the Uzbekistan-based Promcomplektlogistic "
            "Private Company.")
    x = extract(text, dt.date(2023, 5, 19), nlp=nlp, outlet="United States Department of State")
    targets = {e.target_key: e.target_acts_for for e in x.events if e.type == "SANCTION"}
    assert targets["org:marine-trans-shipping-llc"] == "RUS"
    assert targets["org:eniminas"] == "NIC"
    assert targets["org:promcomplektlogistic-private-company"] == "UZB"


def test_a_government_named_by_its_leaders_is_the_state_its_sentence_names(nlp):
    text = ("In the lead up to Nicaragua’s November 2021 sham elections, the Ortega-Murillo regime arbitrarily "
            "detained dozens of political opponents and pro-democracy leaders.")
    x = extract(text, dt.date(2022, 10, 24), nlp=nlp, outlet="The White House")
    detained = next(e for e in x.events if e.type == "COERCE")
    assert (detained.source_acts_for, detained.source_sector) == ("NIC", "GOV")


def test_a_relative_introduced_by_kinship_takes_the_owners_state(nlp):
    text = ("Yevgeniy Prigozhin, a Russian elite, is designated. Today, OFAC also is designating Prigozhin’s wife "
            "Polina, daughter Lyubov, and son Pavel, who play various roles in his business enterprise. We are "
            "imposing sanctions on Maria Lavrova, the wife of Russia’s Foreign Minister.")
    x = extract(text, dt.date(2022, 3, 3), nlp=nlp, outlet="United States Department of State")
    targets = {e.target_key: (e.target_acts_for, e.target_sector) for e in x.events if e.type == "SANCTION"}
    assert targets["person:lyubov"] == ("RUS", None)
    assert targets["person:maria-lavrova"] == ("RUS", None)


def test_a_name_in_apposition_to_a_phrase_naming_a_state_is_that_states(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:233): the division is one of the
    # "three Russian Federation military units", not American because the release is
    text = ("The Department of State is designating three Russian Federation military units, the 76th Guards Air "
            "Assault Division and its subordinate 234th Guards Airborne Assault Regiment. According to credible "
            "reports, the 76th Guards Air Assault Division has been directly implicated in violence against unarmed "
            "civilians in Bucha, as well as beating detained persons.")
    x = extract(text, dt.date(2022, 8, 2), nlp=nlp, outlet="United States Department of State")
    assert (x.entities["org:76th-guards-air-assault-division"].acts_for,
            x.entities["org:76th-guards-air-assault-division"].sector) == ("RUS", "MIL")
    assault = next(e for e in x.events if e.type == "ASSAULT")
    assert assault.source_acts_for == "RUS"


def test_a_signature_lines_title_places_the_signer_and_a_turns_we_is_its_speakers(nlp):
    # a joint press availability (examples/statedept/articles_geopolitics.jsonl:86): "Dmytro
    # Kuleba, Ukrainian Foreign Minister" on the signature line; the "we" of his turn is
    # Ukraine, the "we" of the Secretary's turn the United States
    text = ("Antony J. Blinken, Secretary of State\nDmytro Kuleba, Ukrainian Foreign Minister\nWashington, D.C.\n"
            "SECRETARY BLINKEN: Good afternoon, everyone. Just about 10 days ago, we provided an additional loan "
            "guarantee of a billion dollars to Ukraine.\n"
            "FOREIGN MINISTER KULEBA: Budapest Memorandum is not a collective defense treaty. But we do believe that "
            "the decisions taken in 1994 when the memorandum was – Budapest Memorandum was concluded, they should be "
            "respected because we sacrificed a lot to – to make a long story short, we did a lot to strengthen global "
            "security by abandoning our nuclear arsenal.\n")
    x = extract(text, dt.date(2022, 2, 22), nlp=nlp, outlet="United States Department of State")
    assert x.entities["person:dmytro-kuleba"].acts_for == "UKR"  # his whole name: no "Dmytro" cut off its line
    loan = next(e for e in x.events if e.trigger == "provided")
    assert (loan.source_text, loan.source_acts_for) == ("we", "USA")
    from newsgraph.nlp.linking import _resolve_actor, ActorCoder
    from newsgraph.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, text, dt.date(2022, 2, 22), None, "United States Department of State"))
    start = text.index("we sacrificed")
    key, code = _resolve_actor(doc, ActorCoder(doc), None, "we", start, start + 2)
    assert (key, code.acts_for) == ("country:UKR", "UKR")


def test_a_press_questions_we_speaks_for_no_state(nlp):
    from newsgraph.nlp.linking import _resolve_actor, ActorCoder
    from newsgraph.nlp.pipeline import make_doc

    text = ("Ned Price, Department Spokesperson\nMR PRICE: Good afternoon.\nQUESTION: We have also seen pictures of how "
            "Russian troops are declaring victory. Why are they doing this?\n")
    doc = nlp(make_doc(nlp, text, dt.date(2022, 5, 2), None, "United States Department of State"))
    start = text.index("We have")
    assert _resolve_actor(doc, ActorCoder(doc), None, "We", start, start + 2) == (None, None)


def test_two_holders_of_one_office_in_a_sentence_hold_it_for_two_states(nlp):
    # whitehouse.gov (examples/whitehouse/statements_geopolitics.jsonl:41): a state has one
    # President at a time; Biden is the publisher's, so Bolsonaro is not
    text = ("President Joseph R. Biden, Jr. and President Jair Messias Bolsonaro met today to reaffirm the strategic "
            "importance of the relationship between the United States and Brazil.")
    x = extract(text, dt.date(2022, 6, 9), nlp=nlp, outlet="The White House")
    assert x.entities["person:jair-messias-bolsonaro"].acts_for == "BRA"  # the other state of the sentence
    assert x.entities["person:joseph-r-biden-jr"].acts_for == "USA"


def test_a_known_office_holder_written_with_diacritics_keeps_his_state(nlp):
    x = extract("Secretary Kerry will meet with President Andrés Manuel López Obrador and other government officials.",
                dt.date(2022, 1, 9), nlp=nlp, outlet="United States Department of State")
    assert x.entities["person:andres-manuel-lopez-obrador"].acts_for == "MEX"


def test_a_place_the_ner_took_for_a_person_is_no_actor(nlp):
    # state.gov travel notice (examples/statedept/articles_geopolitics.jsonl:232): "Nogales"
    # tagged PERSON, then "she" resolved to it
    text = ("Assistant Secretary of State for Consular Affairs Rena Bitter will travel June 27-29 to Tucson, Nogales, "
            "and Houston. In Tucson and Houston, she will observe U.S. passport facility operations and meet with "
            "staff. In Nogales (Sonora, Mexico), she will observe consular operations and meet with staff. In Houston, "
            "she will attend a naturalization ceremony, congratulating new U.S. citizens.")
    x = extract(text, dt.date(2022, 5, 9), nlp=nlp, outlet="United States Department of State")
    assert not any(e.source_key == "person:nogales" or e.target_key == "person:nogales" for e in x.events)


def test_a_titled_person_named_like_a_city_stays_a_person(nlp):
    # (not "we also remember President Kennedy's visit": a recalled visit is no event, events 0.7.137)
    text = "Then President Kennedy visited Colombia, where he launched the Alliance for Progress."
    x = extract(text, dt.date(2022, 3, 10), nlp=nlp, outlet="United States Department of State")
    assert any(e.source_key == "person:kennedy" for e in x.events)


def test_an_official_only_met_in_a_release_naming_one_other_state_is_that_states(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:181): President Castro is only
    # met; the release names Honduras and no other state besides the publisher's
    text = ("Yesterday in Washington, DC, Under Secretary of State for Civilian Security, Democracy, and Human Rights "
            "Uzra Zeya and Honduran Foreign Minister Enrique Reina launched the United States-Honduras Strategic "
            "Dialogue. Vice President Kamala Harris proposed this Strategic Dialogue during her meeting with President "
            "Xiomara Castro on January 27, following the President’s inauguration.")
    x = extract(text, dt.date(2022, 6, 9), nlp=nlp, outlet="United States Department of State")
    assert x.entities["person:xiomara-castro"].acts_for == "HND"
    assert x.entities["person:kamala-harris"].acts_for == "USA"


def test_a_regime_named_by_its_leaders_is_its_states_entity_not_a_person(nlp):
    # demo corpus, White House statement on Nicaragua's elections (November 2021): the release's
    # "We" is tied to the United States but names no state in the sentence, so the regime is NIC's
    text = ("The Inter-American Democratic Charter obligates the hemisphere to stand up for the democratic rights of "
            "the Nicaraguan people. We call on the Ortega-Murillo regime to take immediate steps to restore democracy "
            "in Nicaragua, and to immediately and unconditionally release those unjustly imprisoned for speaking out "
            "against abuses.")
    x = extract(text, dt.date(2021, 11, 8), nlp=nlp, outlet="The White House")
    demand = next(e for e in x.events if e.type == "DEMAND")
    assert (demand.target_key, demand.target_acts_for, demand.target_sector) == ("country:NIC", "NIC", "GOV")


def test_a_regime_named_by_its_leaders_in_a_sentence_naming_two_states_stays_unplaced(nlp):
    # near miss: the sentence names Russia and Ukraine, not the regime's own state
    text = "We call on the Ortega-Murillo regime to end its support for Russia’s war against Ukraine."
    x = extract(text, dt.date(2022, 3, 1), nlp=nlp, outlet="The White House")
    assert all(e.target_acts_for not in ("RUS", "UKR") for e in x.events if e.target_text and "regime" in e.target_text)


def test_a_regime_named_by_a_known_office_holder_is_his_states_government(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:51, :128): Phoenix office holders
    # Assad (SYR) and Lukashenka (BLR) name the regime; the key is the state, not the person
    x = extract("The Assad regime has detained and abused a vast number of Syrians since the start of the conflict.",
                dt.date(2022, 3, 15), nlp=nlp, outlet="United States Department of State")
    detained = next(e for e in x.events if e.type == "COERCE")
    assert (detained.source_key, detained.source_acts_for, detained.source_sector) == ("country:SYR", "SYR", "GOV")
    x = extract("Likewise, the Lukashenka regime has intensified its brutal crackdown on peaceful activists while it "
                "intensifies its support to the invasion of Ukraine.", dt.date(2022, 3, 24), nlp=nlp,
                outlet="United States Department of State")
    crackdown = next(e for e in x.events if e.type == "COERCE")
    assert (crackdown.source_key, crackdown.source_acts_for) == ("country:BLR", "BLR")


def test_members_of_a_regime_named_by_a_leader_of_the_article_act_for_his_state(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:9): "Ortega" is Daniel Ortega,
    # President of Nicaragua, named earlier; the members are that state's government
    text = ("President Daniel Ortega and Vice President Rosario Murillo have held power since 2007. The United States "
            "is imposing sanctions on several members of the Ortega regime for their complicity.")
    x = extract(text, dt.date(2021, 6, 9), nlp=nlp, outlet="United States Department of State")
    sanction = next(e for e in x.events if e.type == "SANCTION" and e.source_key == "country:USA")
    assert (sanction.target_key, sanction.target_acts_for, sanction.target_sector) == ("country:NIC", "NIC", "GOV")


def test_a_regime_named_by_an_unknown_leader_takes_the_state_the_article_is_about(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:186): no Phoenix holder "Maduro",
    # a sentence naming the United States and Venezuela; the release is about Venezuela
    text = ("Secretary Blinken met with Venezuelan opposition leaders. Secretary Blinken reaffirmed the U.S. commitment "
            "to the talks between the Maduro regime and the Unitary Platform as the best path for a return to "
            "democracy and for resolving Venezuela’s humanitarian crisis. Venezuela needs free elections. The "
            "people of Venezuela deserve better.")
    x = extract(text, dt.date(2022, 11, 28), nlp=nlp, outlet="United States Department of State")
    regime = [e for e in x.events if e.target_text == "Maduro regime" or e.source_text == "Maduro regime"]
    assert regime and all("country:VEN" in (e.source_key, e.target_key) for e in regime)


def test_a_body_named_administration_is_no_regime(nlp):
    # near miss: "Drug Enforcement Administration" is a body's name (capitalised head), kept
    from newsgraph.nlp.linking import _NAMED_REGIME

    assert _NAMED_REGIME.match("Drug Enforcement Administration") is None
    assert _NAMED_REGIME.match("several members of the Ortega regime").group(1).strip() == "Ortega"


def test_a_second_holder_of_an_office_beside_several_other_states_is_not_guessed(nlp):
    # near miss: the sentence names Russia and Ukraine besides the publisher's state
    text = ("President Joseph R. Biden, Jr. and President Jair Messias Bolsonaro discussed Russia’s invasion of "
            "Ukraine.")
    x = extract(text, dt.date(2022, 6, 9), nlp=nlp, outlet="The White House")
    assert x.entities["person:jair-messias-bolsonaro"].acts_for not in ("USA", "RUS", "UKR")


def test_officials_met_in_a_city_of_one_state_are_that_states(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:180): Kyiv is Ukraine's capital,
    # so the ministers met there are Ukraine's, not the publisher's
    text = ("Secretary of State Antony J. Blinken and Secretary of Defense Lloyd J. Austin III visited Kyiv, Ukraine "
            "yesterday. While in Kyiv, Secretary Blinken and Secretary Austin met with President Volodymyr Zelenskyy, "
            "Foreign Minister Dmytro Kuleba, and Ambassador Oksana Markarova. Secretary Blinken informed the "
            "Government of Slovakia and Russia of nothing.")
    x = extract(text, dt.date(2022, 4, 25), nlp=nlp, outlet="United States Department of State")
    assert x.entities["person:dmytro-kuleba"].acts_for == "UKR"
    assert x.entities["person:oksana-markarova"].acts_for == "UKR"


def test_a_designation_for_a_role_in_a_states_government_places_the_person(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:212, :213): E.O. 14024's words
    text = ("Maria Zakharova is being designated pursuant to E.O. 14024 section 1(a)(iii)(A) for her role as an "
            "official of the Government of the Russian Federation as the spokesperson for the Foreign Ministry. The "
            "Department is designating Sergei Gorkov for his role in the Government of the Russian Federation as the "
            "head of RosGeo.")
    x = extract(text, dt.date(2022, 5, 8), nlp=nlp, outlet="United States Department of State")
    assert (x.entities["person:maria-zakharova"].acts_for, x.entities["person:maria-zakharova"].sector) == ("RUS", "GOV")
    assert x.entities["person:sergei-gorkov"].acts_for == "RUS"


def test_a_role_in_another_persons_government_is_not_taken(nlp):
    # near miss: the phrase follows another person's name
    text = "The Department designated Ivan Petrov and Maria Zakharova for her role in the Government of the Russian Federation."
    x = extract(text, dt.date(2022, 5, 8), nlp=nlp, outlet="United States Department of State")
    assert x.entities["person:ivan-petrov"].acts_for != "RUS"


def test_a_predicate_nominal_naming_a_state_places_its_subject(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:212): "X is a ... Russia’s company"
    text = ("Severgroup is a multi-billion-dollar Russia’s investment company with holdings in metallurgy and mining. "
            "Severgroup is being designated pursuant to E.O. 14024.")
    x = extract(text, dt.date(2022, 5, 8), nlp=nlp, outlet="United States Department of State")
    assert x.entities["org:severgroup"].acts_for == "RUS"
    # near miss: a negated copula places nothing
    x = extract("Acme Holdings is not a Russian company. The Department designated Acme Holdings.", dt.date(2022, 5, 8),
                nlp=nlp, outlet="United States Department of State")
    assert all(e.acts_for != "RUS" for e in x.entities.values() if e.type == "organization")


def test_a_title_before_a_name_the_ner_took_for_an_organisation_is_the_person(nlp):
    # whitehouse.gov (examples/whitehouse/statements_geopolitics.jsonl:72): the NER tags the
    # whole "Brazilian Presidential Advisor Celso Amorim" ORG
    text = ("National Security Advisor Jake Sullivan spoke by telephone today with Brazilian Presidential Advisor Celso "
            "Amorim to discuss the situation in Venezuela.")
    x = extract(text, dt.date(2024, 7, 30), nlp=nlp, outlet="The White House")
    call = next(e for e in x.events if e.type == "CONSULT")
    assert (call.target_key, call.target_acts_for, call.target_sector) == ("person:celso-amorim", "BRA", "GOV")


def test_a_role_of_an_unplaced_bureau_in_an_institutions_release_is_the_publishers(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:136): the bureau the title names
    # gives neither state nor sector; the titled official acts in the Department's own release
    text = ("Bureau of Oceans and International Environmental and Scientific Affairs Assistant Secretary Monica P. "
            "Medina will travel to Costa Rica, March 20-23. From March 23-25, Assistant Secretary Medina will travel to "
            "Mexico to reinforce our bilateral relationship on a range of environmental issues.")
    x = extract(text, dt.date(2022, 3, 18), nlp=nlp, outlet="United States Department of State")
    assert x.entities["person:monica-p-medina"].acts_for == "USA"


def test_a_state_opening_a_chain_of_coordinated_titles_places_the_person(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:110): the NER takes "Councilor"
    # for a person and the role keeps only "Foreign Minister"; "PRC" opens the title chain
    text = ("Secretary of State Antony J. Blinken spoke today with PRC State Councilor and Foreign Minister Wang Yi "
            "about Moscow’s premeditated, unprovoked, and unjustified war against Ukraine.")
    x = extract(text, dt.date(2022, 2, 26), nlp=nlp, outlet="United States Department of State")
    assert x.entities["person:wang-yi"].acts_for == "CHN"
    # near miss: a capitalised word that is no title breaks the chain
    from newsgraph.nlp.linking import ActorCoder
    from newsgraph.nlp.pipeline import make_doc

    text = "Secretary Blinken spoke today with China Daily Editor Wang Hui about trade."
    doc = nlp(make_doc(nlp, text, dt.date(2022, 2, 26), None, "United States Department of State"))
    key = next((k for k, e in doc._.ng_entities.items() if e.type == "person" and "Wang" in e.name), None)
    assert key is None or ActorCoder(doc)._title_chain_state(key) is None


def test_a_persons_name_the_ner_took_for_an_organisation_is_the_person(nlp):
    # whitehouse.gov (examples/whitehouse/statements_geopolitics.jsonl:74): "President Joseph R.
    # Biden, Jr." tagged ORG, the article's person named "Biden" alone
    text = ("President Joseph R. Biden, Jr. hosted President Volodymyr Zelenskyy of Ukraine at the White House today. "
            "President Biden and President Zelenskyy discussed the war.")
    x = extract(text, dt.date(2023, 12, 12), nlp=nlp, outlet="The White House")
    hosted = next(e for e in x.events if e.trigger.startswith("hosted"))
    assert (hosted.target_key, hosted.target_acts_for) == ("person:biden", "USA")  # visitor -> host
    # Global Voices (examples/globalvoices-2009): Phoenix knows the person Aung San Suu Kyi (MMR)
    x = extract("Many Southeast Asians also expressed support for Aung San Suu Kyi.", dt.date(2009, 6, 1), nlp=nlp)
    support = next(e for e in x.events if e.type == "SUPPORT")
    assert (support.target_key, support.target_acts_for) == ("person:aung-san-suu-kyi", "MMR")


def test_a_plural_phrase_naming_a_state_before_a_list_of_names_places_them(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:172, :128): the parse hangs the
    # names on "Designation" as conjuncts; the phrase before ", <name>" is their apposition
    text = ("Family members of those who fall under the policy will also be ineligible for visas.\n"
            "Designation of three Russian officials, Khusein Merlovich Khutaev, Nurid Denilbekovich Salamov, and "
            "Dzhabrail Alkhazurovich Akhmatov, pursuant to Section 7031(c) of the Department of State, Foreign "
            "Operations, and Related Programs Appropriations Act, 2022.  Khutaev, Salamov, and Akhmatov were publicly "
            "designated for their involvement in a gross violation of human rights.")
    x = extract(text, dt.date(2022, 4, 7), nlp=nlp, outlet="United States Department of State")
    assert x.entities["person:khusein-merlovich-khutaev"].acts_for == "RUS"
    # near miss: a phrase naming no state places nobody
    text = ("Designation of three senior officials, Ivan Ivanovich Petrov and Pavel Sergeevich Sidorov, pursuant to "
            "Section 7031(c). Petrov and Sidorov were publicly designated.")
    x = extract(text, dt.date(2022, 4, 7), nlp=nlp, outlet="United States Department of State")
    assert x.entities["person:ivan-ivanovich-petrov"].acts_for != "RUS"


def test_a_state_official_with_no_state_takes_the_state_the_article_is_about(nlp):
    # Wikinews (examples/wikinews/articles.jsonl:11): a Virginia election story; "outgoing
    # governor Bob McDonnell" is named beside no other state
    text = ("Attorney Robert Sarvis, the Libertarian Party's nominee for Governor of Virginia, answered five questions. "
            "Sarvis has garnered double digits in opinion polls for the 2013 Virginia gubernatorial election. Whoever "
            "wins election on November 5, 2013, would replace outgoing governor Bob McDonnell.\n"
            "On his campaign website, Sarvis notes he favors simplification of Virginia's Tax Code, US Second "
            "Amendment - gun - rights, and reform of the state's drug laws.\n"
            "McDonnell did well early in his term pushing back against Senate Democrats who wanted huge tax increases.")
    x = extract(text, dt.date(2013, 10, 1), nlp=nlp, outlet="Wikinews")
    assert x.entities["person:bob-mcdonnell"].acts_for == "USA"
    # near miss: a sentence naming another state keeps the official unplaced by the focus
    text = ("Virginia voters went to the polls. The Virginia election was close. Virginia counted the votes. "
            "Prime Minister Ivan Horvat of Ruritania sent greetings from Croatia.")
    x = extract(text, dt.date(2013, 10, 1), nlp=nlp, outlet="Wikinews")
    assert x.entities["person:ivan-horvat"].acts_for != "USA"


def test_a_phrase_before_a_name_places_it_through_its_head_noun_only(nlp):
    # near miss, state.gov (examples/statedept/articles_geopolitics.jsonl:158): the market is
    # "for Russian speakers"; the demonym modifies the speakers, not the market Hydra
    text = ("The United States today took further action by sanctioning the world’s largest darknet market for "
            "Russian speakers, Hydra, and the virtual currency exchange Garantex. The U.S. Department of the Treasury "
            "designated Hydra.")
    from newsgraph.nlp.linking import ActorCoder
    from newsgraph.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, text, dt.date(2022, 4, 5), None, "United States Department of State"))
    coder = ActorCoder(doc)
    span = next(doc.char_span(m.start, m.end) for m in doc._.ng_mentions if m.text == "Hydra")
    assert coder._comma_appositive_state(span.root) is None


def test_an_organisations_officer_takes_no_state_from_the_article_focus(nlp):
    # near miss, Wikinews (examples/wikinews/articles.jsonl:2): "president of the International
    # Brotherhood of Magicians" is a body's officer, not a state official
    from newsgraph.nlp.linking import ActorCoder
    from newsgraph.nlp.pipeline import make_doc

    text = ("Wikinews spoke with William Evans, president of the International Brotherhood of Magicians, about magic in "
            "the United States. Magicians perform across the United States. The United States has many magic clubs.")
    doc = nlp(make_doc(nlp, text, dt.date(2012, 1, 1), None, "Wikinews"))
    assert ActorCoder(doc)._focus_of_titled("person:william-evans") is None


def test_a_groups_leaders_named_like_a_person_stay_no_person(nlp):
    # near miss, whitehouse.gov (examples/whitehouse/statements_geopolitics.jsonl:63): "G7 Leaders"
    from newsgraph.nlp.linking import ActorCoder, _titled_name
    from newsgraph.nlp.pipeline import make_doc
    from newsgraph.nlp.types import EntityRecord

    text = "Today, G7 Leaders asked Finance Ministers to continue engagement with the International Monetary Fund."
    doc = nlp(make_doc(nlp, text, dt.date(2023, 2, 24), None, "The White House"))
    doc._.ng_entities = dict(doc._.ng_entities or {})
    doc._.ng_entities["person:g7-leaders"] = EntityRecord(key="person:g7-leaders", name="G7 Leaders", type="person")
    org = EntityRecord(key="org:g7-leaders", name="G7 Leaders", type="organization")
    assert _titled_name(doc, ActorCoder(doc), org, 7, 17) is None


def test_a_company_named_with_and_without_its_legal_form_is_one_companys_state(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:212): Mordashov leads "Severgroup
    # Limited Liability Company"; "Severgroup" is "a ... Russia’s investment company"
    text = ("Alexey Mordashov, the leader of Severgroup Limited Liability Company, is being designated pursuant to "
            "E.O. 14024. Severgroup is a multi-billion-dollar Russia’s investment company with holdings in "
            "metallurgy and mining.")
    x = extract(text, dt.date(2022, 5, 8), nlp=nlp, outlet="United States Department of State")
    assert x.entities["org:severgroup-limited-liability-company"].acts_for == "RUS"
    assert x.entities["person:alexey-mordashov"].acts_for == "RUS"


def test_a_name_without_its_legal_form():
    from newsgraph.nlp.entities import without_legal_form

    assert without_legal_form("Severgroup Limited Liability Company") == "Severgroup"
    assert without_legal_form("OOO Volga Group") == "Volga Group"
    assert without_legal_form("Alfa Bank") == "Alfa Bank"  # near miss: no legal form


def test_a_state_is_the_publishers_default_by_the_codes_flag_not_its_reasons_words(nlp):
    # Treasury (examples/): "OFAC has also designated the 66th Light Infantry Division": a hostile
    # act's target keeps a state its words give and drops one the release alone gave
    from types import SimpleNamespace

    from newsgraph.nlp.linking import ActorCoder, _foreign_target
    from newsgraph.nlp.pipeline import make_doc
    from newsgraph.resolve.actors import ActorCode

    text = ("Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two "
            "individuals. OFAC has also designated the 66th Light Infantry Division.")
    doc = nlp(make_doc(nlp, text, dt.date(2022, 3, 25), None, "U.S. Department of the Treasury"))
    coder = ActorCoder(doc)
    ofac = next(key for key, e in coder.entities.items() if e.name.startswith("Office of Foreign Assets Control"))
    assert (coder.for_key(ofac).acts_for, coder.for_key(ofac).publisher_default) == ("USA", True)
    event = SimpleNamespace(type="SANCTION", source_acts_for="USA", target_key=None,
                            target_text="the 66th Light Infantry Division")
    worded = ActorCode("USA", "MIL", "'American unit' in the release of the Treasury")  # words, no flag
    assert _foreign_target(coder, event, worded) is worded
    default = ActorCode("USA", "MIL", "military formation", publisher_default=True)
    assert _foreign_target(coder, event, default).acts_for is None


def test_whole_word_matches_equal_the_lookbehind_pattern():
    """The fast surname scan of the appositive-title reading finds exactly the matches of the
    whole-word pattern it replaced: any letter case, never inside a word or hyphenated compound,
    and a rejected match does not hide an overlapping one ("xA.A.A")."""
    import re

    from newsgraph.nlp.linking import _whole_word_matches

    text = ("FOREIGN MINISTER KULEBA said. Dmytro Kuleba, Ukrainian Foreign Minister, met Kulebas and "
            "a Kuleba-led team; xA.A.A")
    for word in ("Kuleba", "A.A"):
        expected = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE)]
        assert [m.span() for m in _whole_word_matches(word, text)] == expected
    assert [text[a:b] for a, b in (m.span() for m in _whole_word_matches("Kuleba", text))] == ["KULEBA", "Kuleba"]
    assert [m.start() for m in _whole_word_matches("A.A", text)] == [len(text) - 3]


def test_appositive_titles_after_a_name_are_those_of_the_word_scan(nlp):
    # a signature line's title ("Dmytro Kuleba, Ukrainian Foreign Minister") found from the
    # article's appositive titles, found once: the same matches as scanning for the word
    from newsgraph.nlp.doc_cache import doc_text
    from newsgraph.nlp.linking import _APPOSITIVE_TITLE, ActorCoder, _whole_word_matches

    doc = nlp("KULEBA, Foreign Minister of Ukraine\nThe talks went on. Dmytro Kuleba, Ukrainian Foreign "
              "Minister\nMr. Kulebas, Deputy Minister\nAnti-Kuleba, the Group\nKuleba said, Secretary")
    coder, text = ActorCoder(doc), doc_text(doc)
    for word in ("Kuleba", "Minister", "Anti-Kuleba", "Mr.", "Ukraine"):
        scanned = [a for a in (_APPOSITIVE_TITLE.match(text, o.end()) for o in _whole_word_matches(word, text)) if a]
        assert [a.span() for a in coder._appositive_titles_after(word)] == [a.span() for a in scanned], word
    assert [a.group(1) for a in coder._appositive_titles_after("Kuleba")] == ["Foreign Minister of Ukraine",
                                                                               "Ukrainian Foreign Minister"]


def test_we_of_a_release_titled_a_joint_statement_of_states_is_every_signatory(nlp):
    # Canada-Mexico-US joint statement published by the White House: "We" is the three
    # signatories, not the publisher alone
    text = "We recommit ourselves today to push back against Russian aggression and malign activities in Ukraine."
    x = extract(text, dt.date(2021, 11, 18), nlp=nlp, outlet="The White House",
                title="Joint Statement on Canada-Mexico-United States Cooperation")
    sources = [(e.source_key, e.source_acts_for) for e in x.events if e.source_text == "We"]
    assert sources == [("country:CAN", "CAN"), ("country:MEX", "MEX"), ("country:USA", "USA")]
    we = next(m for m in x.mentions if m.text == "We")
    assert we.entity_key.startswith("group:") and "canada" in we.entity_key and "mexico" in we.entity_key
    # issuers named after "of": the United States and Germany, each condemning
    x = extract("We condemn the strikes on civilian infrastructure in Ukraine.", dt.date(2021, 7, 21), nlp=nlp,
                outlet="The White House", title="Joint Statement of the United States and Germany on Support for Ukraine")
    condemn = [e for e in x.events if e.type == "DISAPPROVE"]
    assert [(e.source_key, e.source_acts_for) for e in condemn] == [("country:USA", "USA"), ("country:DEU", "DEU")]


def test_we_of_a_joint_statement_of_two_officials_of_one_state_stays_that_state(nlp):
    x = extract("We condemn the strikes on civilian infrastructure in Ukraine.", dt.date(2021, 7, 21), nlp=nlp,
                outlet="United States Department of State",
                title="Joint Statement by Secretary of State Antony J. Blinken and Treasury Secretary Janet L. Yellen "
                      "Commending the United Kingdom’s Anti-Corruption Sanctions")
    condemn = next(e for e in x.events if e.type == "DISAPPROVE")
    assert condemn.source_acts_for == "USA"


def test_a_name_in_an_inclusion_list_takes_the_state_of_the_lists_head(nlp):
    # "Polish leaders, including X": the names after "including" are some of the head's referents
    x = extract("The Secretary will travel to Belgium, Poland and Moldova. He will meet with Polish leaders, including "
                "Foreign Minister Zbigniew Rau, to discuss security assistance in the face of Russia's attack on Ukraine.",
                dt.date(2022, 3, 2), nlp=nlp, outlet="U.S. Department of State press releases")
    rau = x.entities["person:zbigniew-rau"]
    assert (rau.acts_for, rau.sector) == ("POL", "GOV")


def test_a_predicated_nationality_places_the_name(nlp):
    # "X is a Russian national" places X as "Russian nationals" places its referents
    x = extract("Yevgeniy Viktorovich Prigozhin is a Russian national who provided funding to the Internet Research "
                "Agency through companies he controlled.", dt.date(2022, 7, 28), nlp=nlp,
                outlet="U.S. Department of State press releases")
    assert x.entities["person:yevgeniy-viktorovich-prigozhin"].acts_for == "RUS"


def test_the_releasing_states_president_is_not_the_state_the_release_is_about(nlp):
    # a US release on Iran: the president who acts against Iran is no Iranian, though the release
    # is about Iran and his sentence names no other state (a named head of state keeps no default state)
    x = extract("President Trump announced new sanctions on Iran today. The measures target Iran's oil exports "
                "and its central bank.", dt.date(2019, 6, 1), nlp=nlp,
                outlet="U.S. Department of State press releases", title="New Sanctions on Iran")
    assert x.entities["person:trump"].acts_for != "IRN"


def test_a_named_head_of_state_beside_the_focus_states_holder_is_not_of_that_state(nlp):
    # "President Bush visited Colombia" beside Colombia's placed president: another holder of
    # the office for Colombia, so the release's focus does not place Bush there
    x = extract("Secretary Blinken and Colombian President Ivan Duque celebrated 200 years of relations. "
                "President Bush visited Colombia in 1990, where he met with Colombian leaders.",
                dt.date(2022, 6, 15), nlp=nlp, outlet="U.S. Department of State press releases",
                title="Secretary Blinken and Colombian President Ivan Duque at the Anniversary Celebration")
    assert x.entities["person:ivan-duque"].acts_for == "COL"
    assert x.entities["person:bush"].acts_for != "COL"


def test_an_under_secretary_misread_as_a_preposition_still_acts_in_the_release(nlp):
    # "Under Secretary Fernández will also discuss ...": the parser reads "Under" as a preposition,
    # yet the official is the clause's subject, so the release's state is his, not Brazil's
    x = extract("Under Secretary for Economic Growth, Energy, and the Environment Jose Fernández will travel to Brasilia "
                "for the U.S.-Brazil High-Level Dialogue on April 25. Under Secretary Fernández will also discuss "
                "supply chain resilience with high-level Brazilian government officials.",
                dt.date(2022, 4, 22), nlp=nlp, outlet="U.S. Department of State press releases")
    assert x.entities["person:jose-fernandez"].acts_for == "USA"


def test_a_signing_lists_bracket_places_its_whole_item(nlp):
    # statedept, CMAR memorandum: "(Ecuador)" closes the item of two Ecuadorian officials joined by
    # "and", commas inside the second one's portfolio included; the second's name the NER missed,
    # so the bare title takes the bracket's state, not the publisher's
    text = ("Foreign Minister Juan Carlos Holguin and Minister of the Environment, Water, and Ecological Transition "
            "Gustavo Manrique Miranda (Ecuador), and Foreign Minister Erika Mouynes (Panama) signed a Memorandum "
            "of Understanding in support of the Eastern Tropical Pacific Marine Corridor.")
    x = extract(text, dt.date(2022, 6, 8), nlp=nlp, outlet="U.S. Department of State press releases")
    signers = {e.source_text: e.source_acts_for for e in x.events if e.type == "SUPPORT"}
    assert signers == {"Juan Carlos Holguin": "ECU", "Minister": "ECU", "Erika Mouynes": "PAN"}


def test_a_bare_titles_item_closed_by_of_a_state_places_it(nlp):
    # the same signing item closed by "of Ecuador" instead of a bracket (variant of the statedept
    # sentence): the title's own item names the holder's state
    text = ("Foreign Minister Juan Carlos Holguin and Minister of the Environment, Water, and Ecological Transition "
            "Gustavo Manrique Miranda of Ecuador signed a Memorandum of Understanding.")
    x = extract(text, dt.date(2022, 6, 8), nlp=nlp, outlet="U.S. Department of State press releases")
    assert {e.source_acts_for for e in x.events if e.source_text == "Minister"} == {"ECU"}


def test_a_bare_titles_item_ends_before_the_next_conjunct(nlp):
    # review: the conjunct after a bare title is the list's next item, so its "of India" or
    # "(Ecuador)" places that conjunct's holder, not the title's (the publisher's own President)
    from newsgraph.nlp.linking import _title_placed_in_item

    for text, title in (("The President and Prime Minister Narendra Modi of India discussed trade.", "The President"),
                        ("The Minister and Minister Gustavo Manrique Miranda (Ecuador) signed a Memorandum of "
                         "Understanding.", "The Minister")):
        assert _title_placed_in_item(nlp(text), title, 0, len(title)) is None, text


def test_a_bare_title_a_clause_or_a_destination_follows_keeps_the_publishers_state(nlp):
    # contrast: a bracket inside a relative clause on the title, or the state an ambassador is
    # sent to, places no holder
    for text in ("The Ambassador, who visited Kyiv (Ukraine) last week, met with local officials.",
                 "The Ambassador to the Republic of Korea met with local officials."):
        x = extract(text, dt.date(2022, 6, 8), nlp=nlp, outlet="U.S. Department of State press releases")
        assert {e.source_acts_for for e in x.events if e.source_text == "Ambassador"} == {"USA"}, text


def test_a_designee_described_by_state_initials_or_as_an_individual_takes_that_state(nlp):
    # state.gov (examples/statedept/articles_geopolitics.jsonl:142): the parse tags "individual"
    # an adjective hung on the name as a compound, and the NER takes "DPRK" for an organisation;
    # the name's own phrase still places each designee
    text = ("As part of this action, we imposed sanctions against the Russian entities Ardis Group of Companies LLC "
            "(Ardis Group); PFK Profpodshipnik; LLC, and Russian individual Igor Aleksandrovich Michurin; as well as "
            "DPRK entity Second Academy of Natural Science Foreign Affairs Bureau (SANS FAB); and DPRK individual "
            "Ri Sung Chol (aka Ri Su’ng-ch’o’l) for transferring sensitive items to North Korea’s missile program.")
    x = extract(text, dt.date(2022, 3, 24), nlp=nlp, outlet="United States Department of State")
    targets = {e.target_key: e.target_acts_for for e in x.events if e.type == "SANCTION"}
    assert targets["person:igor-aleksandrovich-michurin"] == "RUS"
    assert targets["person:ri-sung-chol"] == "PRK"
