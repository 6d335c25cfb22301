"""Round nodes42: one post node per post of an official — short forms the articles themselves define (issue 8,
done-when). "Tập đoàn X (ABC)", "ABC (Tập đoàn X)", "(tên viết tắt là ABC)", ", gọi tắt là ABC" are harvested
from the text; an unambiguous one (one short form, one full name, across the input) makes "Chủ tịch HĐQT ABC" and
"Chủ tịch Tập đoàn X" one post in the corpus fold, on the local and the Dask build alike. Neutral made-up
examples (invented companies and persons)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset, Literal
from rdflib.namespace import ORG

from kg.corpus.build import build_corpus
from kg.corpus.build_summary import CorpusSummary
from kg.corpus.postfold import fold
from kg.corpus.postforms import form
from kg.corpus.short_forms import expanded, harvest, table
from kg.rdf.namespace import SCHEMA

FULL = "Tập đoàn Lúa gạo Tây Lô Việt Nam"


def test_short_forms_defined_in_the_text_are_harvested():
    text = (f"Theo {FULL} (RCX), sản lượng tăng. HKC (Tổng công ty Hạt điều Kim Cúc) cũng báo lãi. "
            "Công ty cổ phần Gốm Sông Mây (tên viết tắt là GSM) vừa niêm yết. "
            "Hội Làm vườn Đồi Thông, gọi tắt là HLV, họp thường niên.")
    assert harvest(text) == (("RCX", FULL), ("HKC", "Tổng công ty Hạt điều Kim Cúc"),
                             ("GSM", "Công ty cổ phần Gốm Sông Mây"), ("HLV", "Hội Làm vườn Đồi Thông"))


def test_what_is_no_body_short_form_is_not_harvested():
    text = ("Bộ Tài chính tăng mức thuế bảo vệ môi trường (BVMT) từ tháng 7. Ông A về Sở Y tế. Trong giấy phép xây "
            "dựng (GPXD) ghi rõ. Hội nghị khóa (XIV) bế mạc. Công ty Gốm Sông Mây (Hòa Lâm) báo lãi.")
    assert harvest(text) == ()


def test_only_unambiguous_short_forms_stand():
    pairs = [("RCX", FULL), ("RCX", "Tập đoàn Lúa gạo Tây Lô"), ("KCX", "Công ty Kim Cúc"),
             ("KCX", "Trường Kim Cúc"), ("SMA", "Công ty Gốm Sông Mây"), ("SMB", "Công ty Gốm Sông Mây")]
    assert table(pairs) == {"RCX": FULL}  # two forms of one name: the longest; two bodies, or two short forms: none
    assert table(reversed(pairs)) == table(pairs)
    assert table([("GSMX", "Công ty Gốm Sông Mây Xanh")]) == {}  # its letters spell the name: it reads itself


def test_a_defined_short_form_joins_the_company_chair_in_the_fold():
    shorts = {"RCX": FULL}
    a = form("post:a", "Chủ tịch HĐQT RCX", "Chủ tịch")
    b = form("post:b", f"nguyên Chủ tịch Hội đồng thành viên {FULL}", "Chủ tịch")
    c = form("post:c", "Chủ tịch Tập đoàn RCX", "Chủ tịch")
    assert "post:b" not in fold([a, b, c]) and fold([a, b]) == {}  # the short form's own words: "Tập đoàn RCX"
    assert expanded([b], shorts)[0].read == () and expanded([a], shorts)[0].read[0].body[-3:] == ("lô", "việt", "nam")
    moved = fold([a, b, c], shorts)
    assert set(moved) == {"post:a", "post:c"} and {t for t, _ in moved.values()} == {"post:b"}


def test_a_short_form_inside_another_name_or_of_another_body_stays():
    shorts = {"RCX": FULL}
    inside = form("post:a", "Giám đốc Xí nghiệp xay xát RCX Hòa Lâm", "Giám đốc")
    assert expanded([inside], shorts)[0].read == ()
    other = form("post:b", "Giám đốc Tập đoàn Lúa gạo Tây Lô Việt Nam", "Giám đốc")
    assert fold([inside, other], shorts) == {}
    ceo = form("post:c", "Tổng giám đốc RCX", "Tổng giám đốc")
    chair = form("post:d", f"Chủ tịch {FULL}", "Chủ tịch")
    assert fold([ceo, chair], shorts) == {}


def test_a_bracketed_short_form_after_its_name_is_left_out():
    shorts = {"HKC": "Tổng công ty Hạt điều Kim Cúc"}
    a = form("post:a", "Phó Tổng giám đốc Tổng công ty Hạt điều Kim Cúc (HKC)", "Phó Tổng giám đốc")
    b = form("post:b", "Phó Tổng giám đốc Tổng công ty cổ phần Hạt điều Kim Cúc", "Phó Tổng giám đốc")
    assert fold([a, b]) == {}
    assert fold([a, b], shorts) == {"post:a": ("post:b", True)}


ARTICLES = [
    ("n1", "Tây Lô mở rộng sản xuất",
     f"Sáng 3/4, {FULL} (RCX) tổ chức hội nghị. Ông Phạm Quang Vĩnh, Chủ tịch Hội đồng thành viên {FULL}, "
     "chủ trì hội nghị."),
    ("n2", "Xuất khẩu gạo tăng", "Ông Phạm Quang Vĩnh, Chủ tịch HĐQT RCX cho biết sản lượng tăng mạnh."),
    ("n3", "Gạo Tây Lô", "Theo ông Phạm Quang Vĩnh, Chủ tịch HĐQT RCX, giá gạo ổn định."),
]


def _holds(path: Path, name: str) -> set[str]:
    ds = Dataset()
    ds.parse(str(path), format="nquads")
    [person] = {s for s, _, _, _ in ds.quads((None, SCHEMA.name, Literal(name, lang="vi"), None))}
    return {str(post) for _, _, post, _ in ds.quads((person, ORG.holds, None, None))}


def _local(tmp_path: Path) -> tuple[Path, CorpusSummary]:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "title": t, "text": x}, ensure_ascii=False) + "\n"
                           for i, t, x in ARTICLES), encoding="utf-8")
    summary = build_corpus(src, tmp_path / "out.nq", jobs=1)
    assert summary.post_forms == 1  # the node of n1 joins the node of n2 and n3 ("Chủ tịch HĐQT RCX")
    assert len(_holds(tmp_path / "out.nq", "Phạm Quang Vĩnh")) == 1
    return src, summary


def test_the_corpus_build_folds_with_the_short_forms_of_its_articles(tmp_path: Path) -> None:
    _local(tmp_path)


def test_the_dask_build_folds_with_the_same_short_forms(tmp_path: Path):
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from distributed import LocalCluster

    from kg.corpus.dask import build_corpus_dask

    src, local = _local(tmp_path)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster:
        summary = build_corpus_dask(src, tmp_path / "dask.nq", scheduler=cluster.scheduler_address, chunk_records=1)
    assert (tmp_path / "dask.nq").read_bytes() == (tmp_path / "out.nq").read_bytes()
    assert summary.post_forms == local.post_forms == 1
