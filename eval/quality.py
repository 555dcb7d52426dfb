"""Every evaluation that can run, written as ``docs/quality.md`` (``make eval``).

Each evaluation is a module under ``eval/`` with ``evaluate(shared) -> dict | None`` (None when its data
is absent) and ``markdown(figures) -> str``; it is listed once in :data:`SECTIONS` with the data set it
reads, its metric and the anchor its figure is compared with. Adding one (events, clustering) is one more
entry there; a module that fills two sections (``eval.times``: GUM news and the demo gold) names the
functions each one calls. The page is deterministic: no timestamps or timings, only the
figures, the sitroom version and the model.
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEMO_FLOORS = REPO / "tests" / "eval" / "test_demo_gold.py"


@dataclass(frozen=True, slots=True)
class Section:
    """One evaluation on the page.

    ``module`` is imported lazily and must offer the functions ``evaluate`` (``evaluate(shared)``) and
    ``markdown`` (``markdown(figures)``) name; ``data`` is the folder under the shared folder it needs
    (None: its data is in the repository); ``render`` replaces the module's ``markdown`` when the page
    needs another table.
    """

    title: str
    module: str
    data: str | None
    dataset: str
    metric: str
    anchor: str
    render: Callable[[dict], str] | None = None
    evaluate: str = "evaluate"
    markdown: str = "markdown"


def pinned_floors(test_file: Path = DEMO_FLOORS) -> dict[str, float]:
    """The ``FLOORS`` dict a test module pins, read without importing it ({} when there is none)."""
    if not test_file.is_file():
        return {}
    for node in ast.parse(test_file.read_text(encoding="utf8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        if any(isinstance(t, ast.Name) and t.id == "FLOORS" for t in targets) and node.value is not None:
            return dict(ast.literal_eval(node.value))
    return {}


def _html_table(figures: dict) -> str:
    """The HTML benchmark table without its timing (the page must not change from run to run)."""
    rows = ["| system | precision | recall | F1 |", "|---|---|---|---|"]
    for name, label in (("trafilatura", "trafilatura alone, same run"), ("sitroom", "sitroom read stage")):
        row = figures[name]
        rows.append(f"| {label} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} |")
    return "\n".join(rows) + f"\n\n{figures['pages']} pages. Published anchor: trafilatura F1 0.958."


def _demo_table(figures: dict) -> str:
    from eval import demo_gold

    return demo_gold.markdown(figures, floors=pinned_floors())


SECTIONS: tuple[Section, ...] = (
    Section(
        "HTML ingestion",
        "eval.html_extraction",
        "data/article-extraction",
        "scrapinghub article-extraction benchmark, 181 real pages",
        "shingle (4-gram) precision and recall averaged per page, F1 of the means",
        "trafilatura alone scored in the same run; published trafilatura F1 0.958",
        _html_table,
    ),
    Section(
        "Demo brief against its gold",
        "eval.demo_gold",
        None,
        "the bundled demo corpus (`sitroom.demo`) and its hand-written gold in `eval/gold/demo/`",
        "article field accuracy; entity and role precision/recall/F1; type, country, org, current accuracy",
        "the floors `tests/eval/test_demo_gold.py` pins (column *floor*)",
        _demo_table,
    ),
    Section(
        "Entity spans and types",
        "eval.entity_types",
        "data/gum-news/coref-tsv",
        "GUM news: 24 Wikinews articles, named person/organization/place spans",
        "exact (span, type) precision/recall/F1; span F1; type accuracy on matched spans; lenient head match",
        "bare spaCy `doc.ents` of the same model in the same run",
    ),
    Section(
        "Quotes and speakers",
        "eval.quotes",
        None,
        "the demo corpus and its hand-written quote gold (`eval/gold/demo/quotes.json`, 62 quotes); "
        "GUM news `<quote>` spans (`data/gum-news/xml`, 24 Wikinews articles; skipped where absent)",
        "quote span P/R/F1 (overlap of half the shorter span, one to one), per kind; (span, speaker) "
        "P/R/F1; speaker, kind and `same_as` accuracy on matched quotes; on GUM, span P/R/F1 of direct "
        "and partial quotes",
        "a quotation-marks + nearest-reporting-verb baseline in the same run; the Gender Gap Tracker's "
        "published quote F1 0.84 and speaker accuracy 0.87 (its own news gold); the floors "
        "`tests/eval/test_quotes_eval.py` pins",
    ),
    Section(
        "Figures",
        "eval.figures",
        None,
        "the demo corpus and its hand-written figure gold (`eval/gold/demo/figures.json`)",
        "figure span precision/recall/F1 (overlap, one to one); agreement of value, high, unit, qualifier, "
        "counted noun and claimant on the figures found",
        "the floors `tests/eval/test_figures_eval.py` pins",
    ),
    Section(
        "Times (GUM news)",
        "eval.times",
        "data/gum-news/xml",
        "GUM news: 24 Wikinews articles, every `<date>` span with its resolved value (`when`, `from`/`to`, "
        "`notBefore`/`notAfter`), each article against its `dateCreated`",
        "value accuracy: the time overlapping a gold span most, its value as a day interval, equal to the "
        "gold's or inside its bounds, over all gold spans (a span with no time is wrong); span recall; "
        "accuracy on the spans found",
        "`dateparser` given each gold span's text, the publication date and the gold's granularity, same "
        "run; HeidelTime value F1 0.78 and SUTime 0.67 on TempEval-3 (published); the floors "
        "`tests/eval/test_times_eval.py` pins",
        evaluate="evaluate_gum",
        markdown="markdown_gum",
    ),
    Section(
        "Times (demo gold)",
        "eval.times",
        None,
        "the demo corpus and its hand-written time gold (`eval/gold/demo/times.json`)",
        "time span precision/recall/F1 (overlap, one to one); agreement of type, value, granularity, mod "
        "and anchor on the times found",
        "the floors `tests/eval/test_times_eval.py` pins",
        evaluate="evaluate_demo",
        markdown="markdown_demo",
    ),
    Section(
        "Comparisons (demo gold)",
        "eval.comparisons",
        None,
        "the demo corpus and its hand-written comparison gold (`eval/gold/demo/comparisons.json`)",
        "a gold comparison is found when a brief comparison of its kind has items overlapping every gold "
        "item; recall, precision, verdict accuracy on the found; `inconsistent` verdicts not in the gold "
        "counted as false alarms",
        "the floors `tests/eval/test_comparisons_eval.py` pins",
    ),
    Section(
        "Events (PETRARCH validation)",
        "eval.events",
        "data/petrarch",
        "the Open Event Data Alliance's PETRARCH-2 validation records (`PETR2_GSR_validation.xml`, 78 news "
        "sentences with CAMEO event codings), run through `sitroom.brief` as one corpus",
        "PLOVER type accuracy: a gold coding (CAMEO code mapped by `sitroom/lexicons/cameo_plover.tsv`, "
        "longest prefix; CAMEO 01/02 left out and counted) is right when the brief has an event of its type "
        "in its sentence; type precision over the brief's events in coded sentences; actor and target "
        "accuracy on type-matched pairs, the CAMEO actor's country (its first three letters as ISO alpha-3) "
        "against the `country` of the event's `actor_for` (else `actor`) and target entities, codes naming "
        "no country counted apart",
        "the codings are PETRARCH-2's own output, hand-corrected, so agreement says how close sitroom comes "
        "to the dictionary coder GDELT-style systems use; the floors `tests/eval/test_events_eval.py` pins",
        evaluate="evaluate_petrarch",
        markdown="markdown_petrarch",
    ),
    Section(
        "Events and quotations on real news",
        "eval.realnews",
        "data/article-extraction",
        "88 real articles on politics and public affairs of `../shared/data` (42 article-extraction bodies, "
        "9 GUM news documents, 37 WikiRef220 pages) and their hand-made gold `eval/gold/realnews/` (1,191 "
        "events, 1,088 quotations; offsets and labels only), 25 of them a test split never tuned on",
        "events: a brief event is found when its span overlaps a gold trigger (one to one), precision, "
        "recall and F1 for every event and for the events the report asserts, and *fully right* (type, "
        "status, actor and target all agree; a participant agrees by name, alias or a mention on the gold "
        "span, or through what it acts for); quotations: span P/R/F1 (half the shorter span in common), "
        "(span, speaker) P/R/F1 with a null gold speaker wanting none, named-speaker accuracy on matched "
        "quotations",
        "sitroom before this gold's issue (the first figures in the README of `eval/gold/realnews`); the "
        "issue's aims (asserted event precision 0.85, (span, speaker) F1 0.90, named-speaker accuracy 0.85); "
        "the floors `tests/eval/test_realnews_eval.py` pins",
    ),
    Section(
        "Events (demo gold)",
        "eval.events",
        None,
        "the demo corpus and its hand-written event gold (`eval/gold/demo/events.json`)",
        "event precision/recall/F1 (the brief event's span overlaps the gold trigger, one to one); agreement "
        "of type, mode, status, actor, actor_for, target, target_for (entity names and aliases), place, time "
        "and quote on the events found; planned, threatened and hypothetical events not called occurred; "
        "each real event once (gold events reported twice or more whose brief reports share one `same_as` "
        "chain)",
        "the floors `tests/eval/test_events_eval.py` pins",
        evaluate="evaluate_demo",
        markdown="markdown_demo",
    ),
    Section(
        "Copies",
        "eval.copies",
        "data/article-extraction",
        "copies made with seeded edits (exact, syndicate, drop, reorder, reword, trim and combinations) of "
        "the real bodies of the article-extraction benchmark and WikiRef220; negatives: the originals "
        "against each other, WikiRef220's same-topic pairs among them",
        "precision and recall per kind (exact, syndicated, spun), recall and kind accuracy per edit, false "
        "copies among same-topic originals",
        "the floors `tests/eval/test_copies_eval.py` pins",
    ),
    Section(
        "Story clustering",
        "eval.stories",
        "data/wikiref220/docs",
        "WikiRef220: 220 web articles, the topic in each file name (5 large topics, 11 small ones as noise "
        "and near misses)",
        "B-cubed and pairwise P/R/F1 against the topic labels, file-name order and 5 seeded shuffles (mean, "
        "worst), tuning and held-out halves; agreement of one-at-a-time feeding through saved state with "
        "all at once",
        "Miranda et al. 2018, F1 ≈ 0.94 on their own stream; the issue's goal 0.95; the floors "
        "`tests/eval/test_stories_eval.py` pins",
    ),
)

NOTE = """\
## How to read this page and its floors

Each section names its data set, its metric and the anchor its figure stands beside: a published score
or a plain baseline run in the same process, so a change in the data or the model moves both. Figures
come from `make eval` (`python -m eval --shared ../shared --out docs/quality.md`); a section whose data
is not in the shared folder says so and is skipped.

Floors are pinned in the tests (`tests/eval/`, `tests/ingest/test_html_benchmark.py`), one dict or
constant at the top of each test. A floor may be raised when a change lifts the score, to the new score
rounded down to the nearest 0.05, in the same commit as the change. It is never lowered to make a change
pass; lowering one needs its own commit saying why (a corrected gold file, a changed metric)."""


def run(shared: Path, sections: tuple[Section, ...] = SECTIONS) -> str:
    """Run every section whose data is under ``shared`` and return the whole page as Markdown."""
    import sitroom
    from sitroom.nlp import describe
    from sitroom.options import DEFAULT_MODEL

    parts = [
        "# Quality",
        "",
        f"Written by `make eval` with sitroom {sitroom.__version__} and the model {describe(DEFAULT_MODEL)}.",
    ]
    for section in sections:
        parts += ["", f"## {section.title}", ""]
        parts += [
            f"- Data set: {section.dataset}.",
            f"- Metric: {section.metric}.",
            f"- Anchor: {section.anchor}.",
            "",
        ]
        parts.append(_body(section, shared))
    parts += ["", NOTE]
    return "\n".join(parts).rstrip() + "\n"


def _body(section: Section, shared: Path) -> str:
    if section.data is not None and not (shared / section.data).exists():
        return f"skipped: {(shared / section.data).as_posix()} not found"
    module = importlib.import_module(section.module)
    figures = getattr(module, section.evaluate)(shared)
    if figures is None:
        where = (shared / section.data).as_posix() if section.data else "its data"
        return f"skipped: {where} not found"
    render = section.render or getattr(module, section.markdown)
    return render(figures).strip()


def write(shared: Path, out: Path, sections: tuple[Section, ...] = SECTIONS) -> str:
    """Run the evaluations and write the page to ``out``; returns the page."""
    page = run(shared, sections)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf8")
    return page
