"""No function or method under kg/ is over 60 lines (issue 9) unless a ``# long: <reason>`` comment says why.

The comment goes on the line before the ``def`` (or before its first decorator), or between the ``def`` line and
the first statement of the body (the signature's line, a line of its own, or the first body line).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

KG = Path(__file__).resolve().parents[1] / "kg"
LIMIT = 60
REASON = re.compile(r"#\s*long:\s*\S")

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


def _has_reason(lines: list[str], node: FunctionNode) -> bool:
    first = min([node.lineno] + [d.lineno for d in node.decorator_list])
    marked = [first - 1] + list(range(node.lineno, node.body[0].lineno + 1))  # 1-based line numbers
    return any(1 <= n <= len(lines) and REASON.search(lines[n - 1]) for n in marked)


def long_functions(source: str, limit: int = LIMIT) -> list[tuple[str, int, int]]:
    """(name, line of the def, lines) of every function over ``limit`` lines without a ``# long:`` reason."""
    lines = source.splitlines()
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, FunctionNode):
            size = (node.end_lineno or node.lineno) - node.lineno + 1
            if size > limit and not _has_reason(lines, node):
                out.append((node.name, node.lineno, size))
    return out


def test_no_function_under_kg_is_over_60_lines_without_a_reason() -> None:
    paths = sorted(KG.rglob("*.py"))
    assert len(paths) > 50  # the walk found the package
    over = {f"{p.relative_to(KG).as_posix()}:{line} {name}": size
            for p in paths for name, line, size in long_functions(p.read_text(encoding="utf-8"))}
    assert over == {}, f"split these functions (at most {LIMIT} lines), or write '# long: <reason>' by them: {over}"


def _function(lines: int, *, before: str = "", head: str = "", first: str = "", decorator: bool = False) -> str:
    body = [f"    x = {i}" for i in range(lines - 1)]
    if first:
        body[0] += f"  {first}"
    return "\n".join(
        ["import functools", "", "", *([before] if before else []), *(["@functools.cache"] if decorator else []),
         f"def f() -> None:{'  ' + head if head else ''}", *body, ""])


def test_the_check_counts_lines_and_reads_the_reason_where_it_may_stand() -> None:
    assert long_functions(_function(60)) == []
    assert long_functions(_function(61)) == [("f", 4, 61)]
    assert long_functions(_function(61, before="# long: a table of cases")) == []
    assert long_functions(_function(61, before="# long: a dispatch", decorator=True)) == []
    assert long_functions(_function(61, head="# long: one pass over the tokens")) == []
    assert long_functions(_function(61, first="# long: one loop")) == []
    # no reason given, or the comment too far away, does not count
    assert long_functions(_function(61, before="# long:"))[0][0] == "f"
    assert long_functions(_function(61, before="# a long one"))[0][0] == "f"
    methods = "class C:\n    def m(self) -> None:\n" + "".join(f"        y = {i}\n" for i in range(61))
    assert long_functions(methods) == [("m", 2, 62)]
