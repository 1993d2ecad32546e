"""Offsets in a document text: how far apart two spans are, and a quote's span kept to whole words."""

from __future__ import annotations

__all__ = ["span_distance", "whole_words"]


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` widened so a quote never cuts a word (a pair phrase is split in two
    mentions, "tra i d" + "ue paesi", and a claim may use one half).

    >>> whole_words("tra i due paesi", 0, 7)
    (0, 9)
    """
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return start, end


def span_distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """The number of characters between two spans (0 when they overlap or touch).

    >>> span_distance(0, 5, 8, 10), span_distance(8, 10, 0, 5), span_distance(0, 5, 3, 9)
    (3, 3, 0)
    """
    if a_end <= b_start:
        return b_start - a_end
    if b_end <= a_start:
        return a_start - b_end
    return 0
