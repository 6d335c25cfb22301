"""Posts told of a person through a pronoun: "Trước đó, ông từng giữ các chức vụ: A, B"; "Sau đó, bà lần lượt giữ
chức A, B"; "Ông là Chủ tịch …". The pronoun ("ông", "bà": written alone, before a lower-case word) stands for the
last person the text named before it, in its sentence or the two before, that was not introduced with the other
pronoun's honorific ("bà Lê Thị A" is no antecedent of "ông"); "đồng chí" stands for a person of either.
A post told as a role before its holder ("Với vai trò là Phó chủ tịch Hội X, bà …"; "Trên cương vị Bí thư, ông
Nguyễn Văn A …") is the holder's. A post that opens a sentence as the subject of a career list ("Tân Bí thư Tỉnh
ủy X từng kinh qua nhiều vị trí …") stands for the one person the article gave that post before."""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.document import Mention, Sentence
from kg.extract.facts import pronoun_career, pronoun_later
from kg.extract.facts.context import _Ctx
from kg.extract.facts.model import Lit, Ref
from kg.extract.facts.pronoun_subject import title_subject
from kg.extract.link import Entity
from kg.extract.normalise import key

# the pronouns: "ông", "bà" (``honorifics.tsv``, class address) and "đồng chí" (comrade), in lower case or capitalised
_ADDRESS, _HONORED = (lexicon.alternation("honorifics", 2, *c) for c in (("address",), ("address", "comrade")))
_PRONOUN_FORMS = lexicon.alternation("honorifics", 2, "address", "comrade", capitalised=True)
# a pronoun subject that a copula, an appointment or a career list follows (after adverbs of time and manner;
# also right after an opening "Sau đó"/"Từ đó" with no comma: "Sau đó ông giữ chức POST")
# (led by a look-ahead for a pronoun's first letter, implied by the rest: the look-behinds are tried only there)
_FIRSTS = sorted({c for f in lexicon.forms("honorifics", 2, "address", "comrade") for c in (f[:1], f[:1].upper())})
_PRONOUN = re.compile(
    (r"(?=\s*[" + "".join(re.escape(c) for c in _FIRSTS) + "])" if "" not in _FIRSTS else "") +
    r"(?:^|(?<=[,;:])|(?<=\skhi)|(?<=\slúc)|(?<=^Sau đó)|(?<=^Từ đó))"  # "… khi bà còn là POST"
    r"\s*(" + _PRONOUN_FORMS + r")\s+"
    r"(?=(?:" + lexicon.alternation("time_adverbs", 2, "pronoun") + r"\s+)*"  # "từng", "đã", "lần lượt" …
    r"(?:là|được|" + lexicon.alternation("personnel_verbs", 3, "pronoun") + r")\s)"
)
# what every match of _PRONOUN holds: a pronoun and the first word after it (searched first, fast: a pattern that
# opens with a literal is scanned for its first letters, one that opens with a look-ahead is tried at every offset)
_PRONOUN_CUE = re.compile(r"(?:" + _PRONOUN_FORMS + r")\s+(?:"
                          + lexicon.alternation("time_adverbs", 2, "pronoun") + r"|là|được|"
                          + lexicon.alternation("personnel_verbs", 3, "pronoun") + r")\s")
_OTHER = {"ông": "bà", "bà": "ông"}
_ROLE = re.compile(r"(?:(?:với|trên|ở|bằng)\s+(?:vai trò|cương vị|tư cách)"
                   r"|lợi dụng\s+(?:danh nghĩa|cương vị|chức vụ|vị trí))(?:\s+(?:là|của))?\s+$", re.IGNORECASE)
# a sentence that opens holding a post: "Giữ cương vị POST suốt 10 năm, ông A …"
_OPENS, _TENURE_VERB, _SERVING = (lexicon.alternation("personnel_verbs", 3, f) for f in ("opens", "tenure", "serving"))
_HOLDING_OPENS = re.compile(r"(?:[\d\s]+năm\s+)?" + _OPENS + r"\s+(?:cương vị|chức vụ)\s+", re.IGNORECASE)
# "Trong thời gian giữ các chức vụ A, B (2004-2010), bà …": the posts of a tenure listed before their holder
# ("Trước khi được bổ nhiệm làm POST vào năm 2010, ông …": after an appointment, with its time)
# ("Khi được Bộ X phân công làm POST, …, ông A": the body that appoints; "Sau khi chính thức làm POST …, bà A")
_TENURE = re.compile(r"(?:trong\s+)?(?:thời gian|thời kỳ|khi|lúc)\s+"
                     r"(?:được\s+(?:(?-i:[A-ZĐ])[\w&.-]*(?:\s+[\w&.-]+){0,4}?\s+)?" + _TENURE_VERB
                     + r"(?:\s+(?:giữ|làm))?"
                     r"|(?:còn\s+|chính thức\s+)?" + _SERVING + r")\s+"
                     r"(?:các\s+)?(?:(?:chức vụ|chức danh|cương vị|vị trí)\s+)?$", re.IGNORECASE)
_NEXT_ITEM = re.compile(r"\s*(?:,|;|[-–]|và)\s*(?:sau (?:đó )?là\s+)?")
_PERIOD = re.compile(r"\s*\([^()]{1,40}\)|\s+(?:vào\s+)?(?:năm|tháng|ngày)\s+[\d/.-]+")
_HOLDER = re.compile(r"\s*,\s*(?:(" + _ADDRESS + r")\s+(?=[^\W\d_A-ZĐ])|" + _HONORED + r"\s+(?=[A-ZĐ])|(?=[A-ZĐ]))")
_ASIDES = 3  # comma-set asides (a time, a companion) that may stand between a role phrase and its holder
_WINDOW = 2  # sentences before the pronoun's own in which its antecedent is looked for


def pronoun_subjects(ctx: _Ctx, sent: Sentence) -> list[tuple[Mention, Entity]]:
    """(a person mention at the pronoun, the person it stands for) for every pronoun subject of the sentence."""
    out = []
    found = [(sent.start + m.start(1), sent.start + m.end(1), m.group(1).lower()) for m in _PRONOUN.finditer(sent.text)
             ] if _PRONOUN_CUE.search(sent.text) else []
    for start, end, pronoun in sorted({*found, *pronoun_career.opened(ctx, sent)}):  # "Năm 1975 ông là POST"
        person = _antecedent(ctx, sent, start, pronoun, subject=True)
        if person is not None:
            out.append((Mention("person", start, end, ctx.doc.text[start:end], sent.index), person))
    return out


# a career list after a post phrase that opens its sentence: "Tân Bí thư Tỉnh ủy X (đã) từng kinh qua các …"
_CAREER_AFTER = re.compile(r"\s+(?:(?:đã\s+)?từng\s+" + lexicon.alternation("personnel_verbs", 3, "career")
                           + r"|" + lexicon.alternation("personnel_verbs", 3, "career") + r"\s+(?:các|nhiều|những))\s")
_NEW_LEAD = re.compile(lexicon.alternation("post_leads", 2, "new", capitalised=True) + r"\s+")


def title_subjects(ctx: _Ctx, sent: Sentence, spans: list[tuple[int, int]]) -> list[tuple[Mention, Entity]]:
    """(a mention at the post phrase, its holder) for a post phrase (of ``spans``) that opens the sentence (after a
    lead "Tân") as the subject of a career list, when exactly one person of the article holds that post already."""
    text = ctx.doc.text
    for a, b in spans:
        if (a == sent.start or _NEW_LEAD.fullmatch(text, sent.start, a)) and _CAREER_AFTER.match(text, b, sent.end):
            label = key(text[a:b])
            holdings = [dict(f.props) for f in ctx.facts if f.cls == "PostHolding"]
            holders = {h["org:member"] for h in holdings if label in _forms(ctx, h["vnr:post"])}
            if len(holders) == 1:
                holder = holders.pop()
                if isinstance(holder, Ref):
                    return [(Mention("person", a, b, text[a:b], sent.index), ctx.links.entities[holder.id])]
    return []


def _forms(ctx: _Ctx, ref: Ref | Lit) -> set[str]:
    """The keys of a post node's label and of each of its forms as written."""
    post = ctx.links.entities.get(ref.id) if isinstance(ref, Ref) else None
    if post is None:
        return set()
    return {key(x) for x in [post.label, *post.attrs.get("forms", "").split("\n")]}


def _antecedent(ctx: _Ctx, sent: Sentence, pos: int, pronoun: str, subject: bool = False) -> Entity | None:
    """The person the pronoun at ``pos`` stands for; with ``subject`` (a career's subject), none that is one of
    several persons joined in a list (:func:`pronoun_career.ambiguous`; a "đồng chí" then stands for the title's),
    nor a companion (:func:`pronoun_career.companion`)."""
    text = ctx.doc.text
    for index in range(sent.index, max(-1, sent.index - _WINDOW - 1), -1):
        honorifics = {h.end: h.attr("vi") for h in ctx.of(index, "honorific")}
        for p in sorted(ctx.of(index, "person"), key=lambda q: -q.start):
            if p.start >= pos or ctx.ent(p) is None or subject and pronoun_career.companion(ctx, p):
                continue  # "ông đã cùng Phó Chủ tịch A đi …": a companion, not the pronoun's antecedent
            if pronoun_later.named_later(ctx, sent, pos, p):
                return None  # "…, dưới sự chỉ đạo của A, đồng chí …": the nearest person is another; none known
            before = next((v for e, v in honorifics.items() if e <= p.start and not text[e : p.start].strip()), "")
            if before != _OTHER.get(pronoun):
                return title_subject(ctx, pronoun) if subject and pronoun_career.ambiguous(ctx, p, pronoun) \
                    else ctx.ent(p)
    return title_subject(ctx, pronoun)  # a "đồng chí" far from any name: the article's one subject


def role_holders(ctx: _Ctx, sent: Sentence, spans: list[tuple[int, int]]) -> list[tuple[int, Entity]]:
    """(index into ``spans``, holder) for every post phrase span told as a role: "Với vai trò là POST, bà …"."""
    text = ctx.doc.text
    persons = ctx.of(sent.index, "person")
    out = []
    for i, (a, b) in enumerate(spans):
        j, asides = i, 0
        if _TENURE.search(text[max(sent.start, a - 60) : a]):
            while j + 1 < len(spans) and _NEXT_ITEM.fullmatch(text[spans[j][1] : spans[j + 1][0]]):
                j += 1
            b = (period.end() if (period := _PERIOD.match(text, spans[j][1], sent.end)) else spans[j][1])
            # "Khi được … làm POST, ngay những ngày đầu, ông A …": a time in plain words between (no bracket)
            asides = 0 if "(" in text[b : text.find(",", b, sent.end) + 1 or sent.end] else _ASIDES
        elif not _ROLE.search(text[max(sent.start, a - 24) : a]) and not _HOLDING_OPENS.fullmatch(text, sent.start, a):
            continue
        else:
            asides = _ASIDES
        person = _holder(ctx, sent, a, b, persons, asides)
        if person is not None:
            out += [(k, person) for k in range(i, j + 1)]
    return out


def _holder(ctx: _Ctx, sent: Sentence, a: int, b: int, persons: list[Mention], asides: int) -> Entity | None:
    """The holder of a post phrase that ends at ``b``: the person (or pronoun) right after a comma, for a role
    phrase across up to ``asides`` comma-set asides that name no person and no post ("Trên cương vị POST, từ năm
    1990, cùng với Ban X, đồng chí A …")."""
    text = ctx.doc.text
    others = [m.start for m in ctx.of(sent.index, "person", "title") if m.start >= b]
    pos = b
    for _ in range(asides + 1):
        holder = _HOLDER.match(text, pos, sent.end)
        if holder is not None and holder.group(1):
            return _antecedent(ctx, sent, a, holder.group(1).lower())
        named = next((p for p in persons if holder is not None and p.start == holder.end()), None)
        if named is not None:
            return ctx.ent(named)
        comma = text.find(",", pos + 1, min(sent.end, pos + 80))
        if comma < 0 or any(pos <= x < comma for x in others):
            return None
        pos = comma
    return None
