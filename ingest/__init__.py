"""Read committee papers (PDF, DOCX, HTML, TXT/MD) into one document model."""
from .errors import IngestError
from .model import Block, Document, Passage
from .registry import read_document, supported

__all__ = ["Block", "Document", "IngestError", "Passage", "read_document", "supported"]
