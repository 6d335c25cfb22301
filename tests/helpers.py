"""Shared helpers for the extraction tests: run the pipeline on a string."""

from kg.pipeline import Result, process


def run(text: str, doc_id: str = "t") -> Result:
    return process(doc_id, text)


def mentions(text: str, kind: str) -> list[str]:
    return [m.text for m in run(text).doc.mentions if m.kind == kind]


def _holdings(text: str, as_written: bool) -> dict[str, list[str]]:
    res = run(text)
    out: dict[str, list[str]] = {}
    for f in res.facts:
        if f.cls == "PostHolding":
            props = dict(f.props)
            person = res.links.entities[props["org:member"].id]
            label = props["rdfs:label"].value.split(" — ", 1)[1] if as_written else \
                res.links.entities[props["vnr:post"].id].label
            out.setdefault(person.label, []).append(label)
    return out


def posts(text: str) -> dict[str, list[str]]:
    """Person label → labels of the posts the graph gives them."""
    return _holdings(text, as_written=False)


def held(text: str) -> dict[str, list[str]]:
    """Person label → each post phrase as the text writes it for them (a congress term included: "… khóa XII"),
    from the holding's label; the post node's own label leaves a holder's term out."""
    return _holdings(text, as_written=True)


def post_keys(text: str) -> dict[str, list[str]]:
    """Person label → the keys of the post nodes the graph gives them (one document, "g")."""
    res = run(text, "g")
    out: dict[str, list[str]] = {}
    for f in res.facts:
        if f.cls == "PostHolding":
            props = dict(f.props)
            out.setdefault(res.links.entities[props["org:member"].id].label, []).append(
                res.links.entities[props["vnr:post"].id].key)
    return out


def body_post_labels(text: str) -> tuple[set[str], set[str]]:
    """The body and post labels of one made-up report (the text after a title line)."""
    res = run("Tin vắn\n\n" + text, "t")
    ents = res.links.entities.values()
    return {e.label for e in ents if e.kind == "body"}, {e.label for e in ents if e.kind == "post"}


def event_labels(text: str, title: str | None = "Tin Alpha") -> list[str]:
    """The sorted labels of the event nodes of one made-up report (document "t"): the text after a title line
    ("Tin Alpha" unless told), or the text as it is when title is None."""
    res = run(text if title is None else title + "\n\n" + text)
    return sorted(e.label for e in res.links.entities.values() if e.kind == "event")
