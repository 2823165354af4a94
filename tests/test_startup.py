"""What a run builds before its workers fork: only what the batch needs."""
import pickle
import subprocess
import sys
from pathlib import Path

import spacy

from committee_papers.extract.lazy_tokenizer import CONFIG, LazyTokenizer
from committee_papers.extract.pipeline import build_nlp
from committee_papers.pipeline import reader_formats

ROOT = Path(__file__).resolve().parent.parent

SENTENCES = [
    "Brackenford Council's Cabinet agreed £2.4m (approx.) for 2025/26, e.g. home care.",
    "North Mercia ICB didn't approve the N.H.S. contract: see para. 3.1 & Appendix B :)",
    "The award to Wyvern Care Ltd. runs from 1st-April 2025 until 31/03/2028 -- subject to review.",
]


def test_the_pipeline_tokenizer_is_built_on_first_use_only():
    nlp = spacy.blank("en", config=CONFIG)
    assert isinstance(nlp.tokenizer, LazyTokenizer)
    assert not nlp.tokenizer.built
    nlp.make_doc(SENTENCES[0])
    assert nlp.tokenizer.built


def test_the_lazy_tokenizer_tokenises_as_the_blank_english_one():
    lazy, plain = spacy.blank("en", config=CONFIG), spacy.blank("en")
    for text in SENTENCES:
        assert [t.text for t in lazy.make_doc(text)] == [t.text for t in plain.make_doc(text)]
        assert lazy.tokenizer.explain(text) == plain.tokenizer.explain(text)
    assert [t.text for t in next(lazy.tokenizer.pipe(SENTENCES[1:]))] == [t.text for t in plain(SENTENCES[1])]
    assert lazy.tokenizer.to_bytes() == plain.tokenizer.to_bytes()


def test_the_extraction_pipeline_uses_the_lazy_tokenizer():
    nlp = build_nlp()
    assert isinstance(nlp.tokenizer, LazyTokenizer)
    assert [t.text for t in nlp.make_doc("Cabinet, 12 March")] == ["Cabinet", ",", "12", "March"]


def test_the_lazy_tokenizer_pickles_as_the_real_one():
    lazy, plain = spacy.blank("en", config=CONFIG), spacy.blank("en")
    copy = pickle.loads(pickle.dumps(lazy.tokenizer))
    for text in SENTENCES:
        assert [t.text for t in copy(text)] == [t.text for t in plain.make_doc(text)]


def test_a_tokenizer_setting_reaches_the_real_tokenizer():
    lazy, plain = spacy.blank("en", config=CONFIG), spacy.blank("en")
    lazy.tokenizer.rules, plain.tokenizer.rules = {}, {}
    lazy.tokenizer.token_match = plain.tokenizer.token_match = None
    text = "We don't agree."
    assert [t.text for t in lazy.make_doc(text)] == [t.text for t in plain.make_doc(text)]
    assert lazy.tokenizer.rules == {}


def test_reader_formats_of_a_batch():
    paths = ["a/minutes.PDF", "b/report.pdf", "c/agenda.htm", Path("d/notes.md"), "e/scan.tiff"]
    assert reader_formats(paths) == {"pdf", "html", "text"}
    assert reader_formats([3, 4]) == frozenset()  # re-extraction: document ids, no files read


def _modules_after_warm_up(formats: str) -> set:
    code = ("import sys; from committee_papers.pipeline import warm_up; "
            "from committee_papers.extract.pipeline import build_nlp; "
            f"warm_up({formats}); print(' '.join(sorted(sys.modules))); "
            "print('tokenizer-built' if build_nlp().tokenizer.built else 'tokenizer-lazy')")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    # Warming up primes every extractor on a sample paper: none may tokenise, or the start-up
    # saving of the lazy tokenizer is gone.
    assert out.stdout.split()[-1] == "tokenizer-lazy"
    return set(out.stdout.split())


def test_a_pdf_batch_warms_up_the_pdf_reader_only():
    modules = _modules_after_warm_up("{'pdf'}")
    assert {"pdfplumber", "committee_papers.ingest.readers.pdf_objects"} <= modules
    assert "bs4" not in modules and "committee_papers.ingest.readers.html" not in modules
    assert "committee_papers.ingest.readers.docx" not in modules


def test_warm_up_without_formats_imports_every_reader():
    modules = _modules_after_warm_up("")
    assert {"bs4", "pdfplumber", "committee_papers.ingest.readers.html",
            "committee_papers.ingest.readers.docx"} <= modules


def test_warming_up_does_not_import_spacys_command_line():
    # spacy/__init__.py imports spacy.cli (typer, weasel, requests, every command) for spacy.info.
    modules = _modules_after_warm_up("{'pdf'}")
    assert "spacy" in modules
    assert not {"typer", "weasel", "requests", "spacy.cli.download", "spacy.cli._util"} & modules


def test_spacys_command_line_is_whole_when_asked_for():
    code = """if True:
        import sys
        from committee_papers.extract.pipeline import build_nlp
        build_nlp()
        import spacy, spacy.cli
        from spacy.cli import info
        from spacy.cli.download import get_model_filename
        assert callable(spacy.cli.download) and callable(spacy.cli.init_config) and callable(get_model_filename)
        assert info.__module__ == "spacy.cli.info" and spacy.cli.info is info
        assert "typer" in sys.modules and "spacy.cli.train" in sys.modules
        facts = spacy.info(silent=True)  # the real spacy.info, run through the stand-in
        assert facts["spacy_version"] == spacy.__version__, facts
        print("whole")
    """
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.stdout.strip() == "whole", out.stderr[-2000:]


def test_spacy_imported_first_is_left_alone():
    code = ("import sys, spacy; import committee_papers.extract.pipeline; "
            "from committee_papers.extract.spacy_cli import DeferredCli; "
            "print(type(sys.modules['spacy.cli']).__name__, any(isinstance(f, DeferredCli) for f in sys.meta_path))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["module", "False"]


def test_warm_up_loads_every_cached_rule_loader_before_the_fork():
    # A loader first called in a worker is run again in every worker on its first file: after the
    # warm-up each argument-less cached loader of the extractors holds its value (contract_roles'
    # patterns among them, which the sample paper's sentences alone would not all reach).
    code = """if True:
        import sys
        from committee_papers.pipeline import _is_rule_loader, warm_up
        warm_up({'pdf'})
        loaders = {f"{name}.{attr}": value for name, module in list(sys.modules.items())
                   if name.startswith("committee_papers.extract.")
                   for attr, value in vars(module).items() if _is_rule_loader(value, name)}
        empty = [name for name, loader in loaders.items() if loader.cache_info().currsize == 0]
        print(len(loaders), "committee_papers.extract.contract_roles._role_patterns" in loaders, empty)
    """
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    count, has_role_patterns, empty = out.stdout.split(" ", 2)
    assert int(count) >= 20 and has_role_patterns == "True", out.stderr[-2000:]
    assert empty.strip() == "[]"


def test_a_rule_loader_is_a_cached_function_without_arguments():
    import functools

    from committee_papers.pipeline import _is_rule_loader

    @functools.cache
    def rules():
        return {}

    @functools.lru_cache(maxsize=None)
    def pattern_for(word):
        return word

    def plain():
        return {}

    module = rules.__module__
    assert _is_rule_loader(rules, module)
    assert not _is_rule_loader(pattern_for, module) and not _is_rule_loader(plain, module)
    assert not _is_rule_loader(rules, "committee_papers.extract.elsewhere")  # imported, not its own


def test_the_start_up_before_a_fork_runs_no_garbage_collection_and_leaves_the_collector_as_it_was():
    # The start-up builds only long-lived objects: a collection during it, or of them before they are
    # frozen for the fork, is a walk of everything built so far.
    code = """if True:
        import gc
        from committee_papers.pipeline import _frozen_for_fork
        started = []
        gc.callbacks.append(lambda phase, info: phase == "start" and started.append(info["generation"]))
        thresholds = gc.get_threshold()
        with _frozen_for_fork(frozenset({'pdf'})):
            print(len(started), gc.get_freeze_count() > 10000, gc.isenabled(), gc.get_threshold() == thresholds)
        print(gc.get_freeze_count())
        from committee_papers.pipeline import warm_up
        warm_up(frozenset({'pdf'}))  # (built already: the objects frozen again, still none collected)
        print(len(started), gc.get_freeze_count() > 10000)
    """
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.stdout.split() == ["0", "True", "True", "True", "0", "0", "True"], out.stderr[-2000:]


def _frozen_objects(_path):
    import gc

    return gc.get_freeze_count()


def test_a_pool_s_workers_inherit_the_parent_s_objects_frozen_and_the_parent_gets_them_back():
    import gc

    from committee_papers.pipeline import _run
    from committee_papers.worker import Limits

    assert gc.get_freeze_count() == 0
    results = dict(_run(["one.txt", "two.txt"], 2, Limits(), work=_frozen_objects))
    # (Out of the collector's walk in the workers: the start-up's objects, thousands of them.)
    assert all(isinstance(count, int) and count > 10_000 for count in results.values()), results
    assert gc.get_freeze_count() == 0
