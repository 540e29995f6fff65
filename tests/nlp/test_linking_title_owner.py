"""A title in apposition or premodification places its holder (nlp/linking/
``_title_owner_state``): a title owned by a placed person ("<owner>’s spokesperson") places
its holder in the owner's state. The sentence is the State Department's
release "Targeting Russian Elites, Disinformation Outlets, and Defense Enterprises" (examples/)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "United States Department of State"
PESKOV = ("The Department of State is designating Dmitry Peskov, the chief propagandist of the Russian Federation "
          "and Vladimir Putin’s spokesperson, under E.O. 14024.")


def _peskov(x):
    return next(e for e in x.entities if e.key == "person:dmitry-peskov") if not isinstance(x.entities, dict) \
        else x.entities["person:dmitry-peskov"]


def test_the_spokesperson_of_a_placed_person_in_a_coordinated_apposition_is_placed(nlp):
    x = extract(PESKOV, dt.date(2022, 3, 3), nlp=nlp, outlet=STATE)
    designation = next(e for e in x.events if e.type == "SANCTION")
    assert designation.target_key == "person:dmitry-peskov"
    assert (designation.target_acts_for, designation.target_sector) == ("RUS", "GOV")
    assert _peskov(x).acts_for == "RUS"
    # without Putin's title nothing places him: "propagandist" is no actor noun (Phoenix agents,
    # title lexicon), and an apposition headed by a non-actor noun gives no state (no programme is
    # cited: "under E.O. 14024" would place the designee, actor_heads.yaml designation_programmes)
    x = extract("The Department of State is designating Dmitry Peskov, the chief propagandist of the Russian "
                "Federation, today.", dt.date(2022, 3, 3), nlp=nlp, outlet=STATE)
    assert _peskov(x).acts_for is None


def test_a_title_owned_by_a_placed_person_places_its_holder_in_the_owners_state(nlp):
    # the same sentence without the "of" phrase: only Putin’s title places Peskov
    x = extract("The Department of State is designating Dmitry Peskov, Vladimir Putin’s spokesperson, under "
                "E.O. 14024.", dt.date(2022, 3, 3), nlp=nlp, outlet=STATE)
    assert _peskov(x).acts_for == "RUS"
    designation = next(e for e in x.events if e.type == "SANCTION")
    # a spokesperson speaks for the owner: Putin's sector (Phoenix "government spokesperson": GOV)
    assert (designation.target_acts_for, designation.target_sector) == ("RUS", "GOV")


def test_an_unplaced_owner_places_nobody(nlp):
    # "Obama" alone is placed by nothing in this interview: his advisor stays unplaced
    x = extract("Take say on Obama, Obama’s national security advisor James Jones former Marine commandant is on "
                "record of favoring expansion of NATO to the south and the east.", dt.date(2009, 4, 1), nlp=nlp)
    jones = x.entities["person:james-jones"] if isinstance(x.entities, dict) else \
        next(e for e in x.entities if e.key == "person:james-jones")
    assert jones.acts_for is None
