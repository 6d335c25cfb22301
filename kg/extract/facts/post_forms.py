"""One post written in several forms: a shorter form of a post an official holds more fully joins the fuller post."""

from __future__ import annotations

from kg.extract import lexicon
from kg.extract import posts as post_grammar
from kg.extract.facts.context import _Ctx
from kg.extract.facts.model import Ref
from kg.extract.facts.post_defined_forms import spell_defined
from kg.extract.facts.post_former_forms import former_forms
from kg.extract.facts.post_initials import follow_chains, initial_forms
from kg.extract.facts.post_nodes import _title_key
from kg.extract.normalise import fold, key


def _fold_post_forms(ctx: _Ctx) -> None:
    """A shorter form of a post an official holds more fully ("Bí thư" beside "Bí thư Thành ủy X") joins the fuller
    post: its holding's provenance moves there, and a post left with no holder is dropped."""
    ents = ctx.links.entities
    holdings = [f for f in ctx.facts if f.cls == "PostHolding"]
    held = []
    labels: dict[str, str] = {}
    new_led: set[str] = set()
    for h in holdings:
        person = next(v.id for p, v in h.props if p == "org:member" and isinstance(v, Ref))
        post = ents[next(v.id for p, v in h.props if p == "vnr:post" and isinstance(v, Ref))]
        words = _label_words(post.label)
        if key(post.label).split(" ", 1)[0] in _NEW_LEADS:  # "tân Bí thư": the post "Bí thư"
            words -= _NEW_LEADS
            new_led.add(post.id)
        if any(p == "vnr:former" for p, _ in h.props):  # the post node is named without "nguyên": the holding says it
            words |= {"nguyên"}
        held.append((person, post.id, post.attrs.get("title", ""), words))
        labels[post.id] = post.label
    spelt = spell_defined(_spell_out(held, labels), labels, ctx.doc.text, lambda w: _content(w, False))
    moves = post_grammar.same_post_forms(spelt)
    if any(w & _FORMER_LEADS for *_, w in spelt):  # a former post to join forms to (most texts have none)
        starts: dict[tuple[str, str], list[int]] = {}
        for h, (person, post_id, _, _) in zip(holdings, held, strict=True):
            starts.setdefault((person, post_id), []).extend(a for a, _ in h.spans)
        text = ctx.doc.text
        former_forms(spelt, moves, lambda person, post: [text[max(0, a - 40):a]
                                                         for a in starts.get((person, post), [])], new_led)
    _join_new_led(spelt, new_led, moves)
    _join_short_titles(spelt, moves)
    initial_forms(spelt, labels, lambda w: _content(w, False), moves)
    _join_equal_forms(spelt, moves, labels, [(not any(p == "vnr:term" for p, _ in h.props),
                                              min((a for a, _ in h.spans), default=0)) for h in holdings])
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


# the former leads "nguyên", "cựu" (post_leads.tsv class former)
_FORMER_LEADS = lexicon.classed("post_leads", 2, "former")


def _content(word: str, lead: bool) -> str:
    """A former lead's word past a label's first word is a syllable of a name ("Sở Tài nguyên …", "tỉnh Thái
    Nguyên"), no former lead: it is marked apart so that the post does not read as a former one."""
    return word if lead or word not in _FORMER_LEADS else f"{word}\u00b7"


def _label_words(label: str) -> frozenset[str]:
    """The folded words of a post's label, a former lead counted only where it opens the label."""
    return frozenset(_content(w, i == 0) for i, w in enumerate(_title_key(label).split()))


# a lead word of a newly appointed holder ("tân", post_leads.tsv class new): only when it opens the label ("quận
# Tân Phú" is a place's name)
_NEW_LEADS = lexicon.classed("post_leads", 2, "new")


def _join_new_led(held: list[tuple[str, str, str, frozenset[str]]], new_led: set[str],
                  moves: dict[tuple[str, str], str]) -> None:
    """A form with the lead "tân" joins the same official's form of the same title without it whose words hold
    all of its own, equal ones too ("tân Tổng thống" and "Tổng thống": one post)."""
    for person, post, title, words in held:
        if post not in new_led or (person, post) in moves:
            continue
        into = [(len(w), p) for q, p, t, w in held if q == person and p != post and p not in new_led and t == title
                and words <= w and moves.get((person, p)) != post]
        if into:
            target = max(into)[1]
            moves[(person, post)] = moves.get((person, target), target)


def _join_short_titles(held: list[tuple[str, str, str, frozenset[str]]], moves: dict[tuple[str, str], str]) -> None:
    """A post under a short title joins the same official's post under a fuller title of the same office (one
    English gloss in ``posts.tsv``, the short title's words among the fuller's: "Phó ban" / "Phó trưởng ban",
    "Đội phó" / "Phó đội trưởng") whose words hold all of its own ("Phó ban Kinh tế Trung ương" joins "Phó trưởng
    Ban Kinh tế Trung ương"); a former post joins a former post only."""
    titles = lexicon.by_key("posts")
    for person, post, title, words in held:
        entry = titles.get(title)
        if entry is None or (person, post) in moves:
            continue
        into = [(len(w), p) for q, p, t, w in held if q == person and p != post and t in titles
                and titles[t].en == entry.en and set(title.split()) < set(t.split()) and words <= w
                and ("nguyên" in words) == ("nguyên" in w) and moves.get((person, p)) != post]
        if into:
            target = max(into)[1]
            moves[(person, post)] = moves.get((person, target), target)


def _join_equal_forms(held: list[tuple[str, str, str, frozenset[str]]], moves: dict[tuple[str, str], str],
                      labels: dict[str, str], order: list[tuple[bool, int]]) -> None:
    """Two posts of one official under the same title whose labels hold the same words (letter case, a spelt-out
    abbreviation, a level word or a term aside: "Chánh Văn phòng UBND tỉnh X" / "Chánh văn phòng UBND tỉnh X";
    "Bộ trưởng Bộ Quốc phòng" / "Bộ trưởng Quốc phòng") are one post: each joins the form whose holding states a
    term ("khóa XI"), else the longest form as written, else the one written first (``order``: per holding, whether
    it states no term and its first offset); a form already joined elsewhere, or joined into, follows."""
    best: dict[tuple[str, str, frozenset[str]], tuple[bool, int, int, str]] = {}
    for (person, post, title, words), (no_term, at) in zip(held, order, strict=True):
        k, rank = (person, title, words), (no_term, -len(labels[post]), at, post)
        if (person, post) not in moves and (k not in best or rank < best[k]):
            best[k] = rank
    for person, post, title, words in held:
        target = best.get((person, title, words), (False, 0, 0, post))[3]
        if target != post and (person, post) not in moves:
            moves[(person, post)] = target
    follow_chains(moves)  # a form joined into a form that joined another follows it


def _initial(word: str) -> str:
    return fold(word[:1])  # no case, no diacritics, đ as d


def _runs(label: str) -> dict[str, list[str]]:
    """Runs of two to four capitalised words of a label by their initials: "Hòa Lâm" → {"hl": ["Hòa", "Lâm"]}."""
    ws = label.split()
    return {"".join(map(_initial, ws[i:i + n])): ws[i:i + n] for n in (2, 3, 4) for i in range(len(ws) - n + 1)
            if all(x[:1].isupper() and x.isalpha() for x in ws[i:i + n])}


def _spell_out(held: list[tuple[str, str, str, frozenset[str]]],
               labels: dict[str, str]) -> list[tuple[str, str, str, frozenset[str]]]:
    """A post written with the initials of a place or body that the same official's fuller post of the same title
    spells out ("Chủ tịch HN" beside "Chủ tịch UBND TP Hà Nội") is read with those words, so that it joins it."""
    out = []
    for person, post, title, words in held:
        caps = [w for w in labels[post].split()[len(title.split()):] if 2 <= len(w) <= 4 and w.isalpha()
                and w.isupper() and key(w) in words]
        for c in caps:
            for q, p, t, w in held:
                run = _runs(labels[p]).get("".join(map(_initial, c))) if q == person and p != post \
                    and t == title else None
                spelt = words - {key(c)} | {_content(key(x), False) for x in run} if run else words
                if spelt != words and spelt < w:
                    words = spelt
                    break
        out.append((person, post, title, words))
    return out
