class IngestError(Exception):
    """A file that cannot be ingested, with a reason a person can act on.

    Readers raise this (never a library's own exception) so the batch can
    print one line naming the file and the reason and carry on.
    """
