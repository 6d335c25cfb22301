"""A lower-case word glued to the family name after it, a page-layout artefact ("hành kháchTrần Thị B",
"ôngLê Văn A"): the token splits into the word and the family name, so the name reads whole. Only a lower-case
Vietnamese syllable of two or more letters, then a family name of ``surnames.tsv`` (capitalised, nothing after
it), splits: "iPhone", "VietNamNet", "eBay" stay one token. Read by :func:`kg.extract.tokens.tokenize`."""

from __future__ import annotations

from functools import cache

from kg.extract.tokens import _GLUE, Token


@cache
def _surnames() -> frozenset[str]:
    from kg.extract import lexicon  # imported here: the lexicon reads normalise, tokens is read first

    return frozenset(w.capitalize() for w in lexicon.words("surnames"))


def split_glued_surnames(toks: list[Token]) -> list[Token]:
    """Each token of a lower-case syllable glued to a family name, as two tokens."""
    from kg.extract.names import is_foreign  # names reads tokens: imported here, once the module is loaded

    out: list[Token] = []
    for t in toks:
        m = _GLUE.search(t.text)
        head, tail = (t.text[: m.start() + 1], t.text[m.start() + 1 :]) if m else ("", "")
        if m and len(head) >= 2 and head.isalpha() and head.islower() and tail in _surnames() \
                and not is_foreign(head):
            mid = t.start + len(head)
            out += [Token(t.start, mid, head), Token(mid, t.end, tail)]
        else:
            out.append(t)
    return out
