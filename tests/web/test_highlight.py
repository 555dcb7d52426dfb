"""An article's text with its items marked: overlaps, the followed span, links and exact text."""

from __future__ import annotations

import re
from html import unescape

from sitroom.web.highlight import Note, marked_text

TEXT = 'Mr Tsipras said: "We will win." <b>\r\nNext'


def plain(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


def test_the_page_text_equals_the_article_text() -> None:
    notes = [Note(3, 10, "mention", "Alexis Tsipras (PERSON)", "/actors/Alexis%20Tsipras")]
    assert plain(str(marked_text(TEXT, notes))) == TEXT


def test_overlapping_items_are_cut_into_segments_carrying_every_kind() -> None:
    notes = [Note(0, 10, "mention", "Tsipras"), Note(3, 30, "quote", "quote"), Note(18, 22, "event", "e")]
    html = str(marked_text(TEXT, notes))
    assert 'class="k-mention k-quote"' in html
    assert 'class="k-event k-quote"' in html
    assert plain(html) == TEXT


def test_a_mention_links_to_its_actor_and_each_item_has_an_anchor() -> None:
    html = str(marked_text(TEXT, [Note(3, 10, "mention", "x", "/actors/Alexis%20Tsipras")]))
    assert '<a href="/actors/Alexis%20Tsipras">Tsipras</a>' in html
    assert 'id="mention-3-10"' in html


def test_the_followed_span_is_marked_once_with_its_anchor() -> None:
    html = str(marked_text(TEXT, [Note(5, 12, "quote", "q")], mark=(3, 15)))
    assert html.count('id="mark"') == 1
    marked = re.findall(r'<span class="[^"]*k-mark[^"]*"[^>]*>(.*?)</span>', html)
    assert plain("".join(marked)) == TEXT[3:15]


def test_a_span_outside_the_text_marks_nothing() -> None:
    assert 'id="mark"' not in str(marked_text(TEXT, [], mark=(30, 999)))


def test_markup_in_the_text_and_labels_is_escaped_and_a_carriage_return_kept() -> None:
    html = str(marked_text(TEXT, [Note(32, 35, "figure", '"><script>')]))
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert "<script>" not in html
    assert "&#13;" in html
