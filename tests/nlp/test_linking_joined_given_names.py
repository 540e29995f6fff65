"""Office holders' states from the Phoenix country dictionary (task events44b): a romanised
Korean or Chinese given name is written hyphenated ("Kim Jong-il"), spaced ("Kim Jong Il") or as
one word ("Kim Jongil", Revised Romanization); every form finds the listed holder. (Kim Jong Un is
not in the dictionary at all, which ends about 2015: no spelling of his name finds a state there.)"""

from newsgraph.resolve.actors import person_state
from tests.nlp.linked_events import linked, show


def test_hyphenated_spaced_and_joined_given_names_find_the_holder():
    for name in ("Kim Jong-il", "Kim Jong Il", "KIM JONG-IL", "Kim Jongil", "Lee Myung-bak", "Lee Myungbak"):
        assert person_state(name) in ("PRK", "KOR"), name
    assert person_state("Kim Jongil") == "PRK"
    assert person_state("Lee Myungbak") == "KOR"
    # a listed two-word name written with a hyphen in its given name
    assert person_state("Xi Jin-ping") == "CHN"


def test_joined_name_never_matches_on_family_name_alone():
    # "Kim" names office holders of both Koreas: no given name, no state
    assert person_state("Kim Minji") is None
    assert person_state("Kim Jong-un") is None  # not listed (the dictionary ends about 2015)


def test_joined_given_name_places_the_actor(nlp):
    events = linked(nlp, "Kim Jongil criticised South Korea on Tuesday.", outlet="Reuters")
    found = [e for e in events if e.type == "DISAPPROVE"]
    assert found and found[0].source_acts_for == "PRK", show(events)
