"""Round cpu44: the cheaper paths of the build give what the general ones give (made-up text throughout)."""

from kg.extract.document import Mention
from kg.extract.mentions.event_unmarked import Subjects, subjects_before


def _m(kind: str, start: int, end: int) -> Mention:
    return Mention(kind, start, end, "x" * (end - start), 0)


def test_subjects_by_binary_search_are_the_subjects_of_a_pass() -> None:
    found = [_m("person", 40, 55), _m("title", 30, 39), _m("body", 0, 12), _m("place", 60, 80),
             _m("person", 5, 9), _m("date", 14, 20), _m("place", 81, 90), _m("body", 12, 25)]
    index = Subjects(found)
    for start, end in ((0, 100), (0, 25), (0, 26), (5, 80), (12, 81), (41, 100), (60, 80), (90, 95), (30, 30)):
        assert index.before(start, end) == subjects_before(found, start, end), (start, end)
    assert index.before(0, 25) == [10, 13]  # a name that ends at the clause's end leaves no room for a verb
