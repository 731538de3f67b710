"""Errors the user can act on, as opposed to bugs.

A :class:`UserError` carries a message in plain French, shown as is: by the command line on stderr,
by the window in a dialog. Anything else that escapes is a bug and reaches the crash report.
"""


class UserError(Exception):
    """Bad input or a problem of the environment, explained in French for the user."""


class StorageError(UserError):
    """The case database cannot be used: locked, corrupt, read-only, disk full, newer schema…"""


class ValidationError(UserError):
    """Input that breaks a rule; ``problems`` maps a field name to what is wrong with it."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__(" ; ".join(f"{field} : {text}" for field, text in self.problems.items()))


class AccessDenied(UserError):
    """The account may not do this: a wrong password, another counsellor's case, a manager's task."""
