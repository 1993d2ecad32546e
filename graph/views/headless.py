"""A real headless Chromium (Debian's ``chromium`` + ``chromium-driver``) to measure and test the views.

The browser is started offline-minded: no background networking, QUIC, component updates,
sync or first-run work, and a fresh profile. Its performance log carries every CDP
``Network.*`` event, so a caller can prove that a page requested nothing over the network.
Used by the browser tests (``tests/browser_support.py``) and ``scripts/bench_render.py``;
it needs selenium (the test extra) and the Debian packages ``chromium chromium-driver``.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "CHROME_FLAGS",
    "CHROMIUM_CANDIDATES",
    "DRIVER_CANDIDATES",
    "Browser",
    "find_browser",
    "first_existing",
    "launch",
    "start_browser",
    "stop_browser",
]

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
DRIVER_CANDIDATES = ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")

CHROME_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--window-size=1400,900",
    "--hide-scrollbars",
    "--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider",
    "--metrics-recording-only",
    "--no-default-browser-check",
    "--password-store=basic",
)


def first_existing(paths: tuple[str, ...], env: str) -> str | None:
    """``$env`` when set, else the first of *paths* that exists, else the first name found on ``PATH``."""
    if os.environ.get(env):
        return os.environ[env]
    return next((p for p in paths if Path(p).exists()), None) or shutil.which(Path(paths[0]).name)


def find_browser() -> tuple[str | None, str | None]:
    """``(chromium, chromedriver)`` paths, or None for what is missing (``$KG_CHROMIUM``/``$KG_CHROMEDRIVER`` win)."""
    return first_existing(CHROMIUM_CANDIDATES, "KG_CHROMIUM"), first_existing(DRIVER_CANDIDATES, "KG_CHROMEDRIVER")


@dataclass
class Browser:
    """A selenium Chrome driver plus helpers to read what the page did."""

    driver: Any
    profile: str
    artifacts: Path = Path("artifacts")
    _perf: list = field(default_factory=list)

    def open(
        self, path: Path, *, timeout: float = 60.0, ready: str = "return !!(window.KG && window.KG.stable)"
    ) -> float:
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
        path = self.artifacts / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if not self.driver.save_screenshot(str(path)):
            raise OSError(f"could not save the screenshot {path}")
        return path


def launch(chromium: str, driver_path: str, *, artifacts: Path = Path("artifacts")) -> Browser:
    """Start headless Chromium through chromedriver with a fresh, throw-away profile."""
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
    return Browser(drv, profile, artifacts)


def start_browser(*, artifacts: Path = Path("artifacts")) -> Browser:
    """:func:`launch` the browser :func:`find_browser` finds; :class:`RuntimeError` naming what is missing."""
    chromium, driver = find_browser()
    if not (chromium and driver):
        raise RuntimeError(
            "headless Chromium is not installed: apt-get install chromium chromium-driver "
            f"(looked for {', '.join(CHROMIUM_CANDIDATES)} and {', '.join(DRIVER_CANDIDATES)})"
        )
    return launch(chromium, driver, artifacts=artifacts)


def stop_browser(browser: Browser) -> None:
    """Quit the browser and remove its profile."""
    try:
        browser.driver.quit()
    finally:
        shutil.rmtree(browser.profile, ignore_errors=True)
