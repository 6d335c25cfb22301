r"""Regexes of words that must start a word, written so that the regex engine finds them fast.

``(?<!\w)(?:đã|vừa)`` tries its look-behind at every position of the text: Python's ``re`` skips ahead only to where
a pattern's first character (or one of a class of them) stands, and a pattern that opens with a look-behind has
none. :func:`word_led` gives the same matches with each form's first character first and the look-behind right
after it, over both characters (``đ(?<!\w(?s:.))ã|v(?<!\w(?s:.))ừa``): the engine then stops only where a form's
first character stands. (:mod:`kg.extract.mentions.sentence` builds its lexicon tries the same way.)"""

from __future__ import annotations

import re
from collections.abc import Iterable

# after a form's first character: no word character before that character
WORD_BEFORE_FIRST = r"(?<!\w(?s:.))"


def word_led(forms: Iterable[str]) -> str:
    r"""``(?<!\w)(?:f1|f2|…)`` of the forms (escaped, tried in the order given), opening with their first characters;
    no form may be empty."""
    return "(?:" + "|".join(re.escape(f[0]) + WORD_BEFORE_FIRST + re.escape(f[1:]) for f in forms) + ")"
