"""`replylint server`: a Language Server that lints the mail draft an editor has open.

`replylint.lsp.place` turns a report into editor positions, quick fixes and hover text and needs nothing but
replylint; `replylint.lsp.server` speaks the protocol and needs the `lsp` extra (pygls), so it is imported only
when the server starts.
"""

from __future__ import annotations
