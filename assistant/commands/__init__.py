"""Thin `xhht` subcommands for the training and meeting features (registered in assistant.cli)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click

from index.errors import XhhtError

if TYPE_CHECKING:
    from index.store import Library


@contextmanager
def open_library() -> Iterator[Library]:
    """The live index for one command; any library error inside becomes one friendly line."""
    from index.settings import Settings
    from index.store import Library

    try:
        library = Library.open(Settings.from_env())
    except XhhtError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        yield library
    except XhhtError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        library.close()
