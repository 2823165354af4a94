"""Placeholder registered while the key_dates component is being written."""
from spacy.language import Language


@Language.component("cp_key_dates")
def cp_key_dates(doc):
    return doc
