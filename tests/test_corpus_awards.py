"""scripts/corpus_awards.py: the slice leaves out every annotated article and sentences that only hold the words of
"phát huy hiệu quả"; a judged sample is counted per column and category (made-up rows)."""

import gzip
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import corpus_awards  # noqa: E402


def test_the_slice_leaves_out_annotated_articles_and_words_that_only_look_like_an_award(tmp_path):
    corpus = tmp_path / "c.jsonl.gz"
    rows = [{"id": "baomoi-1", "title": "A", "text": "Ông A được tặng Bằng khen."},
            {"id": "baomoi-2", "title": "B", "text": "Dự án đã phát huy hiệu quả."},
            {"id": "baomoi-3", "title": "C", "text": "Bà B nhận Huy hiệu 40 năm tuổi Đảng."}]
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    split = tmp_path / "split.jsonl"
    split.write_text(json.dumps({"id": "baomoi-3", "title": "", "text": ""}) + "\n", encoding="utf-8")
    skip = corpus_awards.excluded([split], [tmp_path / "absent.json"])
    assert [r["id"] for r in corpus_awards.award_slice(corpus, skip)] == ["baomoi-1"]


def test_a_judged_sample_is_counted_and_a_row_without_a_verdict_refused(tmp_path):
    head = "n\tid\tname\tgiver\trecipients\tcategory\twhy\tsentence\tgraph\n"
    good = tmp_path / "j.tsv"
    good.write_text("# a comment\n" + head + "1\tx\tok\twrong\t-\tgiver cut; name cut\t\ts\tg\n"
                    "2\tx\tok\tok\tmissing\tname cut\t\ts\tg\n", encoding="utf-8")
    per, cats, n = corpus_awards.judged(good)
    assert n == 2 and per["name"]["ok"] == 2 and per["giver"]["wrong"] == 1 and per["recipients"]["missing"] == 1
    assert cats == {"name cut": 2, "giver cut": 1}
    bad = tmp_path / "b.tsv"
    bad.write_text(head + "1\tx\tfine\tok\tok\t\t\ts\tg\n", encoding="utf-8")
    with pytest.raises(ValueError):
        corpus_awards.judged(bad)


def test_exclude_leaves_out_the_articles_of_more_splits(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl.gz"
    rows = [{"id": "baomoi-7", "title": "A", "text": "Ông Lê Văn Tâm được tặng Bằng khen."}]
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    extra = tmp_path / "later.jsonl"
    extra.write_text(json.dumps({"id": "baomoi-7", "title": "", "text": ""}) + "\n", encoding="utf-8")
    assert corpus_awards.main(["--corpus", str(corpus), "--exclude", str(extra), "--sentences", "5"]) == 0
    assert "slice: 0 articles" in capsys.readouterr().out
    assert corpus_awards.main(["--corpus", str(corpus), "--exclude", str(tmp_path / "absent.jsonl")]) == 2


def test_from_text_draws_lexicon_award_words_whatever_was_extracted_with_neighbours(tmp_path, capsys):
    words = corpus_awards.text_words()
    assert words.search("Em Hoàng Thị Mơ giành huy chương Vàng.") and words.search("Đội X nhận Cờ thi đua.")
    assert not words.search("Dự án đã phát huy hiệu quả.") and not words.search("Giải pháp mới.")
    corpus = tmp_path / "c.jsonl.gz"
    rows = [{"id": "baomoi-9", "title": "Tin ngắn", "text": "Trời mưa to. Em Hoàng Thị Mơ giành huy chương Vàng. Hết."}]
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    out = tmp_path / "s.tsv"
    assert corpus_awards.main(["--corpus", str(corpus), "--from-text", "--sentences", "5", "--write", str(out)]) == 0
    text = capsys.readouterr().out
    assert "huy chương Vàng" in text and "before: Trời mưa to." in text and "after: Hết." in text
    assert out.read_text(encoding="utf-8").splitlines()[0].endswith("\tbefore\tafter")
