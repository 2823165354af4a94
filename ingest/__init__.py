"""Read committee papers (PDF, DOCX, HTML, TXT/MD) into one document model."""
from committee_papers import refuse_second_copy

refuse_second_copy(__name__)

from .errors import IngestError  # noqa: E402 (after the guard: no second copy of the readers)
from .model import Block, Document, Passage  # noqa: E402
from .registry import read_document, supported  # noqa: E402

__all__ = ["Block", "Document", "IngestError", "Passage", "read_document", "supported"]
