"""Export contract records (each contract once) as OCDS, CSV or JSON.

OCDS: each record is one OCDS 1.1 release in a release package: the
commissioner as buyer and the provider as supplier in ``parties`` (with their
organisation codes as identifiers where known), one award and one contract
with the value in GBP and the contract period, and the committee paper(s) as
documents.  ``check_release_package`` checks the structure the OCDS schema
requires without needing the schema files; the test suite also validates
against the published schema.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

import sqlite_utils

OCDS_VERSION = "1.1"
# Not a prefix registered with the Open Contracting Partnership: publishers
# with one pass their own (--ocid-prefix).
DEFAULT_OCID_PREFIX = "ocds-cpaper"
AWARD_STATUS = {"proposed": "pending"}          # else active
CONTRACT_STATUS = {"proposed": "pending", "ended": "terminated"}  # else active
DATE_TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")

RECORDS_SQL = """
select r.*, d.sha256 as first_document_sha256
from contract_records_detail r
left join documents d on d.id = r.first_document_id
order by r.record_id
"""
MENTIONS_SQL = """
select c.record_id, c.id as contract_id, c.document_id, c.passage_id, c.page, c.quote, c.value_text,
       c.record_role, d.filename, d.title, d.meeting_date, d.source_path, d.sha256
from contracts c join documents d on d.id = c.document_id
where c.record_id is not null
order by c.record_id, d.meeting_date, c.document_id, c.record_role != 'counted', c.id
"""


def export(db_path, fmt: str, out, *, ocid_prefix: str = DEFAULT_OCID_PREFIX, base_url: Optional[str] = None) -> int:
    """Write the records of the database at ``db_path`` to the text stream
    ``out`` as ``fmt`` (ocds, csv or json).  Returns how many records."""
    db = sqlite_utils.Database(db_path)
    try:
        records = [dict(r) for r in db.query(RECORDS_SQL)]
        mentions: dict[int, list[dict]] = {}
        for row in db.query(MENTIONS_SQL):
            mentions.setdefault(row["record_id"], []).append(dict(row))
        organisations = {row["id"]: dict(row) for row in db.query("select id, name, kind, code from organisations")}
    finally:
        db.close()
    if fmt == "csv":
        _write_csv(records, out)
    elif fmt == "json":
        json.dump([dict(r, mentions=mentions.get(r["record_id"], [])) for r in records], out, indent=2,
                  ensure_ascii=False, default=str)
        out.write("\n")
    elif fmt == "ocds":
        package = release_package(records, mentions, organisations, ocid_prefix=ocid_prefix, base_url=base_url)
        json.dump(package, out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        raise ValueError(f"unknown export format {fmt!r} (ocds, csv or json)")
    return len(records)


def _write_csv(records: list[dict], out) -> None:
    columns = list(records[0]) if records else ["record_id"]
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)


# -- OCDS --------------------------------------------------------------------
def release_package(records, mentions, organisations, *, ocid_prefix=DEFAULT_OCID_PREFIX, base_url=None) -> dict:
    now = _date_time(datetime.now(timezone.utc).isoformat(timespec="seconds"))
    return {
        "version": OCDS_VERSION,
        "publishedDate": now,
        "publisher": {"name": "committee-papers"},
        "releases": [release(r, mentions.get(r["record_id"], []), organisations, ocid_prefix, base_url, now)
                     for r in records],
    }


def release(record: dict, mentions: list[dict], organisations: dict, ocid_prefix: str, base_url, now: str) -> dict:
    ocid = f"{ocid_prefix}-{_stable_id(record)}"
    parties, buyer, supplier = [], None, None
    for role, org_id in (("buyer", record["commissioner_id"]), ("supplier", record["provider_id"])):
        if org_id is None or org_id not in organisations:
            continue
        party = _party(organisations[org_id])
        existing = next((p for p in parties if p["id"] == party["id"]), None)
        if existing:  # an in-house service: one party, both roles
            existing["roles"].append(role)
        else:
            party["roles"] = [role]
            parties.append(party)
        reference = {"id": party["id"], "name": party["name"]}
        buyer, supplier = (reference, supplier) if role == "buyer" else (buyer, reference)
    documents = _documents(mentions, base_url)
    value = {"amount": record["value_gbp"], "currency": "GBP"} if record["value_gbp"] is not None else None
    period = {k: v for k, v in (("startDate", _date_time(record["start_date"], end=False)),
                                ("endDate", _date_time(record["end_date"], end=True))) if v}
    status = record["status"]
    award = {"id": f"{ocid}-award", "title": record["service"], "description": _description(record),
             "status": AWARD_STATUS.get(status, "active")}
    contract = {"id": f"{ocid}-contract", "awardID": award["id"], "title": record["service"],
                "status": CONTRACT_STATUS.get(status, "active")}
    for block in (award, contract):
        if value:
            block["value"] = dict(value)
        if documents:
            block["documents"] = [dict(d) for d in documents]
    if period:
        award["contractPeriod"] = dict(period)
        contract["period"] = dict(period)
    if supplier:
        award["suppliers"] = [supplier]
    dates = sorted(m["meeting_date"] for m in mentions if m.get("meeting_date"))
    out = {
        "ocid": ocid,
        "id": f"{ocid}-{record['record_id']}",
        "date": _date_time(dates[-1]) if dates else now,
        "tag": ["award", "contract"],
        "initiationType": "tender",
        "language": "en",
        "parties": parties,
        "awards": [award],
        "contracts": [contract],
    }
    if buyer:
        out["buyer"] = buyer
    return out


def _stable_id(record: dict) -> str:
    """The same contract keeps its ocid when the database is rebuilt (record
    ids are renumbered): it is made of what identifies the contract."""
    key = "|".join(str(record.get(k) or "") for k in (
        "commissioner", "provider", "service_category", "start_date", "first_document_sha256"))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def identifier_scheme(kind: Optional[str], code: str) -> Optional[str]:
    """The org-id.guide scheme of an organisation code, from its shape."""
    if re.fullmatch(r"[ENSWK]\d{8}", code):
        return "GB-GSS"  # ONS / GSS statistical code (councils, ICBs)
    if kind in ("nhs_trust", "nhs_foundation_trust", "icb", "ccg") or re.fullmatch(r"[0-9A-Z]{3,5}", code) and (
            kind or "").startswith("nhs"):
        return "GB-NHS"  # NHS ODS code
    if kind == "council" and re.fullmatch(r"[A-Z]{3}", code):
        return "GB-LAE"  # local authority register code
    if re.fullmatch(r"(?:\d{8}|[A-Z]{2}\d{6})", code):
        return "GB-COH"  # Companies House number
    return None


def _party(organisation: dict) -> dict:
    code = organisation.get("code")
    scheme = identifier_scheme(organisation.get("kind"), code) if code else None
    party = {"name": organisation["name"]}
    if code and scheme:
        party["id"] = f"{scheme}-{code}"
        party["identifier"] = {"scheme": scheme, "id": code, "legalName": organisation["name"]}
    else:
        party["id"] = f"committee-papers-organisation-{organisation['id']}"
        if code:
            party["identifier"] = {"id": code, "legalName": organisation["name"]}
    return party


def _documents(mentions: list[dict], base_url) -> list[dict]:
    """Each paper the record's mentions come from, once, with the passage quoted."""
    seen, documents = set(), []
    for m in mentions:
        if m["document_id"] in seen:
            continue
        seen.add(m["document_id"])
        document = {
            "id": f"document-{m['document_id']}",
            "documentType": "x_committeePaper",
            "title": m["title"] or m["filename"],
            "description": (f"p.{m['page']}: " if m["page"] else "") + (m["quote"] or ""),
        }
        url = _document_url(m, base_url)
        if url:
            document["url"] = url
        if m["meeting_date"]:
            document["datePublished"] = _date_time(m["meeting_date"])
        documents.append(document)
    return documents


def _document_url(mention: dict, base_url) -> Optional[str]:
    if base_url:
        anchor = f"#passage-{mention['passage_id']}" if mention["passage_id"] else ""
        return f"{base_url.rstrip('/')}/-/document/{mention['document_id']}{anchor}"
    path = mention.get("source_path")
    if path and Path(path).is_absolute():
        return Path(path).as_uri()
    return None


def _description(record: dict) -> str:
    parts = [f"Service category: {record['service_category_label'] or record['service_category']}"]
    if record["period"]:
        parts.append(f"value is {'a year' if record['period'] == 'annual' else 'the whole term'}")
    if record["annual_value_gbp"] is not None:
        parts.append(f"annual value £{record['annual_value_gbp']:,.0f}")
    parts.append(f"stated in {record['papers']} paper(s), {record['mentions']} mention(s)")
    return "; ".join(parts)


def _date_time(value: Optional[str], *, end: bool = False) -> Optional[str]:
    """YYYY, YYYY-MM or YYYY-MM-DD (or an ISO date-time) as an OCDS date-time;
    a year or month alone is its first day, or its last for an end date."""
    if not value:
        return None
    if "T" in value:
        return value.replace("+00:00", "Z")
    from .annual import _day

    day = _day(value, first=not end)
    return f"{day.isoformat()}T00:00:00Z" if day else None


def check_release_package(package: dict) -> list[str]:
    """What the OCDS 1.1 release package schema requires, checked without the
    schema files: problems as sentences, none when the package is well formed."""
    problems = []
    if not isinstance(package.get("releases"), list):
        problems.append("package: releases must be a list")
    if not re.fullmatch(r"\d+\.\d+", str(package.get("version", ""))):
        problems.append("package: version must be major.minor")
    for n, rel in enumerate(package.get("releases") or []):
        where = f"release {n}"
        for key in ("ocid", "id", "date", "tag", "initiationType"):
            if key not in rel:
                problems.append(f"{where}: {key} missing")
        if rel.get("date") and not DATE_TIME_RE.match(rel["date"]):
            problems.append(f"{where}: date is not a date-time")
        if rel.get("initiationType") not in (None, "tender"):
            problems.append(f"{where}: initiationType must be 'tender'")
        party_ids = {p.get("id") for p in rel.get("parties", [])}
        for party in rel.get("parties", []):
            if not party.get("id") or not party.get("roles"):
                problems.append(f"{where}: a party without id or roles")
        for award in rel.get("awards", []):
            if "id" not in award:
                problems.append(f"{where}: award without id")
            for supplier in award.get("suppliers", []):
                if supplier.get("id") not in party_ids:
                    problems.append(f"{where}: supplier {supplier.get('id')} is not among the parties")
        for contract in rel.get("contracts", []):
            if "id" not in contract or "awardID" not in contract:
                problems.append(f"{where}: contract without id or awardID")
        for block in rel.get("awards", []) + rel.get("contracts", []):
            value = block.get("value")
            if value is not None and (not isinstance(value.get("amount"), (int, float)) or value.get("currency") != "GBP"):
                problems.append(f"{where}: value must be a number in GBP")
            for period in (block.get("contractPeriod"), block.get("period")):
                for date in (period or {}).values():
                    if not DATE_TIME_RE.match(date):
                        problems.append(f"{where}: period date {date} is not a date-time")
            for document in block.get("documents", []):
                if "id" not in document:
                    problems.append(f"{where}: document without id")
        if rel.get("buyer") and rel["buyer"].get("id") not in party_ids:
            problems.append(f"{where}: buyer is not among the parties")
    return problems


def to_string(db_path, fmt: str, **options) -> str:
    buffer = io.StringIO()
    export(db_path, fmt, buffer, **options)
    return buffer.getvalue()
