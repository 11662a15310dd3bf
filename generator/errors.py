"""Errors that reach the user as one line: FILE:LINE: message."""
from __future__ import annotations

from .frozen import frozen


@frozen
class Problem:
    path: str
    line: int | None
    message: str
    severity: str = "error"
    """error | warning"""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        tag = "" if self.severity == "error" else "warning: "
        return f"{where}: {tag}{self.message}"


class InputError(Exception):
    """Bad input; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
