"""pipeline.process() runs the declared stage list, in order, each stage Document → Document."""

from __future__ import annotations

import inspect

import pytest

from kg import pipeline
from kg.errors import KgError
from kg.extract.document import Document

TEXT = "Hội nghị tổng kết\n\nĐồng chí Nguyễn Văn Bình, Bí thư Tỉnh ủy, phát biểu tại hội nghị.\n"


def test_the_declared_stages_are_the_document_stages_in_order() -> None:
    assert [name for name, _ in pipeline.STAGES] == ["normalise", "segment", "mentions", "link", "facts"]
    for name, stage in pipeline.STAGES:
        sig = inspect.signature(stage)
        assert len(sig.parameters) == 1, name
        assert sig.return_annotation in (Document, "Document"), name


def test_process_runs_exactly_the_declared_stages_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []

    def spy(name: str, stage: pipeline.Stage) -> pipeline.Stage:
        def run(doc: Document) -> Document:
            ran.append(name)
            out = stage(doc)
            assert out is doc  # each stage fills in the document it is given
            return out

        return run

    monkeypatch.setattr(pipeline, "STAGES", tuple((name, spy(name, stage)) for name, stage in pipeline.STAGES))
    result = pipeline.process("t", TEXT)
    assert ran == ["normalise", "segment", "mentions", "link", "facts"]
    assert "Nguyễn Văn Bình" in {e.label for e in result.links.entities.values()}
    assert any(f.cls == "PostHolding" for f in result.facts)
    assert result.facts is result.doc.facts and result.links is result.doc.links


def test_a_replaced_stage_is_the_one_that_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_mentions(doc: Document) -> Document:
        doc.mentions = []
        return doc

    stages = dict(pipeline.STAGES)
    assert pipeline.process("t", TEXT).doc.mentions  # the real stage finds the person, the title, the event
    stages["mentions"] = no_mentions
    monkeypatch.setattr(pipeline, "STAGES", tuple(stages.items()))
    result = pipeline.process("t", TEXT)
    assert result.doc.mentions == [] and result.links.entities == {} and result.facts == []


def test_the_normalise_stage_runs_first_and_refuses_an_empty_text() -> None:
    result = pipeline.process("t", "Hội nghi\u0323\r\n\r\nNội dung.")  # NFD and CRLF in
    assert result.doc.text == "Hội nghị\n\nNội dung."
    with pytest.raises(KgError) as err:
        pipeline.process("t", " \n\u200b\n", source="r.txt")
    assert err.value.code == "E021" and "r.txt" in str(err.value)
