"""Money a national body gives a local public body is funding received, not a contract.

`The Department for Education has awarded £80,000 to the Council` reads like an award, but the
Council receives a grant: no contract the paper's bodies let.  Which kinds of body are national
funders is data (``public_body_types.yaml`` national_funder_kinds, with examples).
"""
from __future__ import annotations

from .gazetteer import PUBLIC_BODY_TYPES


# public_body_types.yaml, parsed once by the gazetteer, which reads its body types from it.
FUNDER_KINDS = frozenset(PUBLIC_BODY_TYPES["national_funder_kinds"])


def examples() -> list[dict]:
    return PUBLIC_BODY_TYPES["national_funding_examples"]


def is_funding_received(commissioner_kind: str, provider_kind: str, commissioning_kinds) -> bool:
    """Whether a national funder (``commissioner_kind``) paying a body of ``provider_kind`` gives it funding:
    a commissioning body (council, ICB, ...) that is no national funder itself receives a grant."""
    return commissioner_kind in FUNDER_KINDS and provider_kind in commissioning_kinds \
        and provider_kind not in FUNDER_KINDS
