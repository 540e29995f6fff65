"""Name keys and the name parts that tell two people of one family apart (identity.names)."""

from __future__ import annotations

from newsgraph.identity.names import name_parts_conflict, normalise


def test_middle_initials_are_kept_aside_not_in_the_key():
    senior, junior = normalise("George H.W. Bush", "person"), normalise("George W. Bush", "person")
    assert senior.key == junior.key == normalise("George Bush", "person").key == "george bush"
    assert (senior.initials, junior.initials) == ("hw", "w")
    assert normalise("George H. W. Bush", "person").initials == "hw"


def test_differing_initials_or_generations_are_two_people():
    assert "middle initials" in name_parts_conflict(normalise("George W. Bush", "person"),
                                                    normalise("George H.W. Bush", "person"))
    assert "generational" in name_parts_conflict(normalise("Robert F. Kennedy Jr.", "person"),
                                                 normalise("Robert F. Kennedy Sr.", "person"))


def test_a_name_without_initials_or_a_shorter_initial_set_says_nothing():
    assert name_parts_conflict(normalise("Antony J. Blinken", "person"), normalise("Antony Blinken", "person")) is None
    assert name_parts_conflict(normalise("George H. Bush", "person"), normalise("George H.W. Bush", "person")) is None
    assert name_parts_conflict(normalise("Martin Luther King Jr.", "person"),
                               normalise("Martin Luther King", "person")) is None


def test_surname_spelling_variants_but_not_gendered_pairs():
    from newsgraph.identity.names import surname_variant

    assert surname_variant("zelensky", "zelenskyy") and surname_variant("mohamed", "mohammed")
    assert not surname_variant("lavrov", "lavrova") and not surname_variant("zelensky", "zelenska")
    assert not surname_variant("bush", "bushe") and not surname_variant("johnson", "johansson")


def test_initials_are_letters_written_with_a_dot_and_a_leading_run_is_the_given_name():
    # review 34b #1: an apostrophe piece ("O'", "d'") is not a middle initial, and "H.W." /
    # "J.D." before a surname are the given name, so one person is not split in two
    assert name_parts_conflict(normalise("Martin J. O'Malley", "person"), normalise("Martin O'Malley", "person")) is None
    assert normalise("Martin J. O'Malley", "person").initials == "j"
    assert name_parts_conflict(normalise("Valéry M. Giscard d'Estaing", "person"),
                               normalise("Valéry Giscard d'Estaing", "person")) is None
    assert normalise("J.D. Vance", "person").key == normalise("JD Vance", "person").key == "jd vance"
    assert normalise("H.W. Bush", "person").key == "hw bush"
    assert name_parts_conflict(normalise("H.W. Bush", "person"), normalise("George H.W. Bush", "person")) is None


def test_initials_of_two_given_names_say_nothing_more():
    assert name_parts_conflict(normalise("George W. Bush", "person"), normalise("Laura L. Bush", "person")) is None
    assert name_parts_conflict(normalise("George W. Bush", "person"), normalise("Geo. H.W. Bush", "person")) is not None
