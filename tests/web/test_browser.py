"""The situation room in a real browser: Debian's chromium, headless, driven by Selenium through
chromium-driver, against ``sitroom serve`` running as a user starts it.

``make test`` installs chromium where it is missing and sets ``SITROOM_REQUIRE_BROWSER``, so there these
tests fail rather than skip when no browser can be found; elsewhere they skip with the reason.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def server(demo_store: Path) -> Iterator[str]:
    """``sitroom serve`` on a free loopback port, as a separate process."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "sitroom", "serve", "--store", str(demo_store), "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    address = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(address, process)
        yield address
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    if not (CHROMIUM and DRIVER):
        message = "chromium and chromium-driver are not installed (`make test` installs them)"
        if os.environ.get("SITROOM_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def _wait_until_up(address: str, process: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"sitroom serve stopped: {process.stderr.read().decode()}")  # type: ignore[union-attr]
        try:
            with urllib.request.urlopen(address + "/", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("sitroom serve did not answer in time")


def _wait_for_page(driver, address_part: str) -> None:  # type: ignore[no-untyped-def]
    """Wait until a click or a submitted form has loaded the page whose address holds ``address_part``:
    the driver does not always wait for a navigation it did not start with ``get``."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 20).until(
        lambda d: (
            address_part in d.current_url and d.execute_script("return document.readyState") == "complete"
        )
    )


def _problems(driver) -> list[str]:  # type: ignore[no-untyped-def]
    """Console messages at warning level or worse (CSP violations, script errors, failed loads)."""
    return [
        entry["message"] for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")
    ]


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/stories/s1",
        "/actors/Alexis%20Tsipras",
        "/articles/04_varoufakis_resigns",
        "/search?q=referendum",
        "/docs",
    ],
)
def test_every_page_loads_with_no_console_error(browser, server: str, path: str) -> None:  # type: ignore[no-untyped-def]
    browser.get(server + path)
    assert browser.title.endswith("sitroom")
    assert _problems(browser) == []


def test_a_click_on_an_overview_sentence_scrolls_to_and_marks_its_span(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    browser.get(server + "/stories/s1")
    sentence = browser.find_elements(By.CSS_SELECTOR, "#overview a.sentence")[-1]
    words = sentence.text
    sentence.click()
    _wait_for_page(browser, "?mark=")
    marked = browser.find_elements(By.CSS_SELECTOR, ".text .k-mark")
    assert "".join(m.get_attribute("textContent") for m in marked).strip() == words.strip()
    first = browser.find_element(By.ID, "mark")
    inside = browser.execute_script(
        "const box = arguments[0].getBoundingClientRect();"
        "return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;",
        first,
    )
    assert inside, "the marked span is not scrolled into view"
    colour = first.value_of_css_property("background-color")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    assert _problems(browser) == []


def test_search_from_the_box_finds_a_quotation(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(server + "/")
    box = browser.find_element(By.CSS_SELECTOR, "header input[type=search]")
    box.send_keys("creditors", Keys.ENTER)
    _wait_for_page(browser, "/search?")
    hits = browser.find_elements(By.CSS_SELECTOR, "#quotes ol.results li")
    assert hits, "no quotation found for 'creditors'"
    assert browser.find_elements(By.CSS_SELECTOR, "#quotes mark")
    hits[0].find_element(By.CSS_SELECTOR, "a").click()
    _wait_for_page(browser, "?mark=")
    assert browser.find_element(By.ID, "mark").is_displayed()


def test_the_map_and_the_network_are_drawn(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    browser.get(server + "/stories/s1")
    for selector, parts in (("#map svg", "path"), ("#network svg", "circle")):
        drawing = browser.find_element(By.CSS_SELECTOR, selector)
        assert drawing.size["width"] > 300 and drawing.size["height"] > 150
        assert len(drawing.find_elements(By.CSS_SELECTOR, parts)) >= 3


def test_the_article_filters_hide_and_show_a_kind_of_mark(browser, server: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    browser.get(server + "/articles/04_varoufakis_resigns")
    quote = browser.find_element(By.CSS_SELECTOR, ".text .k-quote")
    shaded = quote.value_of_css_property("background-color")
    browser.find_element(By.CSS_SELECTOR, "input[data-kind=quote]").click()
    assert quote.value_of_css_property("background-color") != shaded
