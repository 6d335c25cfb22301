"""Stage 5 — facts: relations between entities and values, each with the sentence(s) that state it.

A :class:`Fact` either describes an existing entity (``subject`` is an entity id, ``cls`` empty) or is an
n-ary node of its own (post holding, speech, task, award conferral, result). Properties are CURIEs of the
ontology or a standard vocabulary; values are :class:`Ref` (an entity) or :class:`Lit` (a typed literal).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract import lexicon
from kg.extract import posts as post_grammar
from kg.extract.document import Document, Mention, Sentence
from kg.extract.link import Entity, Links, body_key
from kg.extract.normalise import key


@dataclass(frozen=True, slots=True)
class Ref:
    id: str


@dataclass(frozen=True, slots=True)
class Lit:
    value: str
    datatype: str = ""  # a CURIE such as xsd:date; "" with lang for text
    lang: str = ""


@dataclass
class Fact:
    subject: str
    cls: str = ""
    props: list[tuple[str, Ref | Lit]] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)

    def add(self, prop: str, value: Ref | Lit | None) -> None:
        if value is not None and (prop, value) not in self.props:
            self.props.append((prop, value))


def vi(text: str) -> Lit:
    return Lit(text, lang="vi")


def en(text: str) -> Lit:
    return Lit(text, lang="en")


def integer(n: int | str) -> Lit:
    return Lit(str(int(n)), "xsd:integer")


def year(y: int | str) -> Lit:
    return Lit(str(int(y)), "xsd:gYear")


class _Ctx:
    """The document, its links and per-sentence mention lists (internal)."""

    def __init__(self, doc: Document, links: Links) -> None:
        self.doc = doc
        self.links = links
        self.by_sent: dict[int, list[Mention]] = {}
        for m in doc.mentions:
            self.by_sent.setdefault(m.sentence, []).append(m)
        self.facts: list[Fact] = []
        self.counter: dict[str, int] = {}
        self.task_fields: list[Ref | Lit] = []

    def of(self, sent: int, *kinds: str) -> list[Mention]:
        return [m for m in self.by_sent.get(sent, []) if m.kind in kinds]

    def ent(self, m: Mention) -> Entity | None:
        return self.links.get(m)

    def new(self, cls: str, sent: Sentence, span: tuple[int, int] | None = None) -> Fact:
        a, b = span or (sent.start, sent.end)
        fid = f"fact:{cls}:{a}-{b}"
        n = self.counter.get(fid, 0)
        self.counter[fid] = n + 1
        fact = Fact(fid if n == 0 else f"{fid}-{n}", cls, sentences=[sent.index], spans=[(a, b)])
        self.facts.append(fact)
        return fact

    def about(self, entity_id: str, sent: Sentence, span: tuple[int, int]) -> Fact:
        fact = Fact(entity_id, "", sentences=[sent.index], spans=[span])
        self.facts.append(fact)
        return fact


# ---------------------------------------------------------------- posts


def _post_phrases(ctx: _Ctx, sent: Sentence) -> list[tuple[Mention, Mention | None, int, int]]:
    """(title, body or None, start, end) of every title + body phrase in the sentence."""
    titles = ctx.of(sent.index, "title")
    # a post's body is a body or a named unit ("Tỉnh trưởng Tỉnh Phúc Kiến", "Chủ tịch xã Phú Hữu")
    bodies = ctx.of(sent.index, "body") + [p for p in ctx.of(sent.index, "place") if p.attr("name")]
    text = ctx.doc.text
    stops = {m.start for m in ctx.of(sent.index, "person", "title", "rank", "date", "honorific")}
    out = []
    for t in titles:
        body = None
        for b in sorted(bodies, key=lambda b: (b.start, -b.end)):
            if b.start >= t.end and text[t.end : b.start].strip() in ("", "phụ trách", "kiêm"):
                body = b
                break
            if t.start < b.start < t.end < b.end:  # the title ends with the body's head: "Trưởng Ban Kinh tế…"
                body = b
                break
        if body is None:  # "Phó Chánh Văn phòng - Tổng cục Đường bộ": a dash before the body of a bare title
            entry = _title_entry(t.text)
            implied = entry.extra[0] if entry is not None and entry.extra else ""
            body = next((b for b in bodies if b.start > t.end and not implied
                         and re.fullmatch(r"\s+[-–]\s+", text[t.end : b.start])), None)
        end = body.end if body else post_grammar.bare_body_end(text, t.end, sent.end, stops)
        if body is not None:  # "Trưởng Ban Kinh tế - Ngân sách của HĐND thành phố Hải Phòng"
            of = re.match(r"\s+của\s+", text[end : sent.end])
            parent = next((x for x in bodies if of and x.start == end + of.end()), None)
            if parent is not None:
                end = parent.end
        start = t.start
        qualifier = post_grammar.QUALIFIER.search(text[max(sent.start, t.start - 12) : t.start])
        if qualifier:
            start -= len(qualifier.group())
        out.append((t, body, start, end))
    # drop titles that sit inside another phrase's body ("Ban Thường vụ" inside a longer phrase)
    return [p for p in out if not any(q is not p and q[2] < p[2] < q[3] for q in out)]


_BIO = re.compile(
    r"(?:vị trí|chức vụ|cương vị|chức danh)(?: công tác| quan trọng| lãnh đạo)?(?: khác)?(?: như| gồm)?\s*:\s*"
    r"|(?:từng|đã từng)\s+(?:đảm nhiệm|giữ|kinh qua|trải qua)(?:\s+(?:các|nhiều))?\s+(?:chức vụ|cương vị|vị trí)"
    r"(?:\s+như)?\s*:?\s*"
)
_POST_FIRST = re.compile(r"\s+(?:(?:nhiệm kỳ|khóa|khoá)\s+[\w-]+\s+)?(?:là|đối với)\s+(?:các\s+)?"
                         r"(?:(?:ông|bà|đồng chí)\s+)?")
_POST_FIRST_MORE = re.compile(r"\s*(?:,|và)\s+(?:(?:ông|bà|đồng chí)\s+)?")
def _holdings(ctx: _Ctx, sent: Sentence) -> None:
    phrases = _post_phrases(ctx, sent)
    persons = ctx.of(sent.index, "person")
    ranks = ctx.of(sent.index, "rank")
    text = ctx.doc.text
    used: set[int] = set()
    for p in persons:
        person = ctx.ent(p)
        if person is None:
            continue
        chain: list[tuple[Mention, Mention | None, int, int]] = []
        # before the name: "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Trung Hải"
        cursor = p.start
        for r in ranks:
            if r.end <= cursor and text[r.end : cursor].strip() == "":
                cursor = r.start
        cursor = _skip_honorific(text, ctx, sent, cursor)
        for ph in sorted(phrases, key=lambda x: -x[3]):
            if ph[3] <= cursor and post_grammar.CHAIN_GAP.match(text[ph[3] : cursor]) and id(ph) not in used:
                if ph[3] != cursor and text[ph[3] : cursor].strip() in ("và",):
                    break
                chain.append(ph)
                cursor = ph[2]
                if text[max(sent.start, cursor - 8) : cursor].strip().lower().endswith("nguyên"):
                    cursor -= len("nguyên ") if text[cursor - 7 : cursor].lower() == "nguyên " else 0
        if chain and any(_between_other_person(persons, p, ph) for ph in chain):
            chain = []
        # after the name: "Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy X"
        cursor = p.end
        after: list[tuple[Mention, Mention | None, int, int]] = []
        person_starts = {q.start for q in persons if q is not p}
        for ph in sorted(phrases, key=lambda x: x[2]):
            if ph[2] < cursor:
                continue
            if any(text[ph[3] : st].strip() == "" for st in person_starts if st >= ph[3]):
                break  # "…; Bí thư X Nguyễn Văn A": the phrase belongs to the next name
            gap = text[cursor : ph[2]]
            if post_grammar.AFTER_GAP.match(gap) or (after and gap.strip() == ","):
                after.append(ph)
                cursor = ph[3]
            elif (verb := post_grammar.APPOINT.search(text[p.end : ph[2]])) and (
                    not _between_other_person(persons, p, ph, after=True)
                    or (not after and post_grammar.coordinated(text, p, persons, p.end + verb.start()))):
                after.append(ph)
                cursor = ph[3]
            elif post_grammar.KIN.match(gap):
                cursor = ph[3]  # "ông X, em trai Bí thư Tỉnh ủy": a relative's post, not X's
            else:
                break
        bio = _BIO.search(text, p.end, sent.end)
        if bio and not any(p.end < q.start < bio.start() for q in persons):
            after += _bio_items(ctx, sent, bio.end(), phrases)
        for ph in chain + after:
            used.add(id(ph))
            _holding(ctx, sent, person, ph)
    # "các Phó Thủ tướng A, B, C"; "các đồng chí Ủy viên Bộ Chính trị: A, …; B, …": the header's post to each
    for p, ph in post_grammar.list_members(text, phrases, persons, sent.start, sent.end):
        person = ctx.ent(p)
        if person is not None:
            used.add(id(ph))
            _holding(ctx, sent, person, ph)
    # "bổ nhiệm 2 Thẩm phán TAND tối cao là ông X và ông Y", "miễn nhiệm chức danh Phó chủ tịch UBND TP đối với
    # ông X": the post comes first, the people after "là" / "đối với"
    for ph in phrases:
        if id(ph) in used:
            continue
        cursor = ph[3]
        for p in sorted(persons, key=lambda q: q.start):
            if p.start < cursor:
                continue
            gap = text[cursor : p.start]
            if not (_POST_FIRST.fullmatch(gap) if cursor == ph[3] else _POST_FIRST_MORE.fullmatch(gap)):
                break
            person = ctx.ent(p)
            if person is not None:
                _holding(ctx, sent, person, ph)
            cursor = p.end


def _bio_items(ctx: _Ctx, sent: Sentence, start: int, phrases: list) -> list:
    """Posts of a biography list "…vị trí công tác như: A, B; C": one item per comma/semicolon segment that
    opens with a title; a segment without a title continues the previous item ("Dân tộc, Tôn giáo…")."""
    text = ctx.doc.text
    items: list[tuple[Mention, Mention | None, int, int]] = []
    by_start = {ph[2]: ph for ph in phrases}
    titles = {t.start: t for t in ctx.of(sent.index, "title")}
    bodies = ctx.of(sent.index, "body")
    for m in re.finditer(r"[^,;.]+", text[start : sent.end]):
        a = start + m.start() + (len(m.group()) - len(m.group().lstrip()))
        b = start + m.end() - (len(m.group()) - len(m.group().rstrip()))
        if a >= b:
            continue
        ph = by_start.get(a)
        title = ph[0] if ph else titles.get(a)
        if title is None:
            if items:
                t0, b0, a0, _ = items[-1]
                items[-1] = (t0, b0, a0, b)
            continue
        body = next((x for x in bodies if a <= x.start < b), None)
        items.append((title, body, a, b))
    return items


def _skip_honorific(text: str, ctx: _Ctx, sent: Sentence, cursor: int) -> int:
    for h in ctx.of(sent.index, "honorific"):
        if h.end <= cursor and text[h.end : cursor].strip() == "":
            return h.start
    return cursor


def _between_other_person(persons: list[Mention], p: Mention, ph: tuple, after: bool = False) -> bool:
    lo, hi = (p.end, ph[2]) if after else (ph[3], p.start)
    return any(lo <= q.start < hi for q in persons if q is not p)


def _holding(ctx: _Ctx, sent: Sentence, person: Entity,
             ph: tuple[Mention, Mention | None, int, int]) -> None:
    title, _body_m, a, b = ph
    doc = ctx.doc
    former = doc.text[a : title.start].strip().lower() == "nguyên" or bool(
        post_grammar.ENDED.search(doc.text[max(sent.start, a - 40) : a]))
    post, body, f = _post_entity(ctx, sent, ph, person.key)
    post_label = doc.text[a:b]
    f.add("org:heldBy", Ref(person.id))
    hid = f"fact:PostHolding:{person.key}|{post.key}"
    h = next((f for f in ctx.facts if f.subject == hid), None)
    if h is not None:
        h.sentences.append(sent.index)
        h.spans.append((a, b))
        return
    h = Fact(hid, "PostHolding", sentences=[sent.index], spans=[(a, b)])
    ctx.facts.append(h)
    h.add("org:member", Ref(person.id))
    h.add("vnr:post", Ref(post.id))
    if body is not None:
        h.add("org:organization", Ref(body.id))
    h.add("org:role", Ref(f"title:{key(title.text)}"))
    if former:
        h.add("vnr:former", Lit("true", "xsd:boolean"))
    if doc.date:
        h.add("vnr:attestedOn", Lit(doc.date, "xsd:date"))
    h.add("rdfs:label", vi(f"{person.label} — {post_label}"))


def _post_entity(ctx: _Ctx, sent: Sentence, ph: tuple[Mention, Mention | None, int, int],
                 owner: str) -> tuple[Entity, Entity | None, Fact]:
    """The post a title + body phrase names (and its body, implied from the title when the text names none);
    ``owner`` keys a post without a body (a person's key, or "office" for a conferring office)."""
    title, body_m, a, b = ph
    doc = ctx.doc
    entry = _title_entry(title.text)
    body = ctx.ent(body_m) if body_m is not None else None
    if body is None and entry is not None and len(entry.extra) > 0 and entry.extra[0]:
        implied = entry.extra[0]
        head = lexicon.by_key("bodies").get(key(implied))
        body = ctx.links.add(Entity("body", body_key(implied), implied, head.en if head else "Body",
                                    head.extra[0] if head and head.extra else ""), None)
        ctx.about(body.id, sent, (title.start, title.end)).add("rdfs:label", vi(body.label))
    post_label = doc.text[a:b]
    post_key = f"{key(title.text)}|{body.key}" if body else f"{key(post_label)}|{owner}"
    title_en = entry.en if entry else ""
    if entry is None and key(title.text).startswith("phó "):
        base = _title_entry(title.text[4:])
        title_en = f"Deputy {base.en}" if base else ""
    post = ctx.links.add(Entity("post", post_key, post_label, "Post",
                                f"{title_en}, {body.en or body.label}" if body and title_en else title_en), None)
    post.attrs["title"] = key(title.text)
    post.attrs["title_vi"] = title.text if not title.text[:1].islower() else title.text[:1].upper() + title.text[1:]
    post.attrs["title_en"] = title_en
    f = ctx.about(post.id, sent, (a, b))
    if body is not None:
        f.add("org:postIn", Ref(body.id))
    return post, body, f


def _fold_post_forms(ctx: _Ctx) -> None:
    """A shorter form of a post an official holds more fully ("Bí thư" beside "Bí thư Thành ủy X") joins the fuller
    post: its holding's provenance moves there, and a post left with no holder is dropped."""
    ents = ctx.links.entities
    holdings = [f for f in ctx.facts if f.cls == "PostHolding"]
    held = []
    for h in holdings:
        person = next(v.id for p, v in h.props if p == "org:member" and isinstance(v, Ref))
        post = ents[next(v.id for p, v in h.props if p == "vnr:post" and isinstance(v, Ref))]
        held.append((person, post.id, post.attrs.get("title", ""), frozenset(key(post.label).split())))
    moves = post_grammar.same_post_forms(held)
    for h in holdings:
        person = next(v.id for p, v in h.props if p == "org:member" and isinstance(v, Ref))
        post_id = next(v.id for p, v in h.props if p == "vnr:post" and isinstance(v, Ref))
        target = moves.get((person, post_id))
        if target is None:
            continue
        into = next(f for f in ctx.facts if f.cls == "PostHolding" and (("vnr:post", Ref(target)) in f.props)
                    and ("org:member", Ref(person)) in f.props)
        into.sentences += [s for s in h.sentences if s not in into.sentences]
        into.spans += h.spans
        ctx.facts.remove(h)
        for f in ctx.facts:
            if f.subject == post_id and not f.cls:
                f.props = [(p, v) for p, v in f.props if (p, v) != ("org:heldBy", Ref(person))]
    for moved in {p for _, p in moves}:
        if not any(f.subject == moved and any(p == "org:heldBy" for p, _ in f.props) for f in ctx.facts):
            ctx.facts[:] = [f for f in ctx.facts if f.subject != moved]
            ents.pop(moved, None)


def _title_entry(text: str) -> lexicon.Entry | None:
    return lexicon.by_key("posts").get(key(text))


# ---------------------------------------------------------------- events, speeches


def _infer_year(ctx: _Ctx, month: int, reviewed: int | None) -> tuple[int | None, bool]:
    if ctx.doc.date:
        return int(ctx.doc.date[:4]), True
    if reviewed is not None:  # a review of year Y is held late in Y or early in Y+1
        return (reviewed if month >= 6 else reviewed + 1), True
    years = [int(m.attr("year")) for m in ctx.doc.mentions if m.kind in ("year",) and m.attr("year")]
    years += [int(m.attr("year")) for m in ctx.doc.mentions if m.kind == "date" and m.attr("year")]
    if years:
        return max(set(years), key=lambda y: (years.count(y), y)), True
    return None, True


def _events(ctx: _Ctx) -> None:
    doc = ctx.doc
    text = doc.text
    for e_id, entity in ctx.links.entities.items():
        if entity.kind != "event":
            continue
        named = [m for m in entity.mentions if not m.attr("ref")]
        if not named:
            continue
        m = named[0]
        sent = doc.sentences[m.sentence]
        f = ctx.about(e_id, sent, (m.start, m.end))
        f.add("rdfs:label", vi(entity.label[:1].upper() + entity.label[1:]))
        if entity.en:
            f.add("rdfs:label", en(entity.en))
        # fields and years named in the event's descriptor
        reviewed = planned = None
        for c in ctx.of(sent.index, "concept"):
            if m.start <= c.start < m.end and c.attr("scheme") == "field":
                f.add("vnr:field", Ref(ctx.links.of[c]))
        for year_m in ctx.of(sent.index, "year"):
            if m.start <= year_m.start < m.end:
                before = key(text[m.start : year_m.start])
                last_plan = max(before.rfind(w) for w in ("triển khai", "phương hướng", "kế hoạch", "nhiệm vụ"))
                last_review = max(before.rfind(w) for w in ("tổng kết", "sơ kết", "đánh giá", "kết quả"))
                if last_plan > last_review and last_plan >= 0:
                    planned = int(year_m.attr("year"))
                elif last_review >= 0:
                    reviewed = int(year_m.attr("year"))
        if reviewed is not None:
            f.add("vnr:reviewsYear", year(reviewed))
        if planned is not None:
            f.add("vnr:plansYear", year(planned))
        ordinal = re.search(r"(?:lần thứ|khóa|khoá|lần)\s+([IVXLC]+|\d+)\b", entity.label)
        if ordinal:
            f.add("vnr:ordinal", integer(_roman(ordinal.group(1))))
        for t in ctx.of(sent.index, "term"):
            if m.start <= t.start < m.end:
                f.add("vnr:term", Lit(f"{t.attr('first')}-{t.attr('last')}"))
        if entity.cls not in ("Meeting",):
            continue
        # date: in the event's sentence, before the event (or right after it)
        dates = ctx.of(sent.index, "date")
        if dates:
            d = dates[0]
            y = int(d.attr("year")) if d.attr("year") else None
            inferred = False
            if y is None:
                y, inferred = _infer_year(ctx, int(d.attr("month")), reviewed)
            month, day = int(d.attr("month")), int(d.attr("day"))
            if y is not None:
                f.add("schema:startDate", Lit(f"{y:04d}-{month:02d}-{day:02d}", "xsd:date"))
                if inferred:
                    f.add("vnr:dateInferred", Lit("true", "xsd:boolean"))
            else:  # no year in the text or its context: day and month only, as written
                f.add("schema:startDate", Lit(f"--{month:02d}-{day:02d}", "xsd:gMonthDay"))
            f.spans.append((d.start, d.end))
        organisers = _organisers(ctx, sent, m)
        for o in organisers:
            f.add("schema:organizer", Ref(o.id))
        place = _location(ctx, sent, m)
        if place is None:
            units = [o for o in organisers if o.kind == "place"]
            place = units[0] if units else None
        if place is not None:
            f.add("schema:location", Ref(place.id))


def _date_holdings(ctx: _Ctx) -> None:
    """Without a document date, post holdings are attested on the date of the report's main meeting."""
    if ctx.doc.date or not ctx.links.main_event:
        return
    dates = [v for f in ctx.facts if f.subject == ctx.links.main_event for p, v in f.props
             if p == "schema:startDate" and isinstance(v, Lit) and v.datatype == "xsd:date"]
    if dates:
        for f in ctx.facts:
            if f.cls == "PostHolding":
                f.add("vnr:attestedOn", dates[0])


def _roman(s: str) -> int:
    if s.isdigit():
        return int(s)
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for i, ch in enumerate(s):
        v = vals[ch]
        total += -v if i + 1 < len(s) and vals[s[i + 1]] > v else v
    return total


_ORGANISE = re.compile(r"\s*(?:đã|vừa|sẽ|long trọng|chính thức|\s)*\s*tổ chức\s*$", re.IGNORECASE)


def _organisers(ctx: _Ctx, sent: Sentence, event: Mention) -> list[Entity]:
    text = ctx.doc.text
    out: list[Entity] = []
    cands = [m for m in ctx.of(sent.index, "body", "place") if m.end <= event.start]
    for m in sorted(cands, key=lambda m: -m.end):
        if _ORGANISE.match(text[m.end : event.start]):
            group = [m]
            # "A phối hợp với B tổ chức" / "A và B tổ chức"
            for other in cands:
                if other.end <= m.start and re.fullmatch(r"\s*(?:phối hợp với|và|cùng|,)\s*",
                                                         text[other.end : m.start]):
                    group.insert(0, other)
            for g in group:
                e = ctx.ent(g)
                if e is not None and e not in out:
                    out.append(e)
            break
    after = re.match(r"\s*do\s+", text[event.end : sent.end])
    if not out and after:
        start = event.end + after.end()
        for m in ctx.of(sent.index, "body", "place"):
            if m.start == start and ctx.ent(m) is not None:
                out.append(ctx.ent(m))  # type: ignore[arg-type]
    return out


def _location(ctx: _Ctx, sent: Sentence, event: Mention) -> Entity | None:
    text = ctx.doc.text
    for m in ctx.of(sent.index, "place", "body"):
        if m.start >= event.end and re.fullmatch(r"\s*(?:,\s*)?tại\s+", text[event.end : m.start]):
            return ctx.ent(m)
    return None


_SPEAK = re.compile(r"phát biểu|phát biểu chỉ đạo|phát biểu khai mạc|phát biểu bế mạc|phát biểu kết luận")


def _speeches(ctx: _Ctx) -> dict[str, str]:
    """Speech per (speaker, event); returns speaker entity id → speech fact id (last one)."""
    speech_of: dict[str, str] = {}
    for sent in ctx.doc.sentences:
        if not _SPEAK.search(sent.text):
            continue
        persons = ctx.of(sent.index, "person")
        if not persons:
            continue
        m = _SPEAK.search(sent.text)
        assert m is not None
        pos = sent.start + m.start()
        # the speaker: the person nearest before "phát biểu", or right after "Phát biểu …, đồng chí X"
        before = [p for p in persons if p.end <= pos]
        speaker_m = before[-1] if before else persons[0]
        speaker = ctx.ent(speaker_m)
        if speaker is None:
            continue
        event = _event_ref(ctx, sent)
        sid = f"fact:Speech:{speaker.key}|{event or ''}"
        fact = next((f for f in ctx.facts if f.subject == sid), None)
        if fact is None:
            fact = Fact(sid, "Speech")
            ctx.facts.append(fact)
            fact.add("vnr:speaker", Ref(speaker.id))
            if event:
                fact.add("vnr:atEvent", Ref(event))
            fact.add("rdfs:label", vi(f"{speaker.label} phát biểu"))
            fact.add("rdfs:label", en(f"Speech by {speaker.label}"))
        fact.sentences.append(sent.index)
        fact.spans.append((speaker_m.start, sent.start + m.end()))
        speech_of[speaker.id] = sid
    return speech_of


def _event_ref(ctx: _Ctx, sent: Sentence) -> str | None:
    for m in ctx.of(sent.index, "event"):
        e = ctx.ent(m)
        if e is not None and e.cls == "Meeting":
            return e.id
    return ctx.links.main_event


# ---------------------------------------------------------------- tasks


def _clauses(sent: Sentence) -> list[tuple[int, int]]:
    out = []
    start = sent.start
    for m in re.finditer(r";", sent.text):
        out.append((start, sent.start + m.start()))
        start = sent.start + m.end()
    out.append((start, sent.end))
    return [(a + (len(sent.text[a - sent.start :]) - len(sent.text[a - sent.start :].lstrip())), b)
            for a, b in out if sent.text[a - sent.start : b - sent.start].strip()]


def _main_year(ctx: _Ctx, prop: str) -> int | None:
    """The year the report's main meeting reviews (vnr:reviewsYear) or plans for (vnr:plansYear)."""
    for f in ctx.facts:
        if f.subject == ctx.links.main_event:
            for p, v in f.props:
                if p == prop:
                    return int(v.value)  # type: ignore[union-attr]
    return None


def _tasks(ctx: _Ctx, speech_of: dict[str, str]) -> set[int]:
    """Tasks: what a speaker asks (đề nghị/yêu cầu…) and the imperative sentences that follow it,
    and sentences that set work for the planned year. Returns the sentence indexes used."""
    doc = ctx.doc
    planned = _main_year(ctx, "vnr:plansYear")
    used: set[int] = set()
    issuer: Entity | None = None
    addressees: list[Entity] = []
    active = False
    for sent in doc.sentences[1:]:
        directives = ctx.of(sent.index, "directive")
        requests = [d for d in directives if d.attr("role") == "request"]
        persons = ctx.of(sent.index, "person")
        awards = ctx.of(sent.index, "award")
        starts_imperative = any(d.start == sent.start for d in directives) or re.match(
            r"^(?:Đồng thời|Cùng với đó|Bên cạnh đó|Ngoài ra|Mặt khác|Trong đó)\b", sent.text)
        explicit = None
        if not active:
            ctx.task_fields = []
        for r in requests:
            subj = [p for p in persons if p.end <= r.start]
            if subj and ctx.ent(subj[-1]) is not None:
                explicit = r
                issuer = ctx.ent(subj[-1])
                addressees = []
                nxt = [d for d in directives if d.start > r.end and d.attr("role") == "task"]
                stop = nxt[0].start if nxt else sent.end
                for place in ctx.of(sent.index, "body", "place"):
                    addressee = ctx.ent(place)
                    if r.end <= place.start < stop and addressee is not None:
                        addressees.append(addressee)
                break
        future = [y for y in ctx.of(sent.index, "year") if planned and int(y.attr("year")) == planned]
        if explicit is not None:
            active = True
            body_start = explicit.end
        elif active and (awards or (persons and not starts_imperative)) :
            active = False
            continue
        elif active and (starts_imperative or directives):
            body_start = sent.start
        elif future and directives and not awards and sent.index > 1:
            subj = [m for m in ctx.of(sent.index, "place", "body") if m.start > future[0].end]
            first = ctx.ent(subj[0]) if subj else None
            _task(ctx, sent, (sent.start, sent.end), None, [first] if first is not None else [], planned, None)
            used.add(sent.index)
            continue
        else:
            active = False
            continue
        speech = speech_of.get(issuer.id) if issuer else None
        for a, b in _clauses(sent):
            if b <= body_start:
                continue
            _task(ctx, sent, (max(a, body_start), b), issuer, addressees, planned, speech)
        used.add(sent.index)
    return used


def _task(ctx: _Ctx, sent: Sentence, span: tuple[int, int], issuer: Entity | None, addressees: list[Entity],
          planned: int | None, speech: str | None) -> None:
    a, b = span
    body = ctx.doc.text[a:b].strip().rstrip(".")
    f = ctx.new("Task", sent, (a, b))
    short = body if len(body) <= 90 else body[:88].rsplit(" ", 1)[0] + " …"
    f.add("rdfs:label", vi(short[:1].upper() + short[1:]))
    f.add("vnr:text", vi(body))
    if issuer is not None:
        f.add("vnr:issuedBy", Ref(issuer.id))
    for ad in addressees:
        f.add("vnr:addressee", Ref(ad.id))
    if planned:
        f.add("vnr:forYear", year(planned))
    if speech:
        f.add("prov:wasGeneratedBy", Ref(speech))
    directives = [d for d in ctx.of(sent.index, "directive") if a <= d.start < b and d.attr("role") == "task"]
    if directives:
        f.add("vnr:directive", Ref(f"directive:{directives[0].key}"))
    for c in ctx.of(sent.index, "concept"):
        if a <= c.start < b and c.attr("scheme") in ("field", "security-area"):
            f.add("vnr:field" if c.attr("scheme") == "field" else "vnr:concerns", Ref(ctx.links.of[c]))
    fields = [v for p, v in f.props if p == "vnr:field"]
    if fields:
        ctx.task_fields = fields
    else:  # a task of the same speech without a field word continues the field of the task before it
        for v in ctx.task_fields:
            f.add("vnr:field", v)
    for m in ctx.of(sent.index, "event", "model", "movement"):
        e = ctx.ent(m)
        if a <= m.start < b and e is not None and e.cls != "Meeting":
            f.add("vnr:concerns", Ref(e.id))
            if m.kind == "model":
                st = ctx.about(e.id, sent, (m.start, m.end))
                if "triển khai" in key(ctx.doc.text[a : m.start]):
                    st.add("vnr:status", Ref("concept:status/to-deploy"))


# ---------------------------------------------------------------- models, movements, results


def _models(ctx: _Ctx) -> None:
    for sent in ctx.doc.sentences:
        ms = ctx.of(sent.index, "model")
        counted = None
        for m in ms:
            e = ctx.ent(m)
            counts = [c for c in ctx.of(sent.index, "count") if c.attr("unit") == "mô hình" and c.start < m.start
                      and (c.end >= m.start or ctx.doc.text[c.end : m.start].strip() == "")]
            n = counts[-1] if counts else None
            if m.attr("counted") and e is not None and n is not None:
                counted = e
                f = ctx.about(e.id, sent, (n.start, m.end))
                f.add("rdfs:label", vi(e.label))
                f.add("vnr:operatingCount", integer(n.attr("n")))
                if any(c.attr("slug") == "operating" for c in ctx.of(sent.index, "concept")):
                    f.add("vnr:status", Ref("concept:status/operating"))
                for p in ctx.of(sent.index, "place"):
                    if p.start < m.start and ctx.ent(p) is not None:
                        f.add("vnr:scope", Ref(ctx.ent(p).id))  # type: ignore[union-attr]
                        break
            elif m.attr("subcount") and counted is not None and n is not None:
                f = ctx.about(counted.id, sent, (n.start, m.end))
                rest = ctx.doc.text[m.end : sent.end]
                if re.match(r"\s*(?:được\s+)?nhân rộng", rest):
                    f.add("vnr:replicatedCount", integer(n.attr("n")))
            elif e is not None and not m.attr("ref"):
                f = ctx.about(e.id, sent, (m.start, m.end))
                f.add("rdfs:label", vi(e.label))


def _movements(ctx: _Ctx) -> None:
    for sent in ctx.doc.sentences:
        movements = ctx.of(sent.index, "movement")
        if not movements:
            continue
        bodies = ctx.of(sent.index, "body")  # once per sentence, not per movement (quadratic in a long one)
        sectors = [c for c in ctx.of(sent.index, "concept") if c.attr("scheme") == "sector"
                   and not any(b.start <= c.start < b.end and b.end - b.start > c.end - c.start for b in bodies)]
        for m in movements:
            e = ctx.ent(m)
            if e is None:
                continue
            f = ctx.about(e.id, sent, (m.start, m.end))
            f.add("rdfs:label", vi(e.label))
            near = [c for c in sectors if c.start >= m.end] or sectors
            for c in near:
                f.add("vnr:runsIn", Ref(ctx.links.of[c]))
            if not near:
                for b in ctx.of(sent.index, "body"):
                    if b.end <= m.start and ctx.ent(b) is not None:
                        f.add("vnr:runsIn", Ref(ctx.ent(b).id))  # type: ignore[union-attr]


def _results(ctx: _Ctx, skip: set[int]) -> None:
    markers = [key(e.vi) for e in lexicon.entries("result_markers")]
    main = ctx.links.entities.get(ctx.links.main_event or "")
    reviewed = _main_year(ctx, "vnr:reviewsYear")
    main_sentence = main.mentions[0].sentence if main is not None and main.mentions else -1
    for sent in ctx.doc.sentences[1:]:
        if sent.index in skip or sent.index == main_sentence or ctx.of(sent.index, "person"):
            continue
        for a, b in _clauses(sent):
            clause = key(ctx.doc.text[a:b])
            if not any(re.search(r"(?<!\w)" + re.escape(mk) + r"(?!\w)", clause) for mk in markers):
                continue
            f = ctx.new("Result", sent, (a, b))
            body = ctx.doc.text[a:b].strip().rstrip(".")
            short = body if len(body) <= 90 else body[:88].rsplit(" ", 1)[0] + " …"
            f.add("rdfs:label", vi(short))
            f.add("vnr:text", vi(body))
            years = [int(y.attr("year")) for y in ctx.of(sent.index, "year") if a <= y.start < b]
            if years or reviewed:
                f.add("vnr:forYear", year(years[0] if years else reviewed))  # type: ignore[arg-type]
            for c in ctx.of(sent.index, "concept"):
                if not a <= c.start < b:
                    continue
                scheme = c.attr("scheme")
                prop = {"field": "vnr:field", "security-area": "vnr:securityArea", "sector": "vnr:scope"}.get(scheme)
                if prop:
                    f.add(prop, Ref(ctx.links.of[c]))
            for e in _achievers(ctx, sent, a, b, markers):
                f.add("vnr:achievedBy", Ref(e.id))
            for m in ctx.of(sent.index, "movement", "model"):
                concerned = ctx.ent(m)
                if a <= m.start < b and concerned is not None:
                    f.add("vnr:concerns", Ref(concerned.id))


_PREPOSITION = re.compile(r"(?:^|\s)(?:[Tt]rong|[Tt]ại|[Ởở]|của|cho|với|về|[Tt]heo|[Tt]rên)\s")
_PASSIVE_AGENT = re.compile(r"\bđược\s+(?:(?:chủ|lãnh đạo|cán bộ)\s+)?(?:các\s+|những\s+)?$")


def _achievers(ctx: _Ctx, sent: Sentence, a: int, b: int, markers: list[str]) -> list[Entity]:
    """Bodies a result is credited to: the subject before the clause's first verb (a directive or result
    marker), not bodies after a preposition ("trong cơ quan, doanh nghiệp…" is where, not who), plus the
    agent of a passive ("được chủ các doanh nghiệp rà soát")."""
    text = ctx.doc.text
    view = key(text[a:b])
    verbs = [d.start for d in ctx.of(sent.index, "directive") if a <= d.start < b]
    for mk in markers:
        m = re.search(r"(?<!\w)" + re.escape(mk) + r"(?!\w)", view)
        if m:
            verbs.append(a + m.start())
    end = min(verbs + [b])
    prep = _PREPOSITION.search(text, a, end)
    if prep:
        end = prep.start()
    out: list[Entity] = []
    for body in ctx.of(sent.index, "body"):
        e = ctx.ent(body)
        if e is None or e in out or not a <= body.start < b:
            continue
        if body.start < end or _PASSIVE_AGENT.search(text[max(a, body.start - 30) : body.start]):
            out.append(e)
    return out


def extract(doc: Document, links: Links) -> list[Fact]:
    """All facts of the document (pure with respect to ``doc``; adds implied bodies/posts to ``links``)."""
    ctx = _Ctx(doc, links)
    for sent in doc.sentences:
        _holdings(ctx, sent)
    _events(ctx)
    _date_holdings(ctx)
    speech_of = _speeches(ctx)
    task_sents = _tasks(ctx, speech_of)
    _fold_post_forms(ctx)
    from kg.extract import conferrals  # it builds on this module's context and helpers

    award_sents = conferrals.awards(ctx)
    conferrals.merge(ctx)
    _models(ctx)
    _movements(ctx)
    _results(ctx, task_sents | award_sents)
    return ctx.facts
