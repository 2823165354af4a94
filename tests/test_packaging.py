"""The wheel installs everything inside the committee_papers package: no generic
top-level module names (db, extract, ingest, publish), and the installed package
works on its own (data files, metadata.yml, the Datasette plugin's entry points)."""
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    # With the build backend installed (the test extra has it), no isolated build environment:
    # nothing is downloaded, so the test neither waits on the package index nor needs it.
    try:
        import hatchling  # noqa: F401
        isolation = ["--no-build-isolation"]
    except ImportError:
        isolation = []
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", *isolation,
                            "-w", str(out), str(ROOT)], capture_output=True, text=True, timeout=600)
    if build.returncode != 0:
        pytest.skip(f"the wheel could not be built here (no build backend?): {build.stderr[-300:]}")
    return next(out.glob("committee_papers-*.whl"))


@pytest.mark.slow
def test_the_wheel_claims_only_its_own_top_level_name(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    tops = {name.split("/")[0] for name in names}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"committee_papers"}
    for part in ("ingest/registry.py", "extract/pipeline.py", "db/schema.py", "publish/site.py",
                 "extract/data/public_bodies.csv", "extract/rules/decisions.yml", "db/data/service_categories.yml",
                 "publish/metadata.yml", "publish/templates", "NOTICE"):
        assert any(n.startswith(f"committee_papers/{part}") for n in names), part
    entry_points = zipfile.ZipFile(wheel).read(
        next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "committee_papers.publish.site" in entry_points and "committee_papers.cli:main" in entry_points


@pytest.mark.slow
def test_the_unpacked_wheel_runs_without_the_checkout(wheel, tmp_path):
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    paper = tmp_path / "paper.txt"
    paper.write_text("Brackenford Council\nCabinet - 12 March 2025\n\nThe Council awarded the carers support "
                     "contract to Wyvern Carers Trust at £120,000 a year.\n", encoding="utf-8")
    # The checkout (and the current folder) taken off sys.path: only the unpacked wheel provides the package.
    script = f"""
import sys
sys.path[:] = [{str(unpacked)!r}] + [p for p in sys.path if p not in ('', {str(ROOT)!r})]
import committee_papers
assert committee_papers.__file__.startswith({str(unpacked)!r}), committee_papers.__file__
for name in ("ingest", "extract", "db", "publish"):
    try:
        __import__(name)
    except ImportError:
        pass
    else:
        raise SystemExit(f"top-level {{name}} is importable")
from committee_papers.publish import metadata_path
assert metadata_path().is_file()
from committee_papers.cli import main
sys.argv = ["committee-papers", "ingest", {str(paper)!r}, "--db", {str(tmp_path / 'kb.db')!r}, "--workers", "1"]
main()
"""
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 ingested" in run.stdout


def test_a_checkout_refuses_a_stage_by_its_bare_name():
    """In a checkout the repository's root is on sys.path, so `import extract` would load a second copy of
    the stage beside committee_papers.extract; the copy imported first kept the spaCy component names, so a
    test importing the bare name made later tests run the other copy (an order-dependent failure)."""
    script = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
import committee_papers.extract.sentences
for name in ("ingest", "extract", "db", "publish"):
    try:
        __import__(name)
    except ImportError as refused:
        assert "second copy" in str(refused), refused
    else:
        raise SystemExit(f"{{name}} imported by its bare name")
    assert name not in sys.modules, name
import committee_papers.ingest, committee_papers.db, committee_papers.publish
"""
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
