"""Another subject of the verb that gives a post after a name: a relative right before the verb ("ông A thành lập
công ty và để vợ làm giám đốc"), or people counted between the name and the verb in one clause ("ông A cho hay có
hai trường hợp … được điều động về Sở X làm phó giám đốc"). The post is theirs, not the name's. Read by
:func:`kg.extract.post_moves.appointed`: no appointment of the name then."""

from __future__ import annotations

import re

from kg.extract import lexicon

# a kin word that is no form of address ("vợ", "con trai"; kin_words.tsv less honorifics.tsv: "anh", "em" before a
# verb may be the named person himself), its modifier and "mình" or "của" + an honorific, right before the verb
_ADDRESS = set(lexicon.forms("honorifics", 2, "address", "familiar", "young", "elder", "comrade"))
_KIN = "(?:" + "|".join(re.escape(f) for f in lexicon.forms("kin_words", 2, "kin") if f not in _ADDRESS) + ")"
_MODIFIER = lexicon.alternation("kin_words", 2, "modifier")
_KIN_SUBJECT = re.compile(r"(?<!\w)" + _KIN + r"(?:\s+" + _MODIFIER + r")?(?:\s+mình|\s+của\s+(?:ông|bà|anh|chị))?"
                          r"\s+$", re.IGNORECASE)
# a number or a plural word, then a noun of people, and no comma, semicolon or colon up to the verb; not people the
# name is one of or goes with ("là một trong 3 cán bộ", "cùng 2 cán bộ khác", "và hai người"): the name is a subject too
_COUNT = r"(?:\d+|" + lexicon.alternation("quantifiers", 2, "numeral", "plural") + ")"
_COUNTED_SUBJECT = re.compile(r"(?<!\w)(?<!trong )(?<!cùng )(?<!với )(?<!và )" + _COUNT + r"\s+"
                              + lexicon.alternation("verb_subjects", 2, "counted")
                              + r"(?!\w)(?!\s+khác(?!\w))[^,;:()]*$", re.IGNORECASE)


def other_subject(before: str, verb_start: int) -> bool:
    """Between the name and the verb (``before[:verb_start]``), another subject of the verb stands: a relative right
    before it, or people counted in the verb's clause."""
    head = before[:verb_start]
    return _KIN_SUBJECT.search(head) is not None or _COUNTED_SUBJECT.search(head) is not None
