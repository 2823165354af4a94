from committee_papers import refuse_second_copy

refuse_second_copy(__name__)

# spaCy's command line is imported only if something uses it (see spacy_cli): every
# extractor imports spaCy, and this package is imported before any of them.
from .spacy_cli import defer_spacy_cli  # noqa: E402 (after the guard: no second copy of spacy_cli)

defer_spacy_cli()
