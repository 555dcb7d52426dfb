"""Screenshots of the situation room for the README: the front, story, actor and article pages.

The store is the bundled demo corpus (``sitroom/demo/corpus``) added with ``sitroom add``, as a whole
process, into a temporary folder (from the corpus's parent folder, so each article's source reads
``corpus/…``); ``sitroom serve`` serves it on a free loopback port (as
:func:`eval.serve_bench.served` starts it). Debian's chromium (``/usr/bin/chromium``), headless, driven
by Selenium through Debian's driver (``/usr/bin/chromedriver``), opens each page in a window 1280 px
wide at a device scale of 1, sets the window's height so the viewport holds the whole page (its
root element's height, at most :data:`MAX_HEIGHT` px) and saves the viewport as a PNG:

- ``front.png``: ``/``;
- ``story.png``: ``/stories/s1``;
- ``actor.png``: ``/actors/Alexis%20Tsipras``;
- ``article.png``: the article page with a span marked, reached by following the story page's first
  overview sentence (``#overview a.sentence``), or, while the overview is empty, its first link to a
  marked span (``?mark=``), or else its first article.

Both paths are given to Selenium, so Selenium Manager is skipped and nothing is downloaded. Scroll bars
are hidden and the article page waits for its marked span's flash to end, so runs give the same images.

``python -m eval.screenshots --out docs/screenshots`` (``make screenshots``).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from eval.serve_bench import ServeBenchError, served

CHROMIUM = Path("/usr/bin/chromium")
DRIVER = Path("/usr/bin/chromedriver")
WIDTH = 1280
MAX_HEIGHT = 3000
FLASH = 2.6  # seconds: the marked span flashes twice for 1.2 s (site.css)
PAGES = {
    "front": "/",
    "story": "/stories/s1",
    "actor": "/actors/Alexis%20Tsipras",
}
# Where the article screenshot comes from, in order of preference (CSS selectors on the story page).
ARTICLE_LINKS = ("#overview a.sentence", "a[href*='?mark=']", "a[href^='/articles/']")


class ScreenshotError(RuntimeError):
    """The browser, its driver, the store or a page could not be had; the message says which."""


def build_demo_store(folder: Path) -> Path:
    """The demo corpus added to a new store in ``folder`` by ``sitroom add`` (a whole process)."""
    store = folder / "demo.db"
    script = Path(sys.executable).parent / "sitroom"
    command = [str(script)] if script.is_file() else [sys.executable, "-m", "sitroom"]
    # Added by its relative name from its parent folder, so the pages show ``corpus/…`` as each
    # article's source, not where the package happens to be on this machine.
    with as_file(files("sitroom.demo") / "corpus") as corpus:
        done = subprocess.run(
            [*command, "add", corpus.name, "--store", str(store.resolve()), "--quiet"],
            cwd=corpus.parent,
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode != 0:
        raise ScreenshotError(f"sitroom add of the demo corpus failed:\n{done.stderr.strip()}")
    return store


@contextmanager
def browser(*, chromium: Path = CHROMIUM, driver: Path = DRIVER) -> Iterator[Any]:
    """Headless chromium under Selenium, 1280 px wide, closed when the block ends."""
    missing = [str(path) for path in (chromium, driver) if not path.is_file()]
    if missing:
        raise ScreenshotError(
            f"not found: {', '.join(missing)} (Debian's chromium and chromium-driver; scripts/ensure-browser "
            "installs them)"
        )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(chromium)
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        f"--window-size={WIDTH},900",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    session = webdriver.Chrome(service=Service(str(driver)), options=options)
    session.set_page_load_timeout(60)
    try:
        yield session
    finally:
        session.quit()


def shoot(session: Any, address: str, target: Path, *, wait: float = 0.0, to_top: bool = True) -> list[str]:
    """Open ``address`` and save the whole page (up to :data:`MAX_HEIGHT` px) as the PNG ``target``;
    returns the console's warnings and errors."""
    session.get(address)
    _fit(session)
    if to_top:
        session.execute_script("window.scrollTo(0, 0)")
    if wait:
        time.sleep(wait)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not session.save_screenshot(str(target)):
        raise ScreenshotError(f"the browser could not save {target}")
    return [
        entry["message"] for entry in session.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")
    ]


def take(out: Path, say: Callable[[str], None] | None = None) -> dict[str, Path]:
    """Build the demo store, serve it and save the four screenshots into ``out``; returns them by name."""
    tell = say or (lambda _message: None)
    saved: dict[str, Path] = {}
    with tempfile.TemporaryDirectory(prefix="sitroom-shots-") as tmp:
        store = build_demo_store(Path(tmp))
        with served(store, Path(tmp)) as server, browser() as session:
            for name, path in PAGES.items():
                saved[name] = out / f"{name}.png"
                _report(tell, name, path, shoot(session, server.address + path, saved[name]))
            session.get(server.address + PAGES["story"])
            href, selector = _article_link(session)
            saved["article"] = out / "article.png"
            problems = shoot(session, href, saved["article"], wait=FLASH, to_top=False)
            where = href.removeprefix(server.address)
            _report(tell, "article", f"{where} (followed {selector})", problems)
    return saved


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.screenshots", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"), help="folder for the PNGs")
    args = parser.parse_args(argv)
    try:
        saved = take(args.out, say=_progress)
    except (ScreenshotError, ServeBenchError) as error:
        print(f"screenshots: error: {error}", file=sys.stderr)
        return 1
    for path in saved.values():
        print(path)
    return 0


def _fit(session: Any) -> None:
    """Make the viewport 1280 px wide and as tall as the page (capped), measuring twice: a taller
    window can change the page's height. The page's height is its root element's, not its
    ``scrollHeight``, which is never less than the window's."""
    for _ in range(2):
        inner, outer, page = session.execute_script(
            "return [window.innerHeight, window.outerHeight,"
            " Math.ceil(document.documentElement.getBoundingClientRect().height)];"
        )
        height = min(page, MAX_HEIGHT)
        if inner == height:
            break
        session.set_window_size(WIDTH, height + max(outer - inner, 0))


def _article_link(session: Any) -> tuple[str, str]:
    """The address of the story page's link to follow to an article page, and the selector that found
    it."""
    from selenium.webdriver.common.by import By

    for selector in ARTICLE_LINKS:
        found = session.find_elements(By.CSS_SELECTOR, selector)
        if found:
            return found[0].get_attribute("href"), selector
    raise ScreenshotError("the story page links to no article")


def _report(tell: Callable[[str], None], name: str, where: str, problems: list[str]) -> None:
    tell(f"{name}: {where}" + "".join(f"\n  console: {p}" for p in problems))


def _progress(message: str) -> None:
    print(f"screenshots: {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
