"""Importing spaCy without importing its command line until something uses it.

``spacy/__init__.py`` imports ``spacy.cli.info`` for the one name ``spacy.info``,
and with it the whole of ``spacy.cli``: typer, weasel, requests, httpx, every
CLI command's module (a fifth of importing spaCy, ~0.15 CPU s paid by every
run before its workers fork).  No extractor uses the command line.

While spaCy itself is being imported (and only then), :class:`DeferredCli`
answers for ``spacy.cli`` and ``spacy.cli.info`` with modules whose code runs
the first time one of their names is asked for: ``import spacy.cli`` later,
``spacy.cli.download``, ``from spacy.cli import info`` all get the real
module, run then.  ``spacy.info`` stays a function that runs the real
``spacy.info`` (importing it on its first call).  When spaCy was imported
before this package, nothing changes.
"""
from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import types

DEFERRED = ("spacy.cli", "spacy.cli.info")


def defer_spacy_cli() -> None:
    """Install the finder, unless spaCy is already imported."""
    if "spacy" not in sys.modules and not any(isinstance(f, DeferredCli) for f in sys.meta_path):
        sys.meta_path.insert(0, DeferredCli())


def _spacy_initialising() -> bool:
    spec = getattr(sys.modules.get("spacy"), "__spec__", None)
    return bool(getattr(spec, "_initializing", False))


def info(*args, **kwargs):
    """``spacy.info``: the command line's ``info``, imported when first called."""
    from spacy.cli.info import info as real

    return real(*args, **kwargs)


class DeferredModule(types.ModuleType):
    """A module whose code runs the first time a name it lacks is asked for."""

    def __setattr__(self, name: str, value) -> None:
        if "_real_spec" in self.__dict__ and isinstance(value, types.ModuleType):
            # A submodule the import system hands its package before the package's code has run:
            # kept aside, so that the name is the one the package's code gives it (spacy.cli.info
            # is the function, not the module) and the submodule only where the code gives none.
            self.__dict__.setdefault("_submodules", {})[name] = value
            return
        super().__setattr__(name, value)

    def __getattr__(self, name: str):
        if name.startswith("__") and name != "__all__":
            # The import system's own probes (__path__, __file__, ...) while it sets the module up.
            raise AttributeError(name)
        if name == "info" and self.__name__ == "spacy.cli.info" and _spacy_initialising():
            return info  # spacy/__init__.py's `from .cli.info import info`
        real_spec = self.__dict__.pop("_real_spec", None)
        if real_spec is None:
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")
        self.__class__ = types.ModuleType  # from now on an ordinary module
        self.__spec__, self.__loader__ = real_spec, real_spec.loader
        real_spec.loader.exec_module(self)
        for submodule, module in self.__dict__.pop("_submodules", {}).items():
            self.__dict__.setdefault(submodule, module)
        return getattr(self, name)


class DeferredCli(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path, target=None):
        if name not in DEFERRED:
            return None
        if not _spacy_initialising():
            return None  # imported on purpose, after spaCy: the real module
        real = importlib.machinery.PathFinder.find_spec(name, path)
        if real is None or not isinstance(real.loader, importlib.abc.Loader):
            return None
        spec = importlib.machinery.ModuleSpec(name, self, origin=real.origin,
                                              is_package=real.submodule_search_locations is not None)
        spec.submodule_search_locations = real.submodule_search_locations
        spec.has_location = real.has_location
        spec.loader_state = real
        return spec

    def create_module(self, spec):
        module = DeferredModule(spec.name)
        module._real_spec = spec.loader_state
        return module

    def exec_module(self, module) -> None:
        pass  # run on first use: DeferredModule.__getattr__
