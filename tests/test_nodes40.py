"""A post node two officials of one article hold moves there only where the fold of each of them says so (issue 8:
one post node per post of an official; kg.corpus.postfold.article_moves). An official whose fold keeps the node
(one form of it only) votes for it to stay: else a co-holder's fold moves it in one article and not in the
official's next article, and the official's one post becomes two nodes.

Every name here is made up ("Phan Hữu Lộc", "Đỗ Văn Khang"); the vocabulary is the lexicon's.
"""

from __future__ import annotations

import json

import pytest
from rdflib import Dataset, Literal
from rdflib.namespace import ORG

from kg.corpus.build import build_corpus
from kg.corpus.postfold import article_moves, held_moves
from kg.corpus.postforms import form
from kg.rdf.namespace import SCHEMA, VNR

ARTICLES = [
    ("c1", "Phê bình cán bộ quản lý đất đai",
     "Về phía huyện, ông Phan Hữu Lộc, Trưởng phòng TN&MT, nguyên Giám đốc Văn phòng Đăng ký đất đai huyện; "
     "ông Đỗ Văn Khang, nguyên Trưởng phòng TN&MT bị phê bình."),
    ("c2", "Kiểm điểm sai phạm đất đai",
     "Về phía huyện, ông Phan Hữu Lộc (Trưởng phòng Tài nguyên và Môi trường) và ông Đỗ Văn Khang "
     "(nguyên Trưởng phòng Tài nguyên Môi trường) cũng bị phê bình."),
]


def test_an_official_whose_fold_keeps_a_node_votes_for_it_to_stay() -> None:
    joins = {"post:b": ("post:a", False)}
    # the other holder, an official whose fold has no entry for the node: it stays …
    assert article_moves([(["post:b"], joins), (["post:b"], {})]) == {}
    # … and only the first official's holding goes to the node of their post
    b = form("post:b", "Trưởng phòng Tài nguyên và Môi trường", "Trưởng phòng")
    assert held_moves([([b], joins), ([b], {})], ["<https://x.test/k>", "<https://x.test/l>"]) == {
        ("<https://x.test/k>", "<https://w3id.org/vnreport-kg/id/post/" + _slug("post:b")):
        "<https://w3id.org/vnreport-kg/id/post/" + _slug("post:a")}
    # a person of one article only does not hold the node back
    assert article_moves([(["post:b"], joins), (["post:b"], None)]) == {"post:b": "post:a"}


def _slug(post: str) -> str:
    from kg.rdf.emit import entity_iri
    return str(entity_iri(post)).rsplit("/", 1)[1] + ">"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    tmp = tmp_path_factory.mktemp("nodes40")
    src, out = tmp / "in.jsonl", tmp / "out.nq"
    src.write_text("".join(json.dumps({"id": i, "title": t, "text": x}, ensure_ascii=False) + "\n"
                           for i, t, x in ARTICLES), encoding="utf-8")
    build_corpus(src, out, jobs=1)
    ds = Dataset()
    ds.parse(str(out), format="nquads")
    return ds


def _posts(ds: Dataset, name: str) -> dict[str, set[str]]:
    """Post node → the articles of its holdings, for the official named ``name`` (title "Trưởng phòng")."""
    [person] = {s for s, _, _, _ in ds.quads((None, SCHEMA.name, Literal(name, lang="vi"), None))}
    out: dict[str, set[str]] = {}
    for h, _, _, _ in ds.quads((None, ORG.member, person, None)):
        for _, _, post, _ in ds.quads((h, VNR.post, None, None)):
            if "/truong-phong-" in str(post):
                out.setdefault(str(post), set()).update(
                    str(o).rsplit("/", 1)[1] for _, _, o, _ in ds.quads((h, VNR.inReport, None, None)))
    return out


def test_each_official_holds_one_node_of_the_post_in_both_articles(built: Dataset) -> None:
    for name in ("Phan Hữu Lộc", "Đỗ Văn Khang"):
        assert list(_posts(built, name).values()) == [{"c1", "c2"}], name


def test_an_abbreviation_after_the_word_that_changes_its_sense_is_read_as_the_extractor_reads_it() -> None:
    from kg.corpus.postforms import same

    # "CP" after "Công ty" / "Cty" is "cổ phần" (the lexicon's row "Cty CP"), not "Chính phủ"
    full = form("post:a", "Giám đốc Công ty Cổ phần Sông Mây", "Giám đốc")
    for written in ("Giám đốc Công ty CP Sông Mây", "Giám đốc Cty CP Sông Mây"):
        assert same(form("post:b", written, "Giám đốc"), full), written
    # on its own it stays "Chính phủ"
    assert not same(form("post:c", "Giám đốc Công ty Chính phủ Sông Mây", "Giám đốc"),
                    form("post:d", "Giám đốc Công ty CP Sông Mây", "Giám đốc"))


def test_a_list_of_terms_after_cac_khoa_is_a_qualifier() -> None:
    from kg.corpus.postforms import within

    title = "Ủy viên Ban Chấp hành Trung ương Đảng"
    listed = form("post:a", "Ủy viên Ban Chấp hành Trung ương Đảng các khóa VI, VII", title)
    named = form("post:b", "Ủy viên Ban Chấp hành Trung ương Đảng Lao động Việt Nam khóa VI, VII", title)
    assert listed.body == () and within(listed, named)


def test_a_name_written_without_its_vowel_marks_is_the_same_post() -> None:
    from kg.corpus.postforms import same

    title = "Phó Chủ tịch"
    marked = form("post:a", "Phó Chủ tịch UBND huyện Krông Lăk Hơ", title)
    assert same(form("post:b", "Phó Chủ tịch UBND huyện Krông Lak Ho", title), marked)
    # a tone mark is no vowel's own mark: "Tấn" is not "Tân"
    assert not same(form("post:c", "Phó Chủ tịch UBND xã Tấn Mỹ", title),
                    form("post:d", "Phó Chủ tịch UBND xã Tân Mỹ", title))
