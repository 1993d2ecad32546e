"""A real headless Chromium (Debian's ``chromium`` + ``chromium-driver``) for the view tests.

The browser is started offline-minded: no background networking, QUIC, component updates,
sync or first-run work, and a fresh profile. Its performance log carries every CDP
``Network.*`` event, so a test can prove that a page requested nothing over the network.

Outside CI a missing browser skips the browser tests with the reason; under ``CI=true`` it
is a failure (CI's set-up must install it: ``apt-get install chromium chromium-driver``).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(os.environ.get("KG_ARTIFACTS", ROOT / "artifacts"))

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
DRIVER_CANDIDATES = ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")

CHROME_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
    "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-default-apps",
    "--disable-extensions", "--disable-dev-shm-usage", "--window-size=1400,900", "--hide-scrollbars",
    "--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider",
    "--metrics-recording-only", "--no-default-browser-check", "--password-store=basic",
)


def _first(paths, env) -> str | None:
    if os.environ.get(env):
        return os.environ[env]
    return next((p for p in paths if Path(p).exists()), None) or shutil.which(Path(paths[0]).name)


def find_browser() -> tuple[str | None, str | None]:
    """``(chromium, chromedriver)`` paths, or None for what is missing (``$KG_CHROMIUM``/``$KG_CHROMEDRIVER`` win)."""
    return _first(CHROMIUM_CANDIDATES, "KG_CHROMIUM"), _first(DRIVER_CANDIDATES, "KG_CHROMEDRIVER")


def require_browser() -> tuple[str, str]:
    """The browser paths; skip (or fail under CI) when they are missing or selenium is absent."""
    chromium, driver = find_browser()
    problem = None
    try:
        import selenium  # noqa: F401
    except ImportError:
        problem = "selenium is not installed (pip install -e '.[test]')"
    if problem is None and not (chromium and driver):
        problem = ("headless Chromium is not installed: apt-get install chromium chromium-driver "
                   f"(looked for {', '.join(CHROMIUM_CANDIDATES)} and {', '.join(DRIVER_CANDIDATES)})")
    if problem:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI needs the browser tests to run: {problem}")
        pytest.skip(problem)
    return chromium, driver


@dataclass
class Browser:
    """A selenium Chrome driver plus helpers to read what the page did."""

    driver: object
    profile: str
    _perf: list = field(default_factory=list)

    def open(self, path: Path, *, timeout: float = 60.0,
             ready: str = "return !!(window.KG && window.KG.stable)") -> float:
        """Load *path*, wait until *ready* (by default: the view says it is stable); return seconds taken."""
        self.drain()
        start = time.perf_counter()
        self.driver.get(Path(path).resolve().as_uri())
        self.wait_for(ready, timeout=timeout)
        return time.perf_counter() - start

    def wait_for(self, script: str, *, timeout: float = 30.0, interval: float = 0.05):
        deadline = time.monotonic() + timeout
        while True:
            value = self.driver.execute_script(script)
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"page never satisfied: {script}; console: {self.console()}")
            time.sleep(interval)

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def drain(self) -> None:
        """Forget console and network events seen so far."""
        self.driver.get_log("browser")
        self.driver.get_log("performance")

    def console(self) -> list[dict]:
        return self.driver.get_log("browser")

    def console_errors(self) -> list[dict]:
        return [e for e in self.console() if e.get("level") in ("SEVERE", "ERROR")]

    def network_events(self) -> list[dict]:
        """The CDP ``Network.*`` events since the last drain (``method`` and ``params``)."""
        events = []
        for entry in self.driver.get_log("performance"):
            msg = json.loads(entry["message"])["message"]
            if msg.get("method", "").startswith("Network."):
                events.append(msg)
        return events

    def requested_urls(self, events: list[dict] | None = None) -> list[str]:
        """Every URL the page asked the network stack for since the last drain (even if then blocked)."""
        urls = []
        for msg in self.network_events() if events is None else events:
            if msg["method"] == "Network.requestWillBeSent":
                urls.append(msg["params"]["request"]["url"])
            elif msg["method"] == "Network.webSocketCreated":
                urls.append(msg["params"]["url"])
        return urls

    def screenshot(self, name: str) -> Path:
        path = ARTIFACTS / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if not self.driver.save_screenshot(str(path)):
            raise OSError(f"could not save the screenshot {path}")
        return path


def start_browser() -> Browser:
    """Start headless Chromium through chromedriver with a fresh, throw-away profile."""
    chromium, driver_path = require_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    options.add_experimental_option("perfLoggingPrefs", {"enableNetwork": True, "enablePage": False})
    service = Service(executable_path=driver_path, log_output=os.devnull)
    drv = webdriver.Chrome(service=service, options=options)
    drv.set_page_load_timeout(120)
    drv.set_script_timeout(60)
    return Browser(drv, profile)


def stop_browser(browser: Browser) -> None:
    try:
        browser.driver.quit()
    finally:
        shutil.rmtree(browser.profile, ignore_errors=True)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session."""
    b = start_browser()
    try:
        yield b
    finally:
        stop_browser(b)
