"""The fold of one official's posts across articles into one node per post, and its application to the lines.

**Fold** (:func:`fold`), for the post forms of one resolved official (:mod:`kg.corpus.postforms`): nodes with a form
in common, or one a form of the other with words of the next clause glued, are one post (a group); a group whose
every form is a shorter form of another group's joins the one such group that is not itself part of another — when
its forms are part of two posts ("Phó Chủ tịch" of a People's Committee and of a People's Council) it stays
(:func:`ambiguous`), unless the sentences of its holdings name the body of one of them only (:func:`_named_body`).
Each final set of nodes stands under one node of its fullest group: a node with a body before
one keyed by its holder (a node with a body of a group that joins it before the fullest group's nodes keyed by
their holder: "Vụ trưởng Vụ X" keeps its body when "Vụ trưởng X, Tổng cục Y", written with no body node, is the
fuller form), a node written without words of a next title or clause glued to it before one written with
them (a title's first words after a dash, "… X - Trưởng"; lower-case words after a named body, "… Thành ủy X thay",
one post with "… Thành ủy X": :func:`kg.corpus.postforms.extends`) whatever the counts, so a clean node shared with
other holders stands and the glued one joins it, then the one the most of the official's articles name, then the
longer form, then the smaller id — the same choice whatever the order of the articles. Nodes one with the rest
only through a slip of the pen in one word (:mod:`kg.corpus.post_slips`: "Bộ Y tê" / "Bộ Y tế") count as glued:
the part with the fewest words that are no syllable, then the most articles, stands, and they bring no label.

**Moves** (:func:`article_moves`): the decisions of the officials of one article turned into the post nodes to
rewrite in that article — a node held by two officials moves only where they agree (an official whose fold keeps
the node votes for it to stay), and a shorter-form move
only when every holder of the node in that article makes it; a node another joins stays itself. Every line of
the article that names the node is rewritten (its holding, the person's ``org:holds``, the node's own lines and
``prov:wasDerivedFrom``), so the node that stands keeps every source sentence. Where the holders disagree the node
stays, and each holder whose fold sends it to a post of theirs takes only their own holding there
(:func:`held_moves`: "Tổng Bí thư" of two parties, an unplaced "Chủ tịch HĐQT" of two companies' chairmen).

**Both executors.** A fold needs every form of the official, so it is decided after all articles: the local
build keeps the articles' default-graph lines that name a post in a file and rewrites them at the end
(:class:`PostLines`); on Dask the groupby by name (:func:`kg.corpus.parts.decide`) folds each official's posts
and the finishing stage rewrites. Post IRIs never occur in the articles' named graphs, which are written at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from rdflib.namespace import ORG, RDFS

from kg.corpus.post_clause import clause_starts
from kg.corpus.post_slips import misspelt
from kg.corpus.postforms import Form, extends, form, same, within
from kg.corpus.runs import substitute
from kg.corpus.short_forms import Pair, Table, expanded, table
from kg.rdf.emit import entity_iri
from kg.rdf.graphio import nt_term as nt
from kg.rdf.namespace import VNR

Decision = dict[str, tuple[str, bool]]  # post id → (the node it joins, whether as a shorter form)


def _groups(nodes: dict[str, list[Form]], slips: bool = True) -> list[list[str]]:
    """Nodes whose forms are the same post, in groups (each sorted; groups by their first node); ``slips``: a slip
    of the pen in one word counts (:mod:`kg.corpus.post_slips`)."""
    parent = {p: p for p in nodes}

    def root(p: str) -> str:
        while parent[p] != p:
            p = parent[p]
        return p

    ids = sorted(nodes)
    for i, p in enumerate(ids):
        for q in ids[i + 1 :]:
            if root(p) != root(q) and any(same(f, g, slips) or extends(f, g) or extends(g, f)
                                          for f in nodes[p] for g in nodes[q]):
                parent[max(root(p), root(q))] = min(root(p), root(q))
    out: dict[str, list[str]] = {}
    for p in ids:
        out.setdefault(root(p), []).append(p)
    return sorted(out.values())


def _plan(forms: Iterable[Form]) -> tuple[dict[str, list[Form]], list[list[str]], dict[int, int], list[int]]:
    """The nodes and their forms, the same-post groups, the group each group of shorter forms joins, and the
    groups of shorter forms that are part of two posts (left)."""
    nodes: dict[str, list[Form]] = {}
    named: dict[str, set[str]] = {}
    for f in forms:
        named.setdefault(f.post, set()).update(f.bodies)
        if f not in nodes.setdefault(f.post, []):
            nodes[f.post].append(f)
    groups = _groups(nodes)
    every = [[f for p in g for f in nodes[p]] for g in groups]
    covers = {(s, g): all(any(within(f, h) for h in every[g]) for f in every[s])
              for s in range(len(groups)) for g in range(len(groups)) if s != g}
    inside = {sg: c and not covers[(sg[1], sg[0])] for sg, c in covers.items()}
    into: dict[int, int] = {}
    left: list[int] = []
    for s in range(len(groups)):
        fuller = {g for g in range(len(groups)) if g != s and inside[(s, g)]}
        top = {g for g in fuller if not any(inside[(g, h)] for h in fuller if h != g)}
        if len(top) == 1:
            into[s] = top.pop()
        elif top:
            pick = _named_body({b for p in groups[s] for b in named[p]}, {g: every[g] for g in top})
            if pick is None:
                left.append(s)
            else:
                into[s] = pick
    return nodes, groups, into, left


def _named_body(bodies: set[str], top: dict[int, list[Form]]) -> int | None:
    """Of the fuller posts a shorter form is part of, the one whose body its sentences name — the title followed by
    a body those sentences name is one of its forms ("Bí thư A cùng đoàn công tác Thành ủy X …", beside "Bí thư
    Thành ủy X" and "Bí thư Đảng ủy Y") — when it is the only such one; else None. A body named elsewhere in the
    article says nothing of the post ("… Chủ tịch rồi Bí thư X": another post's body may be the article's topic)."""
    hits = {g for g, fuller in top.items()
            if any(h.title and same(form(h.post, f"{h.title} {b}", h.title), h, False) for b in sorted(bodies)
                   for h in fuller)}
    return hits.pop() if len(hits) == 1 else None


class Slipped(tuple[str, bool]):
    """A node's join (the node it joins, whether as a shorter form) made by a slip of the pen in one word: the node
    does not bring its label to the node it joins (:func:`glued_posts`)."""

    def __new__(cls, node: str, shorter: bool) -> Slipped:
        return super().__new__(cls, (node, shorter))

    def __getnewargs__(self) -> tuple[str, bool]:  # type: ignore[override]
        return self[0], self[1]


def _slipped(nodes: dict[str, list[Form]], groups: list[list[str]], counts: dict[str, int]) -> set[str]:
    """The nodes of each group that are one with the rest only through a slip of the pen: all but the nodes of
    the group's part, without slips, whose forms have the fewest words that are no syllable ("Câùt"), then the
    most articles, then the first node."""
    out: set[str] = set()
    for members in groups:
        if len(members) < 2:
            continue
        parts = _groups({p: nodes[p] for p in members}, slips=False)
        if len(parts) < 2:
            continue
        main = min(parts, key=lambda g: (sum(misspelt(f.body) for p in g for f in nodes[p]),
                                         -sum(counts[p] for p in g), g))
        out.update(p for g in parts if g is not main for p in g)
    return out


def fold(forms: Iterable[Form], shorts: Table | None = None) -> Decision:
    """For the post forms of one official (one per article and post node), the nodes that join another
    (module docstring); ``shorts``: the short forms the input defines, read as their full names
    (:mod:`kg.corpus.short_forms`; the node that stands is chosen by the forms as written)."""
    forms = list(forms)
    counts: dict[str, int] = {}
    length: dict[str, int] = {}
    for f in forms:
        counts[f.post] = counts.get(f.post, 0) + 1
        length[f.post] = max(length.get(f.post, 0), len(f.body))
    if len(counts) < 2:
        return {}
    nodes, groups, into, _ = _plan(expanded(forms, shorts or {}))
    out: Decision = {}
    glued: set[str] = {p for members in groups for p in members
                       if any(f.glued or any(extends(h, f) for q in members if q != p for h in nodes[q])
                              for f in nodes[p])}
    slipped = _slipped(nodes, groups, counts)
    glued |= slipped
    final: dict[int, list[int]] = {}  # the fullest group → the groups that stand under it (itself first)
    for s in range(len(groups)):
        g, hops = s, 0
        while g in into and hops < len(groups):
            g, hops = into[g], hops + 1
        final.setdefault(g, [g])
        if s != g:
            final[g].append(s)
    for g, members in final.items():
        best = min((p for s in members for p in groups[s]),
                   key=lambda p: (all(f.bare for f in nodes[p]), p not in groups[g], p in glued,
                                  -counts[p], -length[p], p))
        home = next(s for s in members if best in groups[s])
        out.update({p: Slipped(best, s != home) if p in slipped else (best, s != home)
                    for s in members for p in groups[s] if p != best})
    return out


def ambiguous(forms: Iterable[Form]) -> list[str]:
    """The post nodes of one official left as they are because their forms are part of two of the official's posts."""
    _, groups, _, left = _plan(forms)
    return [p for s in left for p in groups[s]]


def article_moves(holders: Sequence[tuple[Iterable[str], Decision | None]]) -> dict[str, str]:
    """The post ids to rewrite in one article (→ the node they join), given each official of the article with the
    post nodes they hold there and their decision (None: an official resolved within the article only). An
    official whose fold keeps a node (no entry for it) votes for it to stay: a node moves only where every official
    who holds it says so, else one holder's fold would move the node in one of the other's articles and not in the
    next, and split that other's one post into two nodes."""
    said: dict[str, list[tuple[str, bool] | None]] = {}
    for posts, decision in holders:
        for p in posts:
            said.setdefault(p, []).append(decision.get(p, (p, False)) if decision is not None else None)
    moves: dict[str, str] = {}
    for p, votes in sorted(said.items()):
        targets = {v[0] for v in votes if v is not None}
        if len(targets) != 1 or (None in votes and any(v[1] for v in votes if v is not None)):
            continue
        moves[p] = targets.pop()
    return {p: t for p, t in moves.items() if p not in moves.values()}  # a node others join stays


Holders = list[tuple[list[Form], Decision | None]]  # per person of an article: their post forms, their fold


def post_moves(holders: Holders) -> dict[str, str]:
    """The post IRIs ("<…>") of one article that join another node; ``holders``: each person's forms, re-keyed
    (:func:`kg.corpus.postforms.rekeyed`), and their official's fold (None: a person of one article only)."""
    moves = article_moves([([f.post for f in forms], decision) for forms, decision in holders])
    return {nt(entity_iri(p)): nt(entity_iri(t)) for p, t in moves.items()}


def held_moves(holders: Holders, persons: Sequence[str]) -> dict[tuple[str, str], str]:
    """The holdings of one article that join another node while their node stays (:func:`article_moves` leaves a
    node whose holders disagree): (person IRI, post IRI) → the IRI of the node that holder's fold sends it to.
    ``persons``: the holders' IRIs ("<…>"), one per entry of ``holders``. A node of two officials, each of whom
    has it as a form of a post of their own ("Tổng Bí thư" of two parties), stays theirs no more: each holding goes
    to its holder's post; the node stays with the holders whose fold keeps it."""
    moves = article_moves([([f.post for f in forms], decision) for forms, decision in holders])
    out: dict[tuple[str, str], str] = {}
    for (forms, decision), person in zip(holders, persons, strict=True):
        for f in forms:
            target = decision.get(f.post) if decision is not None else None
            if target is not None and f.post not in moves and target[0] != f.post:
                out[(person, nt(entity_iri(f.post)))] = nt(entity_iri(moves.get(target[0], target[0])))
    return out


_OWN = (f" <{ORG.postIn}> ", f" <{VNR.postTitle}> ")  # what a node that joins another does not bring to it
_LABEL = f" <{RDFS.label}> "


def glued_posts(holders: Holders) -> frozenset[str]:
    """The post IRIs ("<…>") of one article written with a next title's words glued after a dash
    (:attr:`kg.corpus.postforms.Form.glued`) or with a next clause after the post (an auxiliary, a verb of saying:
    :func:`kg.corpus.post_clause.clause_starts`), or whose official's fold joins them to another node only through
    a slip of the pen (:class:`Slipped`): joining another node, they do not bring that label to it."""
    return frozenset(nt(entity_iri(f.post)) for forms, decision in holders for f in forms
                     if f.glued or clause_starts(f.body, f.lower)
                     or decision is not None and isinstance(decision.get(f.post), Slipped))


def rewrite(lines: Iterable[str], moves: dict[str, str], glued: frozenset[str] = frozenset(),
            held: dict[tuple[str, str], str] | None = None) -> list[str]:
    """An article's lines with the post nodes of ``moves`` ("<…>" → "<…>") rewritten into the nodes they join.
    A joining node brings its holders, sources and Vietnamese label (a form of the post; not one of ``glued``,
    :func:`glued_posts`, which would become the label of the node it joins, the longest), not its own body,
    title concept or English label: those describe the post it was taken for (a body cut short or inferred).
    ``held`` (:func:`held_moves`): one holder's holding of a node that stays goes to another node."""
    if not moves and not held:
        return list(lines)
    kept = [ln for ln in lines if (s := ln[: ln.index(" ")]) not in moves
            or not (any(p in ln for p in _OWN) or (_LABEL in ln and (ln.endswith('"@en') or s in glued)))]
    out = substitute(kept, moves) if moves else set(kept)
    return sorted(_rehold(out, held) if held else out)


_MEMBER, _POST = f"<{ORG.member}>", f"<{VNR.post}>"
_HOLDS, _HELD_BY = f"<{ORG.holds}>", f"<{ORG.heldBy}>"


def _rehold(lines: Iterable[str], held: dict[tuple[str, str], str]) -> set[str]:
    """The lines with each holding of ``held`` moved: its ``vnr:post``, the person's ``org:holds``, the node's
    ``org:heldBy`` of that person (the holding is found by its ``org:member`` and ``vnr:post``). A node left with
    no holder and named by no other line of the article goes (its own lines: its label, body, sources)."""
    triples = [ln.split(" ", 2) for ln in lines]
    member = {s: o for s, p, o in triples if p == _MEMBER}
    moved: list[tuple[str, str, str]] = []
    for s, p, o in triples:
        if p == _POST and (member.get(s, ""), o) in held:
            o = held[(member[s], o)]
        elif p == _HOLDS and (s, o) in held:
            o = held[(s, o)]
        elif p == _HELD_BY and (o, s) in held:
            s = held[(o, s)]
        moved.append((s, p, o))
    named = {o for _, _, o in moved}
    gone = {post for _, post in held if post not in named}
    return {f"{s} {p} {o}" for s, p, o in moved if s not in gone}


POST = nt(entity_iri("post:x")).rsplit("/", 1)[0] + "/"  # what every post IRI begins with ("<…/post/")


Stated = list[tuple[list[Form], str | None, str]]  # per person of an article: post forms, official's key, IRI


class PostLines:
    """The local build's post lines, kept in input order in ``tmpdir`` until every official's forms are known."""

    def __init__(self, tmpdir: Path) -> None:
        self.forms: dict[str, list[Form]] = {}  # official's key → every form of their posts
        self.articles: list[tuple[Stated, int]] = []
        self.shorts: list[Pair] = []  # the short forms the articles define (kg.corpus.short_forms.harvest)
        self.path = tmpdir / "posts.part"
        self.fh = self.path.open("w", encoding="utf-8")

    def add(self, holders: Stated, lines: list[str], shorts: Iterable[Pair] = ()) -> list[str]:
        """Keep an article's post lines (and its holdings' ``org:member`` lines), its persons' forms (with their
        official's key, None for a person of one article, and their IRI) and the short forms it defines; return
        the lines to go on at once."""
        self.shorts.extend(shorts)
        posts = [ln for ln in lines if POST in ln or _MEMBER_LINE in ln]
        for forms, official, _ in holders:
            if official is not None:
                self.forms.setdefault(official, []).extend(forms)
        self.articles.append((holders, len(posts)))
        self.fh.write("".join([ln + "\n" for ln in posts]))
        return [ln for ln in lines if POST not in ln and _MEMBER_LINE not in ln] if posts else lines

    def replay(self) -> Iterator[tuple[list[str], int]]:
        """Each article's post lines, the nodes that join another rewritten (:func:`rewrite`), with the number
        of nodes and holdings moved."""
        self.fh.close()
        shorts = table(self.shorts)
        folds = {k: fold(v, shorts) for k, v in self.forms.items()}
        with self.path.open(encoding="utf-8") as fh:
            for holders, n in self.articles:
                lines = [fh.readline().rstrip("\n") for _ in range(n)]
                decided: Holders = [(forms, folds.get(k) if k else None) for forms, k, _ in holders]
                moves = post_moves(decided)
                held = held_moves(decided, [iri for _, _, iri in holders])
                yield rewrite(lines, moves, glued_posts(decided), held), len(moves) + len(held)


_MEMBER_LINE = f" {_MEMBER} "
