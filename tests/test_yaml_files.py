"""Rule files parsed by libyaml build the same data as PyYAML's pure-Python safe loader."""
from pathlib import Path

import pytest
import yaml

from committee_papers.extract import yaml_files

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted(p for folder in ("extract", "db", "ingest") for p in (ROOT / folder).rglob("*")
                 if p.suffix in (".yaml", ".yml"))


def test_the_rule_files_are_found():
    names = {p.name for p in SHIPPED}
    assert {"risk_cues.yaml", "decisions.yml", "service_categories.yml"} <= names


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_each_shipped_file_loads_to_the_same_data(path):
    text = path.read_text(encoding="utf-8")
    fast, plain = yaml_files.safe_load(text), yaml.safe_load(text)
    assert fast == plain
    assert repr(fast) == repr(plain)  # same types too (True vs 1, dates vs strings)


@pytest.mark.parametrize("text", [
    "council: Brackenford Council\nfrom: 2025-04-01\nweights: [1, 2.5, yes, null]\n",
    "cues:\n  - pattern: '\\bwill be (?:met|funded)\\b'\n    examples: [\"The gap will be met.\"]\n",
    "? complex\n: {a: 'é', b: \"\\u00a3100k\"}\nblock: |\n  two\n  lines\n",
])
def test_written_snippets_load_alike(text):
    assert repr(yaml_files.safe_load(text)) == repr(yaml.safe_load(text))


def test_it_refuses_what_safe_load_refuses():
    with pytest.raises(yaml.YAMLError):
        yaml_files.safe_load("!!python/object/apply:os.system ['true']")
