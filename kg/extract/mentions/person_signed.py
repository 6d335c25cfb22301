"""An article signed at its end: its authors' names then their agency or office in brackets (:func:`signed_line`).

The last sentence of a report is often its signature: one or more authors' names joined by a dash or a comma, then
a bracket that gives the news agency, the office or the place they write from ("Lê Văn A - Trần B (TTXVN)",
"Nguyễn Thị C (Ban Tuyên giáo Tỉnh ủy)", "Phạm D (t.h)"). Those names are bylines, not people of the report. A
bracket that places a person in a photo, or gives an age or a school grade (``person_cues.tsv`` roles
photo-place, age, grade), or opens with a post title ("(Đội trưởng …)"), and a name after an honorific
("Ông A (…)"), are a caption's or a quoted official's and stay out. Pure, over a sentence's tokens.
"""

from __future__ import annotations

from kg.extract import lexicon, names
from kg.extract.mentions.sentence import _is_name_word, _Sent
from kg.extract.normalise import key


def signed_line(s: _Sent) -> bool:
    """The sentence is the document's last and holds only authors' names (two to four name words each, joined by
    "-", "–" or ",") and one bracket after them, maybe with a full stop."""
    toks = s.toks
    n = len(toks) - (bool(toks) and toks[-1].text == ".")
    if n < 4 or toks[n - 1].text != ")" or s.text[s.sent.end :].strip():  # the cheap test first
        return False
    opens = next((x for x in range(n) if toks[x].text == "("), None)
    if opens is None or opens == 0 or n - 1 - opens < 2:
        return False
    return _authors(s, opens) and opens + 1 not in s.title_starts and _agency(s, opens + 1, n - 1)


def _authors(s: _Sent, end: int) -> bool:
    """Tokens 0..end-1 are names of two to four words joined by dashes or commas, with no honorific before them
    ("Ông A (Đội trưởng …)" signs a quoted official's words: he is a person of the report)."""
    parts = [0]
    honorifics = lexicon.by_key("honorifics")
    for t in s.toks[:end]:
        if key(t.text) in honorifics:
            return False
        if t.text in ("-", "–", ","):
            parts.append(0)
        elif _is_name_word(t):
            parts[-1] += 1
        else:
            return False
    return all(2 <= p <= 4 for p in parts)


def _agency(s: _Sent, a: int, b: int) -> bool:
    """Tokens a..b-1 (inside the bracket) open with a capital or a mark of role ``compiled`` ("t.h"), and no caption
    cue."""
    toks = s.toks[a:b]
    if any(t.text in "()" for t in toks):
        return False
    first = key(toks[0].text)
    words = " ".join(key(t.text) for t in toks)
    cues = names.cue_phrases("photo-place") | names.cue_phrases("age") | names.cue_phrases("grade")
    if any(words == c or words.startswith(c + " ") for c in cues):
        return False
    return toks[0].text[0].isupper() or first in names.cue_phrases("compiled")
