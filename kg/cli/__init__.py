"""The ``kg`` command: a thin argparse front over library functions.

Each sub-command lives in ``kg/cli/<name>.py`` with ``register(subparsers)``; command bodies are a few lines
that call the library. Errors the user can fix (:class:`kg.errors.KgError`) print one line and exit non-zero.
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
import threading

from kg import __version__
from kg.errors import KgError
from kg.outfile import EXIT_WRITE

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


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that every ``finally`` and context manager cleans up."""


EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
EXIT_BROKEN_PIPE = 141  # the reader of stdout went away, e.g. `kg … | head` (128 + SIGPIPE)
EXIT_TERMINATED = 143  # SIGTERM (128 + SIGTERM)


_MAIN_PID = [0]  # the process that runs main(); forked workers inherit the handlers before their own set-up


def _on_signal(signum: int, frame: object) -> None:
    """Ctrl-C and SIGTERM as exceptions in the main process; a forked worker that has not yet installed its own
    handlers leaves SIGINT to the parent and dies of SIGTERM quietly (no traceback on stderr)."""
    if os.getpid() != _MAIN_PID[0]:
        if signum == signal.SIGTERM:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
        return
    raise Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``kg`` console script; returns the exit code.

    A :class:`KgError` prints one line and returns its code; Ctrl-C, SIGTERM and a closed stdout end quietly
    with 130, 143 and 141; any other file-system fault or running out of memory ends with one line too.
    """
    if threading.current_thread() is not threading.main_thread():
        return _main(argv)
    _MAIN_PID[0] = os.getpid()
    before = {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        return _main(argv)
    finally:  # main() called in-process (tests) leaves the handlers as it found them
        for sig, handler in before.items():
            signal.signal(sig, handler)


def _main(argv: list[str] | None) -> int:
    command = "kg"
    try:
        args = parser().parse_args(argv)
        command = f"kg {args.command}"
        return int(args.func(args) or 0)
    except KgError as err:
        print(f"{command}: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt as err:
        print(f"{command}: {'terminated' if isinstance(err, Terminated) else 'interrupted'}", file=sys.stderr)
        return EXIT_TERMINATED if isinstance(err, Terminated) else EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except OSError as err:  # a fault no command foresaw (EIO, ENOSPC on stdout…): one line, not a traceback
        where = f" ({err.filename})" if err.filename else ""
        print(f"{command}: error: [E016] {err.strerror or type(err).__name__}{where}", file=sys.stderr)
        return EXIT_WRITE
    except MemoryError:
        print(f"{command}: error: [E017] out of memory (give a smaller input)", file=sys.stderr)
        return 2


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that Python's final flush does not fail again on the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
