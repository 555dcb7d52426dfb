"""Cleaning scraped text: web furniture goes, article text stays, encodings and spacing are repaired."""

from __future__ import annotations

import pytest

from sitroom.ingest.clean import clean_text, is_furniture, repair

BEFORE = "The council met on Monday to discuss the harbour."
AFTER = "Its decision is expected next week."


@pytest.mark.parametrize(
    "line",
    [
        "Please use Chrome browser for a more accessible video player",
        "Please use a different browser to watch this video",
        "Video unavailable",
        "Your browser does not support the audio element.",
        "Image: A crane stands idle at the container terminal on Tuesday",
        "Image caption: Dockers gather outside the port gates",
        "Photo: Getty Images",
        "Getty Images",
        "Reuters",
        "Related Topics: Shipping, Strikes, Trade unions",
        "Related Topics",
        "Related: Port strike enters second week",
        "More on Greece",
        "More on the harbour strike",
        "More stories",
        "Read more: Dockers reject pay offer",
        "See also: How the port works",
        "You may also like...",
        "Most read in world news",
        "Share this article",
        "Share",
        "Share this story with a friend",
        "Share on Facebook",
        "- Share this article",
        "• Advertisement",
        "Click here to subscribe",
        "Subscribe now",
        "Subscribe to The Coastal Ledger",
        "Sign up for our daily newsletter",
        "Sign up for our newsletter and get the morning briefing in your inbox.",
        "Get the top stories delivered to your inbox every morning by subscribing to our newsletter.",
        "Thanks for signing up!",
        "Follow us on Twitter",
        "Follow the Coastal Ledger on Instagram and Facebook.",
        "Advertisement",
        "ADVERTISEMENT",
        "Skip to main content",
        "Listen to this article",
        "4 min read",
        "Comments",
        "Explore further",
        "Filed under: Shipping |",
        "Write to Mara Lindqvist at mara@ledger.example.org",
        "(Reporting by Anna Berg; Editing by Tom Hale)",
        "Reporting by Anna Berg in Vellmar; editing by Tom Hale",
        "Additional reporting by Jonas Falk",
        "Jonas Falk contributed reporting from Skellan.",
        "Associated Press writer Ines Moll contributed to this report.",
        "Dockers told the port will close 02:51",
    ],
)
def test_furniture_line_is_removed(line: str) -> None:
    assert is_furniture(line)
    assert clean_text(f"{BEFORE}\n\n{line}\n\n{AFTER}") == f"{BEFORE}\n\n{AFTER}"


@pytest.mark.parametrize(
    "paragraph",
    [
        "More on that later, the minister said.",
        "More on the strike: the union will vote again on Friday.",
        "Image rights are a growing business for football clubs.",
        "Photographs taken at the scene show the crane on its side.",
        "Share prices fell 3% on Monday.",
        "Share the burden, the union told the port authority.",
        "Shares in the port operator rose after the talks.",
        "Sign up rates for the apprenticeship scheme fell by a third.",
        "Sign up for the draft was heavy this year, officials said.",
        "Subscribers to the newsletter rose to 20,000 in March.",
        "Advertisement revenue fell for the third year running.",
        "Follow the money, the auditor said, and you find the contractor.",
        "Related talks in Skellan ended without a deal.",
        "Reporting by the Coastal Ledger showed the rotas had never been agreed.",
        "Click rates on the council's website doubled during the strike.",
        "Comments by the mayor angered the union.",
        "Video footage showed police clearing the gates.",
        "Readers wrote in their hundreds to complain.",
        "Updates to the rota were posted on Friday.",
        "The second shift starts at 10:30",
    ],
)
def test_paragraph_that_looks_like_furniture_is_kept(paragraph: str) -> None:
    assert not is_furniture(paragraph)
    assert clean_text(f"{BEFORE}\n\n{paragraph}\n\n{AFTER}") == f"{BEFORE}\n\n{paragraph}\n\n{AFTER}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the player's own headline follows its notice and goes with it
            f"{BEFORE}\n\nPlease use Chrome browser for a more accessible video player\n\n"
            f"Dockers walk out over rotas\n\n{AFTER}",
            f"{BEFORE}\n\n{AFTER}",
        ),
        (  # a sentence after the notice is article text
            f"{BEFORE}\n\nPlease use Chrome browser for a more accessible video player\n\n"
            f"The union said talks had stalled.\n\n{AFTER}",
            f"{BEFORE}\n\nThe union said talks had stalled.\n\n{AFTER}",
        ),
        (  # a caption is not a player: the subheading under it is kept
            f"{BEFORE}\n\nVideo: Dockers march through the town centre\n\nWhat the union wants\n\n{AFTER}",
            f"{BEFORE}\n\nWhat the union wants\n\n{AFTER}",
        ),
    ],
)
def test_video_player_headline_goes_with_its_notice(text: str, expected: str) -> None:
    assert clean_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dockers donâ€™t want a new rota.", "The dockers don’t want a new rota."),
        ("â€œWe stay out,â€\x9d she said.", "“We stay out,” she said."),
        ("“We stay out,” she said, ‘until they talk’.", "“We stay out,” she said, ‘until they talk’."),
        ("Caf\u00e9 owners near the port", "Caf\u00e9 owners near the port"),
        ("Cafe\u0301 owners near the port", "Caf\u00e9 owners near the port"),  # NFC
    ],
)
def test_repair_fixes_mojibake_keeps_curly_quotes_and_composes(text: str, expected: str) -> None:
    assert repair(text) == expected
    assert clean_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The  port\u00a0authority \t said no.", "The port authority said no."),
        ("   The port reopened.   ", "The port reopened."),
        ("The port\u200b re\u200bopened.", "The port reopened."),
        ("First paragraph.\r\n\r\nSecond paragraph.", "First paragraph.\n\nSecond paragraph."),
        ("First paragraph.\n\n\n\n\nSecond paragraph.", "First paragraph.\n\nSecond paragraph."),
        ("First paragraph.\n  \n\t\nSecond paragraph.", "First paragraph.\n\nSecond paragraph."),
        ("First paragraph.\nSecond paragraph.", "First paragraph.\n\nSecond paragraph."),
    ],
)
def test_whitespace_is_normalised_and_paragraphs_take_one_blank_line(text: str, expected: str) -> None:
    assert clean_text(text) == expected


WRAPPED = (
    "Container ships queued outside the port of Vellmar on Tuesday as a\n"
    "strike by dock workers entered its second week, with no talks between\n"
    "the union and the port authority, and freight companies began to send\n"
    "their cargo to other harbours."
)
JOINED = " ".join(WRAPPED.split("\n"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (WRAPPED, JOINED),
        (f"{WRAPPED}\n\n{BEFORE}", f"{JOINED}\n\n{BEFORE}"),
        (  # a sentence broken mid-way continues in lower case
            "The union said the new rotas\nwere never agreed with its members.",
            "The union said the new rotas were never agreed with its members.",
        ),
        (  # a heading over its paragraph is not a broken sentence
            "What the union wants\nThe union wants a pay rise.",
            "What the union wants\n\nThe union wants a pay rise.",
        ),
    ],
)
def test_hard_wrapped_paragraphs_are_rejoined(text: str, expected: str) -> None:
    assert clean_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        WRAPPED,  # lines of similar length are paragraphs of their own in HTML text
        "What the union wants\nthree things, listed below.",
    ],
)
def test_html_text_lines_stay_paragraphs(text: str) -> None:
    assert clean_text(text, unwrap=False) == text.replace("\n", "\n\n")
