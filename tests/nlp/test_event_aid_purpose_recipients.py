"""Aid whose recipient is named only by its purpose (PLOVER AID: the target is the recipient): an
AID act naming no recipient of its own takes the beneficiary its purpose clause names, the
possessor or object of a helping verb ("to support X's efforts", "to help X cope"), also where
the purpose is the second of coordinated to-infinitives; the "from" phrase of the thing given
names where it comes from (a lender, a donor), never the recipient. Contrasts: a purpose naming
only an abstract thing, a purpose about the giver's own efforts, and a recipient named by the act
itself. Invented sentences."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events, explain as _explain


def _aid(events):
    return [e for e in events if e.type == "AID"]


def test_second_coordinated_purpose_names_the_recipient(base_nlp):
    events = _events(base_nlp, "Canada supported a $200 million loan to strengthen public finances and to "
                     "support Colombia's efforts to resettle displaced families.")
    aid = _aid(events)
    assert aid and all(e.target_text == "Colombia" for e in aid), _explain(events)


def test_lender_of_the_loan_is_no_recipient(base_nlp):
    events = _events(base_nlp, "Canada supported a $200 million loan from the Inter-American Development Bank "
                     "to strengthen public finances and to support Colombia's efforts to resettle displaced "
                     "families.")
    aid = _aid(events)
    assert aid and all(e.target_text == "Colombia" for e in aid), _explain(events)


def test_grant_from_a_bank_to_help_a_state(base_nlp):
    events = _events(base_nlp, "Sweden provided a $30 million grant from the European Investment Bank to help "
                     "Moldova cope with rising energy prices.")
    aid = _aid(events)
    assert aid and all(e.target_text == "Moldova" for e in aid), _explain(events)


def test_origin_alone_is_no_recipient(base_nlp):
    events = _events(base_nlp, "Italy delivered a loan from the World Bank.")
    assert not [e for e in _aid(events) if e.target_text and "World Bank" in e.target_text], _explain(events)


def test_purpose_of_the_givers_own_efforts_names_no_recipient(base_nlp):
    # contrast: the giver is never its own recipient
    events = _events(base_nlp, "Norway provided a $40 million loan to support Norway's efforts to modernize "
                     "its ports.")
    aid = _aid(events)
    assert aid and all(e.target_text is None for e in aid), _explain(events)


def test_abstract_purpose_names_no_recipient(base_nlp):
    # contrast: efforts owned by nobody named
    events = _events(base_nlp, "Canada provided a $50 million grant from its development fund to support "
                     "efforts to end the conflict.")
    aid = _aid(events)
    assert aid and all(e.target_text is None for e in aid), _explain(events)


def test_recipient_named_by_the_act_is_kept(base_nlp):
    # contrast: the "to" phrase already names the recipient; the purpose's state is not taken
    events = _events(base_nlp, "Germany provided a $100 million loan to Jordan to support Lebanon's efforts to "
                     "house refugees.")
    aid = _aid(events)
    assert aid and all(e.target_text == "Jordan" for e in aid), _explain(events)


def test_aid_sent_from_depots_keeps_its_destination(base_nlp):
    # contrast: the origin of the goods on the verb is passed over, the "to" phrase still names the recipient
    events = _events(base_nlp, "Austria sent humanitarian aid from its army depots to Poland.")
    aid = _aid(events)
    assert aid and all(e.target_text == "Poland" for e in aid), _explain(events)


def test_goods_moved_from_a_state_go_to_the_destination(base_nlp):
    events = _events(base_nlp, "The United States airlifted supplies from Germany to Ukraine.")
    aid = _aid(events)
    assert aid and all(e.target_text == "Ukraine" for e in aid), _explain(events)


def test_people_evacuated_from_a_place_unchanged(base_nlp):
    # contrast: the "from" of people moved is not an origin of goods, so the rule leaves the act
    # its party (which one the evacuation names is read elsewhere)
    events = _events(base_nlp, "Poland evacuated its diplomats from Kyiv.")
    aid = _aid(events)
    assert aid and all(e.target_text is not None for e in aid), _explain(events)
