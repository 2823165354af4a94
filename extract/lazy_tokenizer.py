"""A tokenizer that is built the first time it is asked to tokenise.

No extractor tokenises: a paper becomes a token-less ``Doc`` (see
:mod:`.paper`) and the components read its passages.  Yet ``spacy.blank("en")``
builds English's tokenizer up front (compiling its prefix, suffix and infix
patterns and loading 1,300-odd special cases: ~0.1 CPU s, paid by every run
before its workers fork).  Registered as the pipeline's tokenizer, this one
defers that work to the first ``nlp(text)`` (tests, interactive use), which
then gets exactly the tokenizer ``spacy.blank("en")`` would have made.
"""
from __future__ import annotations

from typing import Callable

from spacy.util import registry

NAME = "committee_papers.LazyTokenizer.v1"


class LazyTokenizer:
    def __init__(self, build: Callable):
        self._build = build
        self._real = None

    @property
    def built(self) -> bool:
        return self._real is not None

    @property
    def real(self):
        if self._real is None:
            self._real = self._build()
            self._build = None  # drop the reference to the pipeline it was built for
        return self._real

    def __call__(self, text: str):
        return self.real(text)

    def pipe(self, texts, batch_size: int = 1000):
        return self.real.pipe(texts, batch_size=batch_size)

    def __setattr__(self, name: str, value) -> None:
        # Our own state is private; a tokenizer setting (`rules`, `token_match`, ...) is the real one's.
        if name.startswith("_"):
            object.__setattr__(self, name, value)
        else:
            setattr(self.real, name, value)

    def __reduce__(self):
        # Pickled (a pipeline shipped to another process) as the real tokenizer it stands for.
        return self.real.__reduce__()

    def __getattr__(self, name: str):
        # Everything else a tokenizer offers (explain, rules, to_bytes, ...):
        # the real one's.  Private names are not forwarded, so copying or
        # pickling machinery that probes them before __init__ ran cannot recurse.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.real, name)


@registry.tokenizers(NAME)
def create_lazy_tokenizer() -> Callable:
    make_real = registry.tokenizers.get("spacy.Tokenizer.v1")()

    def create(nlp):
        return LazyTokenizer(lambda: make_real(nlp))

    return create


# The ``config`` for ``spacy.blank`` that makes its tokenizer this one.
CONFIG = {"nlp": {"tokenizer": {"@tokenizers": NAME}}}
