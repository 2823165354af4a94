"""Placeholder registered while the metadata component is being written."""
from spacy.language import Language


@Language.component("cp_metadata")
def cp_metadata(doc):
    return doc
