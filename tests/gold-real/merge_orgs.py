"""Merge labellers' organisation files into tests/gold-real/orgs.json.

    python tests/gold-real/merge_orgs.py ORGS.json [ORGS.json ...]

Names are united by canonical name; aliases are the union, sorted.  The
shared real-paper orgs file can be merged in too, so one --orgs file scores
both gold sets.
"""
import json
import sys
from pathlib import Path

OUT = Path(__file__).with_name("orgs.json")


def merge(paths):
    merged = json.loads(OUT.read_text())["organisations"] if OUT.exists() else {}
    for path in paths:
        for name, entry in json.loads(Path(path).read_text())["organisations"].items():
            target = merged.setdefault(name, {"kind": entry.get("kind"), "aliases": []})
            target["aliases"] = sorted(set(target["aliases"]) | set(entry.get("aliases", [])) | {name})
            target["kind"] = target.get("kind") or entry.get("kind")
    return dict(sorted(merged.items()))


if __name__ == "__main__":
    organisations = merge(sys.argv[1:])
    OUT.write_text(json.dumps({
        "_about": "Canonical organisations in the project's own real-paper gold (tests/gold-real), "
                  "with the names and acronyms the papers use. Use with score.py --orgs.",
        "organisations": organisations}, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(organisations)} organisations in {OUT}")
