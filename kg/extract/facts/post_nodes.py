"""The post node a title + body phrase names (its body implied from the title when the text names none) and the
holding fact that ties a person to it; holdings are dated by the report's meeting when the document has no date.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.extract import lexicon, post_past
from kg.extract import posts as post_grammar
from kg.extract.document import Mention, Sentence
from kg.extract.facts import post_anaphor, post_foreign
from kg.extract.facts.context import _Ctx
from kg.extract.facts.model import Fact, Lit, Ref, vi
from kg.extract.link import Entity, foreign_office, implied_body
from kg.extract.names import foreign_name
from kg.extract.normalise import fold, key
from kg.extract.post_shown import PARENS_END

# a post phrase: (title, body or None, start, end)
_Phrase = tuple[Mention, Mention | None, int, int]


def _holding(ctx: _Ctx, sent: Sentence, person: Entity,
             ph: _Phrase) -> None:
    ph = post_anaphor.resolved(ctx, ph)  # "Hiệu trưởng nhà trường": the one school the report names
    title, _body_m, a, b = ph
    doc = ctx.doc
    if ctx.probe is not None:  # a foreign post right before the name or right after it ("A, Thủ tướng Nhật Bản")
        others = ctx.of(sent.index, "person")  # or closing the stack of posts after it ("A, POST, POST Trung Quốc")
        if foreign_post(doc.text[title.end : b]) and any(
                b <= m.start and _CLOSE.fullmatch(doc.text[b : m.start]) or m.end <= a and (_APPOSED.fullmatch(
                    doc.text[m.end : a]) or post_foreign.stacked_after(doc.text, m.end, a, others))
                for m in person.mentions):
            ctx.probe.add(person.id)
        return
    former = doc.text[a : title.start].strip().lower() in _FORMER_LEADS or bool(
        post_grammar.ENDED.search(doc.text[max(sent.start, a - 40) : a])
        or post_grammar.FORMER_AFTER.match(doc.text, b)  # "Tổng giám đốc cũ – ông A"
        or post_past.past_career(doc.text, sent.start, a,  # "từng giữ các chức vụ: POST, POST"
                                 [m.start for m in ctx.of(sent.index, "person")],
                                 [m.start for m in ctx.of(sent.index, "person")
                                  if (e := ctx.ent(m)) is not None and e.id == person.id]))
    post, body, f = _post_entity(ctx, sent, ph, person.key,
                                 person.id in ctx.foreign or foreign_name(person.label.split()))
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
    h.add("org:role", Ref(f"title:{_title_key(title.text)}"))
    if former:
        h.add("vnr:former", Lit("true", "xsd:boolean"))
    if doc.date:
        h.add("vnr:attestedOn", Lit(doc.date, "xsd:date"))
    term = _TERM_END.search(post_label)
    if term and term.start() > 0:  # "khóa XII", "các khóa X, XI và XII": the term of this holding
        h.add("vnr:term", Lit(re.sub(r"^(?:các\s+)?", "", term.group().strip())))
    h.add("rdfs:label", vi(f"{person.label} — {post_label}"))


def _post_entity(ctx: _Ctx, sent: Sentence, ph: _Phrase, owner: str,
                 foreign_holder: bool = False) -> tuple[Entity, Entity | None, Fact]:
    """The post a title + body phrase names (and its body, implied from the title when the text names none —
    not for a holder with a foreign name, "Thủ tướng Kenji Tanaka": the title is his country's office);
    ``owner`` keys a post without a body (a person's key, or "office" for a conferring office)."""
    title, body_m, a, b = ph
    doc = ctx.doc
    entry = _title_entry(title.text)
    body = _short_form_body(ctx, body_m.text if body_m is not None else doc.text[title.end : b]) or (
        ctx.ent(body_m) if body_m is not None else None)
    if body is None and entry is not None and len(entry.extra) > 0 and entry.extra[0] and not foreign_holder and \
            not foreign_office(doc.text[title.end : b]):
        implied = entry.extra[0]
        head = lexicon.by_key("bodies").get(key(implied))
        bkey, unit = implied_body(ctx.links, doc.doc_id, implied)
        body = ctx.links.add(Entity("body", bkey, implied, head.en if head else "Body",
                                    head.extra[0] if head and head.extra else "", part_of=unit), None)
        ctx.about(body.id, sent, (title.start, title.end)).add("rdfs:label", vi(body.label))
    elif body is not None and foreign_holder and post_foreign.national_body(body, body_m) and not names_a_country(
            body.label, 0, len(body.label)):  # "Nhà nước Mi-an-ma": that country's, one node across articles
        body = post_foreign.article_body(ctx, body, sent, (a, b))  # a foreign minister's ministry: not Việt Nam's
    post_label = doc.text[a:b]
    post_key = f"{_title_key(title.text)}|{body.key}" if body else f"{_title_key(post_label)}|{owner}"
    node_label = _node_label(post_label)
    title_en = entry.en if entry else title.attr("en")
    if entry is None and not title_en and key(title.text).startswith("phó "):
        base = _title_entry(title.text[4:])
        title_en = f"Deputy {base.en}" if base else ""
    new = Entity("post", post_key, node_label, "Post",
                 f"{title_en}, {body.en or body.label}" if body and title_en else title_en)
    before = seen.label if (seen := ctx.links.entities.get(new.id)) is not None else post_label
    post = ctx.links.add(new, None)
    # each form as written stays a name of the post (skos:altLabel): one with "nguyên" or a term, and a shorter form
    # of a post another phrase names more fully ("Ủy viên Trung ương Đảng" beside "… Đảng CS Việt Nam"), the node
    # taking the longest label
    forms = set(filter(None, post.attrs.get("forms", "").split("\n"))) | {post_label, node_label}
    forms = (forms | {before}) - {post.label}
    if forms:
        post.attrs["forms"] = "\n".join(sorted(forms))
    post.attrs["title"] = _title_key(title.text)
    post.attrs["title_vi"] = title.text if not title.text[:1].islower() else title.text[:1].upper() + title.text[1:]
    post.attrs["title_en"] = title_en
    f = ctx.about(post.id, sent, (a, b))
    if body is not None:
        f.add("org:postIn", Ref(body.id))
    return post, body, f


_CLOSE = re.compile(r"\s*(?:(?:ông|bà|ngài|đồng chí)\s+)?", re.IGNORECASE)
_APPOSED = re.compile(r"\s*[,(–-]\s*")
_AT = re.compile(r"\s(?:tại|ở)\s")
_VIET = re.compile(r"(?<!\w)việt(?!\w)")  # "Việt Nam", and "Việt" of a pair ("Việt - Lào"), as keys


def foreign_post(rest: str) -> bool:
    """The words after a title make the post one of a foreign country: they end with a country's name other than
    Viet Nam ("Chủ tịch Trung Quốc", "Phó Thủ tướng Trung Quốc", "Tổng thư ký Đảng X Nhật Bản"; a short form in
    parentheses after it), not in a place's name of capitalised words ("Bí thư Quận ủy Thủ Đức"), and name no Viet
    Nam, nor "Việt" of a pair ("Chủ tịch Hội hữu nghị Việt - Lào" is an office here); a country after "tại" left
    out ("Đại sứ Nhật Bản tại Việt Nam" is Japan's, "Đại sứ Việt Nam tại Nhật Bản" not)."""
    words = PARENS_END.sub("", _AT.split(rest, 1)[0]).split()
    n = next((n for n in (4, 3, 2, 1) if n <= len(words)
              and key(" ".join(words[-n:])).replace("-", " ") in _foreign_countries()), 0)
    before = words[-n - 1] if len(words) > n else ""
    return n > 0 and not (before[:1].isupper() and not before.isupper()) and not _VIET.search(key(" ".join(words)))


@cache
def _foreign_countries() -> frozenset[str]:
    return frozenset(k.replace("-", " ") for k in lexicon.words("countries")) - {key("Việt Nam")}


def names_a_country(text: str, start: int, end: int) -> bool:
    """A foreign country's name stands in text[start:end] (from a title's end to the sentence's end), its words
    compared as keys (``normalise.key``; hyphens as spaces): only there can ``foreign_post`` hold, since the
    words it compares are keys of the words after a title."""
    words = _WORD.findall(key(text[start:end]))
    firsts, names, most = _country_words()
    return any(w in firsts and any(tuple(words[i : i + n]) in names for n in range(1, most + 1))
               for i, w in enumerate(words))


_WORD = re.compile(r"\w+")


@cache
def _country_words() -> tuple[frozenset[str], frozenset[tuple[str, ...]], int]:
    """The first words, the whole names (as word tuples) and the most words of the foreign countries, as keys."""
    names = frozenset(tuple(_WORD.findall(c)) for c in _foreign_countries()) - {()}
    return frozenset(n[0] for n in names), names, max(len(n) for n in names)


def _node_label(post_label: str) -> str:
    """A post node's label: the phrase without what belongs to one holder — "nguyên"/"cựu" (a former holder; the
    holding says vnr:former) and a congress term ("… khóa XII", the holding's vnr:term); others may hold the post."""
    label = _FORMER_START.sub("", post_label, count=1)
    term = _TERM_END.search(label)
    return label[: term.start()] if term and label[: term.start()].strip() else label


_FORMER_LEADS = frozenset(lexicon.forms("post_leads", 2, "former"))  # "nguyên", "cựu" (post_leads.tsv, as written)
_FORMER_START = re.compile(r"^" + lexicon.alternation("post_leads", 2, "former") + r"\s+(?=\w)", re.IGNORECASE)
_SHORT_FORM = re.compile(r"\s*\(\s*([^\W_][\w&.-]*)\s*\)")
_TERM_END = re.compile(post_grammar.TERM.pattern + r"$")


def _short_form_body(ctx: _Ctx, name: str) -> Entity | None:
    """The body whose short form a post's one-word body name is, as a body's mention defines it in parentheses
    ("Công ty Cổ phần X (ABC)", then "Tổng giám đốc ABC"; the case of the short form may vary)."""
    word, text = name.strip(), ctx.doc.text
    if " " in word or sum(c.isupper() for c in word) < 2:
        return None
    for m in ctx.doc.mentions:
        if m.kind != "body" or " " not in m.text.strip():
            continue
        sf = _SHORT_FORM.search(m.text) if m.text.endswith(")") else _SHORT_FORM.match(text, m.end)
        if sf is not None and fold(sf.group(1)) == fold(word):
            return ctx.ent(m)
    return None


@lru_cache(maxsize=1 << 14)  # pure; a few hundred titles, asked for again and again
def _title_key(text: str) -> str:
    """A title's identity key, abbreviations written out ("TGĐ" = "Tổng Giám đốc"); a title that spells out into
    a shorter title and the rest of a body opening with its last word is that title ("Trưởng BQL" = "Trưởng Ban
    quản lý" = "Trưởng Ban": the board is the post's body, not its title)."""
    out = key(lexicon.expand(text))
    if out == key(text) or out in lexicon.by_key("posts"):
        return out
    words = out.split()
    for n in range(len(words) - 1, 1, -1):
        if " ".join(words[: n - 1]) in lexicon.by_key("posts") and " ".join(words[n - 2 :]) in lexicon.by_key("bodies"):
            return " ".join(words[: n - 1])
    return out


def _title_entry(text: str) -> lexicon.Entry | None:
    return lexicon.by_key("posts").get(key(text))


def _date_holdings(ctx: _Ctx) -> None:
    """Without a document date, post holdings are attested on the date of the report's main meeting; when the text
    states a later day (a date with a later year), that meeting is past, and its date attests only the holdings
    stated in its own sentence ("ngày 1/2/2029, ông A, khi đó là Chủ tịch …"), not those of the holders who act in
    the article's present."""
    if ctx.doc.date or not ctx.links.main_event:
        return
    dated = [(v, f) for f in ctx.facts if f.subject == ctx.links.main_event for p, v in f.props
             if p == "schema:startDate" and isinstance(v, Lit) and v.datatype == "xsd:date"]
    if not dated:
        return
    date, event = dated[0]
    at = next((m.sentence for m in ctx.doc.mentions if m.kind == "date" and (m.start, m.end) in event.spans), -1)
    past = any(m.kind == "date" and len(y := m.attr("year")) == 4 and y > date.value[:4] for m in ctx.doc.mentions)
    for f in ctx.facts:
        if f.cls == "PostHolding" and (not past or at in f.sentences):
            f.add("vnr:attestedOn", date)
