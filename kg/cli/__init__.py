"""The ``kg`` command: a thin argparse front over library functions.

Each sub-command lives in ``kg/cli/<name>.py`` with ``register(subparsers)``; command bodies are a few lines
that call the library. Errors the user can fix (:class:`kg.errors.KgError`) print one line and exit non-zero.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from kg import __version__
from kg.errors import KgError

COMMANDS: tuple[str, ...] = ("build", "validate", "eval", "query", "load", "serve", "push", "viz", "stats")


def parser() -> argparse.ArgumentParser:
    """The full argument parser (every sub-command registered)."""
    p = argparse.ArgumentParser(
        prog="kg", description="Vietnamese government reports → RDF knowledge graph: build, query, serve, view."
    )
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"kg.cli.{name}").register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``kg`` console script; returns the exit code."""
    args = parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KgError as err:
        print(f"kg {args.command}: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
