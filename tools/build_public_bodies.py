#!/usr/bin/env python3
"""Build extract/data/public_bodies.csv, the register of UK public bodies the
extractor recognises by name, from the reference registers in ../shared/reference.

Run by developers when the registers change (the built file is committed; nothing
is read from ../shared at run time):

    python3 tools/build_public_bodies.py [--reference ../shared/reference]

One row per body: canonical name, kind (the extractor's vocabulary), code (GSS for
councils and Scottish boards, ODS for English and Welsh NHS bodies, the register key
for government organisations), status (active/closed), variants (other names with a
body-type word, `|`-joined) and places (bare place names a council is also called,
`|`-joined: matched only as `<place> Council`, never on their own).  Sources and
licences: NOTICE at the repository root.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from committee_papers.extract import gazetteer as gz  # noqa: E402
from committee_papers.extract.orgnames import KEEP_UPPER, from_capitals  # noqa: E402
from committee_papers.extract.register import match_key  # noqa: E402

OUT = ROOT / "extract" / "data" / "public_bodies.csv"
# Names of bodies formed or renamed after the 2017 government register, and bodies it leaves out that
# papers name with no body-type word or legal form (`Transport for London`; public corporations that sell
# services, kind `public_corporation`, which unlike `government` is no commissioning kind: `Network Rail`,
# `National Highways`): names only, no code.
SUPPLEMENT = ROOT / "tools" / "government_supplement.csv"
BODY_WORDS = re.compile(r"\b(council|corporation|authority|borough|county|city|district|parish|comhairle|cyngor)\b",
                        re.IGNORECASE)


def norm(name: str) -> str:
    """A variant's spelling up to case, spacing and `&`/`and`.  Only for leaving out variants: the
    register scan matches a name's words as written, so `Highland Council` is kept beside `The
    Highland Council` although both have one :func:`match_key`."""
    return re.sub(r"\s+", " ", name.lower().replace("&", " and ").replace("\u2019", "'")).strip()


def title(name: str) -> str:
    name = " ".join(name.split())
    if not name.isupper():
        return name
    keep = set(KEEP_UPPER) | {"UHB", "HIV", "UK"}
    text = from_capitals(name, keep)
    # `King'S` -> `King's` after a capitalised possessive; `St Thomas'` stays.
    return re.sub(r"'S\b", "'s", text)


class Register:
    def __init__(self):
        self.rows: list[dict] = []
        self.seen: dict[str, dict] = {}

    def add(self, name, kind, code, status, variants=(), places=()):
        # One body per name as the extractor looks names up (register.match_key), not a weaker key.
        key = match_key(name)
        if key in self.seen:
            # The same name twice (a renamed trust's old name, a council in two sources): the active body keeps it.
            row = self.seen[key]
            if row["status"] == "active" or status != "active":
                return
            self.rows.remove(row)
        variants = sorted({v for v in variants if norm(v) != norm(name) and v.strip()}, key=str.lower)
        places = sorted({p for p in places if p.strip()}, key=str.lower)
        row = {"name": name, "kind": kind, "code": code, "status": status,
               "variants": "|".join(variants), "places": "|".join(places)}
        self.rows.append(row)
        self.seen[key] = row


def councils(ref: Path, register: Register):
    current = {r["la_code"]: r for r in csv.DictReader(open(ref / "la" / "councils_current.csv", encoding="utf-8"))}
    by_code: dict[str, list[dict]] = {}
    for row in csv.DictReader(open(ref / "la" / "council_name_variants.csv", encoding="utf-8")):
        by_code.setdefault(row["la_code"], []).append(row)
    every = {r["local-authority-code"]: r for r in csv.DictReader(
        open(ref / "la" / "mysociety_uk_local_authorities.csv", encoding="utf-8"))}
    for la_code, names in sorted(by_code.items()):
        info = current.get(la_code) or every.get(la_code)
        if info is None:
            continue
        is_current = la_code in current
        official = info.get("official_name") or info.get("official-name")
        gss = info.get("gss_code") or info.get("gss-code") or names[0]["gss_code"]
        variants, places = [], []
        for row in names:
            if row["ambiguous"] and not is_current:
                continue  # `North Yorkshire` is the new unitary, not the abolished county
            name = row["name"]
            if name.islower():
                continue  # lookup keys (`hull city`) add nothing a case-blind match lacks
            (variants if BODY_WORDS.search(name) else places).append(name)
        register.add(official, "council", gss, "active" if is_current else "closed", variants, places)


def trust_variants(name: str) -> list[str]:
    out = []
    bare = re.sub(r"^The ", "", name)
    out.append(bare)
    for form in (bare, ):
        out.append(form.replace(" NHS Foundation Trust", " Foundation Trust"))
        out.append(form.replace(" NHS Foundation Trust", " NHS FT"))
        out.append(form.replace(" NHS Trust", " Trust"))
    return [v for v in out if v != name]


def trusts(ref: Path, register: Register):
    rows = list(csv.DictReader(open(ref / "nhs" / "nhs_trusts.csv", encoding="utf-8")))
    rows.sort(key=lambda r: r["status"] != "active")  # an active trust keeps a name a closed one had
    for row in rows:
        if row["country"] not in ("England", "Wales") and row["status"] == "active":
            continue
        name = title(row["name"])
        kind = "nhs_foundation_trust" if row["kind"] == "foundation_trust" else "nhs_trust"
        register.add(name, kind, row["ods_code"], row["status"], trust_variants(name))


def icbs(ref: Path, register: Register):
    for row in csv.DictReader(open(ref / "nhs" / "icbs.csv", encoding="utf-8")):
        name = row["name"]
        place = re.sub(r"^NHS |\s*Integrated Care Board$", "", name)
        variants = [f"{place} Integrated Care Board", f"NHS {place} ICB", f"{place} ICB"]
        register.add(name, "icb", row["ods_code"], row["status"], variants)
    for row in csv.DictReader(open(ref / "nhs" / "sub_icb_locations.csv", encoding="utf-8")):
        # `NHS Kent and Medway ICB - 91Q`: the former CCG's code; the CCG's own name is in no source we hold.
        register.add(row["sicbl_name"], "ccg", row["sicbl_ods_code"], "active")


def health_boards(ref: Path, register: Register):
    for row in csv.DictReader(open(ref / "nhs" / "wales_local_health_boards.csv", encoding="utf-8")):
        name = title(row["name"])
        place = re.sub(r"\s+(?:University|Teaching) Health Board$", "", name)
        variants = [f"{place} Health Board", f"{place} Local Health Board", f"{place} UHB",
                    name.replace(" Health Board", " Local Health Board")]
        register.add(name, "health_board", row["ods_code"], "active", variants)
    for row in csv.DictReader(open(ref / "nhs" / "scotland_health_boards.csv", encoding="utf-8")):
        name = row["name"]
        place = re.sub(r"^NHS ", "", name)
        variants = [f"{place} Health Board", f"NHS {place} Health Board"]
        register.add(name, "health_board", row["gss_code"], "active", variants)


def public_body_kind(name: str) -> str | None:
    """A national park authority, a development corporation ... in the government register: the kind
    its type words give it (extract/public_body_types.yaml), so it publishes papers as that kind; a type whose
    registered bodies keep the register's kind (`register_keeps_kind`: national agencies stay `government`) gives none."""
    for entry in gz.PUBLIC_BODY_TYPES["types"]:
        if entry.get("register_keeps_kind"):
            continue
        words = entry.get("suffix") or entry["prefix"]
        if ("suffix" in entry and name.endswith(" " + words)) or ("prefix" in entry and name.startswith(words + " ")):
            return entry["kind"]
    return None


def listed_body_kind(name: str, listed_kind: str) -> str:
    """A government register or supplement row's kind: the one its type words give it (a `Transport
    for X` publishes papers as a transport body, whatever list it came from), else the list's own."""
    return public_body_kind(name) or listed_kind


def government(ref: Path, register: Register):
    path = ref / "gov" / "openregister_government-organisation_2017.tsv"
    rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"))
    rows.sort(key=lambda r: bool(r["end-date"]))
    for row in rows:
        name = " ".join(row["name"].split())
        kind = "nhs_england" if name == "NHS England" else listed_body_kind(name, "government")
        register.add(name, kind, row["government-organisation"], "closed" if row["end-date"] else "active",
                     [name.replace("&", "and")] if "&" in name else [])
    if SUPPLEMENT.exists():
        for row in csv.DictReader(open(SUPPLEMENT, encoding="utf-8")):
            register.add(row["name"], listed_body_kind(row["name"], row["kind"]), "", "active", [v for v in row["variants"].split("|") if v])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=ROOT.parent / "shared" / "reference",
                        help="the reference folder (default ../shared/reference)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not (args.reference / "SOURCES.md").exists():
        parser.error(f"{args.reference}: no SOURCES.md, not the reference folder (use --reference)")
    register = Register()
    # Councils and NHS bodies first: on a name two sources share, the first keeps it.
    councils(args.reference, register)
    trusts(args.reference, register)
    icbs(args.reference, register)
    health_boards(args.reference, register)
    government(args.reference, register)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["name", "kind", "code", "status", "variants", "places"],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(register.rows)
    print(f"{args.out}: {len(register.rows)} bodies")


if __name__ == "__main__":
    main()
