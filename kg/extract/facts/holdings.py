"""Post holdings: the title + body phrases of a sentence, which person holds each (before or after the name, a
biography list, a list under a header, post first), the post and its body, and shorter forms of one post folded.
"""

from __future__ import annotations

import re

from kg.extract import (
    clauses,
    lexicon,
    meetings,
    post_dash_body,
    post_ends,
    post_field_lists,
    post_field_parents,
    post_first_rest,
    post_governed,
    post_kin,
    post_lists,
    post_moves,
    post_order,
    post_plural,
    post_predicate,
    post_run_on,
    post_staff,
    post_substitute,
    post_tails,
    post_verb_lists,
)
from kg.extract import posts as post_grammar
from kg.extract.document import Mention, Sentence
from kg.extract.facts.context import _Ctx
from kg.extract.facts.holding_bios import _bio_after
from kg.extract.facts.post_nodes import _holding, _title_entry
from kg.extract.facts.pronouns import pronoun_subjects, role_holders, title_subjects
from kg.extract.normalise import key
from kg.extract.post_name_runs import name_run_end

# a post phrase: (title, body or None, start, end)
_Phrase = tuple[Mention, Mention | None, int, int]


def _post_phrases(ctx: _Ctx, sent: Sentence) -> list[_Phrase]:
    """(title, body or None, start, end) of every title + body phrase in the sentence."""
    titles = ctx.of(sent.index, "title")
    if not titles:
        return []  # every phrase is a title's (most sentences have none)
    # a post's body is a body or a named unit ("Tỉnh trưởng Tỉnh Phúc Kiến", "Chủ tịch xã Phú Hữu")
    bodies = ctx.of(sent.index, "body") + [p for p in ctx.of(sent.index, "place") if p.attr("name")]
    titles = [t for t in titles  # a title inside a body's name is no post ("Ban Bí thư, ông A")
              if not any(b.start < t.start and t.end <= b.end and b.kind == "body" for b in bodies)]
    text = ctx.doc.text
    stops = {m.start for m in ctx.of(sent.index, "person", "title", "rank", "date", "honorific")}
    out = []
    for t in titles:
        body = None
        for b in sorted(bodies, key=lambda b: (b.start, -b.end)):
            gap = text[t.end : b.start].strip()
            if b.start >= t.end and (not gap or gap.replace(" ", "").isalpha() and key(gap) in _BEFORE_BODY):
                body = b
                break
            if t.start < b.start < t.end < b.end:  # the title ends with the body's head: "Trưởng Ban Kinh tế…"
                body = b
                break
        if body is None:  # "Phó Chánh Văn phòng - Tổng cục Đường bộ": a dash before the body of a bare title
            entry = _title_entry(t.text)
            implied = entry.extra[0] if entry is not None and entry.extra else ""
            body = next((b for b in bodies if b.start > t.end and not implied
                         and _DASH.fullmatch(text[t.end : b.start])), None)
        if post_staff.is_staff(t.text) and not post_staff.keeps(text, t, body, ctx.of(sent.index, "person")):
            continue  # "cán bộ" heads a post only with its unit right after it
        if body is None and post_ends.calls_a_person(text, t.end, sent.end, ctx.doc.mentions) and not any(
                p.start == t.end + 1 for p in ctx.of(sent.index, "person")):  # the short name's mention: its post
            continue  # "A, Bộ trưởng Tân cho hay": a title and how the article calls another person, no post of A
        end = post_tails.phrase_end(text, t.end, body, sent.end, stops)
        end = post_field_lists.list_end(text, t.start, end, sent.end, stops)  # "Ban X chống A, B và C tỉnh Y"
        end = post_field_parents.fields_end(text, body, end, bodies, stops)  # "Ủy ban A, B của Quốc hội"
        end = next((b.end for b in bodies if b.start < end < b.end), end)  # a bare name ends no body halfway
        if body is not None:  # "Trưởng Ban Kinh tế - Ngân sách của HĐND thành phố Hải Phòng"
            of = _OF_PARENT.match(text[end : sent.end])  # "Đoàn đại biểu X cấp cao Quân đội Y"
            parent = next((x for x in bodies if of and x.start == end + of.end()), None)
            if parent is not None:  # a high-level delegation is keyed by the body it comes from, written in full
                end, body = parent.end, parent if of and "của" not in of.group() else body
        end, body = post_tails.parent_end(text, post_ends.country_end(text, end, sent.end), t, body, bodies, sent)
        term = post_grammar.TERM.match(text, end, sent.end)  # "Ủy viên Ban Chấp hành Trung ương Đảng khóa XII"
        end = term.end() if term else end
        start = t.start
        qualifier = post_grammar.QUALIFIER.search(text[max(sent.start, t.start - 12) : t.start])
        if qualifier:
            start -= len(qualifier.group())
        out.append((t, body, start, end))
    # drop titles that sit inside another phrase's body ("Ban Thường vụ" inside a longer phrase)
    out = [p for p in out if not any(q is not p and q[2] < p[2] < q[3] for q in out) and not post_grammar.of_many(
        text, p)]  # "Thứ trưởng các Bộ: …": the unnamed officials of several bodies
    out = post_dash_body.shared_bodies(text, out, lambda t: (e.extra[0] if (e := _title_entry(t)) and e.extra else ""))
    acts_for = [p for p in out if _acts_for(ctx, sent, p)]  # joined to no post after it
    joined = post_grammar.join_concurrent(text, [p for p in out if p not in acts_for],
                                          {t.text: e.en for t in titles if (e := _title_entry(t.text))})
    return sorted(joined + acts_for, key=lambda x: (x[2], -x[3]))


def _acts_for(ctx: _Ctx, sent: Sentence, ph: _Phrase, phrases: list[_Phrase] | None = None) -> bool:
    """The office a person acts for; with ``phrases``, only where a post of the person's own follows it in the
    sentence (without one, conferral_merge still reads the office as the presenter's to join two givers)."""
    return post_grammar.acts_for(ctx.doc.text, ph[2], sent.start) and (
        phrases is None or any(q[2] > ph[3] for q in phrases))


# words between a title and its body: a manner qualifier ("Phó Giám đốc phụ trách"), "của" ("Người phát ngôn của …")
# (and the business function of an enterprise's title: "Giám đốc kinh doanh Công ty X", "Phó giám đốc kỹ thuật …")
_BEFORE_BODY = frozenset({"phụ trách", "kiêm", "thường trực", "chuyên trách", "kiêm nhiệm", "của", "kiêm quản lý",
                          "điều hành", "kinh doanh", "kỹ thuật", "tài chính", "sản xuất"})

_HONORIFIC = lexicon.alternation("honorifics", 2, "address", "comrade")  # "ông", "bà", "đồng chí" (honorifics.tsv)
# "Bí thư Thành ủy lúc đó là ông A": a time word before "là"
_POST_FIRST = re.compile(r"\s+(?:(?:nhiệm kỳ|khóa|khoá)\s+[\w-]+\s+)?"
                         r"(?:" + lexicon.alternation("time_adverbs", 2, "post-first") + r"\s+)?"
                         r"(?:là|đối với)\s+(?:các\s+)?"
                         r"(?:" + _HONORIFIC + r"\s+)?")
_POST_FIRST_MORE = re.compile(r"\s*(?:,|và)\s+(?:" + _HONORIFIC + r"\s+)?")


def _holdings(ctx: _Ctx, sent: Sentence) -> None:
    """The posts the sentence gives its persons: the chain of post phrases before a name and those after it,
    a title heading a list of names, and a post named first with its holders after "là" / "đối với"."""
    persons = ctx.of(sent.index, "person")
    # a delegator's office, unless the delegator's name follows it ("Thay mặt Chủ tịch nước Lê Văn A, …": A's post)
    phrases = [ph for ph in _post_phrases(ctx, sent) if not _acts_for(ctx, sent, ph)
               or any(q.start > ph[3] and not ctx.doc.text[ph[3] : q.start].strip() for q in persons)]
    # a title inside an event's name is no one's post ("Đại hội đại biểu toàn quốc …"; it may name the giver of
    # "Lễ trao tặng Huân chương của Chủ tịch nước", read by the conferrals) unless its holder is named in it too
    # ("Lễ đón Chủ tịch nước Lê Văn A")
    phrases = [ph for ph in phrases if not any(e.start < ph[2] and ph[0].end <= e.end and not any(
        ph[3] <= q.start < e.end for q in persons) for e in ctx.of(sent.index, "event"))]
    if not phrases:
        return  # every holding below is of one of the phrases (the look-ups before it change nothing)
    guests = meetings.guest_posts(ctx.doc.text, phrases, persons, sent.start)  # "Tại cuộc tiếp POST, Q A và ngài B"
    used = {_key(ph) for _p, ph in guests}  # by title and start: a phrase a chain extends is one
    # "nguyên Tổng Bí thư: A, B"; "8 Phó Giám đốc gồm có ông A, B"; "nguyên Chủ tịch Quốc hội A và B"
    listed = post_lists.more_members(ctx.doc.text, phrases, persons, ctx.of(sent.index, "honorific"), sent.start,
                                     sent.end) + post_lists.coordinated_subjects(ctx.doc.text, phrases, persons)
    heads = {id(ph) for _p, ph in listed + guests}  # a list's head is not the post of a name before it
    for p in persons:
        person = ctx.ent(p)
        if person is None or post_ends.byline(ctx.doc.text, p.end, sent.end):  # "… Thứ trưởng X Trần Minh (thực hiện)"
            continue
        chain = _chain_before(ctx, sent, p, phrases, persons, used)
        after = [ph for ph in _posts_after(ctx, sent, p, phrases, persons,
                                           min((ph[2] for ph in chain), default=p.start)) if id(ph) not in heads]
        after = post_verb_lists.last_item(ctx.doc.text, p, persons, after, phrases)  # "làm POST, POST và POST"
        for ph in chain + after:
            used.add(_key(ph))
            _holding(ctx, sent, person, ph)
    for pm, person in pronoun_subjects(ctx, sent) + title_subjects(ctx, sent, [(ph[2], ph[3]) for ph in phrases]):
        for ph in _posts_after(ctx, sent, pm, phrases, persons):
            used.add(_key(ph))
            _holding(ctx, sent, person, ph)
    for i, person in role_holders(ctx, sent, [(ph[2], ph[3]) for ph in phrases]):  # "Với vai trò là POST, bà …"
        used.add(_key(phrases[i]))
        _holding(ctx, sent, person, phrases[i])
    # "các Phó Thủ tướng A, B, C"; "các đồng chí Ủy viên Bộ Chính trị: A, …; B, …": the header's post to each
    for p, ph in post_grammar.list_members(ctx.doc.text, phrases, persons, sent.start, sent.end) + listed + guests:
        person = ctx.ent(p)
        if person is not None:
            used.add(_key(ph))
            _holding(ctx, sent, person, ph)
    _posts_first(ctx, sent, [ph for ph in phrases if _key(ph) not in used], persons)


def _chain_before(ctx: _Ctx, sent: Sentence, p: Mention, phrases: list[_Phrase], persons: list[Mention],
                  used: set[tuple[int, int]]) -> list[_Phrase]:
    """The post phrases chained before the name (across a rank and an honorific): "Ủy viên Bộ Chính trị, Bí thư
    Thành ủy Hà Nội Hoàng Trung Hải"; none when another person's name stands between."""
    text = ctx.doc.text
    chain: list[_Phrase] = []
    cursor = p.start
    for r in ctx.of(sent.index, "rank"):
        if r.end <= cursor and text[r.end : cursor].strip() == "":
            cursor = r.start
    cursor = _skip_honorific(text, ctx, sent, cursor)
    own = any(_OWN_POST.fullmatch(text, p.end, q[2]) for q in phrases)  # "… ông A, Phó giám đốc …"
    for ph in sorted(phrases, key=lambda x: -x[3]):
        if own and not chain and "," in text[ph[3] : cursor] and _OF.search(text, max(sent.start, ph[2] - 8), ph[2]):
            continue  # "Theo quyết định của Giám đốc X, ông A, Phó giám đốc …": the post after "của" is another's
        if not chain and ph[3] < cursor and _key(ph) not in used and not any(
                ph[3] <= q.start < cursor for q in persons if q is not p) and (  # a body's name holds no person
                run_end := name_run_end(text, ph[3], cursor, ph[1] is not None)):
            ph = (ph[0], ph[1], ph[2], run_end)  # "Chủ tịch Hiệp hội X Lê Văn A"
        if ph[3] <= cursor and (post_moves.chain_gap(text, ph[3], cursor, ph[2])
                                or not chain and _parent_between(ctx, sent, ph, cursor)) and _key(ph) not in used \
                and not (post_grammar.spoken_to(text, ph, cursor, sent.start, p.end)  # "Báo cáo với POST, bà A"; not
                         and (not chain or not any(q.start < ph[2] for q in persons))) \
                and not (not chain and post_grammar.according_to(text, ph, cursor, p.end, sent.start)):
            # ("A tiếp với X, Y Lê B"; "Theo POST, ông A đã …": the source's post, not A's)
            if post_moves.chain_stops(text, ph, cursor, sent.start, bool(chain)) or chain and (post_governed.governed(
                    text, ph, cursor, p.end, sent.start, sent.end)  # "Sau báo cáo của POST, POST A yêu cầu"
                    or post_run_on.bare_space(text, ph[3], cursor)  # "A POST, POST POST B": a run-on caption
                    or post_predicate.predicate(text, ph, cursor, sent.start)  # "… là trưởng thôn, POST A"
                    or post_predicate.represented(text, ph, cursor, sent.start)):  # "Thay mặt X, POST X, POST A"
                break
            chain.append(ph)
            cursor = ph[2]
            if text[max(sent.start, cursor - 8) : cursor].strip().lower().endswith("nguyên"):
                cursor -= len("nguyên ") if text[cursor - 7 : cursor].lower() == "nguyên " else 0
    if chain and (any(_between_other_person(persons, p, ph) for ph in chain)
                  or post_plural.plural_chain(text, chain[-1][2], sent.start)):  # "mấy ông POST, POST, ông A"
        return []
    return chain


def _key(ph: _Phrase) -> tuple[int, int]:
    return ph[0].start, ph[2]


_OWN_POST = re.compile(r"\s*[,–-]\s*(?:nguyên\s+)?")
_OF = re.compile(r"(?<!\w)của\s+$", re.IGNORECASE)


def _parent_between(ctx: _Ctx, sent: Sentence, ph: _Phrase, cursor: int) -> bool:
    """Between a post phrase with a body and the name at ``cursor``, a comma and the body above it alone ("Cục
    trưởng Cục X, Bộ Y Lê Văn A"): the post is the name's (the body above is no part of it, as in parentheses)."""
    text = ctx.doc.text
    return ph[1] is not None and any(_COMMA.fullmatch(text[ph[3] : b.start])
                                     and not text[b.end : cursor].strip() for b in ctx.of(sent.index, "body"))


def _posts_after(ctx: _Ctx, sent: Sentence, p: Mention, phrases: list[_Phrase], persons: list[Mention],
                 lead: int | None = None) -> list[_Phrase]:
    """The post phrases after the name ("Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy X"; after an appointment verb),
    and the items of a biography list that follows it; ``lead``: where the posts chained before the name start."""
    text = ctx.doc.text
    if any(ph[2] < p.start < ph[3] for ph in phrases):
        return []  # a name inside a post phrase names its body ("Chủ tịch Quỹ Nguyễn Du, là …"), no holder
    # "bà A (cháu ông B) là Chủ tịch …": an aside after the name that holds no post is skipped, its names with it
    aside = post_grammar.ASIDE.match(text, p.end, sent.end)
    if aside and any(p.end <= ph[2] < aside.end() for ph in phrases):
        aside = None
    cursor = lo = _start_after(text, p, persons, aside)
    verb_only = lo != p.end and not aside
    aged = aside is not None and post_grammar.AGE_ASIDE.match(aside.group()) is not None  # "A (SN 1960) POST"
    honoured = _skip_honorific(text, ctx, sent, p.start) != p.start or any(  # "Thiếu tướng A Phó Chủ nhiệm …"
        r.end <= p.start and not text[r.end : p.start].strip() for r in ctx.of(sent.index, "rank")) or aged
    lead = p.start if lead is None else lead  # "em trai Bí thư Tỉnh ủy X Lê Thị B làm …": B is a relative
    kin_of = post_kin.KIN_OF.search(text[max(sent.start, lead - 30) : lead])
    after, bare = list[_Phrase](), False
    others = [q for q in persons if q is not p and not lo > q.start >= p.end]
    person_starts = {q.start for q in others}
    limit = clauses.main_clause(text, phrases, lo, p.start, sent)  # "… của ông A, Tổng Bí thư nhấn mạnh"
    for ph in sorted(phrases, key=lambda x: x[2]):
        if ph[2] < cursor or ph[2] >= limit:
            continue
        if _runs_into_name(text, ph[3], min((st for st in person_starts if st >= ph[3]), default=None)):
            if bare or post_order.opens_next(text, p.end, after, ph, lead < p.start):  # "POST A, POST, POST B": B's
                return []
            _drop_dashed(text, after, ph[2])  # "A, POST – POST B": both B's, as in "POST – POST B"
            break  # "…; Bí thư X Nguyễn Văn A": the phrase belongs to the next name
        if not after and lead < p.start and _holder_after(ctx, sent, ph, others):
            break  # "Phó Chủ tịch UBND tỉnh A, Giám đốc Đại học X, GS.TS B": posts written before names, B's
        gap = text[cursor : ph[2]]
        if not after and ph[2] > p.end and gap.isspace() and ((honoured or lead < p.start and ph[1]) and cursor == p.end
                                                              or aged):  # "Thứ trưởng X A Trưởng ban Y": a body
            bare = True  # "bà A Ủy viên Bộ Chính trị, …": a title right after an honoured name (or an age), no comma
            after.append(ph)
            cursor = ph[3]
            continue
        if not after and (verb_only and not _WORD_CHAR.search(gap) or kin_of and _WORD_CHAR.search(gap)
                          or not honoured and post_moves.comma_is(text, gap, p.start, sent.start)):
            break  # ", là …" after a name without an honorific: the name may end a body ("Trường X Lê Văn A, là")
        if post_grammar.AFTER_GAP.match(gap) or (post_moves.more_gap(text, gap, ph[2], person_starts, sent.end)
                                                 if after else post_moves.first_gap(text, gap, ph[3], sent.end)):
            after.append(ph)
            cursor = ph[3]
        elif post_grammar.closes_aside(text[p.end : ph[2]]):
            break  # "ông A (cháu ông B) làm Trưởng …": B's name sits in an aside that closes before the post
        elif post_moves.appointer(text, ph, sent.end):
            continue  # "được Chủ tịch UBND tỉnh bổ nhiệm làm …": who appoints
        elif (verb := post_moves.appointed(text[lo : ph[2]])) and not post_substitute.apart(text, p, persons, ph) and (
                not post_substitute.others_between(text, others, lo, ph[2])
                or (not after and post_grammar.coordinated(text, p, persons, lo + verb.start()))):
            after.append(ph)
            cursor = ph[3]
        elif post_kin.KIN.match(gap):
            cursor = ph[3]  # "ông X, em trai Bí thư Tỉnh ủy": a relative's post, not X's
        else:
            break
    return after + _bio_after(ctx, sent, p, aside.end() if aside else p.end, phrases, persons)


def _holder_after(ctx: _Ctx, sent: Sentence, ph: _Phrase, others: list[Mention]) -> bool:
    """A comma (and a degree or an honorific) is all that stands between the post phrase and the next name."""
    text = ctx.doc.text
    q = min((q for q in others if q.start >= ph[3]), key=lambda q: q.start, default=None)
    return q is not None and post_grammar.HOLDER_COMMA.fullmatch(
        text, ph[3], _skip_honorific(text, ctx, sent, q.start)) is not None


def _start_after(text: str, p: Mention, persons: list[Mention], aside: re.Match[str] | None) -> int:
    """Where the posts after the name may start: past an aside that holds no post, or past a relative's name ("ông
    A, em trai bà B, hiện là …": the post after a verb is A's; and B, whose name a kin word opens, "con trai ông B
    là …", holds no post a verb gives)."""
    if aside:
        return aside.end()
    kin = [q for q in persons if q.start > p.end and post_kin.apposed(text, p.end, q.start, q.end)]
    return kin[0].end if kin else p.end


def _runs_into_name(text: str, end: int, name: int | None) -> bool:
    """A post phrase ending at ``end`` runs into the name at ``name``: right before it, or through a lower-case
    syllable that ends the body's last word ("…, Bộ trưởng Công thương Lê Văn B": the post is B's)."""
    if name is None:
        return False
    syllable = _ONE_SYLLABLE.fullmatch(text[end:name])  # one syllable, no rank or "và" between
    last = text[:end].split()[-1:] or [""]
    return not text[end:name].strip() or post_moves.through_aside(text, end, name) or syllable is not None \
        and syllable.group(1).islower() and last[0][:1].isupper() and key(syllable.group(1)) not in lexicon.words(
            "name_stops") or _ABBREVIATIONS.fullmatch(text, end, name) is not None  # "…, Chủ tịch MTTQ VN Lê Văn B"


def _drop_dashed(text: str, after: list[_Phrase], start: int) -> None:
    """Drop from ``after`` the phrases a spaced dash joins to the phrase at ``start`` (it runs into the next name)."""
    while after and _DASH.fullmatch(text, after[-1][3], start):
        after.pop()


_DASH = re.compile(r"\s+[–-]\s+")
_OF_PARENT = re.compile(r"\s+(?:của|cấp cao)\s+")
_COMMA = re.compile(r"\s*,\s*")
_WORD_CHAR = re.compile(r"\w")
_ONE_SYLLABLE = re.compile(r"\s+([^\W\d_]+)\s+")
_ABBREVIATIONS = re.compile(r"(?:\s+[A-ZĐ][A-ZĐƯ.&]*[A-ZĐƯ]){1,2}\s+")  # a place's or a body's short form


def _posts_first(ctx: _Ctx, sent: Sentence, phrases: list[_Phrase], persons: list[Mention]) -> None:
    """"bổ nhiệm 2 Thẩm phán TAND tối cao là ông X và ông Y", "miễn nhiệm chức danh Phó chủ tịch UBND TP đối với
    ông X": the post comes first, the people after "là" / "đối với" (``phrases``: those no one holds yet); posts an
    ending verb opens and "và" joins have one holder after "đối với" ("thôi chức POST và thôi chức POST đối với …")."""
    text = ctx.doc.text
    done: set[int] = set()
    for i, ph in enumerate(phrases):
        if id(ph) in done or post_moves.possessor(text, ph[2], sent.start):
            continue
        group = post_moves.first_group(text, phrases, i, sent.start)
        cursor, rest = group[-1][3], None
        for p in sorted(persons, key=lambda q: q.start):
            if p.start < cursor:
                continue
            gap = text[cursor : p.start]
            first = post_moves.to_holder(gap) or len(group) == 1 and (
                _POST_FIRST.fullmatch(gap) or post_moves.given_to(text, ph[2], gap, sent.start)
                or post_moves.held_by(text, gap, p.end, sent.end))  # "POST do ông A đang nắm giữ"
            if not first and len(group) == 1 and cursor == ph[3]:  # "POST Hội đồng bồi thường là ông A"
                rest = post_first_rest.rest_end(text, cursor, p.start)
                first = rest is not None
            if not (first if cursor == group[-1][3] else _POST_FIRST_MORE.fullmatch(gap)):
                break
            person = ctx.ent(p)
            if person is not None:
                for g in group:
                    _holding(ctx, sent, person, g if rest is None else (g[0], g[1], g[2], rest))
                    done.add(id(g))
            cursor = p.end


def _skip_honorific(text: str, ctx: _Ctx, sent: Sentence, cursor: int) -> int:
    for h in ctx.of(sent.index, "honorific"):
        if h.end <= cursor and text[h.end : cursor].strip() == "":
            return h.start
    return cursor


def _between_other_person(persons: list[Mention], p: Mention, ph: tuple, after: bool = False) -> bool:
    lo, hi = (p.end, ph[2]) if after else (ph[3], p.start)
    return any(lo <= q.start < hi for q in persons if q is not p)
