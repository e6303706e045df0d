"""Boxes filed by the grid cells they touch, to find the ones near a place
without looking at them all (label chips on a board of hundreds of clusters)."""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterator

from copdesk.core.label_spot import Box, overlap


class BoxGrid:
    def __init__(self, cell: float = 400.0) -> None:
        self._cell = cell
        self._boxes: dict[Hashable, Box] = {}
        self._cells: dict[tuple[int, int], set[Hashable]] = {}

    def _cells_of(self, box: Box) -> Iterator[tuple[int, int]]:
        x, y, w, h = box
        c = self._cell
        for i in range(math.floor(x / c), math.floor((x + w) / c) + 1):
            for j in range(math.floor(y / c), math.floor((y + h) / c) + 1):
                yield (i, j)

    def put(self, key: Hashable, box: Box | None) -> None:
        """File ``box`` under ``key`` (None or an empty box: forget the key)."""
        self.remove(key)
        if box is None or box[2] <= 0 or box[3] <= 0:
            return
        self._boxes[key] = box
        for cell in self._cells_of(box):
            self._cells.setdefault(cell, set()).add(key)

    def remove(self, key: Hashable) -> None:
        old = self._boxes.pop(key, None)
        if old is None:
            return
        for cell in self._cells_of(old):
            keys = self._cells.get(cell)
            if keys is not None:
                keys.discard(key)
                if not keys:
                    del self._cells[cell]

    def near(self, area: Box, *, besides: Hashable = None) -> list[Box]:
        """The boxes (but ``besides``'s) that overlap ``area``."""
        found: set[Hashable] = set()
        for cell in self._cells_of(area):
            found.update(self._cells.get(cell, ()))
        found.discard(besides)
        return [b for k in found if overlap(area, b := self._boxes[k]) > 0]

    def __len__(self) -> int:
        return len(self._boxes)
