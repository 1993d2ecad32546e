"""Screenshots of the full-screen review for the docs: ingest the test article into a copy of the
test dataset, play a few keys, save SVG screenshots (and PNGs with headless Chromium when present).

    .venv/bin/python scripts/screenshot_review.py [--out docs/img]
"""

from __future__ import annotations

import argparse
import asyncio
import math
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from graph.extract.ingest import ingest_file
from graph.review import ReviewSession
from graph.tui.review_app import ReviewApp

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures" / "ingest"
SIZE = (130, 38)


async def play(app: ReviewApp, out: Path) -> list[Path]:
    shots = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for key in ("a", "a", "r", "r"):  # two entities accepted, two rejected
            await pilot.press(key)
        while app.current["claim"]["predicate"] != "SUPPLIES":
            await pilot.press("down")
        await pilot.pause()
        shots.append(Path(app.save_screenshot("review-claim.svg", str(out))))
        await pilot.press("e", *"subj", "right", *"Pyo")  # a field name completed, then an entity name
        await pilot.pause()
        shots.append(Path(app.save_screenshot("review-edit.svg", str(out))))
        await pilot.press("escape")
    return shots


def to_png(svg: Path) -> Path | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        return None
    png = svg.with_suffix(".png")
    box = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg.read_text(encoding="utf-8"))
    width, height = (math.ceil(float(box[1])), math.ceil(float(box[2]))) if box else (1340, 1010)
    subprocess.run(
        [
            browser,
            "--headless",
            "--disable-gpu",
            "--no-sandbox",
            "--hide-scrollbars",
            f"--window-size={width},{height}",
            f"--screenshot={png}",
            svg.resolve().as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return png


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(FIX / "data", data)
        draft = ingest_file(FIX / "article_it.txt", data).draft_path
        with ReviewSession(draft) as session:
            shots = asyncio.run(play(ReviewApp(session), args.out))
    for svg in shots:
        png = to_png(svg)
        print(svg, png or "(no chromium: SVG only)")


if __name__ == "__main__":
    main()
