"""A post node two officials of one article hold, each as a form of a post of their own, is no post of either
(issue 8: one post node per post of an official; kg.corpus.postfold.held_moves).

Every name and company here is made up ("Công ty Cổ phần Hồng Lam", "Trần Văn Khải"); the vocabulary is the
lexicon's.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset, Literal
from rdflib.namespace import ORG, PROV, RDF, RDFS

from kg.corpus.build import build_corpus, nt
from kg.corpus.postfold import article_moves, held_moves, rewrite
from kg.corpus.postforms import form
from kg.rdf.emit import entity_iri
from kg.rdf.namespace import SCHEMA, VNR

ARTICLES = [
    ("b1", "Hồng Lam họp cổ đông",
     "Sáng 5/6, ông Trần Văn Khải, Chủ tịch HĐQT Công ty Cổ phần Hồng Lam, chủ trì đại hội cổ đông thường niên."),
    ("b2", "Hồng Lam chia cổ tức",
     "Ông Trần Văn Khải, Chủ tịch HĐQT Công ty Cổ phần Hồng Lam cho biết công ty sẽ chia cổ tức."),
    ("b3", "Bắc Thủy mở rộng sản xuất",
     "Ông Lê Văn Tâm, Chủ tịch HĐQT Công ty Cổ phần Bắc Thủy, cho biết nhà máy mới sẽ hoạt động từ tháng 9."),
    ("b4", "Khởi tố hai cựu lãnh đạo doanh nghiệp",
     "Cơ quan điều tra đã khởi tố ông Trần Văn Khải, nguyên Chủ tịch HĐQT và ông Lê Văn Tâm, nguyên Chủ tịch HĐQT."),
]


def test_each_holder_of_a_node_they_disagree_on_goes_to_their_own_post() -> None:
    ab = form("post:ab", "Tổng Bí thư", "Tổng Bí thư")
    x, y = {"post:ab": ("post:x", False)}, {"post:ab": ("post:y", False)}
    holders = [([ab], x), ([ab], y), ([ab], None)]
    assert article_moves([([f.post for f in fs], d) for fs, d in holders]) == {}  # the node stays …
    a, b, c = "<https://x.test/a>", "<https://x.test/b>", "<https://x.test/c>"
    node = nt(entity_iri("post:ab"))
    assert held_moves(holders, [a, b, c]) == {  # … and each holding goes to its holder's post
        (a, node): nt(entity_iri("post:x")), (b, node): nt(entity_iri("post:y"))}
    # a node that moves as a whole moves no holding of its own
    assert held_moves([([ab], x), ([ab], None)], [a, b]) == {}


def test_a_holding_moves_with_its_holds_and_held_by_lines_the_others_stay() -> None:
    p, t = "<https://x.test/post/p>", "<https://x.test/post/t>"
    a, b, ha, hb = "<https://x.test/a>", "<https://x.test/b>", "<https://x.test/ha>", "<https://x.test/hb>"
    lines = [f"{p} <{RDFS.label}> \"Chủ tịch HĐQT\"@vi", f"{p} <{ORG.heldBy}> {a}", f"{p} <{ORG.heldBy}> {b}",
             f"{a} <{ORG.holds}> {p}", f"{b} <{ORG.holds}> {p}", f"{ha} <{ORG.member}> {a}",
             f"{hb} <{ORG.member}> {b}", f"{ha} <{VNR.post}> {p}", f"{hb} <{VNR.post}> {p}"]
    assert rewrite(lines, {}, held={(a, p): t}) == sorted([
        f"{p} <{RDFS.label}> \"Chủ tịch HĐQT\"@vi", f"{t} <{ORG.heldBy}> {a}", f"{p} <{ORG.heldBy}> {b}",
        f"{a} <{ORG.holds}> {t}", f"{b} <{ORG.holds}> {p}", f"{ha} <{ORG.member}> {a}",
        f"{hb} <{ORG.member}> {b}", f"{ha} <{VNR.post}> {t}", f"{hb} <{VNR.post}> {p}"])
    # a node every holder leaves goes with its own lines
    assert rewrite(lines, {}, held={(a, p): t, (b, p): t}) == sorted([
        f"{t} <{ORG.heldBy}> {a}", f"{t} <{ORG.heldBy}> {b}", f"{a} <{ORG.holds}> {t}", f"{b} <{ORG.holds}> {t}",
        f"{ha} <{ORG.member}> {a}", f"{hb} <{ORG.member}> {b}", f"{ha} <{VNR.post}> {t}", f"{hb} <{VNR.post}> {t}"])


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Dataset]:
    tmp = tmp_path_factory.mktemp("postnodes")
    src, out = tmp / "in.jsonl", tmp / "out.nq"
    src.write_text("".join(json.dumps({"id": i, "title": t, "text": x}, ensure_ascii=False) + "\n"
                           for i, t, x in ARTICLES), encoding="utf-8")
    build_corpus(src, out, jobs=1)
    ds = Dataset()
    ds.parse(str(out), format="nquads")
    return out, ds


def _posts(ds: Dataset, name: str) -> dict[str, set[str]]:
    """Post node → the articles of its holdings, for the official named ``name``."""
    [person] = {s for s, _, _, _ in ds.quads((None, SCHEMA.name, Literal(name, lang="vi"), None))}
    out: dict[str, set[str]] = {}
    for h, _, _, _ in ds.quads((None, ORG.member, person, None)):
        for _, _, post, _ in ds.quads((h, VNR.post, None, None)):
            out.setdefault(str(post), set()).update(
                str(o).rsplit("/", 1)[1] for _, _, o, _ in ds.quads((h, VNR.inReport, None, None)))
    return out


def test_two_officials_of_one_unplaced_post_keep_one_node_each(built) -> None:
    _, ds = built
    for name, articles in (("Trần Văn Khải", {"b1", "b2", "b4"}), ("Lê Văn Tâm", {"b3", "b4"})):
        posts = _posts(ds, name)
        assert list(posts.values()) == [articles]
        [person] = {s for s, _, _, _ in ds.quads((None, SCHEMA.name, Literal(name, lang="vi"), None))}
        assert {str(o) for _, _, o, _ in ds.quads((person, ORG.holds, None, None))} == set(posts)
    # the node of article b4 that no one holds any more is gone with its lines: every post node has a holder
    nodes = {s for s, _, _, _ in ds.quads((None, RDF.type, VNR.Post, None))}
    assert len(nodes) == 2 and all(any(ds.quads((n, ORG.heldBy, None, None))) for n in nodes)
    assert all(any(ds.quads((n, PROV.wasDerivedFrom, None, None))) for n in nodes)


def test_held_moves_are_the_same_whatever_the_workers(built, tmp_path: Path) -> None:
    out, _ = built
    src, again = tmp_path / "in.jsonl", tmp_path / "j2.nq"
    src.write_text("".join(json.dumps({"id": i, "title": t, "text": x}, ensure_ascii=False) + "\n"
                           for i, t, x in ARTICLES), encoding="utf-8")
    build_corpus(src, again, jobs=2)
    assert again.read_bytes() == out.read_bytes()
