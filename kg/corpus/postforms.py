"""The forms of a post, and when two forms are one post (issue 8: one post node per post of an official).

A post phrase is ``[nguyên] TITLE [BODY] [qualifier]`` (the post grammar of :mod:`kg.extract.posts`). Articles
write the same post of the same official in many forms: "Giám đốc Sở TN&MT tỉnh X", "Giám đốc Sở Tài nguyên và
Môi trường X", "Giám đốc Sở TNMT X"; "Chủ tịch UBND TP X", "Chủ tịch UBND X", "Chủ tịch X"; "Bí thư T.Ư Đảng",
"Bí thư TW Đảng". Within one article the extractor already folds a shorter form into the fuller one; across
articles every form keeps the node of its own key, and :mod:`kg.corpus.postfold` decides which are one.

**Words of a form** (:func:`words`): the phrase cut into tokens; an abbreviation of the lexicon (``UBND``, ``TP``,
``TN&MT``, ``T.Ư`` = ``TƯ``) becomes the words it stands for (after a word that changes its sense, as the extractor
reads it: "Công ty CP" is "cổ phần"); another abbreviation — a word in capitals that is
no Vietnamese syllable (``TNMT``, ``HN``, ``UBTW``) — becomes the lexicon abbreviations it holds (not a level
word's: ``VHTT`` is văn hóa, thể thao; nor one its letters spell, ``QH`` in ``QHKT``: quy hoạch or Quốc hội) and,
for the rest, one *initial* per letter, as does a capital with a dot
("H.Krông Pắk", "Q.Tân Phú"), and a level word's abbreviation joined to another part by a dash or "&" ("TT-Huế",
"Sở VH-TT", "Bộ TT-TT": no "thị trấn"), and so is one so joined that its letters spell ("Sở QH-KT": quy hoạch as
well as Quốc hội); an abbreviation in brackets that spells the words before it
("… thực phẩm (ATVSTP)", "(VH-TT)") restates them and is left out; a roman number stays a word; every word is
folded (:func:`kg.extract.normalise.key`: case, tone placement); a country's name of the lexicon written on its
own becomes its country's first name there ("Mỹ", "Hợp chủng quốc Hoa Kỳ": "Hoa Kỳ"; not "Mỹ Tho"). A body name of
the lexicon's ``body_synonyms`` becomes the name it stands for ("Đảng bộ": "Đảng ủy"; "Trường cấp 2": "Trường
trung học cơ sở": :mod:`kg.corpus.post_synonyms`). "và", "&" and
dashes are left out, and so is a qualifier of the lexicon (``post_qualifiers``: "khóa XIV", "nhiệm kỳ 2016-2021",
"chuyên trách"), and so are the first words of a next title glued after the last dash ("… TP X - Trưởng": a
title's beginning of the lexicon that begins no body, written with a capital; the form is *glued*). The *head*
is the words of the title; the *body* what follows it (a leading "nguyên", "cựu",
"tân" or "quyền" goes, and a manner word between a title that ends with a body's head and that head again: "Phó
Trưởng ban Thường trực Ban X" is "Phó Trưởng ban" + "Ban X"; a company's board between its chair's title and the
company may go, "Chủ tịch HĐQT Tập đoàn X" is also "Chủ tịch" + "Tập đoàn X": :mod:`kg.corpus.post_board`), opened
by the unit a title names inside itself when the phrase leaves it out ("Vụ trưởng X" is "Vụ trưởng Vụ X",
"Bộ trưởng Y tế" is "Bộ trưởng Bộ Y tế", "Phó Ban X" is "Phó Trưởng ban Ban X": :mod:`kg.corpus.post_unit`); a
title read short of a longer title of the lexicon that names its unit inside itself, the body going on with that
unit, is the longer title ("Chủ tịch" + "QH" is "Chủ tịch Quốc hội", "Ủy viên" + "T.Ư Đảng" is "Ủy viên Trung
ương Đảng").

**Same post** (:func:`same`): the same head, and bodies that align word for word, where an initial stands for a
word that begins with its letter, a word written without a vowel's own mark for the word with it ("Chư Pah" /
"Chư Păh"; the tone mark the same; a final "k" for "c", "Lắk" / "Lắc"), a body's two coordinated parts in either
order ("Ủy ban An ninh – Quốc phòng" / "… Quốc phòng và An ninh": :mod:`kg.corpus.post_order`), and an
administrative level word ("tỉnh", "thành phố", lexicon
``admin_levels``) may stand on one side only ("UBND tỉnh X" = "UBND X"; but "phường 3" ≠ "quận 3").
**Shorter form** (:func:`within`): the same head, and a body that aligns with part of a longer one, which adds
words before or inside it ("Chủ tịch X" / "Chủ tịch UBND TP X"), or after it only when the longer one ends with
a name ("Giám đốc Sở" / "Giám đốc Sở Y tế tỉnh X"; not "… Sở Y tế cho biết": the next clause glued to a post;
a sector's name of the lexicon is a name whose last syllable is in lower case, "… thuộc Sở Thông tin và Truyền
thông", not a body head's or a title's, "Mặt trận Tổ quốc")
or the words after it begin with a token written as a name (a body cut before its name: "Phó Cục trưởng Cục" /
"… Cục Quản lý thị trường", "Chánh thanh tra Bộ" / "… Bộ Nội vụ"; not the rest of an abbreviation, "ủy" / "UBND"),
or, when the shorter body has two words or more and ends with a name, go on in lower case only (words of the next
clause glued after it: "… Thành ủy X" / "… Thành ủy X thay"; not "Trung tâm Y tế" / "… Y tế dự phòng", nor
"Đảng" / "Đảng đoàn");
a body that ends with a level word and no name is part of one that names a unit there ("Sở Tài chính thành
phố" / "Sở Tài chính X"; not "… tỉnh X", another level, nor a province of another level; "tỉnh" needs a province);
a bare title is a shorter form of every post of that title. Pure functions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from kg.corpus.post_board import board_gap
from kg.corpus.post_clause import clause_starts
from kg.corpus.post_order import swaps
from kg.corpus.post_slips import slipped
from kg.corpus.post_synonyms import committee_at
from kg.corpus.post_unit import full_title, with_unit
from kg.corpus.postwords import Words, folded, levels, match, words
from kg.corpus.postwords import tagged as tag
from kg.extract import lexicon
from kg.extract.document import Mention
from kg.extract.facts import Fact, Lit, Ref
from kg.extract.link import Links
from kg.extract.normalise import strip_diacritics

__all__ = ["Form", "Words", "extends", "form", "forms_of", "rekeyed", "same", "within", "words"]


@dataclass(frozen=True, slots=True)
class Form:
    """One post node as an article states it for an official: the node's id, its head and body words."""

    post: str  # entity id "post:…"
    head: Words
    body: Words
    bare: bool = False  # keyed by its holder: the article names no body
    named_end: bool = True  # the phrase ends with a name (a capital, an abbreviation, a number), or has no body
    named: tuple[bool, ...] = ()  # per body word: it begins a token written as a name
    lower: tuple[bool, ...] = ()  # per body word: no part of a name (a word in lower case)
    glued: bool = False  # the phrase went on with the first words of a next title after a dash ("… X - Trưởng")
    orders: tuple[Words, ...] = ()  # the body with two coordinated parts the other way (kg.corpus.post_order)
    board: int = 0  # length of a company's board that opens the body after its chair's title (kg.corpus.post_board)
    phrase: str = field(default="", compare=False)  # as written, and its title: read again with the short forms
    title: str = field(default="", compare=False)  # the articles define (kg.corpus.short_forms.expanded)
    read: tuple[Form, ...] = field(default=(), compare=False)  # the form so read: compared as well as this one
    bodies: tuple[str, ...] = field(default=(), compare=False)  # bodies its sentences name (kg.corpus.postfold)


@cache
def _leads() -> frozenset[str]:
    """The words of ``post_leads.tsv`` ("nguyên", "cựu", "tân", "quyền", "tập sự"): a form that opens with them
    before its title is the title's."""
    return frozenset(w for e in lexicon.entries("post_leads") for w in e.key.split())


_DASHES = frozenset({"-", "–", "—"})


@cache
def _title_starts() -> frozenset[Words]:
    """The first words of the lexicon's post titles (each prefix of each title) that begin no body of the lexicon
    ("trưởng", "phó chủ tịch"; not "thanh tra", "tổng": a body's name may go on with them after a dash)."""
    bodies = {tuple(w for w, _ in folded(r[0]))[:1] for r in lexicon.rows("bodies")}
    out: set[Words] = set()
    for r in lexicon.rows("posts"):
        ws = tuple(w for w, _ in folded(r[0]))
        out.update(ws[:n] for n in range(1, len(ws) + 1) if ws[:1] not in bodies)
    return frozenset(out)


def _unglued(label: str) -> tuple[str, bool]:
    """The phrase without the words of a next title glued after its last dash ("… Đà Nẵng - Trưởng": the words of
    a title's beginning, a capital first), and whether it had them."""
    toks = label.split()
    for i in range(len(toks) - 2, 0, -1):
        if toks[i] in _DASHES:
            rest = toks[i + 1 :]
            if rest[0][:1].isupper() and tuple(w for w, _ in folded(" ".join(rest))) in _title_starts():
                return " ".join(toks[:i]), True
            break
    return label, False


@lru_cache(maxsize=1 << 14)  # pure (a Form is frozen); the corpus states one official's post again and again
def form(post: str, label: str, title: str, bare: bool = False) -> Form:
    """The :class:`Form` of post node ``post`` written ``label`` with title ``title`` (as written); words of a next
    title glued after a dash are left out (:func:`_unglued`)."""
    phrase = label
    label, glued = _unglued(label)
    tagged, head = tag(label), words(title)
    ws = tuple(t[0] for t in tagged)
    start = len(head)
    for i in range(len(ws) - len(head) + 1):
        if ws[i : i + len(head)] == head and all(w in _leads() for w in ws[:i]):
            start = i + len(head)
            head, start = _longer_title(head, ws, start)
            break
    head = full_title(head)  # "Phó Ban" is "Phó Trưởng ban" (its body then opens with "ban": with_unit)
    named_end = tagged[-1][1] or any(ws[-len(n):] == n and tagged[-len(n)][1] for n in _sectors() if len(n) < len(ws))
    start += _manner_gap(head, ws[start:])
    body = with_unit(head, ws[start:])
    unit = len(body) - len(ws[start:])  # the unit the title names, left out of the phrase ("Bộ trưởng Y tế")
    named = (True,) * unit + tuple(t[2] for t in tagged[start:])
    return Form(post, head, body, bare, named_end if start < len(ws) else True, named,
                (False,) * unit + tuple(not t[1] for t in tagged[start:]), glued, _orders(label, ws, start, head),
                board_gap(head, body), phrase, title)


@cache
def _titles() -> tuple[Words, ...]:
    """The words of the lexicon's post titles that name their unit (``posts.tsv`` column 3: "Chủ tịch Quốc hội"),
    longest first."""
    titles = {tuple(w for w, _ in folded(r[0])) for r in lexicon.rows("posts") if len(r) > 2 and r[2].strip()}
    return tuple(sorted(titles, key=lambda t: (-len(t), t)))


def _longer_title(head: Words, ws: Words, start: int) -> tuple[Words, int]:
    """The title a phrase spells when the title as read is the beginning of a longer title of the lexicon that
    names its unit inside itself, and the body goes on with that unit ("Chủ tịch QH" is "Chủ tịch Quốc hội",
    "Ủy viên T.Ư Đảng" is "Ủy viên Trung ương Đảng": the extractor read no longer title in the abbreviation), with
    where the body then begins; else ``head`` and ``start``."""
    for t in _titles():
        if len(t) > len(head) and t[: len(head)] == head and ws[start - len(head) : start - len(head) + len(t)] == t:
            return t, start - len(head) + len(t)
    return head, start


@cache
def _gaps() -> tuple[Words, ...]:
    """The manner words of the lexicon that stand between a title and its body (``post_qualifiers`` "gap")."""
    return tuple(tuple(w for w, _ in folded(r[0])) for r in lexicon.rows("post_qualifiers") if r[2:3] == ["gap"])


def _manner_gap(head: Words, rest: Words) -> int:
    """Length of a manner word right after a title that ends with a body's head, before that head again ("Phó
    Trưởng ban Thường trực Ban X": the title's qualifier, the body "Ban X", as the extractor reads it; 0 if none);
    the manner word may lack a tone mark ("thường trưc")."""
    def bare(ws: Words) -> Words:  # a manner word may be written without a tone mark ("thường trưc")
        return tuple(strip_diacritics(w) for w in ws)

    return next((len(g) for g in _gaps() if bare(rest[: len(g)]) == bare(g) and rest[len(g) : len(g) + 1] == head[-1:]),
                0)


def _orders(label: str, ws: Words, start: int, head: Words) -> tuple[Words, ...]:
    """The body with two coordinated parts after the title the other way (:func:`kg.corpus.post_order.swaps`);
    none whose parts begin a title ("… Quảng Nam - Chủ tịch")."""
    out = []
    for alt in swaps(label):
        other = words(alt)
        if other[:start] == ws[:start] and other != ws and not any(other[k : k + 2] in _title_starts()
                                                                   for k in range(start, len(other))):
            out.append(with_unit(head, other[start:]))
    return tuple(out)


@cache
def _sectors() -> tuple[Words, ...]:
    """The words of the lexicon's names of a sector written with capitals that end with a lower-case syllable
    ("Thông tin và Truyền thông", "Tài nguyên và Môi trường"): the expansions of its abbreviations that name no
    body head nor title ("Mặt trận Tổ quốc", "Phó Chủ tịch"). A phrase that ends with one ends with a name."""
    heads = set(lexicon.by_key("bodies")) | set(lexicon.by_key("posts"))
    out = {words(e.vi) for e in lexicon.abbreviations().values()
           if sum(t[:1].isupper() for t in e.vi.split()) > 1 and not e.vi.split()[-1][:1].isupper()
           and e.key not in heads}
    return tuple(sorted(out))


def forms_of(links: Links, facts: Iterable[Fact], mentions: Iterable[Mention] = ()) -> dict[str, list[Form]]:
    """Per person entity id of one article, the forms of the posts the article says they hold (one per node), each
    with the names of the bodies the holding's sentences name (``mentions``: the article's, for its sentences)."""
    out: dict[str, list[Form]] = {}
    bodies = [(e.label, m.sentence) for e in links.entities.values() if e.id.startswith("body:") for m in e.mentions]
    sentence = {m.start: m.sentence for m in mentions}  # the article's mentions: where each holding is said
    for f in facts:
        if f.cls != "PostHolding":
            continue
        refs = {p: v.id for p, v in f.props if isinstance(v, Ref)}
        person, post = links.entities.get(refs.get("org:member", "")), links.entities.get(refs.get("vnr:post", ""))
        if person is None or post is None or any(x.post == post.id for x in out.get(person.id, [])):
            continue
        title = post.attrs.get("title_vi") or post.attrs.get("title", "")
        label = next((v.value for p, v in f.props if p == "rdfs:label" and isinstance(v, Lit)), "")
        phrase = label.split(" — ", 1)[1] if " — " in label else post.label  # as written for this person
        bare = post.key.endswith(f"|{person.key}")
        said = {sentence[a] for a, _ in f.spans if a in sentence}
        near = tuple(sorted({b for b, at in bodies if at in said}))
        out.setdefault(person.id, []).append(replace(form(post.id, phrase, title, bare), bodies=near))
    return out


def rekeyed(forms: Iterable[Form], name: str, new: str) -> list[Form]:
    """The forms of a person whose key ``name`` became ``new``: the posts keyed by the holder follow the key."""
    if new == name:
        return list(forms)
    tail = f"|{name}"
    return [replace(f, post=f.post[: -len(name)] + new) if f.bare and f.post.endswith(tail) else f for f in forms]


def _level_at(ws: Words, i: int) -> int:
    """Length of the administrative level word at ``ws[i]`` followed by a name (0 if none; a numbered unit,
    "phường 1", needs its level word; nor is a committee's name, "Huyện ủy X")."""
    if committee_at(ws, i):
        return 0
    for lv in levels():
        n = len(lv)
        if ws[i : i + n] == lv and i + n < len(ws) and not ws[i + n].isdigit():
            return n
    return 0


def _align(a: Words, b: Words, inside: bool = False, tail: bool = False, names: tuple[bool, ...] = (),
           lower: tuple[bool, ...] = (), place: Words = ()) -> bool:
    """Whether ``a`` aligns with ``b``: words or initials one for one, a level word on one side only skipped;
    ``inside``: words of ``b`` may be skipped between those of ``a``; ``tail``: and after them; ``names``: words
    of ``b`` written as names, before which words of ``b`` may be left after those of ``a``; ``lower``: words of
    ``b`` in lower case, which may be left after those of ``a`` when all that are left are; ``place``: the level
    word ``a`` ended with, left out: ``b`` must go on with a name that can be a unit of that level."""
    seen: set[tuple[int, int]] = set()
    todo = [(0, 0)]
    while todo:
        i, j = todo.pop()
        if (i, j) in seen:
            continue
        seen.add((i, j))
        if place and i == len(a):
            if j < len(names) and names[j] and _placed(b[j:], place):
                return True
            continue
        if i == len(a) and (j == len(b) or tail or (j < len(names) and names[j])
                            or (j < len(lower) and all(lower[j:]))):
            return True
        if i < len(a) and j < len(b) and match(a[i], b[j]):
            todo.append((i + 1, j + 1))
        level_a = _level_at(a, i) if i < len(a) else 0
        level_b = _level_at(b, j) if j < len(b) else 0
        if level_a and not level_b:  # "tỉnh X" ~ "X"; two different level words never align
            todo.append((i + level_a, j))
        if level_b and not level_a:
            todo.append((i, j + level_b))
        elif inside and 0 < i < len(a) and j < len(b):
            todo.append((i, j + 1))
    return False


def _boardless(f: Form) -> tuple[Form, ...]:
    """The form, and without the company's board that opens its body when it has one (:mod:`kg.corpus.post_board`:
    "Chủ tịch HĐQT Tập đoàn X" is also "Chủ tịch Tập đoàn X"); and each of these for the form read with the short
    forms the articles define (:attr:`Form.read`, :mod:`kg.corpus.short_forms`)."""
    n = f.board
    own = (f, replace(f, body=f.body[n:], named=f.named[n:], lower=f.lower[n:], orders=(), board=0)) if n else (f,)
    return own + tuple(x for g in f.read for x in _boardless(g))


def same(a: Form, b: Form, slips: bool = True) -> bool:
    """Whether two forms are the same post (module docstring; a body's two coordinated parts in either order; a
    company's board left out or not; ``slips``: one word with a slip of the pen, :mod:`kg.corpus.post_slips`)."""
    pairs = [(x, y) for x in _boardless(a) for y in _boardless(b)]
    return any(_same(x, y) for x, y in pairs) or slips and any(slipped(x, y, _same) or slipped(y, x, _same)
                                                               for x, y in pairs)


def _same(a: Form, b: Form) -> bool:
    return a.head == b.head and (any(_align(x, b.body) for x in (a.body, *a.orders))
                                 or any(_align(a.body, y) for y in b.orders))


def extends(named: Form, glued: Form) -> bool:
    """Whether ``glued`` is ``named`` with lower-case words of the next clause glued after it: the same head, a body
    of two words or more ending with a name, and the same body then words in lower case only ("… Thành ủy X" /
    "… Thành ủy X thay"; not "Trung tâm Y tế" / "… Y tế dự phòng", which ends with no name); or the same body
    then a next clause, whatever follows (:func:`kg.corpus.post_clause.clause_starts`: "… X đã có buổi …")."""
    if named.head != glued.head or len(named.body) < 2:
        return False
    if any(_align(named.body, glued.body[:n]) for n in clause_starts(glued.body, glued.lower)):
        return True  # "… X đã có …", "… Trung ương nhiệt liệt …": a next clause opens (kg.corpus.post_clause)
    if not named.named_end:
        return False
    n = len(glued.body)
    while n > 0 and n <= len(glued.lower) and glued.lower[n - 1]:
        n -= 1
    return n < len(glued.body) and _align(named.body, glued.body[:n])


def within(short: Form, full: Form) -> bool:
    """Whether ``short`` is a shorter form of ``full``: the same head, its body part of the longer body, which
    adds words before or inside it, or — when it ends with a name — after it ("Sở Y tế" / "Sở Y tế tỉnh X"; not
    "Sở Y tế" / "Sở Y tế cho biết", words of the next clause glued to a post); a body that ends with a level
    word and no name is part of one that names a unit of that level there ("Sở Y tế thành phố" / "Sở Y tế X"); a
    title that begins a longer title naming its unit is read as that title's first words and the rest as body
    ("Trưởng đoàn" and "Trưởng đoàn TP X" are shorter forms of "Trưởng đoàn Đại biểu Quốc hội TP X")."""
    full = _opened(full, short.head)
    return short.head == full.head and any(_within_orders(x, y) for x in _boardless(short) for y in _boardless(full))


def _opened(full: Form, head: Words) -> Form:
    """``full`` read with ``head`` as its title when ``head`` begins its title, one that names its unit
    (:func:`_titles`): the title's other words open the body; else ``full``."""
    k = len(full.head) - len(head)
    if k <= 0 or full.head[: len(head)] != head or full.head not in _titles():
        return full
    return replace(full, head=head, body=full.head[len(head) :] + full.body, named=(True,) * k + full.named,
                   lower=(False,) * k + full.lower, orders=(), board=0)


def _within_orders(short: Form, full: Form) -> bool:
    if short.orders and any(_within(replace(short, body=b, orders=()), full) for b in short.orders):
        return True
    return _within(short, full)


def _within(short: Form, full: Form) -> bool:
    if len(short.body) < len(full.body):
        if not short.body:
            return True
        glue = full.lower if short.named_end and len(short.body) > 1 else ()
        if any(_align(short.body, full.body[k:], True, full.named_end, full.named[k:], glue[k:])
               for k in range(len(full.body))):
            return True
    n = _trailing_level(short.body)
    return n > 0 and any(_align(short.body[:-n], full.body[k:], True, names=full.named[k:], place=short.body[-n:])
                         for k in range(len(full.body)))


def _trailing_level(body: Words) -> int:
    """Length of the level word that ends a body with no name after it ("Sở Tài chính thành phố"; 0 if none)."""
    return next((len(lv) for lv in levels() if len(body) > len(lv) and body[-len(lv):] == lv), 0)


@cache
def _provinces() -> dict[Words, Words]:
    """Provinces and centrally-run cities (lexicon ``provinces``): their words → their level word's."""
    return {tuple(w for w, _ in folded(r[0])): tuple(w for w, _ in folded(r[2])) for r in lexicon.rows("provinces")
            if len(r) > 2 and r[2]}


def _placed(rest: Words, level: Words) -> bool:
    """Whether ``rest`` can be the place a body ending with ``level`` left unnamed: no level word (another one
    would be another unit, the same one aligns as a word), and no province of another level ("huyện" ≠ a
    province); "tỉnh" needs a province of that level."""
    if any(rest[: len(lv)] == lv for lv in levels()):
        return False
    province = next((lv for name, lv in _provinces().items() if rest[: len(name)] == name), None)
    return province == level if province is not None or level == ("tỉnh",) else True
