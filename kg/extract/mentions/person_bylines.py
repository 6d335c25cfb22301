"""An authors' line run on after a caption's name (:func:`byline_cut`).

A caption that names an official ends, with no full stop, in the article's authors joined by a dash ("… Thứ
trưởng Bộ X Vi Văn A Lò B - Tố C"): the run of capitalised words before the dash holds the official's name and the
first author's pen name of two syllables; the official's name ends before it. Pure, over a sentence's tokens.
"""

from __future__ import annotations

from kg.extract.mentions.sentence import _is_name_word, _Sent, _word_set
from kg.extract.normalise import key


def byline_cut(s: _Sent, i: int, run_end: int) -> int:
    """End of the name run i..run_end without a trailing first author: the run has five words or more and a dash
    follows it, then two to four name words to the sentence's end (the second author); the run ends in a family
    name and one syllable, a family name three words before them, and no name of three or four syllables ends it
    ("… Tỉnh ủy Sông Lô Vi Văn A - Lò B" keeps its name)."""
    toks = s.toks
    if run_end - i < 5 or run_end + 3 > len(toks) or toks[run_end].text not in ("-", "–"):
        return run_end
    surnames = _word_set("surnames")
    if [key(toks[x].text) in surnames for x in (run_end - 5, run_end - 4, run_end - 3, run_end - 2)] != [
            True, False, False, True]:
        return run_end
    rest = toks[run_end + 1 :]
    if rest and rest[-1].text == ".":
        rest = rest[:-1]
    return run_end - 2 if 2 <= len(rest) <= 4 and all(_is_name_word(t) for t in rest) else run_end


def authors_line(s: _Sent) -> bool:
    """The sentence is a byline of several authors: names of two to four words joined by dashes, nothing else
    ("Kha Tú - Quách Văn Tám")."""
    parts: list[int] = [0]
    for t in s.toks:
        if t.text in "-–":
            parts.append(0)
        elif _is_name_word(t):
            parts[-1] += 1
        elif not (t is s.toks[-1] and t.text == "."):
            return False
    return len(parts) >= 2 and all(2 <= n <= 4 for n in parts)
