# spaCy's command line is imported only if something uses it (see spacy_cli): every
# extractor imports spaCy, and this package is imported before any of them.
from .spacy_cli import defer_spacy_cli

defer_spacy_cli()
