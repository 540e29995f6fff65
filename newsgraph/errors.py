"""Typed errors. Every error carries a stable ``code`` so scripts can react to it."""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class: ``code`` is a short stable identifier, ``source`` names the input at fault."""

    code = "newsgraph_error"

    def __init__(self, message: str, *, source: str | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.source = source
        if code:
            self.code = code

    def one_line(self) -> str:
        """The error as one line: ``source: message [code]``."""
        where = f"{self.source}: " if self.source else ""
        return f"{where}{self.message} [{self.code}]".replace("\n", " ")


class IntakeError(NewsgraphError):
    code = "intake_error"


class EmptyInputError(IntakeError):
    code = "empty_input"


class BinaryInputError(IntakeError):
    code = "binary_input"


class EncodingError(IntakeError):
    code = "bad_encoding"


class TooLargeError(IntakeError):
    code = "too_large"


class TextTooLongError(IntakeError):
    """A text longer than extraction accepts (``intake.options.MAX_TEXT_CHARS``): refused
    before it is stored, whatever the byte limit let through (``intake.finish``), or, for a text
    stored before, by extraction itself (``nlp.pipeline.plan_windows``, over
    ``ExtractionOptions.max_chars``)."""
    code = "too_long"


class MalformedInputError(IntakeError):
    code = "malformed_input"


class HostileInputError(IntakeError):
    code = "hostile_input"


class FetchError(IntakeError):
    code = "fetch_failed"


class UnsupportedSourceError(IntakeError):
    code = "unsupported_source"


class StoreError(NewsgraphError):
    code = "store_error"


class NotFoundError(NewsgraphError):
    code = "not_found"


class InvalidRequestError(NewsgraphError):
    """A value the caller gave that can never match: an unknown PLOVER type or status, an
    unreadable date (the web layer answers 422)."""
    code = "invalid_request"


class ModelError(NewsgraphError):
    code = "model_error"


class EvalInputError(NewsgraphError):
    code = "eval_input"
