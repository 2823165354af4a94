"""Placeholder registered while the recommendations component is being written."""
from spacy.language import Language


@Language.component("cp_recommendations")
def cp_recommendations(doc):
    return doc
