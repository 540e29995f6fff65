"""The model's attribute ruler, matched through an index instead of spaCy's Matcher.

The pinned model's ``attribute_ruler`` (tag -> POS/morphology, auxiliaries, contractions:
179 rules) finds its matches with spaCy's ``Matcher``, which tries every rule at every token:
about 3 s of CPU per 100 bench articles, a seventh of raw spaCy's whole time and as much as
half of newsgraph's own components. Its rules are all fixed-length token sequences testing a
few attributes (an exact value, IN / NOT_IN a list, a REGEX); ``install_indexed_matching``
gives the ruler a ``match`` that finds the same matches by looking each token's exact values
up in an index of the rules (the rule whose first token wants TAG "NN" is tried only on "NN"
tokens), and leaves everything else to the ruler: the matches are sorted as its own ``match``
sorts them and its own ``set_annotations`` writes them. The rules are read from the loaded
ruler itself; a ruler with any pattern this does not read exactly as the Matcher does (an
operator, another attribute or predicate) keeps spaCy's Matcher.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.strings import get_string_id
try:  # spaCy's own writer of a rule's attributes (what AttributeRuler.set_annotations calls);
    # private, so a spaCy without it keeps the Matcher rather than failing to load
    from spacy.tokens._retokenize import set_token_attrs
except ImportError:  # pragma: no cover - the pinned spaCy 3.8 has it
    set_token_attrs = None

# The token attributes a rule may test here (those the pinned model's rules test), by the
# name patterns use; each is read for the whole Doc at once with ``Doc.to_array``.
_ATTRS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_COLUMN = {name: i for i, name in enumerate(_ATTRS)}
# exact-value tests an index is kept for, in the order a rule's first token picks one
_INDEX_ORDER = ("LOWER", "DEP", "TAG", "IS_SPACE")


def _token_test(spec: dict, strings) -> Optional[tuple]:
    """(exact, sets, regexes) for one token's pattern: exact ((column, value), ...) as the
    Matcher compares them (strings by their StringStore id, booleans as 0/1), sets ((column,
    ids, wanted), ...) for IN (wanted True) and NOT_IN (False), regexes ((column, compiled),
    ...) searched in the attribute's string; None where the spec has anything else."""
    exact, sets, regexes = [], [], []
    for name, value in spec.items():
        if not isinstance(name, str) or name.upper() not in _ATTRS:
            return None
        column = _COLUMN[name.upper()]
        if isinstance(value, bool):
            exact.append((column, int(value)))
        elif isinstance(value, str):
            exact.append((column, strings.add(value)))
        elif isinstance(value, dict) and len(value) == 1:
            (predicate, argument), = value.items()
            if predicate in ("IN", "NOT_IN") and isinstance(argument, list) \
                    and all(isinstance(v, str) for v in argument):
                sets.append((column, frozenset(get_string_id(v) for v in argument), predicate == "IN"))
            elif predicate == "REGEX" and isinstance(argument, str):
                regexes.append((column, re.compile(argument)))
            else:
                return None
        else:
            return None
    return tuple(exact), tuple(sets), tuple(regexes)


class IndexedRules:
    """The ruler's rules, indexed by a value their first token tests, and what the first token
    test gives for each combination of the tested attributes seen so far (words repeat: "the"
    tagged DT, attached as det, is tested once, not at every "the")."""

    MEMO_SIZE = 200_000  # combinations remembered; the memo is emptied when it is full

    def __init__(self, ruler):
        strings = ruler.vocab.strings
        self.ok = True
        # column -> value -> [(rule index, label id, tests per token)]: a rule is filed under the
        # exact value its first token tests (LOWER, DEP, TAG, IS_SPACE, the first there is), else
        # under each value of its first IN list; ``unindexed``: rules with neither
        self.index: dict[int, dict[int, list]] = {}
        self.unindexed: list = []
        self.memo: dict[tuple, tuple] = {}
        for i, rule in enumerate(ruler.patterns):
            label = strings.add(str(i))
            for pattern in rule["patterns"]:
                tests = tuple(_token_test(spec, strings) if isinstance(spec, dict) else None for spec in pattern)
                if not tests or any(t is None for t in tests):
                    self.ok = False
                    return
                self._file((i, label, tests))

    def _file(self, entry) -> None:
        exact, sets, _ = entry[2][0]
        exact, in_sets = dict(exact), {column: ids for column, ids, wanted in sets if wanted}
        for name in _INDEX_ORDER:
            if _COLUMN[name] in exact:
                self.index.setdefault(_COLUMN[name], {}).setdefault(exact[_COLUMN[name]], []).append(entry)
                return
        for name in _INDEX_ORDER:
            if _COLUMN[name] in in_sets:
                table = self.index.setdefault(_COLUMN[name], {})
                for value in in_sets[_COLUMN[name]]:
                    table.setdefault(value, []).append(entry)
                return
        self.unindexed.append(entry)

    @staticmethod
    def _passes(test, row, strings) -> bool:
        exact, sets, regexes = test
        for column, value in exact:
            if row[column] != value:
                return False
        for column, ids, wanted in sets:
            if (row[column] in ids) != wanted:
                return False
        for column, pattern in regexes:
            if not pattern.search(strings[row[column]]):
                return False
        return True

    def _first_token(self, row, strings) -> tuple:
        """(rules of one token that match a token with these attributes: (rule index, label id),
        each once; rules of more tokens whose first token matches it)."""
        single, longer = {}, []
        candidates = [entry for column, table in self.index.items() for entry in table.get(row[column], ())]
        for entry in candidates + self.unindexed:
            i, label, tests = entry
            if self._passes(tests[0], row, strings):
                if len(tests) == 1:
                    single[i, label] = None
                else:
                    longer.append(entry)
        return tuple(single), tuple(longer)

    def match(self, doc) -> list[tuple[int, int, int, int]]:
        """(rule index, label id, start, end) of every match, each once, sorted: what
        ``AttributeRuler.match`` returns."""
        if not len(doc):
            return []
        rows = doc.to_array(list(_ATTRS.values())).tolist()
        n = len(rows)
        memo = self.memo
        strings = doc.vocab.strings  # the Matcher reads a REGEX's string there
        found = []
        longer_found = set()
        for start, row in enumerate(rows):
            key = tuple(row)
            hit = memo.get(key)
            if hit is None:
                if len(memo) >= self.MEMO_SIZE:
                    memo.clear()
                hit = memo[key] = self._first_token(row, strings)
            single, longer = hit
            for i, label in single:
                found.append((i, label, start, start + 1))
            for i, label, tests in longer:
                end = start + len(tests)
                if end <= n and all(self._passes(tests[k], rows[start + k], strings) for k in range(1, len(tests))):
                    longer_found.add((i, label, start, end))
        found.extend(longer_found)
        found.sort()
        return found


def _annotator(ruler, rules: IndexedRules):
    """``AttributeRuler.set_annotations`` without a Span per match: the same attributes set on
    the same token (the one at the rule's index in the match), in the same order; None where a
    rule's index may fall outside one of its patterns (the ruler's own raises an error there)."""
    attrs, indices = ruler.attrs, ruler.indices
    for column_table in (*rules.index.values(), {None: rules.unindexed}):
        for entries in column_table.values():
            for i, _, tests in entries:
                if not -len(tests) <= indices[i] < len(tests):
                    return None

    def set_annotations(doc, matches) -> None:
        for i, _, start, end in matches:
            index = indices[i]
            set_token_attrs(doc[start + index if index >= 0 else end + index], attrs[i])

    return set_annotations


def install_indexed_matching(nlp) -> bool:
    """Give ``nlp``'s attribute ruler the indexed ``match`` and a ``set_annotations`` that makes
    no Span per match (module docstring); False, and the ruler left as it is, where it has a
    pattern the index does not read."""
    if set_token_attrs is None or "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    rules = IndexedRules(ruler)
    if not rules.ok:
        return False
    annotate = _annotator(ruler, rules)
    if annotate is None:
        return False
    ruler.match = rules.match
    ruler.set_annotations = annotate
    return True
