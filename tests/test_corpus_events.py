"""scripts/corpus_events.py: the sample leaves out the nodes of excluded articles and gives each label its sentence
(a made-up corpus of two articles)."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import corpus_events  # noqa: E402

from kg.corpus.build import build_corpus  # noqa: E402


def test_excluded_articles_are_not_drawn_and_each_label_gets_its_sentence(tmp_path):
    rows = [{"id": "baomoi-1", "title": "Tin huyện", "text": "Sáng nay, huyện Kỳ Lâm tổ chức Hội nghị tổng kết"
             " công tác năm 2030. Các đại biểu thảo luận."},
            {"id": "baomoi-2", "title": "Tin xã", "text": "Xã Đông Phúc tổ chức Lễ kỷ niệm 40 năm thành lập xã."}]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    graph = tmp_path / "c.nq"
    build_corpus(corpus, graph, jobs=1)
    labels, _ = corpus_events.event_labels(graph)
    assert sorted(labels.values()) == ["Hội nghị tổng kết công tác năm 2030", "Lễ kỷ niệm 40 năm thành lập xã"]
    split = tmp_path / "split.jsonl"
    split.write_text(json.dumps({"id": "baomoi-2", "title": "", "text": ""}) + "\n", encoding="utf-8")
    pool = corpus_events.drop_excluded(graph, labels, corpus_events.excluded_ids([split]))
    assert list(pool.values()) == ["Hội nghị tổng kết công tác năm 2030"]
    said = corpus_events.sentences(graph, list(pool.items()))
    assert list(said.values()) == ["Sáng nay, huyện Kỳ Lâm tổ chức Hội nghị tổng kết công tác năm 2030."]
