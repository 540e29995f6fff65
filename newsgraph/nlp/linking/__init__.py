"""Linking: attach statement speakers, outlets and event actors to the article's entities.

Components upstream set spans and texts; this one turns them into entity keys, using the
in-article resolution that ``newsgraph_coref`` built (surnames, pronouns, demonyms), and
gives every actor the state it acts for and its sector (``newsgraph.resolve.actors``):

* "we"/"our" in an institution's own release is that institution's state (the outlet in
  ``doc._.ng_outlet``: "The White House" -> the United States); inside a quote it is the
  speaker's state; an "I" or "my Administration" there that no named person speaks (an unsigned
  release) is that state's official, GOV; a "he"/"she" coref left unresolved after an unnamed
  title ("the President's opinion that he believes") is that title, a "they" whose antecedent
  has only a sector ("protesters") takes the sector;
* "the Department", "the Ministry" alone: the outlet's institution when its name has that
  word, else the one organisation of the article whose name opens with it;
* a transcript speaker ("MR PRICE:") or an honorific with a surname is the person of that
  surname named in the article; a bare title placed in no state ("The Assistant Secretary") is
  the one person the article introduced by that title;
* ``acts_for`` (ISO3) and ``sector`` (GOV, MIL, REB, OPP, MED, BUS, CVL, JUD, LEG, POL, IGO,
  NGO ...): a state is GOV; an organisation from the Phoenix named actors, else its country and
  the sector its name's words give; a person from their roles (a title of a state is that
  state's, GOV unless the title says MIL/JUD/LEG/POL; a title of an organisation takes the
  organisation's); a title with no state ("President Ortega") takes the state of a known office
  holder (Phoenix), else, in an institution's own release, the publishing state ("The Vice
  President" on whitehouse.gov); actor words without an entity ("Israeli troops") from their words;
* an office or post of a named state institution acts for its state ("White House Office of
  Public Engagement", "State Department Spokesperson", a title running into one before a name);
  a named group's ministers act as the group ("G7 Foreign Ministers of Canada, ..." -> IGO, the
  article's own "G7" entity when it has one); Americans by descent ("Cuban American leaders") and
  a demonym's community or diaspora in a state institution's release are that state's residents;
* an actor slot or speaker still unresolved that is a definite description of a class noun
  ("the organization", "the regime", "these countries", "the two sides") takes the one entity
  of that class named before it (``newsgraph.nlp.descriptions``), never the event's other actor.
"""

from __future__ import annotations

# COMPONENT and VERSION come before the submodule imports: the submodules read them from the package
# (``from newsgraph.nlp.linking import COMPONENT, VERSION``) while it is being imported.
COMPONENT = "newsgraph_linker"
VERSION = "0.3.877"  # 0.3.877: a definite description resolved by descriptions.described_phrase (the same call the events module made) is coded for the state the earlier phrase names, keeping the coder's key and sector only where it codes the phrase for that state; the other actor's state is refused inside described_phrase; the linker imports the public events.actor_phrases.actor_or_inside (history: docs/component_versions.md)

# What callers, tests and scripts read as ``linking.NAME`` (in code, or cited so in comments and docs).
# Importing ``component`` registers the spaCy factory.
from newsgraph.nlp.linking.lexicon import (LINKING_WORDS, _MEETING_VERBS, _PEOPLE_COLLECTIVES,  # noqa: E402
                                           _STAFF_NOUNS, _envoy_nouns)
from newsgraph.nlp.linking.names import (_NAMED_REGIME, _person_taken_for_place, _place_named_body,  # noqa: E402
                                         _whole_word_matches)
from newsgraph.nlp.linking.titles import (_capital_of_position, _government_description,  # noqa: E402
                                          _key_government_descriptions, _key_stateless_title, _listed_portfolio_rest,
                                          _plural_title, _state_title_words, _state_word_before, _title_before_code,
                                          _title_placed_in_item, _titled_name)
from newsgraph.nlp.linking.speakers import (_all_parties, _asked_official, _label_surname, _spokes_body,  # noqa: E402
                                            _turn_speaker, _voice_head_anaphor)
from newsgraph.nlp.linking.coder import ActorCoder, _APPOSITIVE_TITLE, _list_item  # noqa: E402
from newsgraph.nlp.linking.antecedents import (_NOT_THEY_SUBJECTS, _delegation_complement,  # noqa: E402
                                               _embedded_they_antecedent, _forces_antecedent, _main_clause,
                                               _plural_antecedent)
from newsgraph.nlp.linking.bodies import _people_key, _placed_body_state  # noqa: E402
from newsgraph.nlp.linking.states import _DESCRIBED_THOSE, _resolve_actor  # noqa: E402
from newsgraph.nlp.linking.checks import (_foreign_target, _pair_undertaking_partner,  # noqa: E402
                                          _readout_counterparts, _restricted_destination, _share_list_codes, same_side)
from newsgraph.nlp.linking.pronouns import _split_plural_pronouns  # noqa: E402
from newsgraph.nlp.linking.component import (_without_repeated_dyads, fold_mentions, join_content_parts,  # noqa: E402
                                             link_facts, unfold_mentions)

__all__ = [
    "VERSION", "COMPONENT", "ActorCoder", "LINKING_WORDS", "_APPOSITIVE_TITLE", "_DESCRIBED_THOSE",
    "_MEETING_VERBS", "_NAMED_REGIME", "_NOT_THEY_SUBJECTS", "_PEOPLE_COLLECTIVES", "_STAFF_NOUNS", "_all_parties",
    "_asked_official", "_capital_of_position", "_delegation_complement", "_embedded_they_antecedent",
    "_envoy_nouns", "_forces_antecedent", "_foreign_target", "_government_description",
    "_key_government_descriptions", "_key_stateless_title", "_label_surname", "_list_item",
    "_listed_portfolio_rest", "_main_clause", "_pair_undertaking_partner", "_people_key", "_person_taken_for_place",
    "_place_named_body", "_placed_body_state", "_plural_antecedent", "_plural_title", "_readout_counterparts",
    "_resolve_actor", "_restricted_destination", "_share_list_codes", "_split_plural_pronouns", "_spokes_body",
    "_state_title_words", "_state_word_before", "_title_before_code", "_title_placed_in_item", "_titled_name",
    "_turn_speaker", "_voice_head_anaphor", "_whole_word_matches", "_without_repeated_dyads", "fold_mentions",
    "join_content_parts", "link_facts", "same_side", "unfold_mentions"
]
