#!/usr/bin/env python3
# ruff: noqa: E501  (a verbatim copy of ../shared/eval/score.py; only the corpus reader differs)
"""Score `kg build` against gold facts of real articles: persons and the posts they hold.

Run from the project's root with the project's Python (it needs rdflib and the `kg` command):
    .venv/bin/python ../shared/eval/score.py --gold ../shared/eval/dev_gold.json -v

(A copy of ../shared/eval/score.py with its rules unchanged; it also reads the articles from a plain
JSON-lines file, so the frozen split scores without ../shared:
    .venv/bin/python scripts/score.py --gold tests/data/frozen_gold.json --corpus tests/data/frozen.jsonl -v)

For each gold article it writes the article (title, blank line, text) to a temporary file,
runs `kg build FILE -o OUT.trig`, loads OUT plus ontology/*.ttl, and asks, through the
standard vocabularies only (after the ontology's subClassOf/subPropertyOf/equivalence links):
  persons   = nodes typed schema:Person; names = rdfs:label, schema:name, foaf:name, skos:prefLabel/altLabel
  posts     = org:Post nodes linked to the person by org:heldBy (post -> person) or org:holds (person -> post),
              described by their names plus the names of their org:postIn body.
Matching folds case and Vietnamese diacritics. A gold person counts as found when a person node
bears exactly that name. An extracted person whose every name is unrelated to all gold names is a
false positive. A gold post counts as found when one of the person's posts contains the post's first
two words and at least 60 % of its words. Person–post precision: each post the graph gives a gold person
is right when one of its names matches one of that person's gold posts that way and adds at most one
word that is neither in the gold post nor in its body's name ("Trưởng Ban Tổ chức Trung ương tin tưởng"
is wrong; so is a post the text never gives that person).

Award conferrals (printed on the line before the last): a conferral is a node of a class under
prov:Activity that has a giver (a property under prov:wasAssociatedWith), a participant (under
schema:participant or schema:recipient) or a kind (under dct:type). A gold award is found when an unused
conferral's names hold every word of the gold award (its grade included: "Huân chương Lao động hạng Nhất";
the words "danh hiệu", "vinh dự", "Nhà nước" may be left out). Its giver is right when a name of the giver,
or of a post the giver holds, contains the gold giver or is contained in it; a named recipient is found
when a participant bears that name.
"""
from __future__ import annotations

import argparse
import gzip
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

from rdflib import Dataset, Graph, URIRef

PREFIXES = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX schema: <http://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dct: <http://purl.org/dc/terms/>
"""
SUB = "(rdfs:subClassOf|owl:equivalentClass|^owl:equivalentClass)*"
SUBP = "(rdfs:subPropertyOf|owl:equivalentProperty|^owl:equivalentProperty)*"
LABELS = ["rdfs:label", "schema:name", "foaf:name", "skos:prefLabel", "skos:altLabel"]


def fold(s: str) -> str:
    s = unicodedata.normalize("NFD", str(s)).replace("đ", "d").replace("Đ", "D")
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    return re.sub(r"\s+", " ", s).strip().casefold()


def words(s: str) -> list[str]:
    return re.findall(r"\w+", fold(s))


def load(path: pathlib.Path, project: pathlib.Path) -> Graph:
    ds = Dataset(default_union=True)
    fmt = {".trig": "trig", ".ttl": "turtle", ".nq": "nquads"}.get(path.suffix, "trig")
    ds.parse(str(path), format=fmt)
    for f in sorted((project / "ontology").rglob("*.ttl")):
        if "shape" not in f.name.lower() and "quer" not in str(f).lower():
            ds.parse(str(f), format="turtle")
    g = Graph()
    https = "https://schema.org/"

    def fix(t):
        return URIRef("http://schema.org/" + str(t)[len(https):]) if isinstance(t, URIRef) and str(t).startswith(https) else t

    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((fix(s), fix(p), fix(o)))
    return g


def names(g: Graph, node) -> set[str]:
    out = set()
    for p in LABELS:
        q = f"SELECT ?l WHERE {{ ?p {SUBP} {p} . <{node}> ?p ?l FILTER isLiteral(?l) }}"
        out |= {str(r[0]) for r in g.query(PREFIXES + q)}
    return out


def person_posts(g: Graph, node) -> list[tuple[set[str], list[set[str]], set[str]]]:
    """Each post the person holds: (words of all its names and its body's names, words of each of its own
    names, words of its body's names)."""
    q = f"""SELECT DISTINCT ?post WHERE {{
        {{ ?post ?h <{node}> . ?h {SUBP} org:heldBy }} UNION {{ <{node}> ?h ?post . ?h {SUBP} org:holds }} }}"""
    out = []
    for (post,) in g.query(PREFIXES + q):
        own = [set(words(n)) for n in names(g, post)]
        body: set[str] = set()
        for (b,) in g.query(PREFIXES + f"SELECT ?o WHERE {{ <{post}> ?pi ?o . ?pi {SUBP} org:postIn }}"):
            body |= set(words(" ".join(names(g, b))))
        out.append((set().union(*own, body), own, body))
    return out


def post_is_right(own: list[set[str]], body: set[str], gold_posts: list[str]) -> bool:
    """A post the graph gives a person is right when one of its names matches a gold post of that person
    (the gold post's first two words, at least 60 % of its words) and adds at most one word that is
    neither in that gold post nor in the name of the post's body."""
    for gpost in gold_posts:
        want, head = set(words(gpost)), set(words(gpost)[:2])
        for name in own:
            every = name | body
            if head <= every and len(want & every) / len(want) >= 0.6 and len(name - want - body) <= 1:
                return True
    return False


AWARD_OPTIONAL_WORDS = {"danh", "hieu", "vinh", "du", "nha", "nuoc"}


def conferrals(g: Graph) -> dict:
    """Each award conferral -> (folded words of its names, folded names of its givers, folded participant names)."""
    out = {}
    q = f"""SELECT DISTINCT ?n WHERE {{ ?n rdf:type/{SUB} prov:Activity . ?n ?p ?x .
        {{ ?p {SUBP} prov:wasAssociatedWith }} UNION {{ ?p {SUBP} schema:participant }}
        UNION {{ ?p {SUBP} schema:recipient }} UNION {{ ?p {SUBP} dct:type }} }}"""
    for (n,) in g.query(PREFIXES + q):
        givers = set()
        for (x,) in g.query(PREFIXES + f"SELECT ?x WHERE {{ ?p {SUBP} prov:wasAssociatedWith . <{n}> ?p ?x }}"):
            givers |= names(g, x)
            for (post,) in g.query(PREFIXES + f"""SELECT ?post WHERE {{ {{ ?h {SUBP} org:heldBy . ?post ?h <{x}> }}
                                                  UNION {{ ?h {SUBP} org:holds . <{x}> ?h ?post }} }}"""):
                givers |= names(g, post)
        parts = set()
        for (x,) in g.query(PREFIXES + f"""SELECT ?x WHERE {{ {{ ?p {SUBP} schema:participant }}
                                           UNION {{ ?p {SUBP} schema:recipient }} <{n}> ?p ?x }}"""):
            parts |= {fold(v) for v in names(g, x)}
        out[n] = (set(words(" ".join(names(g, n)))), {fold(v) for v in givers}, parts)
    return out


def score_awards(art: dict, g: Graph) -> dict:
    res = {"award_all": 0, "award_hit": 0, "giver_all": 0, "giver_hit": 0, "rec_all": 0, "rec_hit": 0, "lines": []}
    confs, used = conferrals(g), set()
    for ga in art.get("awards") or []:
        res["award_all"] += 1
        want = [w for w in words(ga["award"]) if w not in AWARD_OPTIONAL_WORDS] or words(ga["award"])
        hit = next((n for n, (ws, _, _) in confs.items() if n not in used and all(w in ws for w in want)), None)
        if hit is None:
            res["lines"].append(f"{art['id']}: no conferral of '{ga['award']}'")
            continue
        used.add(hit)
        res["award_hit"] += 1
        _, givers, parts = confs[hit]
        if ga.get("giver"):
            res["giver_all"] += 1
            gg = fold(ga["giver"])
            if any(v and (v in gg or gg in v) for v in givers):
                res["giver_hit"] += 1
            else:
                res["lines"].append(f"{art['id']}: '{ga['award']}' given by {sorted(givers)[:3]}, not '{ga['giver']}'")
        for rec in ga.get("recipients") or []:
            res["rec_all"] += 1
            if fold(rec) in parts:
                res["rec_hit"] += 1
            else:
                res["lines"].append(f"{art['id']}: '{ga['award']}' lacks recipient {rec}")
    return res


def score_article(art: dict, rec: dict, kg: str, project: pathlib.Path, tmp: pathlib.Path) -> dict:
    src = tmp / f"{art['id']}.txt"
    src.write_text(rec["title"] + "\n\n" + rec["text"] + "\n", encoding="utf-8")
    out = tmp / f"{art['id']}.trig"
    r = subprocess.run([kg, "build", str(src), "-o", str(out)], capture_output=True, text=True, cwd=project)
    gold_names = {fold(p["name"]) for p in art["persons"]}
    n_posts = sum(len(p["posts"]) for p in art["persons"])
    if r.returncode or not out.exists():
        n_aw = len(art.get("awards") or [])
        return {"tp": 0, "fn": len(gold_names), "fp": 0, "post_hit": 0, "post_all": n_posts,
                "post_given": 0, "post_right": 0, "award_all": n_aw, "award_hit": 0, "giver_all": 0, "giver_hit": 0, "rec_all": 0, "rec_hit": 0,
                "lines": [f"{art['id']}: kg build failed: {(r.stderr or r.stdout).strip()[-120:]}"]}
    g = load(out, project)
    persons = {row[0] for row in g.query(PREFIXES + f"SELECT DISTINCT ?x WHERE {{ ?x rdf:type/{SUB} schema:Person }}")}
    got: dict[str, object] = {}
    for p in persons:
        for n in names(g, p):
            got.setdefault(fold(n), p)
    hit = gold_names & set(got)
    unrelated = {n for n in got if not any(n in gn or gn in n for gn in gold_names)}
    fp_nodes = {got[n] for n in unrelated} - {got[n] for n in hit}
    lines = []
    if gold_names - hit or unrelated:
        lines.append(f"{art['id']}: missed {sorted(gold_names - hit)}; not in gold {sorted(unrelated)[:6]}")
    post_hit = post_given = post_right = 0
    for gp in art["persons"]:
        node = got.get(fold(gp["name"]))
        held = person_posts(g, node) if node is not None else []
        for gpost in gp["posts"]:
            want = set(words(gpost))
            head = set(words(gpost)[:2])
            if any(head <= h and len(want & h) / len(want) >= 0.6 for h, _, _ in held):
                post_hit += 1
            else:
                lines.append(f"{art['id']}: {gp['name']} lacks post '{gpost}'")
        for _, own, body in held:
            post_given += 1
            if post_is_right(own, body, gp["posts"]):
                post_right += 1
            else:
                shown = max((" ".join(sorted(n)) for n in own), key=len, default="?")
                lines.append(f"{art['id']}: {gp['name']} holds a post the text does not give: [{shown}]")
    aw = score_awards(art, g)
    return {"tp": len(hit), "fn": len(gold_names - hit), "fp": len(fp_nodes), "post_hit": post_hit,
            "post_all": n_posts, "post_given": post_given, "post_right": post_right, **{k: v for k, v in aw.items() if k != "lines"}, "lines": lines + aw["lines"]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True, type=pathlib.Path)
    ap.add_argument("--corpus", type=pathlib.Path,
                    default=pathlib.Path(__file__).resolve().parents[1] / "corpus" / "baomoi-gov-2017.jsonl.gz")
    ap.add_argument("--kg", default=shutil.which("kg") or ".venv/bin/kg", help="the kg command")
    ap.add_argument("--project", type=pathlib.Path, default=pathlib.Path.cwd())
    ap.add_argument("-v", "--verbose", action="store_true", help="print what was missed or extra")
    ap.add_argument("--min-recall", type=float, default=0.0)
    ap.add_argument("--min-precision", type=float, default=0.0)
    ap.add_argument("--min-post-recall", type=float, default=0.0)
    ap.add_argument("--min-post-precision", type=float, default=0.0)
    a = ap.parse_args()
    gold = json.loads(a.gold.read_text(encoding="utf-8"))
    want = {"baomoi-" + art["id"] for art in gold}
    opener = gzip.open if a.corpus.suffix == ".gz" else open
    with opener(a.corpus, "rt", encoding="utf-8") as f:
        recs = {r["id"]: r for r in map(json.loads, f) if r["id"] in want}
    tot = {"tp": 0, "fn": 0, "fp": 0, "post_hit": 0, "post_all": 0, "post_given": 0, "post_right": 0,
           "award_all": 0, "award_hit": 0, "giver_all": 0, "giver_hit": 0, "rec_all": 0, "rec_hit": 0}
    with tempfile.TemporaryDirectory() as d:
        for art in gold:
            res = score_article(art, recs["baomoi-" + art["id"]], a.kg, a.project, pathlib.Path(d))
            for k in tot:
                tot[k] += res[k]
            if a.verbose:
                for ln in res["lines"]:
                    print(ln)
    if tot["award_all"]:
        print(f"awards recall {tot['award_hit'] / tot['award_all']:.2f} ({tot['award_hit']}/{tot['award_all']}); "
              f"giver {tot['giver_hit'] / max(tot['giver_all'], 1):.2f} ({tot['giver_hit']}/{tot['giver_all']}); "
              f"named recipients {tot['rec_hit'] / max(tot['rec_all'], 1):.2f} ({tot['rec_hit']}/{tot['rec_all']})")
    recall = tot["tp"] / max(tot["tp"] + tot["fn"], 1)
    precision = tot["tp"] / max(tot["tp"] + tot["fp"], 1)
    post_recall = tot["post_hit"] / max(tot["post_all"], 1)
    post_precision = tot["post_right"] / max(tot["post_given"], 1)
    print(f"persons recall {recall:.2f} precision {precision:.2f}; person-post recall {post_recall:.2f} "
          f"({tot['post_hit']}/{tot['post_all']}) precision {post_precision:.2f} "
          f"({tot['post_right']}/{tot['post_given']}) on {len(gold)} articles")
    ok = recall >= a.min_recall and precision >= a.min_precision and post_recall >= a.min_post_recall \
        and post_precision >= a.min_post_precision
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
