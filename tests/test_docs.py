"""The docs cannot drift: every command block of README.md and docs/*.md marked ``<!-- check -->`` is run and
what it prints is compared with what is written.

A checked block is the fenced block right after a ``<!-- check -->`` line. In it, a line starting with ``$ `` is
a ``kg`` command (it continues over the next lines while a quote is open, as in a shell); the lines after it, up
to the next ``$ `` line, are its expected output (stdout and stderr together; trailing blank lines ignored).
Commands run from the repository root with ``COLUMNS=100``; only ``kg`` commands are allowed.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MARK = "<!-- check -->"
KG = [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())"]


def _complete(command: str) -> bool:
    try:
        shlex.split(command)
    except ValueError:  # an open quote: the command goes on
        return False
    return True


def examples(path: Path, root: Path = ROOT) -> list[tuple[str, int, str, str]]:
    """(file, line, command, expected output) of every command in the checked blocks of ``path``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found = []
    i = 0
    while i < len(lines):
        if lines[i].strip() != MARK:
            i += 1
            continue
        start = i + 1
        assert lines[start].lstrip().startswith("```"), f"{path}:{start + 1}: {MARK} must precede a fenced block"
        indent = len(lines[start]) - len(lines[start].lstrip())
        j = start + 1
        block: list[tuple[int, str]] = []
        while not lines[j].strip().startswith("```"):
            block.append((j + 1, lines[j][indent:]))
            j += 1
        k = 0
        while k < len(block):
            number, text = block[k]
            assert text.startswith("$ "), f"{path}:{number}: a checked block starts with a `$ ` command"
            command = text[2:]
            k += 1
            while not _complete(command):
                command += "\n" + block[k][1]
                k += 1
            out = []
            while k < len(block) and not block[k][1].startswith("$ "):
                out.append(block[k][1])
                k += 1
            found.append((path.relative_to(root).as_posix(), number, command, "\n".join(out).rstrip("\n")))
        i = j + 1
    return found


DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
EXAMPLES = [e for path in DOCS for e in examples(path)]


def test_the_docs_mark_examples_to_check() -> None:
    files = {e[0] for e in EXAMPLES}
    assert {"README.md", "docs/sparql.md", "docs/viewer.md"} <= files


def test_the_parser_reads_commands_outputs_and_open_quotes(tmp_path: Path) -> None:
    doc = tmp_path / "x.md"
    doc.write_text(f"text\n{MARK}\n```\n$ kg query 'SELECT\n  ?x'\nrow 1\n\n$ kg stats\nnodes\n```\n", "utf-8")
    got = examples(doc, tmp_path)
    assert [(c, o) for _, _, c, o in got] == [("kg query 'SELECT\n  ?x'", "row 1"), ("kg stats", "nodes")]


@pytest.mark.parametrize("where,line,command,expected", EXAMPLES, ids=[f"{e[0]}:{e[1]}" for e in EXAMPLES])
def test_documented_command_prints_what_the_docs_say(where: str, line: int, command: str, expected: str) -> None:
    argv = shlex.split(command)
    assert argv[0] == "kg", f"{where}:{line}: only kg commands are checked"
    env = {**os.environ, "COLUMNS": "100"}
    env.pop("CI", None)
    done = subprocess.run(KG + argv[1:], cwd=ROOT, env=env, capture_output=True, timeout=300)
    printed = (done.stdout + done.stderr).decode("utf-8")
    printed = "\n".join(ln.rstrip() for ln in printed.rstrip("\n").splitlines())
    assert printed == "\n".join(ln.rstrip() for ln in expected.splitlines()), f"{where}:{line}: {command}"
    if not re.match(r"kg \w+: error:", printed):
        assert done.returncode == 0
