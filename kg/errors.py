"""Errors the user can act on: one line that says what went wrong and how to fix it."""

from __future__ import annotations


def reason(err: BaseException, limit: int = 200) -> str:
    """An exception worded for a one-line message: the first line of its text (at most ``limit`` characters),
    or its type name when it has no text."""
    text = str(err).strip()
    return text.splitlines()[0][:limit] if text else type(err).__name__


class KgError(Exception):
    """An error reported to the user as one line, with a non-zero exit code.

    ``code`` is a short stable identifier (E001…), ``hint`` says how to fix it.
    """

    def __init__(self, code: str, message: str, hint: str = "", exit_code: int = 2) -> None:
        self.code = code
        self.message = message
        self.hint = hint
        self.exit_code = exit_code
        super().__init__(str(self))

    def __reduce__(self) -> tuple:
        """Pickled with its fields (an error raised in a worker process reaches the parent intact)."""
        return (type(self), (self.code, self.message, self.hint, self.exit_code))

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        return f"{text} ({self.hint})" if self.hint else text
