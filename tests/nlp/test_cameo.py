"""CAMEO verb patterns (newsgraph/nlp/cameo.py): the object index keeps every pattern that
could match, in rank order."""

from __future__ import annotations

from newsgraph.nlp import cameo
from tests.scripts import load_script


def test_candidates_are_the_patterns_an_object_can_match_in_rank_order():
    lex = cameo.load()
    checked = 0
    for key, ranked in lex.patterns.items():
        objects = {form for pattern in ranked for form in pattern["object"]}
        for forms in ([], *([form] for form in sorted(objects)[:5]), ["no-such-object"]):
            expected = [p for p in ranked if not p["object"] or set(forms) & p["object"]]
            assert cameo._candidates(lex, key, forms) == expected
            checked += 1
    assert checked > 1000  # the whole PETRARCH2 verb dictionary, not a sample of it


def test_freeze_aid_is_still_the_aid_pattern(nlp):
    # "FREEZE + AID": the object names the pattern (PETRARCH2 CAMEO.2.0 verb dictionary)
    doc = nlp("The United States froze aid to Niger.")
    verb = next(t for t in doc if t.lemma_ == "freeze")
    found = cameo.sense(verb, "freeze", [])
    assert found is not None and "aid" in found.context.lower()


def _code(nlp, text, lemma):
    verb = next(t for t in nlp(text) if t.lemma_ == lemma)
    found = cameo.sense(verb, lemma, [])
    return found.code if found is not None else None


def test_a_compound_head_needs_its_modifier(nlp):
    # &MILITARY +ARMED_SERVICES is the only source of "services" in CAMEO.2.0: the head alone
    # ("consular services", a State Department release in the demo corpus) matches no troops pattern
    for text, expected in (("The embassy will increase consular services.", None),
                           ("Russia increased its armed services on the border.", "154")):
        assert _code(nlp, text, "increase") == expected


def test_a_weapon_compound_head_needs_a_word_of_its_synset(nlp):
    # &WEAPON +IMPROVISED_EXPLOSIVE_DEVICE / +TEAR_GAS, &AIRCRAFT +UNMANNED_AERIAL_SYSTEM: the head
    # alone is an everyday thing; a word of the synset before it keeps the weapon reading
    assert _code(nlp, "The agency provided emergency communications devices to Ukraine.", "provide") is None
    assert _code(nlp, "Germany delivered water purification systems to Pakistan.", "deliver") is None
    assert _code(nlp, "The firm sold cooking gas to Europe.", "sell") is None
    assert _code(nlp, "Insurgents planted improvised explosive devices on the road.", "plant") == "183"
    assert _code(nlp, "Germany delivered unmanned aerial systems to Ukraine.", "deliver") == "072"
    # a word after the head is no modifier of the compound ("devices, including ... missiles")
    assert _code(nlp, "They provided devices to deal with missiles.", "provide") is None


def test_the_converter_qualifies_heads_the_dictionary_never_writes_alone():
    module = load_script("convert_cameo_verbs")
    lines = ["&WEAPON", "+GUN", "+TEAR_GAS", "+BATTLE_TANK", "+HUNTING_KNIFE", "+KNIFE", "",
             "&CAR", "+VEHICLE", "", "&AIRCRAFT", "+JET", "+UNMANNED_AERIAL_VEHICLE", "",
             "---  SUPPLY   [070]  ---", "SUPPLY", "- * TANK  [:072]  # SUPPLY", "- * &WEAPON  [072]  # SUPPLY"]
    heads = module.compound_heads(lines)
    # "knife" is listed alone, "tank" written alone in a pattern: both stand alone; "gas" never
    # does, "vehicle" is &CAR's thing: they need a word of their synset
    assert set(heads) == {"WEAPON", "AIRCRAFT"}
    assert set(heads["WEAPON"]) == {"gas"} and set(heads["AIRCRAFT"]) == {"vehicle"}
    assert {"tear", "gun", "battle", "hunting"} <= heads["WEAPON"]["gas"]
    synsets = {"WEAPON": ["gun", "gas", "tank", "knife", "knife"]}
    pattern = module.parse_pattern("* &WEAPON (WITH &WEAPON)", synsets, heads)
    assert set(pattern["qualified"]) == {"object", "with"}
    assert module.parse_pattern("* {TEAR GAS}", synsets, heads).get("qualified") is None


def test_a_statement_verb_takes_only_its_own_patterns(nlp):
    # ADDRESS [010] is filed in OVERSEE_MANAGE with MONITOR: "MONITOR + SITUATION" [092] is monitor's
    for text, lemma, expected in (("Kenya is addressing the security situation in Haiti.", "address", None),
                                  ("Kenya is monitoring the security situation in Haiti.", "monitor", "092")):
        verb = next(t for t in nlp(text) if t.lemma_ == lemma)
        found = cameo.sense(verb, lemma, [])
        assert (found.code if found is not None else None) == expected


def test_a_sense_is_found_once_per_doc_and_verb(nlp):
    # the events component and the story typer ask for the same verbs' senses (cameo.sense is
    # kept per Doc); the kept sense is the one the patterns give
    doc = nlp("Russia sent troops to the border on Monday.")
    verb = next(t for t in doc if t.lemma_ == "send")
    first = cameo.sense(verb, "send", [])
    assert first is cameo.sense(verb, "send", [])
    assert first == cameo._sense(verb, "send", [])


def test_aid_codes_carry_the_kind_of_aid_as_mode():
    # CAMEO2PLOVER-2021 leaves AID's mode column empty and names the kind in the next column
    # (071 economic ... 075 asylum); the converter carries it, 070 "provide aid" names none
    codes = cameo.load().codes
    assert [codes[c] for c in ("070", "071", "072", "073", "074", "075")] == [
        ["AID", None], ["AID", "economic"], ["AID", "military"], ["AID", "humanitarian"],
        ["AID", "peacekeeping"], ["AID", "asylum"]]
    # other types keep the mode column: COOPERATE's kinds (062 military) are no mode of the table
    assert codes["062"] == ["COOPERATE", None] and codes["0841"] == ["RETREAT", "release"]


def test_the_converter_reads_the_kind_column_only_for_aid(tmp_path):
    module = load_script("convert_cameo_verbs")
    table = tmp_path / "table.txt"
    table.write_text("072: AID,   ,   military # Provide military aid\n"
                     "062: COOPERATE,   ,   military # Cooperate militarily\n"
                     "041: CONSULT, phone,   # Discuss by telephone\n", encoding="utf-8")
    assert module.read_table(table) == {"072": ["AID", "military"], "062": ["COOPERATE", None],
                                        "041": ["CONSULT", "phone"], "163": ["SANCTION", "discontinue"],
                                        "1712": ["ASSAULT", "destroy"]}


def test_destroyed_property_takes_the_codebooks_assault_mode():
    from newsgraph.nlp import cameo

    # the table's ASSAULT 'seize' for CAMEO 1712 is no ASSAULT mode of the codebook; 'destroy' is
    assert cameo.load().codes["1712"] == ["ASSAULT", "destroy"]
