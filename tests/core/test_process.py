"""Process-level settings: only replylint's own command may freeze the collector's view of the heap."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap

from replylint._process import gc_paused

_OWNED = textwrap.dedent(
    """
    import gc

    from replylint._process import exit_fast, gc_paused

    def main() -> int:
        before = gc.get_freeze_count()
        with gc_paused():
            kept = [[n] for n in range(1000)]
            paused = not gc.isenabled()
        print(paused, gc.isenabled(), gc.get_freeze_count() > before + len(kept) // 2)
        return 0

    exit_fast(main)
    """
)


def test_a_pause_in_a_callers_process_neither_freezes_nor_keeps_the_collector_off() -> None:
    assert gc.isenabled()
    before = gc.get_freeze_count()
    with gc_paused():
        assert not gc.isenabled()
        kept = [[n] for n in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() == before  # a program calling the CLI in-process keeps its heap collectable
    assert len(kept) == 1000


def test_a_pause_in_a_callers_process_with_the_collector_off_leaves_it_off() -> None:
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_replylints_own_command_freezes_what_start_up_built() -> None:
    done = subprocess.run([sys.executable, "-c", _OWNED], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True", "True"]
