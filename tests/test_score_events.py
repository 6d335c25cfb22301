"""scripts/score_events.py: a gold event name written with an abbreviation matches the node's altLabel (the name as
written), not only its spelled-out label (a made-up article)."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import score_events  # noqa: E402

from kg.corpus.build import build_corpus  # noqa: E402


def test_a_name_as_written_scores_exact_through_the_alt_label(tmp_path):
    row = {"id": "baomoi-7", "title": "Tin tỉnh", "text": "Tại kỳ họp thứ năm HĐND TP khóa XX, các đại biểu"
           " thông qua nghị quyết về giao thông."}
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    graph = tmp_path / "c.nq"
    build_corpus(corpus, graph, jobs=1)
    arts = score_events.by_article(graph)
    assert len(arts["7"]) == 1
    assert "kỳ họp thứ năm hđnd tp khóa xx" in arts["7"][0]
    gold = [{"id": "7", "events": [{"name": "kỳ họp thứ năm HĐND TP khóa XX"}]}]
    c = score_events.score(gold, arts)
    assert (c["exact"], c["miss"], c["extra"], c["labels"]) == (1, 0, 0, 1)
