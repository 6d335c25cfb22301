"""Models and movements ("mô hình …", "phong trào …"): quoted or capitalised names, counted models, references."""

from __future__ import annotations

import re

from kg.extract.document import Mention
from kg.extract.mentions.body_continuation import _continuation
from kg.extract.mentions.sentence import _mk, _Sent
from kg.extract.normalise import key

_WORDS = tuple((word, kind, re.compile(r"(?<!\w)" + word + r"(?!\w)")) for word, kind in (
    ("mô hình", "model"), ("phong trào", "movement")))
_QUOTED = re.compile(r"\s*[“\"«]([^”\"»]{2,120})[”\"»]")


def _models_and_movements(s: _Sent) -> list[Mention]:
    out: list[Mention] = []
    view = s.view
    chunk = view[s.sent.start : s.sent.end]
    for word, kind, rx in _WORDS:
        if word not in chunk:
            continue
        for m in rx.finditer(chunk):
            a = s.sent.start + m.start()
            b = s.sent.start + m.end()
            rest = s.text[b : s.sent.end]
            q = _QUOTED.match(rest)
            if q:
                name_a = b + q.start(1)
                out.append(_mk(kind, s, a, b + q.end(), key(q.group(1)), name=q.group(1),
                               name_start=str(name_a)))
                continue
            if kind == "movement":
                j = s.index_from(b)
                if j < len(s.toks) and s.toks[j].is_cap and s.adjacent(j):
                    end = _continuation(s, j, needs_name=True, stop_at=set(), max_lower=6)
                    name = s.text[s.toks[j].start : s.toks[end - 1].end]
                    out.append(_mk(kind, s, a, s.toks[end - 1].end, key(name), name=name,
                                   name_start=str(s.toks[j].start)))
                elif rest.lstrip().lower().startswith("thi đua"):
                    e = b + rest.lower().index("thi đua") + len("thi đua")
                    out.append(_mk(kind, s, a, e, key(s.text[a:e]), name=s.text[a:e], generic="1",
                                   name_start=str(a)))
                continue
            # a counted model kind: "N mô hình tự quản … đang hoạt động"
            before = s.text[max(s.sent.start, a - 8) : a]
            if re.search(r"\d\s*$", before):
                d = re.match(r"\s*(?!(?:đang|được|đã|trong đó)\b)([^,;.]*?)"
                             r"(?=\s+(?:đang|được|đã|trong đó|tạo|với|có|tại|trên)\b|[,;.]|$)", rest)
                if d and d.group(1).strip():
                    e = b + d.end(1)
                    out.append(_mk(kind, s, a, e, key(s.text[a:e]), name=s.text[a:e], counted="1",
                                   name_start=str(a)))
                    continue
            out.append(_mk(kind, s, a, b, key(word), ref="1", subcount="1" if re.search(r"\d\s*$", before) else ""))
    return out
