"""Process-level settings that only the command-line entry points may change: a library must not."""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import sys
from collections.abc import Callable, Iterator
from typing import NoReturn


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector while a fresh process imports spaCy and builds its pipeline.

    perf: start-up allocates ~1.5 million objects that all live to the end of the process, and the collector
    walks them again at every threshold it crosses: 50-70 ms of a 1 s pre-send-hook run on a 2-core machine.
    Nothing collectable is made in that window, so holding collection loses no memory; it is released as soon as
    the first reply is linted, and a process with its collector already off is left as it was. In replylint's own
    process (the command, run through `exit_fast`) what start-up built is then frozen (`gc.freeze`): a run over 40
    files took 1.10x less CPU, and the first collection no longer walks all of it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if _Process.owned:
                # perf: what start-up built lives as long as the process: frozen out of the collector's reach, the
                # first collection after this (while the report is written, or in the next reply of a run over
                # many files) walks what the lint left, not every object spaCy made (~50-70 ms on a 2-core machine)
                # (cyclic garbage the first lint left is frozen with it: a one-time cost bounded by one lint, where
                # a collection first would cost the very walk this saves)
                gc.freeze()
            gc.enable()


class _Process:
    owned = False
    """Whether replylint's own command runs this process (`exit_fast`): only then may a pause end in `gc.freeze`,
    which would otherwise keep a calling program's unreachable cycles from ever being collected."""


EXIT_BROKEN_PIPE = 141
"""What a shell reports for a program stopped by SIGPIPE (128 + 13), as when its reader (`| head`) went away."""


def exit_fast(main: Callable[[], int]) -> NoReturn:
    """Run a command's `main` and end the process without tearing the interpreter down.

    perf: after the answer is written, a normal exit frees spaCy's, numpy's and pydantic's ~1.5 million objects
    one by one: 120-140 ms of a ~1 s pre-send-hook run, for memory the operating system reclaims anyway. What an
    orderly exit would still do that matters is done here: atexit handlers run and the standard streams are
    flushed. (Non-daemon threads a plugin left running are not waited for.) Output that cannot be written is
    never a silent success: a reader that went away ends the run as SIGPIPE would, with no traceback; any other
    write error (a full disk) is reported and exits 2.
    """
    _Process.owned = True
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        code = EXIT_BROKEN_PIPE
    except OSError as exc:
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(f"replylint: error: cannot write the output ({exc.strerror or exc})\n")
        code = 2
    atexit._run_exitfuncs()
    with contextlib.suppress(OSError, ValueError):  # nowhere left to report a broken stderr
        sys.stderr.flush()
    os._exit(code)


def child_environment() -> dict[str, str]:
    """The environment for a fresh interpreter that must import what this process imports (rule plugins too).

    A fresh interpreter rebuilds sys.path from scratch: entries this process added at run time (a plugin folder
    put on sys.path by an application or a test) would be lost. They are passed on through PYTHONPATH, after
    whatever PYTHONPATH already held, so the child finds the same modules and the same entry points.
    """
    environ = dict(os.environ)
    given = [p for p in environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    ours = [p or os.getcwd() for p in sys.path]
    environ["PYTHONPATH"] = os.pathsep.join(dict.fromkeys([*given, *ours]))
    return environ
