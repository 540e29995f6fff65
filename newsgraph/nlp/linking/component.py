"""The per-doc loop (``link_facts``: speakers, outlets and event actors keyed and coded;
an event's merged mentions unfolded before the checks and folded again after) and the spaCy
factory ``newsgraph_linker``, registered on import. Builds on every other module; reads the
package's ``COMPONENT``."""

from __future__ import annotations

from typing import Callable, Optional

from spacy.language import Language

from newsgraph.nlp.act_doers import generic_effort_doers, target_act_doers
from newsgraph.nlp.context_states import (place_aid_recipients, place_attacked_states, place_context_aid_recipients,
                                          place_delegation_hosts, place_generic_agents, place_protest_regimes,
                                          place_people_legislatures, place_state_acts, place_state_bodies,
                                          place_statement_addressees,
                                          place_title_sanctioned, place_trip_hosts, place_trip_partners,
                                          place_internally_displaced, place_meeting_counterparts,
                                          place_war_attackers, place_war_displaced)
from newsgraph.nlp.descriptions import described_antecedent
from newsgraph.nlp.doc_cache import doc_text, expanded_span, release_entity_spans
from newsgraph.resolve.actors import ActorCode, releasing_state
from newsgraph.resolve.countries import country_name

from newsgraph.nlp.linking import COMPONENT
from newsgraph.nlp.linking.lexicon import MEMBERS_REASON, _HOSTILE_TYPES
from newsgraph.nlp.linking.names import (_country_key, _key_by_initials, _key_by_name, _key_by_spelled_phrase,
                                         _key_for_span, _actor_key_for_span, _drop_locative_tail, _whole_name,
                                         locative_adjuncts_memo,
                                         _split_joint_voices, _voice_key)
from newsgraph.nlp.linking.titles import _key_government_descriptions, _key_body_officers, _key_named_office_holders, _key_state_titles, _key_title_holders
from newsgraph.nlp.linking.speakers import (_represented_state, _speaker_experiencer, _speaker_named_head, _spokes_body,
                                            _via_is_turn_label)
from newsgraph.nlp.linking.coder import ActorCoder, _federal_of_publisher, _installer_state
from newsgraph.nlp.linking.antecedents import _unbind_conjunct_source
from newsgraph.nlp.linking.bodies import _means_patient_state, _people_key
from newsgraph.nlp.linking.states import _resolve_actor, _widen_regional_sets, _with_apposed_nationality
from newsgraph.nlp.linking.checks import (third_state_venue, _crime_doers, _coordinated_owner_people, _counterpart_target, _foreign_target,
                                          _host_side_counterpart,
                                          _joint_recommendation, _own_opposition, own_state_person, _own_release_voice,
                                          _pair_undertaking_partner, _place_co_designees, _place_elaborated_designees,
                                          _security_aid_mode, _protest_people_code, _publisher_accuses, _publisher_acts,
                                          _publisher_addressed, _publisher_demands, _publisher_measures, _readout_counterparts,
                                          _repressed_society, _resolve_descriptions, _restricted_destination,
                                          _share_inclusion_head_state, _share_list_codes, _share_list_head_state,
                                          _state_pair_target, _without_meeting_venue, _without_member_repeats)
from newsgraph.nlp.linking.pronouns import (_it_antecedent, _split_plural_pronouns, _them_as_its_antecedent,
                                             _they_as_its_antecedent)


# A person acts for the state or organisation of their role; a state is preferred over an
# organisation when a person holds both kinds of role.
_AFFILIATION_PREFERENCE = ("country:", "org:")


def affiliations(doc) -> dict[str, str]:
    """person key -> the entity key they act for, from the article's roles."""
    best: dict[str, tuple[int, str]] = {}
    for role in doc._.ng_roles or []:
        if not role.of_key:
            continue
        rank = next((i for i, prefix in enumerate(_AFFILIATION_PREFERENCE) if role.of_key.startswith(prefix)),
                    len(_AFFILIATION_PREFERENCE))
        if role.person_key not in best or rank < best[role.person_key][0]:
            best[role.person_key] = (rank, role.of_key)
    return {person: key for person, (_rank, key) in best.items()}


def join_content_parts(doc, statement) -> None:
    """A split or carried-on quote: ``content`` becomes the whole of what was said, its parts
    joined in order; ``content_start``/``content_end`` and ``content_parts`` keep the spans."""
    pieces = [(statement.content_start, statement.content_end), *statement.content_parts]
    pieces = sorted({(a, b) for a, b in pieces if a is not None and b is not None and a < b})
    if len(pieces) > 1:
        text = doc_text(doc)
        statement.content = " ".join(text[a:b].strip() for a, b in pieces)


def link_facts(doc) -> None:
    """Fill speaker/via/source/target/location keys from the spans the extractors set, and
    every actor's ``acts_for`` and ``sector``."""
    for statement in doc._.ng_statements or []:
        join_content_parts(doc, statement)
        if not statement.speaker_key:
            statement.speaker_key = _key_for_span(doc, statement.speaker_start, statement.speaker_end)
        if _via_is_turn_label(doc, statement):
            # a transcript's turn label ("QUESTION", "MR PRICE") is a role in the transcript, no
            # outlet that relays the words and no entity: no via
            statement.via = statement.via_key = statement.via_start = statement.via_end = None
            continue
        if statement.via_start is not None and not statement.via_key:
            # "official Iranian news agency IRNA": the outlet, not the country its adjective names
            statement.via_key = _key_for_span(doc, statement.via_start, statement.via_end, ("organization",))
        if statement.via and not statement.via_key:
            # the NER can miss a second mention of an outlet named earlier: match it by name
            statement.via_key = _key_by_name(doc, statement.via)
    doc._.ng_events = _split_plural_pronouns(doc, doc._.ng_events or [])
    # (this loop changes events only, no mention or entity: a span's locative adjuncts stay put)
    adjuncts = locative_adjuncts_memo(doc)
    # every telling of a happening, not its face only: the fold after the checks may make a merged
    # mention the face ("Police arrested and questioned the student" after "X was arrested by
    # police"), and its actors are keyed from its own spans as the face's are
    for event in [m for face in doc._.ng_events or [] for m in (face, *face.merged_mentions)]:
        _widen_regional_sets(doc, event)
        _drop_locative_tail(doc, event, adjuncts)
        if not event.source_key:
            event.source_key = _actor_key_for_span(doc, event.source_start, event.source_end, adjuncts) \
                or _key_by_initials(doc, event.source_text)
        if not event.target_key:
            event.target_key = _actor_key_for_span(doc, event.target_start, event.target_end, adjuncts) \
                or _key_by_initials(doc, event.target_text) or _key_by_spelled_phrase(doc, event.target_text)
        _whole_name(doc, event)  # "Municipality" cut from the entities' "Municipality of Livorno"
    coder = ActorCoder(doc)
    for statement in doc._.ng_statements or []:
        named = _speaker_named_head(doc, coder, statement)
        if named is not None:
            # "Special Rep. for the DPRK Kim", "Syrian Khaldoun Jarbou": the name speaks
            statement.speaker_key, code = named
        else:
            statement.speaker_key, code = _resolve_actor(doc, coder, statement.speaker_key, statement.speaker_text,
                                                         statement.speaker_start, statement.speaker_end)
        if statement.speaker_key and statement.speaker_key.startswith("person:") \
                and (code is None or not code.acts_for):
            represented = _represented_state(doc, statement)
            if represented is not None:
                # "France, represented by its foreign minister X, said": X speaks for France
                code = ActorCode(represented, code.sector if code is not None else None,
                                 f"'{statement.speaker_text}' speaks for {represented} (represented by / through)")
        if code is not None:
            statement.speaker_acts_for, statement.speaker_sector = code.acts_for, code.sector
        if not statement.speaker_key and not statement.speaker_acts_for:
            found = described_antecedent(doc, statement.speaker_start, statement.speaker_end)
            if found is not None:  # "the ministry said", "the two sides said"
                statement.speaker_key, code = found.key, coder.for_key(found.key)
                if code is not None:
                    statement.speaker_acts_for, statement.speaker_sector = code.acts_for, code.sector
        if not statement.speaker_key:
            body = _spokes_body(doc, statement.speaker_text)
            if body is not None:  # "a State Department official said": the body speaks through them
                statement.speaker_key, code = body, coder.for_key(body)
                if code is not None:
                    statement.speaker_acts_for, statement.speaker_sector = code.acts_for, code.sector
    # statements first: a "we" inside a quote needs its speaker's side
    doc._.ng_events = unfold_mentions(doc._.ng_events or [])
    by_members: set[int] = set()
    for event in doc._.ng_events or []:
        _unbind_conjunct_source(doc, event)
        if _publisher_acts(coder, event):
            event.source_key = _country_key(doc, coder.outlet.acts_for)
            event.source_acts_for, event.source_sector = coder.outlet.acts_for, coder.outlet.sector
            event.explanation = (event.explanation or "") + \
                f"; source = the publishing state ({coder.outlet.reason}): an agentless designation in its own release"
        else:
            event.source_key, code = _resolve_actor(doc, coder, event.source_key, event.source_text,
                                                    event.source_start, event.source_end)
            code = _with_apposed_nationality(doc, code, event.source_start, event.source_end)
            code = _federal_of_publisher(doc, coder, code, event.source_start, event.source_end)
            code = _installer_state(doc, code, event.source_start, event.source_end)
            if code is not None:
                event.source_acts_for, event.source_sector = code.acts_for, code.sector
                if code.reason.startswith(MEMBERS_REASON):
                    by_members.add(id(event))
            _they_as_its_antecedent(doc, coder, event)
        event.target_key, code = _resolve_actor(doc, coder, event.target_key, event.target_text,
                                                event.target_start, event.target_end)
        code = _with_apposed_nationality(doc, code, event.target_start, event.target_end)
        code = _federal_of_publisher(doc, coder, code, event.target_start, event.target_end)
        code = _installer_state(doc, code, event.target_start, event.target_end)
        paired = _state_pair_target(doc, coder, event) or _pair_undertaking_partner(doc, coder, event)
        if paired is not None:
            event.target_key, code = paired
        if code is not None and code.reason.startswith(MEMBERS_REASON):
            by_members.add(id(event))
        if code is None and not event.target_key:
            code = _protest_people_code(event)
        code = _foreign_target(coder, event, code)
        code = _without_meeting_venue(event, code)
        if code is not None:
            event.target_acts_for, event.target_sector = code.acts_for, code.sector
        _restricted_destination(doc, coder, event)
        if not event.target_key and not event.target_acts_for:
            _them_as_its_antecedent(doc, coder, event)
        if not event.target_key and not event.target_acts_for:
            _it_antecedent(doc, coder, event)
        if not event.target_key and not event.target_acts_for:
            _means_patient_state(event, doc)
        _resolve_descriptions(doc, coder, event)
        _counterpart_target(doc, coder, event)
        _host_side_counterpart(doc, event)
        _speaker_experiencer(doc, coder, event)
        demands = _publisher_demands(coder, event) or _joint_recommendation(coder, event)
        measures = not demands and _publisher_measures(coder, event)
        accuses = not demands and not measures and _publisher_accuses(coder, event)
        joint = coder.joint_voice if demands or measures or accuses else None
        if joint is not None and event.sentence_start >= joint[0]:
            # "We, the G7 Foreign Ministers ..." / "Joint Statement of the United States and
            # Germany": the joint statement's own words are its signatories', not the publisher's
            # (its obligations, warnings, listed measures and relayed accusations as its "we")
            event.source_key, code = _voice_key(doc, joint, None, None, None), joint[2]
            event.source_acts_for, event.source_sector = code.acts_for, code.sector
            told = ("a warning" if event.type == "THREATEN" else "an obligation") if demands \
                else "a measure" if measures else "an accusation"
            event.explanation = (event.explanation or "") + \
                f"; source = the signatories of the joint statement: {told} in its own words"
        elif demands:
            event.source_key = _country_key(doc, coder.outlet.acts_for)
            event.source_acts_for, event.source_sector = coder.outlet.acts_for, coder.outlet.sector
            told = "a warning" if event.type == "THREATEN" else "an obligation"
            event.explanation = (event.explanation or "") + \
                f"; source = the publishing state ({coder.outlet.reason}): {told} in its own release's words"
        elif measures:
            event.source_key = _country_key(doc, coder.outlet.acts_for)
            event.source_acts_for, event.source_sector = coder.outlet.acts_for, coder.outlet.sector
            event.explanation = (event.explanation or "") + \
                f"; source = the publishing state ({coder.outlet.reason}): a measure its own release lists with no agent"
        elif accuses:
            event.source_key = _country_key(doc, coder.outlet.acts_for)
            event.source_acts_for, event.source_sector = coder.outlet.acts_for, coder.outlet.sector
            event.explanation = (event.explanation or "") + \
                f"; source = the publishing state ({coder.outlet.reason}): an accusation its own release relays from unnamed reports"
        if _publisher_addressed(coder, event):
            event.target_key = _country_key(doc, coder.outlet.acts_for)
            event.target_acts_for, event.target_sector = coder.outlet.acts_for, coder.outlet.sector
            event.explanation = (event.explanation or "") + \
                f"; target = the publishing state ({coder.outlet.reason}): the request its own release answers"
    if by_members:
        doc._.ng_events = _without_member_repeats(doc._.ng_events, by_members)
    for key, entity in (doc._.ng_entities or {}).items():
        if entity.type in ("person", "organization", "country", "group"):
            code = coder.for_key(key)
            if code is not None:
                entity.acts_for, entity.sector = code.acts_for, code.sector
    if doc._.ng_events:
        from newsgraph.nlp.events import linked_actor_check, political_actor_check

        doc._.ng_events = political_actor_check(linked_actor_check(doc._.ng_events, doc), doc)
        # a later member of a list of people nouns: the list's demonym and sector (before context)
        _share_list_codes(doc, coder, doc._.ng_events)
        # a later item of a list of names in apposition to "the Russian entities": that state
        _share_list_head_state(doc, doc._.ng_events)
        # "Russia's and Belarus' athletes": each owner stands for its own people the noun names
        _coordinated_owner_people(doc, doc._.ng_events)
        # after the checks: context places a generic agent, it does not make an event
        place_generic_agents(doc, coder.outlet, doc._.ng_events)
        # a named ministry, police or army unit of no state: the one state of its context
        place_state_bodies(doc, coder.outlet, doc._.ng_events, aimed_types=frozenset(_HOSTILE_TYPES))
        # a legislature of no state that one state's people act on: their own state's
        place_people_legislatures(doc, coder.outlet, doc._.ng_events)
        # a named firm or person designated in a release whose title aims its measures at one state
        place_title_sanctioned(doc, coder.outlet, doc._.ng_events)
        # "those fleeing the war": the state the article places its war in
        place_war_displaced(doc, coder.outlet, doc._.ng_events)
        # "the ongoing attacks killing civilians" in an article on one state's war: that state
        place_war_attackers(doc, coder.outlet, doc._.ng_events, _country_key)
        # a group met on an official's trip with no state of its own is the host's
        place_trip_partners(doc, coder.outlet, doc._.ng_events)
        # a meeting's counterpart naming no state, not the source's own: the state its sentence places it in
        place_meeting_counterparts(doc, coder.outlet, doc._.ng_events)
        # an agentless arrest, detention, sentence ...: the authorities of the state where it happens
        place_state_acts(doc, coder.outlet, doc._.ng_events, _country_key)
        # an aid act naming no recipient in a release titled as aid to one state: that state
        place_aid_recipients(doc, coder.outlet, doc._.ng_events, _country_key)
        # talks on an official's trip naming no party: with the host of the leg
        place_trip_hosts(doc, coder.outlet, doc._.ng_events, _country_key)
        # a delegation led to a meeting another state hosts, no counterpart named: with the host
        place_delegation_hosts(doc, coder.outlet, doc._.ng_events, _country_key)
        # an aid act naming no recipient in an article whose aid all goes to one state: that state
        place_context_aid_recipients(doc, coder.outlet, doc._.ng_events, _country_key)
        # evacuees or displaced people the sentence puts inside one state: its own (internally displaced;
        # after the article's aid context, whose recipients' shared sector they would split)
        place_internally_displaced(doc, coder.outlet, doc._.ng_events)
        # a protest by a state's own people naming no target: against that state's government
        place_protest_regimes(doc, coder.outlet, doc._.ng_events, _country_key)
        # an attack on property or ground naming no recipient: the state it belongs to
        place_attacked_states(doc, coder.outlet, doc._.ng_events, _country_key)
        # a stance on "the launches" / "this aggression": the doer of that act, told earlier
        target_act_doers(doc, doc._.ng_events, _key_for_span, coder.for_key)
        # "any attempts to annex additional Ukrainian territory": the doer of that act, told earlier
        generic_effort_doers(doc, doc._.ng_events, coder.for_key)
        # a call naming no addressee in a statement whose other calls and title name one state's government
        place_statement_addressees(doc, doc._.ng_events, _country_key, coder.outlet)
        # a member an "including" / "such as" list names after "Mexican cartel leaders", left unplaced
        # by context: that state (after context, so it never bears on how context places the other side)
        _share_inclusion_head_state(doc, doc._.ng_events)
        for event in doc._.ng_events:
            _own_opposition(doc, event)  # after context: the article's own placing of the target wins
            own_state_person(doc, event)
            _repressed_society(doc, event)
            _crime_doers(doc, event)  # "sanctioned 40 persons for drug trafficking": criminals
        _key_government_descriptions(doc, doc._.ng_events)
        _key_title_holders(doc, doc._.ng_events)
        # "Secretary General of the OAS Luis Almagro": the person the title introduces, not the body
        _key_named_office_holders(doc, doc._.ng_events)
        # "the leader of al-Shabaab": the person the article names in that office, never the body
        _key_body_officers(doc, doc._.ng_events)
        # a readout's act whose source only now resolves to one side of its meeting ("The President"
        # keyed by the title holder): to the other side
        _readout_counterparts(doc, doc._.ng_events)
        # a named party of a designation left unplaced beside co-designees all placed in one state
        _place_co_designees(coder, doc._.ng_events)
        # "designating entities and individuals ..." and then the designees one by one: their one state
        _place_elaborated_designees(doc, coder, doc._.ng_events)
    # a statement's speaker given as a bare title ("The President reiterated that ..."), as an
    # event's actor is above: the one holder of that title the article names
    _key_title_holders(doc, (), doc._.ng_statements)
    _key_state_titles(doc, doc._.ng_events, doc._.ng_statements)
    # after every pass that places an actor: a trip to meet another state's party in a third state is a meeting
    third_state_venue(doc, doc._.ng_events or [])
    # after every pass that places an actor: a trip by no political actor is no visit
    from newsgraph.nlp.events import private_trip_check

    doc._.ng_events = private_trip_check(doc._.ng_events or [], doc)
    doc._.ng_events = _without_repeated_dyads(doc, fold_mentions(doc._.ng_events or []))
    doc._.ng_events = _without_complement_readings(doc, doc._.ng_events)
    # a counted summary ("designating six entities") whose parties the next sentences name: evidence of those acts
    from newsgraph.nlp.events import (fold_counted_summaries, fold_dealing_bans, fold_delegation_leaders,
                                      fold_restated_acts, fold_sanction_previews)

    doc._.ng_events = fold_counted_summaries(doc, doc._.ng_events)
    # a prohibition of dealings beside the measure on the same party: that measure's effect, one act
    doc._.ng_events = fold_dealing_bans(doc, doc._.ng_events)
    # a briefing's "will sanction X" beside its own "Today ... designated X": the measure's evidence
    doc._.ng_events = fold_sanction_previews(doc, doc._.ng_events)
    # "X led the U.S. delegation" beside the meeting the readout codes: a side of that meeting, one event
    doc._.ng_events = fold_delegation_leaders(doc, doc._.ng_events)
    # a warning or a signing recounted in another sentence, its actors known only now: one act
    doc._.ng_events = fold_restated_acts(doc, doc._.ng_events)
    # after folding (its copies share one happening's mentions): each signatory of a joint voice acts
    doc._.ng_events = _split_joint_voices(doc, coder, doc._.ng_events)
    # after the folds that read a planned threat: a threat is made when told; an act the
    # publisher's own government reports of itself is no relayed claim
    from newsgraph.nlp.events import actorless_check, conjoined_recipient, own_reports, relative_parts, threats_made

    doc._.ng_events = own_reports(doc, threats_made(doc._.ng_events or []), releasing_state(coder.outlet),
                                  lambda event: _own_release_voice(coder, event))
    # after every pass and fold that can give an act its doer: one with none left is no PLOVER event
    doc._.ng_events = actorless_check(doc._.ng_events or [], doc)
    # after every pass that places a recipient: a conjoined act with none takes its partner act's
    doc._.ng_events = conjoined_recipient(doc, doc._.ng_events)
    for event in doc._.ng_events or []:
        # whatever route coded them ("their people", "American and Canadian citizens"), a
        # state's civilians or businesses are no entity of the state (_people_key)
        event.source_key = _people_key(event.source_key, event.source_sector)
        event.target_key = _people_key(event.target_key, event.target_sector)
        _security_aid_mode(doc, event)
    # after every pass that keys or places an actor from its words: a part of a relative clause's
    # antecedent ("one of whom") keeps the antecedent's state and sector, its text the part's
    doc._.ng_events = relative_parts(doc, doc._.ng_events or [])
    # last: an actor the context placed (a key or a state, no words of its sentence) is named
    for event in doc._.ng_events or []:
        name_placed_actors(doc, event)
    acting_for = affiliations(doc) if doc._.ng_events else {}
    for event in doc._.ng_events or []:
        event.source_affiliation_key = event.source_affiliation_key or acting_for.get(event.source_key)
        event.target_affiliation_key = event.target_affiliation_key or acting_for.get(event.target_key)


def placed_actor_name(doc, key: Optional[str], acts_for: Optional[str]) -> Optional[str]:
    """The name of an actor placed from context: the article's entity for ``key`` (its canonical
    name, as the article writes it), else the state ``key`` or ``acts_for`` codes ("Ukraine");
    None when neither names one."""
    entity = (doc._.ng_entities or {}).get(key) if key else None
    if entity is not None and entity.name:
        return entity.name
    for code in ((key[len("country:"):] if key and key.startswith("country:") else None), acts_for):
        if code:
            name = country_name(code)
            if name:
                return name
    return None


def name_placed_actors(doc, event) -> None:
    """A slot the context filled (the publishing state of an agentless designation, a joint
    statement's signatory, the government a statement's calls address, the recipient of a
    release's aid ...) holds a key or a state and no words: its text becomes that actor's name,
    with no span, as the authorities of a place (``place_state_acts``) and an earlier act's doer
    (``act_doers``) already are -- a stored event then never shows a coded party as missing.
    A slot with words, or with neither key nor state (no party), is left as it is."""
    for side in ("source", "target"):
        if getattr(event, f"{side}_text") or getattr(event, f"{side}_start") is not None:
            continue
        name = placed_actor_name(doc, getattr(event, f"{side}_key"), getattr(event, f"{side}_acts_for"))
        if name:
            setattr(event, f"{side}_text", name)
            event.explanation = (event.explanation or "") + \
                f"; {side} text = '{name}': the actor its context places (its sentence names none)"


def unfold_mentions(events: list) -> list:
    """Every mention of every event (``events.merged_mentions``: the tellings of one happening
    merged before linking), each tagged with its event's index (``mention_group``) and the face
    with ``was_face``: the linker resolves and checks each mention on its own words, so a face
    whose actor it cannot resolve does not drop a mention it can (``fold_mentions``)."""
    out = []
    for group, event in enumerate(events):
        spans = tuple(event.evidence_spans or [(event.sentence_start, event.sentence_end)])
        members = (event, *event.merged_mentions)
        for mention in members:
            mention.mention_group, mention.was_face, mention.group_spans = group, mention is event, spans
            mention.group_members = members
            mention.happening_rejected = False
            out.append(mention)
        event.merged_mentions = ()
    return out


def _resolved_sides(event) -> tuple[int, int]:
    """(actor slots resolved to a key or a state, actor slots filled)."""
    sides = [s for s in ("source", "target") if getattr(event, f"{s}_text") or getattr(event, f"{s}_key")
             or getattr(event, f"{s}_acts_for")]
    return sum(bool(getattr(event, f"{s}_key") or getattr(event, f"{s}_acts_for")) for s in sides), len(sides)


def _grouped_in_order(items: list, key: Callable) -> list:
    """``items`` with those sharing a non-None ``key(item)`` gathered into one list, placed where
    the first of them stood; an item whose key is None stays on its own (not in a list)."""
    groups: dict = {}
    order: list = []
    for item in items:
        group = key(item)
        if group is None:
            order.append(item)
        elif group in groups:
            groups[group].append(item)
        else:
            groups[group] = [item]
            order.append(groups[group])
    return order


def fold_mentions(mentions: list) -> list:
    """One event per happening again (``unfold_mentions``' groups), after the post-link checks:
    the face is the surviving mention with the most actors resolved (a key or a state), then the
    most actors, then the first face ("Montalvo has been assisted by former members" when "who
    helped him" resolves no "him"); its ``evidence_spans`` are every mention's sentence (a dropped
    face still told the happening), its own first, and its rule score the highest of the
    survivors'. A group none of whose mentions survives is gone, and so is every mention but a
    surviving first face where a check rejected any mention for what the happening is
    (``events.HAPPENING_REJECTED``); a mention left in a dropped face's place with a kept event's
    type and actors joins that event. Events with no group (built after unfolding) pass as they
    are. The grouping fields of what is returned are reset to their defaults."""
    folded = []
    for item in _grouped_in_order(mentions, lambda mention: mention.mention_group):
        if not isinstance(item, list):
            folded.append(item)
            continue
        members = item
        if any(m.happening_rejected for m in members[0].group_members):
            # a check judged the happening itself no event (events._reject): its other tellings
            # are no event either; the survivors go with it
            members = [m for m in members if m.was_face]
            if not members:
                continue
        face = min(members, key=lambda m: (*(-n for n in _resolved_sides(m)), not m.was_face))
        first = next((m for m in members if m.was_face), None)
        spans = face.group_spans
        own = (face.sentence_start, face.sentence_end)
        face.evidence_spans = [own] + list(dict.fromkeys(s for s in spans if s != own))
        face.confidence = max(m.confidence for m in members)
        if face is not first:
            why = "the first was dropped by the post-link checks" if first is None \
                else f"it resolves more actors than '{first.trigger}'"
            face.explanation = (face.explanation or "") + \
                f"; face of {len(members)} surviving mention(s) of one happening: '{face.trigger}' ({why})"
        told = next((e for e in folded if _same_dyad(e, face)), None) if first is None else None
        if told is not None:
            # the mention left in a dropped face's place tells what a kept event already tells
            # (the face was a repeat of it: ``_without_member_repeats``): its sentences join that event
            told.evidence_spans = list(dict.fromkeys([*(told.evidence_spans or []), *face.evidence_spans]))
            continue
        folded.append(face)
    for event in folded:
        event.mention_group, event.was_face, event.group_spans, event.group_members = None, False, (), ()
    return folded


def _without_repeated_dyads(doc, events: list) -> list:
    """``events`` less the repeats of one act told on one trigger: an event whose trigger, type,
    mode, status, dates, source key and target key (both keyed) an earlier one already has. Two
    phrases of the one actor coded apart resolve to one key ("traveled to Moscow, Russia": the
    capital and its state, both ``country:RUS``; "State Councilor and Foreign Minister Wang Yi":
    two titles of one person; "the IAEA and its Director-General"); PLOVER codes one event per
    source, action and target. The telling kept, in the first one's place, is the one whose actors
    are most often named by the key's own name (``_named_sides``: "Russia", not the capital
    "Moscow"; "Wang Yi", not "Councilor"), then the most confident, then the first; it takes the
    highest confidence and every telling's evidence spans, its own first. Acts with another
    trigger, type, status or date, or an actor keyed otherwise or not at all, stay apart."""
    def act(event) -> Optional[tuple]:
        if not (event.source_key and event.target_key):
            return None
        return (event.trigger_start, event.type, event.mode, event.status, event.date, event.date_end,
                event.source_key, event.target_key)

    names = {(m.start, m.end, m.entity_key) for m in doc._.ng_mentions or [] if m.kind == "name"}
    kept = []
    for item in _grouped_in_order(events, act):
        if not isinstance(item, list):
            kept.append(item)
            continue
        tellings = item
        best = max(tellings, key=lambda e: (_named_sides(e, names), e.confidence))  # first on ties
        if len(tellings) > 1:
            spans = [s for e in tellings for s in (e.evidence_spans or [(e.sentence_start, e.sentence_end)])]
            best.evidence_spans = list(dict.fromkeys([*(best.evidence_spans or []), *spans]))
            best.confidence = max(e.confidence for e in tellings)
            best.explanation = (best.explanation or "") + \
                f"; one act told {len(tellings)} times on '{best.trigger}' with the same actors' keys: kept once"
        kept.append(best)
    return kept


# the types one commitment is coded as: a stance held (SUPPORT) or a future act promised (AGREE)
_COMMITMENT_TYPES = frozenset({"SUPPORT", "AGREE"})


def _without_complement_readings(doc, events: list) -> list:
    """``events`` less the second reading of one act told in one sentence: of two events with the
    same target key and the same type (or both SUPPORT / AGREE, the two readings of a commitment),
    where one's trigger overlaps the other's (and both have one source key) or stands inside the
    complement of a noun of the other's trigger, its source the same key or the state the other's
    source acts for ("The Secretary emphasized the United States' [...] commitment to support
    Ukraine's victory": 'support' is the commitment's content, the Secretary's USA its holder),
    the inner reading is dropped. Coordinated subjects on one trigger ("Nuland and the U.S.
    delegation will meet") stay one event each. PLOVER codes one event per source, action and target, and the
    gold convention codes the commitment phrase ("reaffirmed commitment to support X" SUPPORT, a
    commitment to a future act AGREE), which the head reading already has. The kept event takes
    the dropped one's evidence spans. Acts on a coordinated verb ("expand cooperation with Taiwan
    ..., support Taiwan's participation") are not inside a trigger noun and stay apart."""
    dropped: set[int] = set()
    for outer in events:
        for inner in events:
            if inner is outer or id(inner) in dropped or id(outer) in dropped \
                    or not _one_act_pair(outer, inner) or not _inner_reading(doc, outer, inner):
                continue
            dropped.add(id(inner))
            spans = inner.evidence_spans or [(inner.sentence_start, inner.sentence_end)]
            outer.evidence_spans = list(dict.fromkeys([*(outer.evidence_spans or []), *spans]))
            outer.explanation = (outer.explanation or "") + \
                f"; '{inner.trigger}' is the same act read again inside '{outer.trigger}': kept once"
    return [event for event in events if id(event) not in dropped]


def _one_act_pair(outer, inner) -> bool:
    """Same sentence, same keyed target, a source on both, and a compatible type (equal, or both
    a commitment type)."""
    if outer.sentence_start != inner.sentence_start or not outer.target_key \
            or outer.target_key != inner.target_key or not (outer.source_key and inner.source_key):
        return False
    return outer.type == inner.type or {outer.type, inner.type} <= _COMMITMENT_TYPES


def _holder_source(outer, inner) -> bool:
    """The same source key, or a state's key (``country:<ISO3>``) and a person acting for that
    state: a commitment the text gives its state ("the United States' commitment") is held by
    the official who states it."""
    if outer.source_key == inner.source_key:
        return True
    state = outer.source_acts_for
    return bool(state) and state == inner.source_acts_for \
        and f"country:{state}" in (outer.source_key, inner.source_key)


def _inner_reading(doc, outer, inner) -> bool:
    """Whether ``inner``'s trigger is read inside ``outer``'s: ``outer``'s trigger holds it, both
    with one source key (the longer of two overlapping triggers is the outer one; on equal spans
    the first), or its root word is in the subtree of a noun of ``outer``'s trigger (the noun's
    complement: "commitment *to support*", "pledge *to provide*"), its source ``_holder_source``."""
    if outer.trigger_start < inner.trigger_end and inner.trigger_start < outer.trigger_end:
        outer_len, inner_len = outer.trigger_end - outer.trigger_start, inner.trigger_end - inner.trigger_start
        return outer.source_key == inner.source_key and (
            outer_len > inner_len or (outer_len == inner_len and outer.trigger_start <= inner.trigger_start))
    if not _holder_source(outer, inner):
        return False
    span = expanded_span(doc, outer.trigger_start, outer.trigger_end)
    root = expanded_span(doc, inner.trigger_start, inner.trigger_end)
    if span is None or root is None or not len(root):
        return False
    words = set(outer.trigger.lower().split())
    nouns = [t for t in span if t.pos_ == "NOUN" and t.lower_ in words]
    return any(noun.is_ancestor(root.root) for noun in nouns)


def _named_sides(event, names: set) -> int:
    """How many of ``event``'s actor spans are a name mention (``Mention.kind`` "name", not a
    capital, title or pronoun) of the very key the side has."""
    return sum((getattr(event, f"{side}_start"), getattr(event, f"{side}_end"), getattr(event, f"{side}_key"))
               in names for side in ("source", "target"))


def _same_dyad(event, other) -> bool:
    """Same type, and each side the same key (or, with no key, the same state), both sides filled."""
    def side(e, name):
        return getattr(e, f"{name}_key") or getattr(e, f"{name}_acts_for")
    return event.type == other.type and all(side(event, n) and side(event, n) == side(other, n)
                                            for n in ("source", "target"))


@Language.factory(
    COMPONENT,
    requires=["doc._.ng_mentions", "doc._.ng_entities", "doc._.ng_roles"],
    assigns=["doc._.ng_statements", "doc._.ng_events", "doc._.ng_entities"],
)
def make_linker(nlp, name):
    # the data the linker reads, loaded with the pipeline (as the events component loads its
    # lexicons) rather than inside the first article: ISO 3166-2 subdivisions (place_actors)
    from newsgraph.resolve.places import load_subdivisions

    load_subdivisions()

    def linker(doc):
        link_facts(doc)
        # the last pipe that reads the model's entity Spans: no Doc -> Span -> Doc cycle kept after it
        release_entity_spans(doc)
        return doc

    return linker
