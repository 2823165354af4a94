"""Score the extractors on every labelled set, one table per set and per fact kind.

    python bench/score_sets.py [--sets seeds,seeds-pdf,...] [--keep DIR]

Each set's papers are ingested with the project's own command into a fresh
database and scored by ``../shared/eval/score.py`` (the evaluation's scorer,
not ours).  Sets:

- seeds, seeds-pdf, seeds-docx-html: the three seed papers in each format
  (``../shared/eval/gold``);
- shared-real: the three real papers with shared gold (``../shared/eval/gold-real``);
- dev, blind: the project's own labelled real papers (``tests/gold-real``;
  the blind ones are listed in its README and never used to tune);
- holdout: the fictional held-out papers in ``tests/holdout``;
- paraphrase: the fictional papers stating the same facts in many wordings
  (``tests/paraphrase``);
- paraphrase2, paraphrase3, paraphrase4: sets written by someone who never worked on
  the extractors (minutes, decision records, ModernGov pages, board reports in five
  formats, laid out like real published papers): blind for some stops, then opened to
  development (their READMEs record the last blind figures);
- paraphrase5, paraphrase6: blind sets written the same way (papers of the held-out
  kinds in real-paper layouts), never used to tune;
- paraphrase7: a development set (``tests/paraphrase7``: eighteen papers in layouts
  surveyed from real published pages: ModernGov meeting, decision and issue pages,
  ICB and trust papers, IJB reports and minutes, officer decision records).
- paraphrase8: a development set (``tests/paraphrase8``: eighteen papers weighted to
  printed PDF and DOCX layouts: cabinet, council, HWB, ICB and trust board minutes with
  action logs, decision records and notices, contract award and budget monitoring
  reports, IJB directions, a BAF, VCS grants).
- paraphrase9: a development set (``tests/paraphrase9``: sixteen papers in layouts and
  wordings the earlier sets lack: town council, fire authority, police and crime panel and
  ModernGov minutes, a combined authority officer decision page, ICB and trust cover sheets,
  an HWB BCF paper, procurement and budget reports, a contracts register, a corporate risk
  register, an EqIA, a scrutiny report, a cabinet member decision).
- paraphrase10: a set written the same way, blind from stop 20 to 24, then opened (``tests/paraphrase10``: twelve papers:
  parish, scrutiny and combined authority minutes, fire authority, PCC, ICB, trust BAF,
  procurement plan, contracts register, budget monitoring, ModernGov issue and HWB pages).
- paraphrase11: a set written at stop 24 by a writer who did not read the extractors, blind
  at stops 24 and 25, then opened (``tests/paraphrase11``: twelve papers: trust, leisure trust and IJB board minutes, county
  budget minutes, a decision notice, an executive decision record, a DPIA, public questions,
  a service annual report, a commissioning report, a section 75 paper, a ModernGov page).
- paraphrase12: a set written at stop 25 the same way, blind at stops 25 to 27, then opened (``tests/paraphrase12``: twelve papers:
  town council, police and crime panel, HWB and scrutiny minutes, a fire authority officer
  decision, a council news page, a ModernGov decision page, an audit committee risk register,
  a trust BAF, an ICB primary care paper, a cabinet member decision notice, a joint waste
  partnership's annual report).
- paraphrase13: written at stop 25 by another writer who did not read the extractors, scored once
  before anyone looked at it, then a development set (``tests/paraphrase13``).
- paraphrase14: a set written at stop 26 the same way, blind at stops 26 to 28, then opened (``tests/paraphrase14``: twelve papers:
  parish, pension fund, drainage board, health board audit, scrutiny call-in and trust audit
  committee minutes, a contracts register web page, a national park concession report, a highways
  award with a landscape evaluation page, an officer direct award record, a provider collaborative's
  subcontracts, a waivers report).
- paraphrase15: a set written at stop 27 the same way, blind at stops 27 to 29, then opened (``tests/paraphrase15``: twelve papers:
  a children's therapies section 75 report, fire authority, ICB primary care and trust board minutes,
  a police and crime commissioner's decision page, a pooled fund plan, a joint waste report laid out
  as ``pdftotext -layout`` text, a mayor's bus contracts decision page, a bilingual cabinet report, a
  contract performance report with a rotated page, a budget monitoring export, a licensing decision
  page).
- paraphrase16: a BLIND set written at stop 28 the same way (``tests/paraphrase16``: twelve papers:
  an IJB directions paper, a housing repairs re-procurement, care fee-setting with a rotated appendix,
  a procurement forward plan page, a leisure operator review, an urgency decision, a shared ICT
  novation, Northern Ireland committee minutes, sexual health commissioning, police joint audit
  minutes as ``pdftotext -layout`` text, adult skills allocations, trust governors' minutes), never
  used to tune: print its overall and per-kind lines only, never its misses.
- paraphrase17: a BLIND set written at stop 29 the same way (``tests/paraphrase17``: twelve papers:
  home-to-school transport call-offs, drug and alcohol recommissioning, temporary accommodation
  scrutiny minutes as a ModernGov page, school governors' resources minutes, an ambulance trust's
  private providers, a waste PFI annual report, a treasury mid-year review, a capital outturn, a Welsh
  health board primary care paper, an officer's energy call-off decision, community-managed libraries,
  a mayoral adult skills decision), never used to tune: as paraphrase16.
- paraphrase18: a BLIND set written at stop 30 the same way (``tests/paraphrase18``: twelve papers:
  SEND independent placements, ICB dental commissioning minutes, a council providing CCTV monitoring to its
  neighbour, a fostering framework call-off decision page, concessionary fares and school bus awards, a mental health
  trust's board minutes with a landscape BAF page, a shared internal audit service in £000s, town council minutes on a
  grounds maintenance tender, a hospice contract renewal with a range value, domestic abuse safe accommodation
  scrutiny, a Welsh regional partnership board's fund allocations, a fire authority's station lease and fleet
  maintenance), never used to tune: as paraphrase16.

Any other labelled folder laid out like the fictional sets (``papers/``, ``gold/``,
``orgs.json`` or its parent's) is scored with ``--folder NAME=DIR`` (repeatable),
e.g. ``tests/gold-real-github/dev`` once its papers are assembled from their public
repositories (``tests/gold-real-github/README.md``), or papers you labelled yourself.

Prints facts_f1 and the per-kind F1 for each set.  Needs ../shared beside the
checkout.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
REAL = SHARED / "corpus" / "real"
# The blind papers: never used to tune (tests/gold-real/README.md).
BLIND = set((ROOT / "tests" / "gold-real" / "blind.txt").read_text().split())
KINDS = ["contracts_attributed", "contract_parties", "providers", "dates", "recommendations",
         "decisions", "risks", "mitigations", "metadata"]


def _real_papers(gold_files):
    stems = {Path(g).stem for g in gold_files}
    return sorted(p for p in REAL.iterdir() if p.stem in stems)


# Fictional sets kept in tests/<name>: papers/, gold/ and orgs.json each.
FICTIONAL_SETS = ["holdout", "paraphrase"] + [f"paraphrase{n}" for n in range(2, 19)]


def _fictional_set(name: str):
    return _folder_set(ROOT / "tests" / name)


def _folder_set(folder: Path):
    orgs = folder / "orgs.json"
    if not orgs.is_file():  # sets that share one organisations file keep it one level up
        orgs = folder.parent / "orgs.json"
    return [folder / "papers"], sorted((folder / "gold").glob("*.json")), orgs


def sets() -> dict:
    """name -> (papers, gold files, orgs file)."""
    own = sorted((ROOT / "tests" / "gold-real" / "gold").glob("*.json"))
    own_orgs = ROOT / "tests" / "gold-real" / "orgs.json"
    seed_gold = sorted((SHARED / "eval" / "gold").glob("*.json"))
    shared_real = sorted((SHARED / "eval" / "gold-real").glob("*.json"))
    return {
        "seeds": ([SHARED / "corpus" / "seeds"], seed_gold, SHARED / "eval" / "orgs.json"),
        "seeds-pdf": ([SHARED / "corpus" / "seeds-pdf"], seed_gold, SHARED / "eval" / "orgs.json"),
        "seeds-docx-html": ([SHARED / "corpus" / "seeds-docx-html"], seed_gold, SHARED / "eval" / "orgs.json"),
        "shared-real": (_real_papers(shared_real), shared_real, SHARED / "eval" / "orgs-real.json"),
        "dev": (_real_papers([g for g in own if g.stem not in BLIND]),
                [g for g in own if g.stem not in BLIND], own_orgs),
        "blind": (_real_papers([g for g in own if g.stem in BLIND]), [g for g in own if g.stem in BLIND], own_orgs),
        **{name: _fictional_set(name) for name in FICTIONAL_SETS},
    }


def score(name, papers, gold_files, orgs, workdir: Path) -> dict:
    db = workdir / f"{name}.db"
    gold_dir = workdir / f"{name}-gold"
    gold_dir.mkdir(exist_ok=True)
    for gold in gold_files:
        (gold_dir / gold.name).write_text(gold.read_text())
    command = [sys.executable, "-c", "import sys; from committee_papers.cli import main; sys.exit(main())"]
    subprocess.run(command + ["ingest", *map(str, papers), "--db", str(db), "--quiet"],
                   cwd=ROOT, capture_output=True, text=True)
    out = workdir / f"{name}.json"
    subprocess.run([sys.executable, str(SCORER), str(db), str(gold_dir), "--orgs", str(orgs), "--json", str(out)],
                   capture_output=True, text=True, check=True)
    return json.loads(out.read_text())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", help="comma-separated set names (default: every set, or none with --folder)")
    parser.add_argument("--keep", help="keep the databases and scores in this folder")
    parser.add_argument("--folder", action="append", default=[], metavar="NAME=DIR",
                        help="also score a labelled folder with papers/, gold/ and orgs.json")
    args = parser.parse_args()
    if any("=" not in entry for entry in args.folder):
        parser.error("--folder takes NAME=DIR")
    folders = dict(entry.split("=", 1) for entry in args.folder)
    if not SCORER.is_file():
        sys.exit("../shared/eval/score.py is not beside this checkout")
    workdir = Path(args.keep or tempfile.mkdtemp(prefix="score-sets-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"{'set':16} {'docs':>4} {'facts_f1':>8} " + " ".join(f"{k[:12]:>12}" for k in KINDS))
    if args.sets is None:
        args.sets = "" if folders else ",".join(sets())
    chosen = [name for name in args.sets.split(",") if name]
    for name in chosen + list(folders):
        papers, gold_files, orgs = _folder_set(Path(folders[name])) if name in folders else sets()[name]
        result = score(name, papers, gold_files, orgs, workdir)
        summary = result["summary"]
        cells = " ".join(f"{summary.get(k, {}).get('f1', float('nan')):12.3f}" for k in KINDS)
        print(f"{name:16} {len(gold_files):4d} {result['facts_f1']:8.3f} {cells}", flush=True)


if __name__ == "__main__":
    main()
