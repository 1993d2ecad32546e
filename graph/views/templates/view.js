/* osint-kg view page: filters, search, tooltips and the evidence panel.
 *
 * Every text from the dataset reaches the page through textContent or vis-network's canvas
 * labels, never through innerHTML: quotes may hold hostile markup and must stay text.
 * Nodes and edges carry no "title", so vis-network's own HTML tooltip never runs.
 */
(function () {
  'use strict';

  var D = JSON.parse(document.getElementById('kg-data').textContent);
  var KG = window.KG = { data: D, stable: false, stableAt: null, errors: [] };

  // ---------------------------------------------------------------- helpers
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function byId(id) { return document.getElementById(id); }
  function fold(s) {
    return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s\-_]+/g, ' ').trim();
  }
  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }
  function daysIn(y, m) { return new Date(Date.UTC(y, m, 0)).getUTCDate(); }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  /* "2025" -> [2025-01-01, 2025-12-31]; "" -> null; bad -> undefined */
  function partialRange(text) {
    text = String(text || '').trim();
    if (!text) return null;
    var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
    if (!m) return undefined;
    var y = +m[1], mo = m[2] ? +m[2] : 0, d = m[3] ? +m[3] : 0;
    if (m[2] && (mo < 1 || mo > 12)) return undefined;
    if (m[3] && (d < 1 || d > daysIn(y, mo))) return undefined;
    var lo = m[1] + '-' + pad(mo || 1) + '-' + pad(d || 1);
    var hiMonth = mo || 12;
    var hi = m[1] + '-' + pad(hiMonth) + '-' + pad(d || daysIn(y, hiMonth));
    return [lo, hi];
  }

  var nodes = D.nodes, info = D.info, edges = D.edges, links = D.links, claims = D.claims, docs = D.documents;
  var nodeIndex = {};
  nodes.forEach(function (n, i) { nodeIndex[n.id] = i; });
  var edgeIndex = {};
  edges.forEach(function (e, i) { edgeIndex[e.id] = i; });
  var incident = nodes.map(function () { return []; });
  edges.forEach(function (e, i) { incident[nodeIndex[e.from]].push(i); if (e.to !== e.from) incident[nodeIndex[e.to]].push(i); });
  var searchKeys = info.map(function (n) { return [n.name].concat(n.aliases || []).map(fold); });

  // ---------------------------------------------------------------- header notes
  var notes = byId('kg-notes');
  (D.view.path || []).forEach(function (p) { notes.appendChild(el('li', 'kg-path', p)); });
  (D.view.notes || []).forEach(function (t) { notes.appendChild(el('li', null, t)); });
  if (D.view.left_out && D.view.left_out.length) {
    var li = el('li');
    var det = el('details', 'kg-left-out');
    det.appendChild(el('summary', null, 'Entities left out of this view (' + D.view.left_out.length + ')'));
    var ul = el('ul');
    D.view.left_out.forEach(function (x) { ul.appendChild(el('li', null, x[0] + ' (' + x[1] + ')')); });
    det.appendChild(ul);
    li.appendChild(det);
    notes.appendChild(li);
  }

  // ---------------------------------------------------------------- filters UI
  var state = { type: {}, predicate: {}, document: {}, credibility: {}, from: null, to: null, undated: true };

  function checkList(group, container, items) {
    items.forEach(function (it) {
      state[group][it.key] = true;
      var li = el('li');
      var label = el('label');
      var box = el('input');
      box.type = 'checkbox';
      box.checked = true;
      box.dataset.group = group;
      box.dataset.key = it.key;
      box.addEventListener('change', function () { state[group][it.key] = box.checked; applyFilters(); });
      label.appendChild(box);
      if (it.swatch) label.appendChild(it.swatch);
      var text = el('span', null, it.label);
      if (it.title) label.title = it.title;
      label.appendChild(text);
      if (it.count !== undefined) label.appendChild(el('span', 'kg-n', it.count));
      li.appendChild(label);
      container.appendChild(li);
    });
  }
  checkList('type', byId('kg-filter-type'), D.types.map(function (t) {
    var sw = el('span', 'kg-swatch kg-shape-' + t[2]);
    sw.style.background = t[1];
    return { key: t[0], label: t[0], count: t[3], swatch: sw };
  }));
  checkList('predicate', byId('kg-filter-predicate'), D.predicates.map(function (p) {
    return { key: p[0], label: p[0], count: p[1] };
  }));
  checkList('document', byId('kg-filter-document'), docs.map(function (d, i) {
    var label = d.id + (d.date ? ' · ' + d.date : '') + ' · ' + d.title;
    return { key: String(i), label: label, title: label + (d.outlet ? ' — ' + d.outlet : ''), count: d.claims };
  }));
  checkList('credibility', byId('kg-filter-credibility'), Object.keys(D.credibility).map(function (k) {
    return { key: k, label: k + ' ' + D.credibility[k] };
  }));
  Array.prototype.forEach.call(document.querySelectorAll('.kg-all'), function (btn) {
    btn.addEventListener('click', function () {
      var group = btn.dataset.group;
      var boxes = document.querySelectorAll('input[data-group="' + group + '"]');
      var anyOff = Array.prototype.some.call(boxes, function (b) { return !b.checked; });
      Array.prototype.forEach.call(boxes, function (b) { b.checked = anyOff; state[group][b.dataset.key] = anyOff; });
      applyFilters();
    });
  });
  function onDates() {
    var f = partialRange(byId('kg-date-from').value), t = partialRange(byId('kg-date-to').value);
    var bad = [];
    if (f === undefined) bad.push('from'); else state.from = f;
    if (t === undefined) bad.push('to'); else state.to = t;
    byId('kg-date-error').textContent = bad.length ? 'Use YYYY, YYYY-MM or YYYY-MM-DD (' + bad.join(', ') + ').' : '';
    applyFilters();
  }
  byId('kg-date-from').addEventListener('input', onDates);
  byId('kg-date-to').addEventListener('input', onDates);
  byId('kg-undated').addEventListener('change', function () { state.undated = byId('kg-undated').checked; applyFilters(); });
  byId('kg-reset').addEventListener('click', function () {
    Array.prototype.forEach.call(document.querySelectorAll('input[data-group]'), function (b) {
      b.checked = true; state[b.dataset.group][b.dataset.key] = true;
    });
    byId('kg-date-from').value = ''; byId('kg-date-to').value = ''; byId('kg-undated').checked = true;
    state.from = state.to = null; state.undated = true;
    byId('kg-date-error').textContent = '';
    applyFilters();
  });

  // ---------------------------------------------------------------- the network
  var container = byId('kg-net');
  var nodeSet = new vis.DataSet(nodes.map(function (n) { return Object.assign({}, n); }));
  var edgeSet = new vis.DataSet(edges.map(function (e) { return Object.assign({}, e); }));
  var big = !D.view.physics;
  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 42 },
    nodes: { borderWidth: 1, font: { size: 14, strokeWidth: 3, strokeColor: '#ffffff' } },
    edges: {
      smooth: false,
      arrows: { to: { enabled: true, scaleFactor: 0.5 } },
      font: { size: 10, align: 'middle', color: '#555555', strokeWidth: 3, strokeColor: '#ffffff' },
      color: { inherit: false },
      selectionWidth: 2,
      hoverWidth: 1.5
    },
    interaction: { hover: true, tooltipDelay: 200, hideEdgesOnDrag: big, hideEdgesOnZoom: big, keyboard: false },
    physics: D.view.physics ? {
      enabled: true, solver: 'barnesHut',
      barnesHut: { gravitationalConstant: -3000, centralGravity: 0.9, springLength: 120, springConstant: 0.04, avoidOverlap: 0.3 },
      stabilization: { enabled: true, iterations: 300, updateInterval: 50, fit: true }
    } : { enabled: false }
  };
  var network = new vis.Network(container, { nodes: nodeSet, edges: edgeSet }, options);
  KG.network = network; KG.nodes = nodeSet; KG.edges = edgeSet;

  function markStable() {
    if (KG.stable) return;
    KG.stable = true;
    KG.stableAt = performance.now();
    byId('kg-loading').hidden = true;
  }
  if (D.view.physics) {
    var done = false;
    var finish = function () {
      if (done) return;
      done = true;
      network.setOptions({ physics: { enabled: false } });
      network.fit();
      network.once('afterDrawing', markStable);
      network.redraw();
    };
    network.once('stabilizationIterationsDone', finish);
    network.once('stabilized', finish);
  } else {
    network.once('afterDrawing', markStable);
    network.fit();
  }

  // ---------------------------------------------------------------- filtering
  function claimPasses(ci) {
    var c = claims[ci];
    if (!state.document[String(c.d)] || !state.credibility[String(c.cr)]) return false;
    if (!state.from && !state.to) return true;
    if (!c.lo) return state.undated;
    if (state.from && c.hi < state.from[0]) return false;
    if (state.to && c.lo > state.to[1]) return false;
    return true;
  }
  function claimFiltersActive() {
    var off = function (g) { return Object.keys(state[g]).some(function (k) { return !state[g][k]; }); };
    return off('predicate') || off('document') || off('credibility') || !!state.from || !!state.to;
  }
  var nodeVisible = nodes.map(function () { return true; });
  var edgeVisible = edges.map(function () { return true; });
  function applyFilters() {
    var strict = claimFiltersActive();
    var typeOk = info.map(function (n) { return !!state.type[n.type]; });
    var degree = nodes.map(function () { return 0; });
    var edgeUpdates = [], nodeUpdates = [];
    edges.forEach(function (e, i) {
      var l = links[i];
      var vis_ = typeOk[nodeIndex[e.from]] && typeOk[nodeIndex[e.to]] && !!state.predicate[l.p] && l.c.some(claimPasses);
      if (vis_) { degree[nodeIndex[e.from]]++; degree[nodeIndex[e.to]]++; }
      if (vis_ !== edgeVisible[i]) { edgeVisible[i] = vis_; edgeUpdates.push({ id: e.id, hidden: !vis_ }); }
    });
    nodes.forEach(function (n, i) {
      var v = typeOk[i] && (!strict || degree[i] > 0 || incident[i].length === 0);
      if (v !== nodeVisible[i]) { nodeVisible[i] = v; nodeUpdates.push({ id: n.id, hidden: !v }); }
    });
    if (nodeUpdates.length) nodeSet.update(nodeUpdates);
    if (edgeUpdates.length) edgeSet.update(edgeUpdates);
    var nv = nodeVisible.filter(Boolean).length, ev = edgeVisible.filter(Boolean).length;
    byId('kg-counts').textContent = 'Showing ' + nv + ' of ' + plural(nodes.length, 'entity').replace(/entitys$/, 'entities') +
      ', ' + ev + ' of ' + plural(edges.length, 'link') + ' (' + D.view.single_source_links +
      ' single-source, ' + D.view.disagreeing_links + ' with disagreeing claims).';
    runSearch();
  }
  KG.visibleNodeIds = function () { return nodes.filter(function (n, i) { return nodeVisible[i]; }).map(function (n) { return n.id; }); };
  KG.visibleEdgeIds = function () { return edges.filter(function (e, i) { return edgeVisible[i]; }).map(function (e) { return e.id; }); };

  // ---------------------------------------------------------------- evidence
  function docLine(c) {
    var d = docs[c.d];
    var parts = [d.title];
    var meta = [];
    if (d.outlet) meta.push(d.outlet);
    meta.push(d.date || 'undated');
    meta.push('source reliability ' + d.reliability + (d.reliability_text ? ' (' + d.reliability_text + ')' : ''));
    return parts.join('') + ' — ' + meta.join(', ') + ' [' + d.id + ']';
  }
  function claimBlock(ci, compact) {
    var c = claims[ci];
    var box = el('div', 'kg-claim' + (c.h ? ' kg-hedged' : ''));
    box.appendChild(el('div', 'kg-quote', '\u201c' + c.q + '\u201d'));
    box.appendChild(el('div', 'kg-src', docLine(c)));
    var who = c.a ? 'according to ' + c.a + (c.an ? ' (' + c.an + ')' : '') : 'stated by the article itself' + (c.an ? ' (' + c.an + ')' : '');
    box.appendChild(el('div', 'kg-src', who));
    var meta = el('div', 'kg-src');
    meta.appendChild(el('span', 'kg-badge', 'credibility ' + c.cr + ' \u00b7 ' + (D.credibility[c.cr] || '')));
    if (c.h) meta.appendChild(el('span', 'kg-badge kg-hedge', 'hedged'));
    if (c.dt) meta.appendChild(el('span', 'kg-badge', c.dt));
    if (c.qty) meta.appendChild(el('span', 'kg-badge', c.qty));
    if (!claimPasses(ci)) meta.appendChild(el('span', 'kg-badge', 'outside the filters'));
    box.appendChild(meta);
    if (c.n && !compact) box.appendChild(el('div', 'kg-src', 'note: ' + c.n));
    return box;
  }
  function edgeHead(i) {
    var e = edges[i];
    return info[nodeIndex[e.from]].name + ' \u2014' + links[i].p + '\u2192 ' + info[nodeIndex[e.to]].name;
  }
  function edgeMeta(i) {
    var l = links[i];
    var parts = [plural(l.c.length, 'claim'), plural(l.docs.length, 'document'),
      plural(l.org.length, 'independent origin') + ' (' + l.org.join('; ') + ')',
      'best credibility ' + l.bc];
    if (l.fd) parts.push(l.fd === l.ld ? 'dated ' + l.fd : 'dated ' + l.fd + ' to ' + l.ld);
    if (l.h) parts.push('every claim hedged');
    if (l.ss) parts.push('single-source');
    return parts.join(' \u00b7 ');
  }
  function renderEdge(target, i, compact) {
    var l = links[i];
    target.appendChild(el('div', 'kg-ev-head', edgeHead(i)));
    target.appendChild(el('div', 'kg-ev-meta', edgeMeta(i)));
    l.dis.forEach(function (d) { target.appendChild(el('div', 'kg-badge kg-warn', 'disagreement: ' + d)); });
    var shown = compact ? l.c.slice(0, 3) : l.c;
    shown.forEach(function (ci) { target.appendChild(claimBlock(ci, compact)); });
    if (compact && l.c.length > shown.length) target.appendChild(el('div', 'kg-small', '\u2026 ' + (l.c.length - shown.length) + ' more: click the link'));
  }
  function renderNode(target, i, compact) {
    var n = info[i];
    target.appendChild(el('div', 'kg-ev-head', n.name));
    var meta = [n.type, D.view.centrality + ' ' + n.cent, plural(incident[i].length, 'link')];
    target.appendChild(el('div', 'kg-ev-meta', meta.join(' \u00b7 ')));
    if (n.aliases && n.aliases.length) target.appendChild(el('div', 'kg-src', 'also: ' + n.aliases.join('; ')));
    if (n.desc) target.appendChild(el('div', 'kg-src', n.desc));
    if (compact) {
      var total = incident[i].reduce(function (a, j) { return a + links[j].c.length; }, 0);
      target.appendChild(el('div', 'kg-small', plural(total, 'claim') + ' in its links; click for the evidence.'));
      return;
    }
    var list = el('div');
    var budget = 80;
    incident[i].forEach(function (j) {
      var row = el('div');
      var btn = el('button', 'kg-linkbtn', edgeHead(j) + ' (' + plural(links[j].c.length, 'claim') + ')' + (edgeVisible[j] ? '' : ' \u2014 hidden by filters'));
      btn.type = 'button';
      btn.addEventListener('click', function () { network.selectEdges([edges[j].id]); showPanel('edge', j); });
      row.appendChild(btn);
      links[j].c.forEach(function (ci) {
        if (budget-- > 0) row.appendChild(claimBlock(ci, true));
      });
      list.appendChild(row);
    });
    if (budget < 0) list.appendChild(el('div', 'kg-small', (-budget) + ' more claims: click a link to see all of its claims'));
    target.appendChild(list);
  }

  var panel = byId('kg-panel-body');
  var pinned = false;
  function showPanel(kind, i, pin) {
    if (pin !== undefined) pinned = pin; else pinned = true;
    clear(panel);
    if (kind === 'edge') renderEdge(panel, i, false); else renderNode(panel, i, false);
  }
  var tip = byId('kg-tip');
  var wrap = byId('kg-net-wrap');
  function showTip(kind, i, pos) {
    clear(tip);
    if (kind === 'edge') renderEdge(tip, i, true); else renderNode(tip, i, true);
    tip.hidden = false;
    var w = wrap.clientWidth, h = wrap.clientHeight;
    var x = pos.x + 14, y = pos.y + 14;
    if (x + tip.offsetWidth > w) x = Math.max(0, pos.x - tip.offsetWidth - 14);
    if (y + tip.offsetHeight > h) y = Math.max(0, h - tip.offsetHeight - 4);
    tip.style.left = x + 'px';
    tip.style.top = y + 'px';
  }
  function hideTip() { tip.hidden = true; }
  network.on('hoverEdge', function (p) {
    var i = edgeIndex[p.edge];
    showTip('edge', i, p.pointer.DOM);
    if (!pinned) showPanel('edge', i, false);
  });
  network.on('hoverNode', function (p) {
    var i = nodeIndex[p.node];
    showTip('node', i, p.pointer.DOM);
    if (!pinned) showPanel('node', i, false);
  });
  network.on('blurEdge', hideTip);
  network.on('blurNode', hideTip);
  network.on('dragStart', hideTip);
  network.on('zoom', hideTip);
  network.on('click', function (p) {
    hideTip();
    if (p.nodes.length) showPanel('node', nodeIndex[p.nodes[0]]);
    else if (p.edges.length) showPanel('edge', edgeIndex[p.edges[0]]);
    else pinned = false;
  });

  // ---------------------------------------------------------------- search
  var searchBox = byId('kg-search'), results = byId('kg-search-results');
  var leftOutKeys = (D.view.left_out || []).map(function (x) { return fold(x[0]); });
  function focusNode(i) {
    var id = nodes[i].id;
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300 } });
    showPanel('node', i);
  }
  function runSearch() {
    clear(results);
    var q = fold(searchBox.value);
    if (!q) return;
    var hits = [];
    for (var i = 0; i < info.length && hits.length < 30; i++) {
      if (searchKeys[i].some(function (k) { return k.indexOf(q) !== -1; })) hits.push(i);
    }
    hits.forEach(function (i) {
      var li = el('li', null, info[i].name);
      li.tabIndex = 0;
      li.appendChild(el('span', 'kg-n', info[i].type + (nodeVisible[i] ? '' : ' \u00b7 hidden by filters')));
      li.addEventListener('click', function () { focusNode(i); });
      li.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') focusNode(i); });
      results.appendChild(li);
    });
    var more = 0;
    leftOutKeys.forEach(function (k, j) {
      if (k.indexOf(q) !== -1) {
        if (hits.length + more < 30) {
          var li = el('li', null, D.view.left_out[j][0]);
          li.appendChild(el('span', 'kg-n', 'left out of this view'));
          results.appendChild(li);
        }
        more++;
      }
    });
    if (!hits.length && !more) results.appendChild(el('li', 'kg-small', 'no entity matches'));
  }
  searchBox.addEventListener('input', runSearch);
  searchBox.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter' && results.firstChild && results.firstChild.click) results.firstChild.click();
  });
  KG.search = function (text) { searchBox.value = text; runSearch(); return Array.prototype.map.call(results.children, function (li) { return li.textContent; }); };

  // ---------------------------------------------------------------- test hooks
  KG.nodeDOM = function (id) { var p = network.getPosition(id); return network.canvasToDOM(p); };
  KG.edgeDOM = function (id) {
    var e = network.body.edges[id];
    var p = (e && e.edgeType && e.edgeType.getPoint) ? e.edgeType.getPoint(0.5) : null;
    if (!p) {
      var a = network.getPosition(edges[edgeIndex[id]].from), b = network.getPosition(edges[edgeIndex[id]].to);
      p = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
    return network.canvasToDOM(p);
  };

  applyFilters();
})();
