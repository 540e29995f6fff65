"""A name that holds a coordinating "and" is one name where the NER cut it there or left its
second half untagged (nlp/entities.py ``_names_joined_at_and``): a name the Phoenix dictionaries
list whole, a body's "of"/"for" complement that goes on after the "and", two modifiers sharing
the head that ends the name. Two names joined by "and" stay two. Invented sentences."""

from __future__ import annotations

from newsgraph.nlp.entities import find_mentions


def _names(base_nlp, text, include_misc=False):
    return [(m.text, m.type) for m in find_mentions(base_nlp(text), include_misc=include_misc)]


def test_a_name_the_phoenix_dictionaries_list_with_its_and_is_one_body(base_nlp):
    names = _names(base_nlp, "The Islamic State of Iraq and the Levant attacked a village near the border.")
    assert ("Islamic State of Iraq and the Levant", "organization") in names
    assert "Levant" not in [text for text, _ in names]
    names = _names(base_nlp, "Officers of U.S. Immigration and Customs Enforcement detained the two men.")
    assert ("U.S. Immigration and Customs Enforcement", "organization") in names


def test_a_listed_part_with_a_plural_head_does_not_join(base_nlp):
    # Phoenix reads "Departments of State and Defense" as the department of state: the listing
    # holds no "and", so nothing is joined
    names = [text for text, _ in _names(base_nlp, "The Departments of State and Defense briefed the committee.")]
    assert not [text for text in names if " and " in text]


def test_a_body_complement_goes_on_after_the_and(base_nlp):
    names = _names(base_nlp, "Canada's Ministry of Foreign Affairs and International Trade criticized the ruling.")
    assert ("Ministry of Foreign Affairs and International Trade", "organization") in names
    assert "International Trade" not in [text for text, _ in names]
    names = _names(base_nlp, "The Bureau of European and Eurasian Affairs condemned the attack on the village.")
    assert ("Bureau of European and Eurasian Affairs", "organization") in names
    # the model takes the "and" in and leaves the last word untagged
    names = _names(base_nlp, "The minister met officials of the Organisation for Economic Co-operation and "
                             "Development in Paris.")
    assert ("Organisation for Economic Co-operation and Development", "organization") in names


def test_a_serial_comma_inside_a_body_complement_goes_on(base_nlp):
    names = _names(base_nlp, "The Bureau of Democracy, Human Rights, and Labor released a report.")
    assert ("Bureau of Democracy, Human Rights, and Labor", "organization") in names
    # the model tags the last word a person or a place: a common word ending the series still goes on
    names = _names(base_nlp, "She works in the Bureau of Arms Control, Verification, and Compliance at the agency.")
    assert ("Bureau of Arms Control, Verification, and Compliance", "organization") in names
    # near miss: no series inside the first name, so the comma and "and" end it
    names = [text for text, _ in _names(base_nlp, "The Ministry of Finance, and Reuters reported it.")]
    assert "Ministry of Finance" in names and not [text for text in names if " and " in text]


def test_two_portfolio_words_are_two_departments(base_nlp):
    names = [text for text, _ in _names(base_nlp, "The Department of State and Treasury announced sanctions.")]
    assert "Department of State" in names and "Department of State and Treasury" not in names


def test_a_second_body_after_the_and_stays_apart(base_nlp):
    names = [text for text, _ in _names(base_nlp, "The Department of State and NASA signed the accords.")]
    assert "Department of State" in names and "NASA" in names
    names = [text for text, _ in _names(base_nlp, "The Ministry of Finance and State Council Information "
                                                  "Department agreed on the plan.")]
    assert "Ministry of Finance" in names and "State Council Information Department" in names
    names = [text for text, _ in _names(base_nlp, "The Ministry of Defense and John Smith agreed.")]
    assert "Ministry of Defense" in names and "John Smith" in names
    names = [text for text, _ in _names(base_nlp, "The Ministry of Defense and Minister Smith agreed.")]
    assert "Ministry of Defense" in names and not [text for text in names if " and " in text]


def test_modifiers_sharing_the_head_of_a_name_are_one_name(base_nlp):
    names = _names(base_nlp, "The Anti-Money Laundering and Anti-Corruption Task Force met on Monday.")
    assert ("Anti-Money Laundering and Anti-Corruption Task Force", "organization") in names
    # a law's name: no organisation "Computer Fraud"; a document when documents are asked for
    text = "He was charged under the Computer Fraud and Abuse Act last year."
    assert not [name for name, type_ in _names(base_nlp, text) if type_ == "organization"]
    assert ("Computer Fraud and Abuse Act", "misc") in _names(base_nlp, text, include_misc=True)
    names = _names(base_nlp, "Russia violated the Biological and Toxin Weapons Convention, officials said.")
    assert not [name for name, type_ in names if type_ == "organization"]


def test_two_names_sharing_a_head_word_stay_two(base_nlp):
    # an acronym, a proper name, a state's people, the verb's own subject: each a name of its own
    names = [text for text, _ in _names(base_nlp, "The IMF and World Bank approved the loan.")]
    assert "IMF" in names and "World Bank" in names
    names = [text for text, _ in _names(base_nlp, "Sberbank and VTB Bank were sanctioned on Monday.")]
    assert "VTB Bank" in names and not [text for text in names if " and " in text]
    names = [text for text, _ in _names(base_nlp, "The Russian and Belarusian Armed Forces held drills.")]
    assert not [text for text in names if " and " in text]
    names = [text for text, _ in _names(base_nlp, "The Pentagon and State Department said so.")]
    assert "Pentagon" in names and "State Department" in names


def test_two_states_stay_two(base_nlp):
    names = _names(base_nlp, "Russia and Belarus attacked Ukraine, and Germany and France condemned it.")
    assert [text for text, type_ in names if type_ == "country"] == ["Russia", "Belarus", "Ukraine", "Germany",
                                                                    "France"]
