"""Typed exceptions. Every message is one line that says what to do next."""

from __future__ import annotations


class PolicydocError(Exception):
    """Base class of every error policydoc raises on purpose."""


class LoadError(PolicydocError):
    """The input could not be read or decoded."""


class EmptyDocument(LoadError):
    """The input holds no text."""


class BinaryInput(LoadError):
    """The input is binary data, not a document."""


class UnsupportedFormat(LoadError):
    """The input is a format policydoc does not read."""


class OutputError(PolicydocError):
    """An output could not be written (folder missing and not creatable, read-only, disk full, a folder)."""


def one_line(exc: Exception) -> str:
    """The message of a file that could not be parsed, as batch records give it.

    >>> one_line(LoadError("a.txt: empty file")), one_line(ValueError("bad"))
    ('a.txt: empty file', 'ValueError: bad')
    """
    return str(exc) if isinstance(exc, PolicydocError) else f"{type(exc).__name__}: {exc}"


def cannot_write(path: object, exc: OSError) -> str:
    """The one-line message of a failed write.

    >>> cannot_write("out/x.json", IsADirectoryError(21, "Is a directory"))
    'out/x.json: cannot write (Is a directory)'
    """
    return f"{path}: cannot write ({exc.strerror or exc})"


class BatchInterrupted(PolicydocError):
    """A batch stopped by SIGINT or SIGTERM; what it wrote is kept. ``signum`` says which signal."""

    def __init__(self, message: str, signum: int) -> None:
        super().__init__(message)
        self.signum = signum


class ConfigError(PolicydocError):
    """An option names something that does not exist (a stage, a fixer)."""
