"""Comparisons across outlets: same quantity agree or differ, time arithmetic that does not add up."""

from __future__ import annotations

from sitroom.link.comparisons import compare
from sitroom.types import Article, Extraction, Figure, FigureRecord, Time, TimeRecord

TEXT_A = "Officials said 100,000 troops massed at the border near the river crossing."
TEXT_B = "More than 1,00,000 troops were massed at the border, the ministry said."
TEXT_C = "About 40,000 troops massed at the border by the river crossing, witnesses said."


def article(
    article_id: str, text: str, published: str | None = "2022-01-20", outlet: str | None = None
) -> Article:
    return Article(id=article_id, source=f"{article_id}.txt", text=text, published=published, outlet=outlet)


def figure(article_id: str, text: str, whole: str, value: float, qualifier: str = "exact") -> Figure:
    start = whole.index(text)
    return Figure(
        f"{article_id}/f1", article_id, start, start + len(text), text, value, None, None, "troop", qualifier
    )


def extraction(
    article_id: str, context: tuple[str, ...], *, times: tuple[TimeRecord, ...] = ()
) -> Extraction:
    record = FigureRecord(0, 1, 0, None, None, "troop", "exact", context=context)
    return Extraction(article_id, figures=(record,), times=times)


def test_the_same_count_in_two_outlets_agrees_across_a_qualifier() -> None:
    articles = [article("a", TEXT_A, outlet="Herald"), article("b", TEXT_B, outlet="Wire")]
    figures = [
        figure("a", "100,000", TEXT_A, 100000),
        figure("b", "More than 1,00,000", TEXT_B, 100000, "more_than"),
    ]
    extractions = [extraction("a", ("border", "crossing")), extraction("b", ("border", "ministry"))]
    [comparison] = compare(articles, extractions, figures, [])
    assert (comparison.kind, comparison.verdict, comparison.items) == ("figure", "agree", ("a/f1", "b/f1"))
    assert "Herald" in comparison.note and "Wire" in comparison.note


def test_an_about_figure_differs_from_one_outside_its_stretch() -> None:
    articles = [article("a", TEXT_A), article("c", TEXT_C)]
    figures = [figure("a", "100,000", TEXT_A, 100000), figure("c", "About 40,000", TEXT_C, 40000, "about")]
    extractions = [extraction("a", ("border", "crossing")), extraction("c", ("border", "crossing"))]
    assert compare(articles, extractions, figures, []) == ()  # 40,000 and 100,000 are different quantities


def test_close_figures_about_the_same_thing_differ() -> None:
    text = "About 90,000 troops massed at the border by the river crossing, witnesses said."
    articles = [article("a", TEXT_A), article("c", text)]
    figures = [figure("a", "100,000", TEXT_A, 100000), figure("c", "About 90,000", text, 90000, "about")]
    extractions = [extraction("a", ("border", "crossing")), extraction("c", ("border", "crossing"))]
    [comparison] = compare(articles, extractions, figures, [])
    assert comparison.verdict == "differ"


def test_figures_about_different_things_are_not_compared() -> None:
    text = "Some 95,000 troops marched in the parade."
    articles = [article("a", TEXT_A), article("b", text)]
    figures = [figure("a", "100,000", TEXT_A, 100000), figure("b", "Some 95,000", text, 95000, "about")]
    extractions = [extraction("a", ("parade",)), extraction("b", ("census",))]
    assert compare(articles, extractions, figures, []) == ()


def test_the_very_same_large_amount_is_compared_however_the_sentences_differ() -> None:
    articles = [article("a", TEXT_A), article("b", TEXT_B)]
    figures = [
        figure("a", "100,000", TEXT_A, 100000),
        figure("b", "More than 1,00,000", TEXT_B, 100000, "more_than"),
    ]
    extractions = [extraction("a", ("parade",)), extraction("b", ("census",))]
    [comparison] = compare(articles, extractions, figures, [])
    assert comparison.verdict == "agree"


def test_figures_of_one_article_are_not_compared_with_each_other() -> None:
    articles = [article("a", TEXT_A)]
    one = figure("a", "100,000", TEXT_A, 100000)
    two = Figure("a/f2", "a", 0, 9, "Officials", 90000, counts="troop")
    extractions = [
        Extraction(
            "a", figures=(FigureRecord(0, 1, 0, None, None, "troop", "exact", context=("border",)),) * 2
        )
    ]
    assert compare(articles, extractions, [one, two], []) == ()


def test_years_after_an_event_that_another_outlet_dates_differently_are_inconsistent() -> None:
    text_a = "Seven years after he invaded Crimea, the president is massing troops again."
    text_b = "The annexation of Crimea in 2014 was never recognised."
    articles = [article("a", text_a, "2022-01-20"), article("b", text_b, "2022-01-21")]
    start = text_a.index("Seven years")
    duration = TimeRecord(start, start + 11, "duration", "P7Y", "year", context=("crimea", "president"))
    year_at = text_b.index("2014")
    year = TimeRecord(year_at, year_at + 4, "date", "2014", "year", context=("annexation", "crimea"))
    times = [
        Time("a/t1", "a", start, start + 11, "Seven years", "duration", "P7Y", "year"),
        Time("b/t1", "b", year_at, year_at + 4, "2014", "date", "2014", "year"),
    ]
    extractions = [Extraction("a", times=(duration,)), Extraction("b", times=(year,))]
    [comparison] = compare(articles, extractions, [], times)
    assert (comparison.kind, comparison.verdict, comparison.items) == (
        "arithmetic",
        "inconsistent",
        ("a/t1", "b/t1"),
    )
    assert "2015" in comparison.note and "2014" in comparison.note
