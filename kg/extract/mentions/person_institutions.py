"""A capitalised run right after a post title and the head of an institution written in lower case ("Tổng biên
tập báo Nông Thôn Ngày Nay", "Hiệu trưởng trường Lê Quý Đôn", "Giám đốc công ty Hoàng Long"): the run is the
institution's name, not a person's, even when it opens with a family name. The heads are those of ``bodies.tsv``
that need a name and name a public-service unit or an enterprise (newspapers, schools, hospitals, companies: the
institutions named after people or with name-like words); a state agency's lower-case head may be something else
("vụ" is also a case, "thanh tra" an inspector)."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon, names
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key

_INSTITUTIONS = ("PublicServiceUnit", "Enterprise")


@cache
def _institution_heads() -> frozenset[str]:
    """Folded heads of ``bodies.tsv`` of an institution's class that need a name after them."""
    return frozenset(key(r[0]) for r in lexicon.rows("bodies") if len(r) > 3 and r[1] in _INSTITUTIONS and r[3] == "1")


def institution_head_before(s: _Sent, k: int) -> bool:
    """One to three lower-case words right before token k form an institution's head ("báo", "tạp chí",
    "công ty") right after a post title: the capitalised run at k names that institution; not the last word of a
    person noun ("nhà báo", ``person_cues.tsv``)."""
    if not s.titles or k < 1 or not s.toks[k - 1].is_word or s.toks[k - 1].is_cap:
        return False  # (the cheap tests first: no title to end before the head, or no lower-case word before k)
    before = [key(t.text) for t in s.toks[max(0, k - 3) : k]]
    if names.cue_before(before, "noun") or names.cue_before(before, "stage-noun"):
        return False
    for n in (1, 2, 3):
        toks = s.toks[k - n : k] if k - n >= 0 else []
        if not toks or not all(t.is_word and not t.is_cap for t in toks) \
                or not all(s.adjacent(x) for x in range(k - n + 1, k + 1)):
            continue
        if key(" ".join(t.text for t in toks)) in _institution_heads() and _title_ends_at(s, toks[0].start):
            return True
    return False


def _title_ends_at(s: _Sent, start: int) -> bool:
    """A post title ends right before offset ``start`` ("Tổng biên tập | báo …"); a lower-case syllable that only
    looks like a head inside a body's name ("Bộ trưởng Tài nguyên và Môi trường | Lê Văn A") has none there."""
    return any(b <= start and s.text[b:start].strip() == "" for _a, b in s.titles)
