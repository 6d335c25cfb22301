"""Every complete name an article writes for an event stays a name of its node (issue 8, item 3, round events42e):
a shorter name that joins a longer one, and a form the label replaced, are ``skos:altLabel``s of the node
(``kg/extract/event_forms.py``); a reference back, a bare head and a head with an ordinal only are not. Made-up
examples."""

from rdflib import RDFS, SKOS, URIRef

from kg.pipeline import process, to_rdf

_VNR = "https://w3id.org/vnreport-kg/ontology#"
_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _event_names(text: str) -> dict[str, list[str]]:
    """Event label → its Vietnamese altLabels (sorted) in the RDF of a made-up report."""
    ds = to_rdf(process("t", text))
    out: dict[str, list[str]] = {}
    for node in sorted(set(ds.subjects(None, None))):
        types = {str(o) for o in ds.objects(node, _TYPE)}
        if not types & {_VNR + "Meeting", _VNR + "Congress", _VNR + "Election"}:
            continue
        alts = sorted(str(o) for o in ds.objects(node, SKOS.altLabel) if getattr(o, "language", None) == "vi")
        for lab in ds.objects(node, RDFS.label):
            if getattr(lab, "language", None) == "vi":
                out[str(lab)] = alts
    return out


def test_a_shorter_name_in_the_lead_stays_a_name_of_the_titles_event():
    text = ("Lễ gắn biển tên đường Nhà giáo, liệt sỹ Lê Văn Quy tại thành phố Beta\n"
            "Sáng 17/6, UBND tỉnh Beta tổ chức Lễ gắn biển tên đường Lê Văn Quy, nhà giáo đầu tiên của tỉnh.")
    names = _event_names(text)
    assert len(names) == 1, names
    (label, alts), = names.items()
    assert label.startswith("Lễ gắn biển tên đường Nhà giáo"), names
    assert "Lễ gắn biển tên đường Lê Văn Quy" in alts, names


def test_a_form_with_an_abbreviation_stays_beside_the_spelled_out_label():
    text = ("Khai mạc Kỳ họp thứ 5 HĐND tỉnh Beta khóa IX\n"
            "Sáng 5/7, Kỳ họp thứ 5 Hội đồng nhân dân tỉnh Beta khóa IX khai mạc tại Hội trường tỉnh. "
            "Kỳ họp thứ 5 Hội đồng nhân dân tỉnh Beta khóa IX sẽ diễn ra trong 3 ngày.")
    names = _event_names(text)
    assert names == {"Kỳ họp thứ 5 Hội đồng nhân dân tỉnh Beta khóa IX": ["Kỳ họp thứ 5 HĐND tỉnh Beta khóa IX"]}, \
        names


def test_no_reference_bare_head_or_head_with_an_ordinal_becomes_a_name():
    text = ("Tin Alpha\n"
            "Sáng 5/7, Kỳ họp thứ 5 HĐND tỉnh Beta khóa IX khai mạc tại Hội trường tỉnh. Tại kỳ họp này, các đại "
            "biểu thảo luận. Kỳ họp thứ 5 sẽ diễn ra trong 3 ngày. Hội nghị sẽ bế mạc chiều 7/7.")
    names = _event_names(text)
    assert names
    for alts in names.values():
        assert not [a for a in alts if a.lower() in ("kỳ họp này", "kỳ họp thứ 5", "hội nghị", "kỳ họp")], alts


def test_a_form_equal_to_the_label_but_for_case_is_no_second_name():
    text = ("LỄ KHAI MẠC HỘI CHỢ NÔNG SẢN BETA 2031\n"
            "Sáng 3/4, UBND tỉnh Beta tổ chức Lễ khai mạc Hội chợ nông sản Beta 2031 tại Quảng trường Gamma.")
    names = _event_names(text)
    assert len(names) == 1 and list(names.values()) == [[]], names
