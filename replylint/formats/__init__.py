"""Report renderers: text (the terminal), json, sarif (code-scanning tools), github (Actions annotations)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from replylint.formats import github, json_format, sarif, text
from replylint.model import Report

FORMATS: dict[str, Callable[..., str]] = {
    "text": text.render,
    "json": json_format.render,
    "sarif": sarif.render,
    "github": github.render,
}


def render(name: str, reports: Sequence[Report], **options: object) -> str:
    return FORMATS[name](reports, **options)
