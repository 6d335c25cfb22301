"""Issue 8's corpus criteria, measured on a built corpus graph (N-Quads, read with pyoxigraph):

1. **One post node per post of an official.** For every official (a person holding posts), their post nodes are
   compared as the corpus build compares them (:mod:`kg.corpus.postforms`, :mod:`kg.corpus.postfold`: the same
   head + the same body after abbreviations are spelt out and case and tone marks folded; a level word on one side
   only, a term qualifier left out), over the phrases the articles write for that official and node (the labels
   of their ``vnr:PostHolding`` facts, "<name> — <post as written>"), the head taken from the node's
   ``vnr:postTitle`` concept:
   - *same post*: officials holding two or more nodes of one post, and the nodes beyond one;
   - *shorter form*: a node whose forms are part of exactly one of the official's posts ("Chủ tịch X" beside
     "Chủ tịch UBND TP X", a bare title) — the fold of the corpus build; and the *ambiguous* ones, part of two
     posts, which the build leaves;
   - the crude figure of the issue: officials with two or more post nodes of one ``vnr:postTitle`` concept (this
     one also counts different posts of one title, "Bí thư Huyện ủy" then "Bí thư Tỉnh ủy").
   - *shared unplaced*: post nodes held by two or more officials whose body names no unit ("Bí thư Đảng ủy",
     "Chủ tịch UBND xã": the offices of different units made one node).
2. **No person node whose name is a name plus a following word.**
   - *extends a name of the same article*: a person whose name is another person's name of the same article plus
     one word (the shorter one may be the wrong one: a name cut short);
   - *a following word*: a person whose name less its last word is another person's name in the corpus, and who
     is named (in a NIF phrase of the articles) right before a word with which that last word makes a phrase
     the corpus writes in lower case (≥ ``--min-bigram`` times and ≥ ``--share`` of the lower-case uses of the
     word: "Chiều 12/5", "Sáng nay", "Đất nước", "Căn cứ"; not "Trọng cho", rare beside "quan trọng").

    .venv/bin/python scripts/corpus_posts.py out/corpus.nq [--examples 10] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.corpus.postfold import ambiguous as ambiguous_nodes  # noqa: E402
from kg.corpus.postfold import fold  # noqa: E402
from kg.corpus.postforms import Form, form  # noqa: E402
from kg.extract import lexicon  # noqa: E402
from kg.extract.normalise import key  # noqa: E402

VNR = "https://w3id.org/vnreport-kg/ontology#"
ORG = "http://www.w3.org/ns/org#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS = "http://www.w3.org/2004/02/skos/core#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
TA_IDENT = "http://www.w3.org/2005/11/its/rdf#taIdentRef"
SCHEMA_NAME = "http://schema.org/name"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PERSONS = {f"{VNR}Person", f"{VNR}Official"}


class Graph:
    """What the measures need of a corpus graph, read in one pass."""

    def __init__(self, path: Path) -> None:
        self.persons: set[str] = set()
        self.names: dict[str, str] = {}
        self.labels: dict[str, list[str]] = defaultdict(list)
        self.holds: dict[str, set[str]] = defaultdict(set)
        self.member: dict[str, str] = {}  # post holding → person
        self.post: dict[str, str] = {}  # post holding → post
        self.stated: dict[tuple[str, str], set[str]] = defaultdict(set)  # (person, post) → phrases as written
        self.title: dict[str, str] = {}
        self.post_in: dict[str, str] = {}  # post → body
        self.pref: dict[str, str] = {}
        self.reports: dict[str, set[str]] = defaultdict(set)
        self.texts: dict[str, str] = {}
        self.mentions: dict[str, list[tuple[str, int, int]]] = defaultdict(list)  # person → (report, start, end)
        for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
            self._quad(q)
        for h, person in self.member.items():  # a holding's label: "<person> — <the post as the article writes it>"
            for label in self.labels.get(h, []):
                if h in self.post and " — " in label:
                    self.stated[(person, self.post[h])].add(label.split(" — ", 1)[1])

    def _quad(self, q: ox.Quad) -> None:
        s, p, o = q.subject.value, q.predicate.value, q.object
        if p == RDF_TYPE and o.value in PERSONS:
            self.persons.add(s)
        elif p == SCHEMA_NAME:
            self.names[s] = o.value
        elif p in (RDFS_LABEL, f"{SKOS}altLabel") and getattr(o, "language", None) == "vi":
            self.labels[s].append(o.value)
        elif p == f"{SKOS}prefLabel" and getattr(o, "language", None) == "vi":
            self.pref[s] = o.value
        elif p == f"{ORG}holds":
            self.holds[s].add(o.value)
        elif p == f"{ORG}member":
            self.member[s] = o.value
        elif p == f"{VNR}post":
            self.post[s] = o.value
        elif p == f"{ORG}postIn":
            self.post_in[s] = o.value
        elif p == f"{VNR}postTitle":
            self.title[s] = o.value
        elif p == f"{VNR}inReport":
            self.reports[s].add(o.value)
        elif p == f"{NIF}isString":
            self.texts[s] = o.value
        elif p == TA_IDENT and "#char=" in s:
            report, _, span = s.partition("#char=")
            a, b = span.split(",")
            self.mentions[o.value].append((report, int(a), int(b)))


def _forms(g: Graph, person: str, post: str) -> list[Form]:
    """The forms of a post node as the articles write it for this official (their post holdings' labels)."""
    head = g.pref.get(g.title.get(post, ""), "")
    return [form(post, phrase, head) for phrase in sorted(g.stated.get((person, post), ()))] if head else []


def _unplaced(labels: list[str]) -> bool:
    """A body named by its head alone or with a level word and no name ("Đảng ủy", "UBND xã", "UBND thành phố");
    not a national body that needs no name ("Bộ Chính trị", "Chính phủ", "Bộ Công an")."""
    levels = lexicon.levels()
    heads = {k: e for k, e in lexicon.by_key("bodies").items()
             if not (len(e.extra) > 2 and e.extra[1] != "1" and e.extra[2] == "national")}
    for label in labels:
        words = key(lexicon.expand(label)).split()
        if not any(" ".join(words[:n]) in heads and (n == len(words) or " ".join(words[n:]) in levels)
                   for n in range(1, len(words) + 1)):
            return False
    return bool(labels)


def shared_unplaced(g: Graph, examples: int) -> dict:
    """Post nodes held by two or more officials whose body names no unit: offices of different units, one node."""
    holders: dict[str, set[str]] = defaultdict(set)
    for person, posts in g.holds.items():
        for p in posts:
            holders[p].add(person)
    found = sorted((len(h), _label(g, p)) for p, h in holders.items()
                   if len(h) > 1 and p in g.post_in and _unplaced(g.labels.get(g.post_in[p], [])))[::-1]
    return {"shared_unplaced_posts": len(found), "shared_unplaced_holders": sum(n for n, _ in found),
            "examples_shared_unplaced": found[:examples]}


def post_measures(g: Graph, examples: int) -> dict:
    """Per official: same-post nodes, shorter forms the fold joins, ambiguous shorter forms, nodes per title."""
    same_posts: list[tuple[str, list[str]]] = []
    shorter: list[tuple[str, str, str]] = []
    ambiguous: list[tuple[str, str]] = []
    by_title = 0
    for person in sorted(g.holds):
        posts = sorted(g.holds[person])
        titles = Counter(g.title.get(p, "") for p in posts)
        by_title += any(n > 1 for t, n in titles.items() if t)
        forms = {p: _forms(g, person, p) for p in posts}
        flat = [f for p in posts for f in forms[p]]
        decision = fold(flat)
        groups: dict[str, list[str]] = defaultdict(list)
        for p in posts:
            target, was_shorter = decision.get(p, (p, False))
            if was_shorter:
                shorter.append((g.names.get(person, person), _label(g, p), _label(g, target)))
            else:
                groups[target].append(p)
        for members in groups.values():
            if len(members) > 1:
                same_posts.append((g.names.get(person, person), [_label(g, p) for p in members]))
        ambiguous.extend((g.names.get(person, person), _label(g, p)) for p in ambiguous_nodes(flat))
    officials = {n for n, _ in same_posts}
    return {
        "officials_with_posts": len(g.holds),
        "same_post_officials": len(officials),
        "same_post_extra_nodes": sum(len(m) - 1 for _, m in same_posts),
        "shorter_form_nodes": len(shorter),
        "shorter_form_officials": len({n for n, _, _ in shorter}),
        "ambiguous_shorter_nodes": len(ambiguous),
        "officials_two_nodes_one_title": by_title,
        "examples_same_post": same_posts[:: max(1, len(same_posts) // max(1, examples))][:examples],
        "examples_shorter": shorter[:: max(1, len(shorter) // max(1, examples))][:examples],
        "examples_ambiguous": ambiguous[:: max(1, len(ambiguous) // max(1, examples))][:examples],
    }


def _label(g: Graph, node: str) -> str:
    labels = g.labels.get(node, [])
    return max(labels, key=lambda s: (len(s), s)) if labels else node.rsplit("/", 1)[-1]


_WORD = re.compile(r"[^\W\d_]+|\d[\d.,/-]*")


def _next_word(text: str, end: int) -> str:
    m = re.match(r"[ \t]*([^\W_][\w./-]*)", text[end:])
    if not m:
        return ""
    w = m.group(1)
    return "<n>" if w[0].isdigit() else w.lower()


def name_measures(g: Graph, examples: int, min_bigram: int, share: float) -> dict:
    """Persons whose name is another person's name plus one word: in the same article; before a following word."""
    persons = sorted(p for p in g.persons if p in g.names)
    by_name: dict[str, set[str]] = defaultdict(set)
    for p in persons:
        by_name[g.names[p]].add(p)
    same_article, candidates = [], []
    for p in persons:
        words = g.names[p].split()
        shorter = " ".join(words[:-1])
        if len(words) < 3 or shorter not in by_name:
            continue
        if any(g.reports[p] & g.reports[q] for q in by_name[shorter]):
            same_article.append(g.names[p])
        candidates.append(p)
    last_words = {g.names[p].split()[-1].lower() for p in candidates}
    bigrams: Counter[tuple[str, str]] = Counter()
    unigrams: Counter[str] = Counter()
    for text in g.texts.values():
        toks = _WORD.findall(text)
        for a, b in zip(toks, toks[1:], strict=False):
            if a in last_words:  # written in lower case
                unigrams[a] += 1
                bigrams[(a, "<n>" if b[0].isdigit() else b.lower())] += 1
    following = []
    for p in candidates:
        last = g.names[p].split()[-1].lower()
        nexts = {_next_word(g.texts.get(r, ""), b) for r, _, b in g.mentions.get(p, [])}
        hits = sorted(w for w in nexts if w and bigrams[(last, w)] >= min_bigram
                      and bigrams[(last, w)] >= share * unigrams[last])
        if hits:
            following.append(f"{g.names[p]} ({last} {hits[0]}: {bigrams[(last, hits[0])]} of {unigrams[last]})")
    return {
        "persons": len(persons),
        "extends_a_name_of_the_same_article": len(same_article),
        "name_plus_following_word": len(following),
        "examples_same_article": same_article[:examples],
        "examples_following_word": following[:: max(1, len(following) // max(1, examples))][:examples],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("graph", type=Path, help="a corpus graph, N-Quads (kg build --corpus … -o FILE.nq)")
    ap.add_argument("--examples", type=int, default=10)
    ap.add_argument("--min-bigram", type=int, default=3, help="lower-case uses of 'last word + next word'")
    ap.add_argument("--share", type=float, default=0.05,
                    help="… and at least this share of the lower-case uses of the last word")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    if not args.graph.is_file():
        print(f"error: no such file: {args.graph}", file=sys.stderr)
        return 2
    try:
        g = Graph(args.graph)
    except (SyntaxError, ValueError, OSError) as err:
        print(f"error: {args.graph} is not N-Quads: {err}", file=sys.stderr)
        return 2
    figures = {"posts": post_measures(g, args.examples) | shared_unplaced(g, args.examples),
               "names": name_measures(g, args.examples, args.min_bigram, args.share)}
    for section, values in figures.items():
        print(f"== {section}")
        for k, v in values.items():
            if isinstance(v, list):
                print(f"  {k}:")
                for item in v:
                    print(f"    {item}")
            else:
                print(f"  {k}: {v}")
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
