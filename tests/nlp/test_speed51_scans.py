"""Task speed51: work done once per text, or skipped where it cannot apply, with the same output.
A written range's first word is found once per kind (a month, a digit) for all the range forms
that open with it; a place name's readings are looked up once per name. Each test checks the
result the cheaper lookup must still give."""

from __future__ import annotations

from newsgraph.nlp import entities, timex
from newsgraph.resolve.places import readings

RANGE_TEXT = ("The summit ran from June 27 to July 2, 2022, after talks held 9–11 March 2022 and "
              "a ceasefire observed between March and May 2019. Exports fell from 2019 to 2021; "
              "on 30 March – 2 April 2022 the envoys met again, and the June 27-30 round followed. "
              "Mid-June 3-4 and x2019-2020 are no ranges; SEPT. 3 - 5 is one.")


def test_range_forms_tried_at_their_starts_match_as_a_full_scan():
    assert timex._RANGE_STARTS == ["m1", "m1", "d1", "d1", "m1", "d1"]
    for (form, _compact), group in zip(timex._RANGE_FORMS, timex._RANGE_STARTS):
        starts = [m.start() for m in timex._R_STARTS[group].finditer(RANGE_TEXT)]
        assert [(m.span(), m.groupdict()) for m in timex._matches_at(form, RANGE_TEXT, starts)] == \
            [(m.span(), m.groupdict()) for m in form.finditer(RANGE_TEXT)]
    found = [m.group(0) for m in timex._range_matches(RANGE_TEXT)]
    assert "June 27 to July 2, 2022" in found and "9–11 March 2022" in found
    assert "2019 to 2021" in found and "June 27-30" in found and "SEPT. 3 - 5" in found
    assert not any("2019-2020" in f for f in found)


def test_place_readings_are_the_gazetteer_readings():
    for name in ("Kyiv", "Bucha", "Indiana", "Nowhere Town"):
        assert list(entities._place_readings(name)) == readings(name)
    assert entities._place_readings("Kyiv") is entities._place_readings("Kyiv")  # memoised
