"""scripts/convert_phoenix_actors.py: which Phoenix actor records become named actors."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from newsgraph.resolve.actors import named_actor

_SPEC = importlib.util.spec_from_file_location(
    "convert_phoenix_actors", Path(__file__).resolve().parents[2] / "scripts" / "convert_phoenix_actors.py")
convert = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(convert)

# a made-up dictionary in the Phoenix format: a group with dated codes and a member listed under
# it, a party whose code changed, an office holder, an NGO whose code carries digits
_DICTIONARY = """\
NORTHERN_VALLEY_FRONT_
+NVF_
+THE_NORTHERN_VALLEY_FIGHTERS_
+KARIM_BENALI_
\t[IMGMUSXYZ >20100101]

WESTLAND_PEOPLES_PARTY_
\t[ABCREB 19900101-20050101]
\t[ABCGOVPTY >20050101]

JOHN_EXAMPLE_SMITH_  # CountryInfo.txt
+SMITH_ADMINISTRATION_
\t[ABCGOV 20010101-20050101]
\t[ABCOPP >20050101]
JOHN_OTHER_PERSON_
\t[ABCGOV 20010101-20050101]
JOHN_THIRD_PERSON_
\t[ABCGOVMIL 20030101-20060101]
KARIM_ANYONE_
\t[ABCGOV 20020101-20040101]
KARIM_SOMEONE_
\t[ABCGOV 20020101-20040101]

RIVER_RELIEF_SOCIETY_\t[NGOCHRPRO214]
+THE_HELPING_HANDS_
"""


def _convert(tmp_path):
    path = tmp_path / "actors.txt"
    path.write_text(_DICTIONARY, encoding="utf-8")
    return convert.convert_actors([path], convert.convert_people(path))


def test_newest_code_of_a_dated_record():
    assert convert.newest_code(["ABCREB 19900101-20050101", "ABCGOVPTY >20050101"]) == "ABCGOVPTY"
    assert convert.newest_code(["ABCREB 900101-050101", "ABCMIL 050102-080101"]) == "ABCMIL"
    assert convert.newest_code(["ABCELI", "ABCGOV 20010101-20050101"]) == "ABCGOV"
    assert convert.newest_code(["---"]) is None


def test_dated_bodies_are_kept_with_their_newest_code(tmp_path):
    actors = _convert(tmp_path)
    assert actors["northern valley front"] == "IMGMUSXYZ"
    assert actors["nvf"] == "IMGMUSXYZ"
    assert actors["northern valley fighters"] == "IMGMUSXYZ"   # its leading "the" dropped
    assert actors["the helping hands"] == "NGOCHRPRO214"
    assert actors["westland peoples party"] == "ABCGOVPTY"
    assert actors["river relief society"] == "NGOCHRPRO214"    # digits of a code are no date


def test_an_epithet_alias_keeps_its_leading_the(tmp_path):
    # an alias sharing no word with the body's own name is an epithet: without its "the" it is
    # a common phrase ("helping hands")
    assert "helping hands" not in _convert(tmp_path)


def test_bundled_table_has_no_epithet_without_its_the():
    for phrase in ("holy men", "group of death", "universal army", "islamic resistance"):
        assert named_actor(phrase) is None, phrase
    assert named_actor("European Union") is not None and named_actor("Islamic State") is not None


def test_a_body_named_after_a_person_takes_the_government_code_it_held(tmp_path):
    # the person's newest code is ABCOPP (after office): the administration held ABCGOV
    assert _convert(tmp_path)["smith administration"] == "ABCGOV"


def test_office_holders_and_a_groups_members_stay_out(tmp_path):
    actors = _convert(tmp_path)
    assert "karim benali" not in actors         # a member listed under the group
    assert "john example smith" not in actors   # an office holder, though one code is OPP
    assert "john other person" not in actors


def test_bundled_table_codes_the_islamic_state():
    for name in ("ISIL", "ISIS", "Daesh", "the Islamic State", "Islamic State of Iraq and the Levant"):
        code = named_actor(name)
        assert code is not None and code.sector == "REB" and code.acts_for is None, name
    assert named_actor("Abu Bakr al-Baghdadi") is None
