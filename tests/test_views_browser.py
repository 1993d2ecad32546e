"""The views in a real headless Chromium: no console errors, no network, evidence on hover,
filters, search, and hostile text that stays text. Screenshots go to ``artifacts/views/``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph.synth import scale_free_dataset
from graph.views.render import render_views
from views_data import HOSTILE

pytestmark = pytest.mark.browser

#: URL schemes that never leave the machine (the page itself, inline images, the browser's own pages).
LOCAL_SCHEMES = ("file:", "data:", "about:", "chrome:", "chrome-untrusted:", "blob:", "devtools:")


def network_requests(urls: list[str]) -> list[str]:
    return [u for u in urls if not u.startswith(LOCAL_SCHEMES)]


@pytest.fixture(scope="module")
def site(views_dataset, tmp_path_factory):
    out = tmp_path_factory.mktemp("site") / "views"
    return render_views(views_dataset, out, center="Kim Jong Un", depth=1, path=("Putin", "Kursk"), as_of="2024-12")


@pytest.fixture(scope="module")
def hostile_site(hostile_dataset, tmp_path_factory):
    return render_views(hostile_dataset, tmp_path_factory.mktemp("hostile") / "views")


def open_view(browser, page: Path, shot: str | None = None, **kwargs):
    """Load *page*; assert no console error and no network request; save a screenshot."""
    browser.open(page, **kwargs)
    errors = browser.console_errors()
    urls = browser.requested_urls()
    if shot:
        browser.screenshot(f"views/{shot}.png")
    assert errors == [], errors
    assert network_requests(urls) == [], urls
    assert any(u.startswith("file:") for u in urls)  # the log really recorded this load


def page_named(result, name: str) -> Path:
    return next(p for p in result.pages if p.name == name)


def test_every_view_loads_offline_without_errors(browser, site):
    assert len(site.pages) >= 8
    for page, view in zip(site.pages, site.views, strict=False):
        open_view(browser, page, shot=page.stem)
        shown = set(browser.js("return KG.visibleNodeIds()"))
        assert shown == set(view.graph), page.name
        assert browser.js("return KG.edges.length") == view.graph.number_of_edges()
        # the header says what the page is
        assert browser.js("return document.getElementById('kg-title').textContent") == view.title
    # and the index links them all
    open_view(browser, site.index, shot="index", ready="return document.readyState === 'complete'")
    hrefs = browser.js("return Array.from(document.querySelectorAll('a')).map(a => a.getAttribute('href'))")
    assert sorted(hrefs) == sorted(p.name for p in site.pages)


def test_expected_entities_in_ego_and_path(browser, site):
    open_view(browser, page_named(site, "ego-kim-jong-un-depth-1.html"))
    assert set(browser.js("return KG.visibleNodeIds()")) == {"kim-jong-un", "putin", "north-korea"}
    open_view(browser, page_named(site, "path-putin--kursk.html"))
    assert {"putin", "kim-jong-un", "north-korea", "kursk"} <= set(browser.js("return KG.visibleNodeIds()"))
    notes = browser.js("return document.getElementById('kg-notes').textContent")
    assert "Vladimir Putin ←MET_WITH— Kim Jong Un —LEADS→ North Korea —DEPLOYED_TO→ Kursk region" in notes


def edge_id(browser, frm: str, predicate: str, to: str) -> str:
    return browser.js(
        "return KG.data.edges.find(e => e.from === arguments[0] && e.label === arguments[1] "
        "&& e.to === arguments[2]).id",
        frm,
        predicate,
        to,
    )


def hover(browser, point: dict) -> None:
    """Move the real mouse to a point of the network canvas (DOM coordinates)."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    canvas = browser.driver.find_element(By.CSS_SELECTOR, "#kg-net canvas")
    size = canvas.size
    actions = ActionChains(browser.driver)
    actions.move_to_element_with_offset(canvas, 5 - size["width"] // 2, 5 - size["height"] // 2).perform()
    actions.move_to_element_with_offset(
        canvas, int(point["x"] - size["width"] / 2), int(point["y"] - size["height"] / 2)
    ).perform()


def hover_edge(browser, eid: str) -> str:
    hover(browser, browser.js("return KG.edgeDOM(arguments[0])", eid))
    browser.wait_for("return !document.getElementById('kg-tip').hidden", timeout=10)
    return browser.js("return document.getElementById('kg-tip').textContent")


def test_hovering_an_edge_shows_its_quotes(browser, site):
    open_view(browser, page_named(site, "whole-graph.html"))
    tip = hover_edge(browser, edge_id(browser, "kim-jong-un", "MET_WITH", "putin"))
    assert "Kim Jong-un met Vladimir Putin in Pyongyang." in tip
    assert "Kim and Putin met again, sources claim." in tip
    assert "Kim announces more missiles" in tip and "Test Wire" in tip and "2025-01-10" in tip  # document
    assert "credibility 2" in tip and "hedged" in tip
    browser.screenshot("views/whole-graph-hover-edge.png")
    # an attributed claim names its asserter
    tip = hover_edge(browser, edge_id(browser, "north-korea", "DEPLOYED_TO", "kursk"))
    assert "according to National Intelligence Service" in tip and "disagreement" in tip
    # clicking pins the full evidence in the side panel
    browser.js("KG.network.selectEdges([arguments[0]])", edge_id(browser, "north-korea", "DEPLOYED_TO", "kursk"))
    point = browser.js("return KG.edgeDOM(arguments[0])", edge_id(browser, "north-korea", "DEPLOYED_TO", "kursk"))
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(browser.driver).click().perform()
    panel = browser.js("return document.getElementById('kg-panel-body').textContent")
    assert "The NIS says at least 10000 soldiers were sent to the Kursk region." in panel, point
    assert "Some 12000 North Korean soldiers" in panel


def test_hovering_a_node_shows_it(browser, site):
    open_view(browser, page_named(site, "whole-graph.html"))
    hover(browser, browser.js("return KG.nodeDOM('kim-jong-un')"))
    browser.wait_for("return !document.getElementById('kg-tip').hidden", timeout=10)
    tip = browser.js("return document.getElementById('kg-tip').textContent")
    assert "Kim Jong Un" in tip and "Person" in tip and "Kim Jong-un" in tip


def click_filter(browser, group: str, key: str) -> None:
    from selenium.webdriver.common.by import By

    box = browser.driver.find_element(By.CSS_SELECTOR, f'input[data-group="{group}"][data-key="{key}"]')
    browser.js("arguments[0].scrollIntoView()", box)
    box.click()


def test_type_filter_hides_nodes(browser, site):
    open_view(browser, page_named(site, "whole-graph.html"))
    assert {"kim-jong-un", "putin"} <= set(browser.js("return KG.visibleNodeIds()"))
    click_filter(browser, "type", "Person")
    visible = set(browser.js("return KG.visibleNodeIds()"))
    assert "kim-jong-un" not in visible and "putin" not in visible and "russia" in visible
    assert browser.js("return KG.nodes.get('putin').hidden") is True
    assert browser.js("return KG.edges.get(KG.data.edges.find(e => e.from === 'kim-jong-un').id).hidden") is True
    browser.screenshot("views/whole-graph-no-persons.png")
    click_filter(browser, "type", "Person")
    assert {"kim-jong-un", "putin"} <= set(browser.js("return KG.visibleNodeIds()"))


def test_predicate_document_date_and_credibility_filters(browser, site):
    open_view(browser, page_named(site, "whole-graph.html"))
    total = len(browser.js("return KG.visibleEdgeIds()"))
    click_filter(browser, "predicate", "SIGNED")
    assert len(browser.js("return KG.visibleEdgeIds()")) == total - 2
    assert "treaty-2024" not in browser.js("return KG.visibleNodeIds()")  # left without links
    browser.js("document.getElementById('kg-reset').click()")
    assert len(browser.js("return KG.visibleEdgeIds()")) == total
    # only doc-c: one link (Kursk in Russia)
    doc_keys = browser.js("return KG.data.documents.map((d, i) => [d.id, String(i)])")
    for doc, key in doc_keys:
        if doc != "doc-c":
            click_filter(browser, "document", key)
    assert sorted(browser.js("return KG.visibleNodeIds()")) == sorted(
        ["kursk", "russia", "kcna", "nis", "kn-23"]
    )  # plus entities that never had links
    browser.js("document.getElementById('kg-reset').click()")
    # dates: the claims of 2024-06 only (meeting and treaty); undated claims excluded
    from selenium.webdriver.common.by import By

    browser.driver.find_element(By.ID, "kg-undated").click()
    browser.driver.find_element(By.ID, "kg-date-from").send_keys("2024-06")
    browser.driver.find_element(By.ID, "kg-date-to").send_keys("2024-06")
    labels = browser.js("return KG.visibleEdgeIds().map(id => KG.edges.get(id).label).sort()")
    assert labels == ["MET_WITH", "SIGNED", "SIGNED"]  # "2024" may be June 2024: kept, as a partial date
    browser.driver.find_element(By.ID, "kg-date-to").send_keys("-99")
    assert "Use YYYY" in browser.js("return document.getElementById('kg-date-error').textContent")
    browser.js("document.getElementById('kg-reset').click()")
    # credibility: only "1 confirmed"
    for k in "23456":
        click_filter(browser, "credibility", k)
    labels = browser.js("return KG.visibleEdgeIds().map(id => KG.edges.get(id).label).sort()")
    assert labels == ["LEADS", "LOCATED_IN"]
    browser.screenshot("views/whole-graph-credibility-1.png")


def test_search_by_name_or_alias(browser, site):
    from selenium.webdriver.common.by import By

    open_view(browser, page_named(site, "whole-graph.html"))
    box = browser.driver.find_element(By.ID, "kg-search")
    box.send_keys("mosca")  # an Italian alias, any case
    results = browser.js(
        "return Array.from(document.querySelectorAll('#kg-search-results li')).map(li => li.textContent)"
    )
    assert results and results[0].startswith("Russia")
    browser.driver.find_element(By.CSS_SELECTOR, "#kg-search-results li").click()
    assert browser.js("return KG.network.getSelectedNodes()") == ["russia"]
    assert "Russia" in browser.js("return document.getElementById('kg-panel-body').textContent")
    assert browser.js("return KG.search('kim jong-un')")[0].startswith("Kim Jong Un")
    assert browser.js("return KG.search('nobody at all')") == ["no entity matches"]


def test_hostile_quote_is_shown_as_text_and_runs_nothing(browser, hostile_site):
    for page in hostile_site.pages:
        open_view(browser, page, shot=f"hostile-{page.stem}")
        assert browser.js("return [window.__pwned, window.__pwned2]") == [None, None]
        assert browser.js("return document.querySelectorAll('img, a[href^=\"http\"], b').length") == 0
    page = page_named(hostile_site, "document-doc-x.html")
    open_view(browser, page)
    eid = edge_id(browser, "hostile-entity", "MET_WITH", "kim-jong-un")
    tip = hover_edge(browser, eid)
    assert HOSTILE in tip  # exactly, U+2028 included
    browser.screenshot("views/hostile-hover.png")
    browser.js("KG.network.selectEdges([arguments[0]])", eid)
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(browser.driver).click().perform()
    panel = browser.js("return document.getElementById('kg-panel-body').textContent")
    assert HOSTILE in panel and "note: " + HOSTILE in panel and "(" + HOSTILE + ")" in panel  # attribution note
    assert browser.js("return document.querySelectorAll('#kg-panel-body *:not(div):not(span):not(button)').length") == 0
    title = browser.js("return document.title")
    assert "<img src=x" in title and "\u2028" in title  # shown as text, not parsed
    assert browser.js("return [window.__pwned, window.__pwned2, document.querySelectorAll('img').length]") == [
        None,
        None,
        0,
    ]
    assert browser.console_errors() == [] and network_requests(browser.requested_urls()) == []


def test_content_security_policy_blocks_any_fetch(browser, site):
    """Even injected markup could not reach the network: the page's CSP forbids it."""
    open_view(browser, page_named(site, "whole-graph.html"))
    blocked = browser.driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        document.addEventListener('securitypolicyviolation', e => done(e.violatedDirective + ' ' + e.blockedURI));
        const img = document.createElement('img');
        img.src = 'https://example.invalid/pixel.png';
        document.body.appendChild(img);
        setTimeout(() => done('not blocked'), 3000);
    """)
    assert blocked.startswith("img-src") and "example.invalid" in blocked
    browser.console()  # the violation report is expected here; forget it
    events = browser.network_events()
    attempted = {
        m["params"]["requestId"]: m["params"]["request"]["url"]
        for m in events
        if m["method"] == "Network.requestWillBeSent"
    }
    failed = {
        m["params"]["requestId"]: m["params"].get("blockedReason")
        for m in events
        if m["method"] == "Network.loadingFailed"
    }
    assert list(attempted.values()) == ["https://example.invalid/pixel.png"]
    assert all(failed.get(rid) == "csp" for rid in attempted)  # refused before leaving the browser


def test_large_view_is_capped_static_and_stable(browser, tmp_path):
    ds = scale_free_dataset(1200, seed=11)
    result = render_views(ds, tmp_path / "big", cap=1000, standard=False)
    page = result.pages[0]
    seconds = browser.open(page)
    errors, urls = browser.console_errors(), browser.requested_urls()
    browser.screenshot("views/synthetic-1200-capped.png")
    assert errors == [] and network_requests(urls) == []
    assert len(browser.js("return KG.visibleNodeIds()")) == 1000
    assert browser.js("return KG.data.view.physics") is False
    notes = browser.js("return document.getElementById('kg-notes').textContent")
    assert re.search(r"Showing the 1,000 most central of 1,200 entities .*200 left out", notes)
    assert "Entities left out of this view (200)" in notes
    assert browser.js(
        "return KG.search(arguments[0]).some(t => t.includes('left out of this view'))",
        ds.entities[result.views[0].left_out[0]].name,
    )
    assert seconds < 20  # generous: CI machines are shared; the benchmark records the real figure


def test_seed_views(browser, seeds_dataset, tmp_path):
    """The real seed articles: every standard view plus an ego and a path view, in the browser."""
    result = render_views(
        seeds_dataset, tmp_path / "seeds", center="Kim Jong Un", depth=1, path=("Kim Jong Un", "Kursk")
    )
    assert {"whole-graph.html", "ego-kim-jong-un-depth-1.html"} <= {p.name for p in result.pages}
    for page in result.pages:
        open_view(browser, page, shot=f"seeds-{page.stem}")
    whole = page_named(result, "whole-graph.html")
    open_view(browser, whole)
    assert {"kim-jong-un", "north-korea", "russia"} <= set(browser.js("return KG.visibleNodeIds()"))
    path = next(p for p in result.pages if p.name.startswith("path-kim-jong-un--"))
    open_view(browser, path)
    kursk = seeds_dataset.entities[next(v for v in result.views if v.kind == "path").highlight[1]]
    eid = edge_id(browser, "north-korea", "DEPLOYED_TO", kursk.id)
    tip = hover_edge(browser, eid)
    quotes = [
        c.quote
        for c in seeds_dataset.claims
        if (c.subject, c.predicate, c.object) == ("north-korea", "DEPLOYED_TO", kursk.id)
    ]
    assert quotes and all(q in tip for q in quotes[:3])
    browser.screenshot("views/seeds-path-hover.png")
