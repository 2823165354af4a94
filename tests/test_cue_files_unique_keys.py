"""A cue file must not name an entry twice: YAML keeps only the last of two equal keys, so the first entry's
pattern and examples vanish without a word (risk_cues.yaml once lost `reported_risk` this way)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

EXTRACT = Path(__file__).resolve().parent.parent / "extract"


class _UniqueKeys(yaml.SafeLoader):
    pass


def _mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        assert key not in seen, f"{key!r} twice (line {key_node.start_mark.line + 1})"
        seen.add(key)
    return loader.construct_mapping(node, deep)


_UniqueKeys.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("path", sorted(EXTRACT.glob("*.yaml")) + sorted(EXTRACT.glob("*.yml")), ids=lambda p: p.name)
def test_no_key_twice(path):
    yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeys)
