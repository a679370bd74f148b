"""A screen class imported on first use; reads like the class itself (for help and bindings)."""

from __future__ import annotations

import importlib


class LazyScreen:
    def __init__(self, path: str) -> None:
        self.path = path
        self._class: type | None = None

    def load(self) -> type:
        if self._class is None:
            module, _, name = self.path.partition(":")
            self._class = getattr(importlib.import_module(module), name)
        return self._class

    def __call__(self, *args, **kwargs):
        return self.load()(*args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self.load(), name)
