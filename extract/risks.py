"""Placeholder registered while the risks component is being written."""
from spacy.language import Language


@Language.component("cp_risks")
def cp_risks(doc):
    return doc
