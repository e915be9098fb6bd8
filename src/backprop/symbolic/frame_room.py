"""A call whose Python frames have room: ``with_frame_room(function, *arguments)``.

CPython 3.11 keeps Python frames in chunks (16 KB, or more for a frame that needs it) and unmaps a
chunk as soon as the frame at its start returns. A call made over and over that lands at a chunk's
start (a 50-digit sum calling mpmath's arithmetic and Heaviside once per term, SymPy's recursion over a
formula) maps and unmaps a chunk each time, and the kernel makes its pages afresh each time it is
mapped: a page fault per page, system time that was a third of grading a large network's claims.

``with_frame_room`` declares a stack far deeper than it uses, so that its frame fits no chunk already
open: it opens a chunk of 1 MB, and the frames of everything it calls follow it there (half a
megabyte, some thousands of frames), whose pages are made once. The stack declared is never written,
so its pages are never touched.
"""

from __future__ import annotations

from typing import Callable

#: the stack, in slots of 8 bytes, that with_frame_room declares: over half of 1 MB with CPython's
#: reserve for a chunk (1,000 slots), so that its chunk is 1 MB and the other half is the room
ROOM_SLOTS = 65_536


def with_frame_room(function: Callable, *arguments):
    """``function(*arguments)``, with room for its frames (the module docstring)."""
    return function(*arguments)


with_frame_room.__code__ = with_frame_room.__code__.replace(co_stacksize=ROOM_SLOTS)
