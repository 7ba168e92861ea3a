// Linimasa's analyst page: a timeline on a proportional time axis, the
// actor network and the evidence of each event. Written for Linimasa; it
// loads nothing from any other host. Every value from the data is put into
// the page as text (textContent, setAttribute), never as markup.
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var DAY = 86400000;
  var FILTER_KEYS = ['from', 'to', 'actor', 'cameo', 'min_sources'];
  var QUAD = {
    1: 'Verbal cooperation', 2: 'Material cooperation', 3: 'Verbal conflict', 4: 'Material conflict'
  };
  var CAMEO_ROOTS = [
    ['01', 'Make public statement'], ['02', 'Appeal'], ['03', 'Express intent to cooperate'],
    ['04', 'Consult'], ['05', 'Engage in diplomatic cooperation'], ['06', 'Engage in material cooperation'],
    ['07', 'Provide aid'], ['08', 'Yield'], ['09', 'Investigate'], ['10', 'Demand'],
    ['11', 'Disapprove'], ['12', 'Reject'], ['13', 'Threaten'], ['14', 'Protest'],
    ['15', 'Exhibit force posture'], ['16', 'Reduce relations'], ['17', 'Coerce'], ['18', 'Assault'],
    ['19', 'Fight'], ['20', 'Use unconventional mass violence']
  ];
  var MAX_LANES = 10;
  var MAX_ROWS = 5;
  var MAX_NODES = 30;
  var LABEL_WIDTH = 150;

  var state = {
    filters: {}, selectedID: null, events: [], dated: [], undated: 0, total: 0,
    actors: new Map(), country: new Map(), lanes: [], oneLane: false,
    domain: null, view: null, marks: [], byID: new Map(), detailCache: new Map()
  };

  var $ = function (id) { return document.getElementById(id); };
  var dataElement = $('linimasa-data');
  var embedded = null;
  if (dataElement && dataElement.textContent.trim() !== '') {
    embedded = JSON.parse(dataElement.textContent);
  }

  // ---- small DOM helpers: text only ----
  function el(name, attrs, text) {
    var e = document.createElement(name);
    if (attrs) { for (var k in attrs) { e.setAttribute(k, attrs[k]); } }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function svg(name, attrs, text) {
    var e = document.createElementNS(SVG, name);
    if (attrs) { for (var k in attrs) { e.setAttribute(k, attrs[k]); } }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  // A label cut to `n` characters (code points) for a narrow place; the
  // whole text stays in the element's title.
  function cut(text, n) {
    var chars = Array.from(String(text));
    return chars.length > n ? chars.slice(0, n - 1).join('') + '…' : String(text);
  }
  function bdi(text) { var b = el('bdi', null, text); b.setAttribute('dir', 'auto'); return b; }

  // ---- dates as day numbers (UTC) ----
  function dayNumber(s) {
    var p = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s || '');
    return p ? Math.round(Date.UTC(+p[1], +p[2] - 1, +p[3]) / DAY) : null;
  }
  function dayString(n) { return new Date(n * DAY).toISOString().slice(0, 10); }

  // ---- filters in the URL ----
  function readURL() {
    var p = new URLSearchParams(location.search);
    var h = new URLSearchParams(location.hash.replace(/^#/, ''));
    h.forEach(function (v, k) { p.set(k, v); });
    var f = {};
    FILTER_KEYS.forEach(function (k) { f[k] = p.get(k) || ''; });
    state.filters = f;
    state.selectedID = p.get('event') || null;
  }
  function filterQuery(f) {
    var p = new URLSearchParams();
    FILTER_KEYS.forEach(function (k) { if (f[k]) { p.set(k, f[k]); } });
    return p;
  }
  function writeURL() {
    var p = filterQuery(state.filters);
    if (state.selectedID) { p.set('event', state.selectedID); }
    var q = p.toString();
    try {
      history.replaceState(null, '', location.pathname + (q ? '?' + q : ''));
    } catch (e) {
      // A page opened from a file may not rewrite its query: use the fragment.
      location.hash = q;
    }
  }
  function fillForm() {
    $('f-from').value = state.filters.from;
    $('f-to').value = state.filters.to;
    $('f-actor').value = state.filters.actor;
    $('f-cameo').value = state.filters.cameo.length === 2 ? state.filters.cameo : '';
    $('f-min').value = state.filters.min_sources;
  }

  // ---- data: the embedded graph, or the API of the host the page came from ----
  function getJSON(path) {
    return fetch(path, { headers: { Accept: 'application/json' } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) {
          var what = body && body.parameter ? 'parameter ' + body.parameter + ': ' : '';
          throw new Error(what + (body && body.error ? body.error : 'HTTP ' + r.status));
        }
        return body;
      });
    });
  }

  function keeps(e, f) {
    if (f.from || f.to) {
      if (!e.date) { return false; }
      if (f.from && e.date.end < f.from) { return false; }
      if (f.to && e.date.start > f.to) { return false; }
    }
    if (f.actor) {
      var ids = f.actor.split(',').map(function (s) { return s.trim(); }).filter(Boolean);
      var matches = function (id) { return id && (ids.indexOf(id) >= 0 || ids.indexOf(state.country.get(id)) >= 0); };
      if (!matches(e.source) && !matches(e.target)) { return false; }
    }
    if (f.cameo) {
      var codes = f.cameo.split(',').map(function (s) { return s.trim(); }).filter(Boolean);
      if (!codes.some(function (c) { return e.cameo.indexOf(c) === 0; })) { return false; }
    }
    var n = parseInt(f.min_sources, 10) || 0;
    if (n > 1 && e.sources < n) { return false; }
    return true;
  }

  function load() {
    setBusy('Loading…');
    if (embedded) {
      if (state.actors.size === 0) { setActors(embedded.actors); }
      state.events = embedded.events.filter(function (e) { return keeps(e, state.filters); });
      state.total = state.events.length;
      embedded.events.forEach(function (e) { state.detailCache.set(e.id, e); });
      return Promise.resolve();
    }
    var q = filterQuery(state.filters);
    q.set('limit', '50000');
    var actors = state.actors.size ? Promise.resolve(null) : getJSON('api/actors?limit=50000');
    return Promise.all([getJSON('api/events?' + q.toString()), actors]).then(function (r) {
      if (r[1]) { setActors(r[1].actors); }
      state.events = r[0].events;
      state.total = r[0].total;
    });
  }

  function setActors(list) {
    var options = $('actor-list');
    clear(options);
    list.forEach(function (a) {
      state.actors.set(a.id, a);
      if (a.country) { state.country.set(a.id, a.country); }
      options.appendChild(el('option', { value: a.id, label: a.name }));
    });
  }

  function actorName(id, fallback) {
    if (!id) { return '—'; }
    var a = state.actors.get(id);
    return a ? a.short_name : (fallback || id);
  }

  // ---- lanes ----
  function buildLanes() {
    // Lanes for the most frequent sources; an event goes to its source's
    // lane, else its target's, else "Other actors".
    var counts = new Map();
    state.dated.forEach(function (e) {
      var id = e.source || e.target;
      if (id) { counts.set(id, (counts.get(id) || 0) + 1); }
    });
    var top = Array.from(counts.entries()).sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); });
    var lanes = [];
    if (state.oneLane || top.length === 0) {
      lanes.push({ id: '*', label: 'All events', title: 'All events', events: state.dated.slice() });
    } else {
      top.slice(0, MAX_LANES).forEach(function (t) {
        var a = state.actors.get(t[0]);
        lanes.push({ id: t[0], label: a ? a.short_name : t[0], title: a ? a.name : t[0], events: [] });
      });
      var index = new Map(lanes.map(function (l, i) { return [l.id, i]; }));
      var other = null;
      state.dated.forEach(function (e) {
        var i = index.has(e.source) ? index.get(e.source) : index.has(e.target) ? index.get(e.target) : -1;
        if (i < 0) {
          if (!other) { other = { id: '~', label: 'Other actors', title: 'Events of the other actors', events: [] }; }
          other.events.push(e);
        } else {
          lanes[i].events.push(e);
        }
      });
      if (other) { lanes.push(other); }
      lanes = lanes.filter(function (l) { return l.events.length > 0; });
    }
    // Rows inside a lane so that marks close in time sit one above another.
    var span = Math.max(state.domain.end - state.domain.start, 1);
    var gap = span / 160;
    lanes.forEach(function (lane) {
      var ends = [];
      lane.events.sort(function (a, b) { return a._start - b._start; });
      lane.events.forEach(function (e) {
        var row = ends.findIndex(function (end) { return end + gap <= e._start; });
        if (row < 0) { row = ends.length < MAX_ROWS ? ends.length : (ends.indexOf(Math.min.apply(null, ends))); }
        ends[row] = Math.max(ends[row] || -Infinity, e._end);
        e._row = row;
      });
      lane.rows = Math.max(1, ends.length);
    });
    state.lanes = lanes;
  }

  // ---- the timeline ----
  var TL = { width: 800, top: 26, rowHeight: 18, lanePad: 5, height: 360 };

  function radius(e) { return Math.min(14, 4 + 2.5 * Math.sqrt(Math.max(0, (e.sources || 1) - 1))); }

  function drawTimeline() {
    var s = $('timeline');
    clear(s);
    state.marks = [];
    state.byID = new Map();
    TL.width = Math.max(400, s.clientWidth || 800);
    var y = TL.top;
    var lanesGroup = svg('g', { 'class': 'lanes' });
    var axisGroup = svg('g', { 'class': 'axis' });
    var marksGroup = svg('g', { 'class': 'marks' });
    s.appendChild(lanesGroup);
    s.appendChild(axisGroup);
    s.appendChild(marksGroup);
    state.lanes.forEach(function (lane, i) {
      var h = lane.rows * TL.rowHeight + TL.lanePad * 2;
      lanesGroup.appendChild(svg('rect', { 'class': 'lane-bg' + (i % 2 ? ' odd' : ''), x: 0, y: y, width: TL.width, height: h }));
      var label = svg('text', { 'class': 'lane-label', x: 6, y: y + h / 2 + 4 }, cut(lane.label, 20));
      label.appendChild(svg('title', null, lane.title + ' (' + lane.events.length + ' events)'));
      lanesGroup.appendChild(label);
      lane.events.forEach(function (e) {
        var cy = y + TL.lanePad + e._row * TL.rowHeight + TL.rowHeight / 2;
        var interval = e._end > e._start;
        var mark = svg(interval ? 'rect' : 'circle', {
          'class': 'mark q' + e.quad_class + ' ' + e.modality, 'data-id': e.id
        });
        var r = radius(e);
        if (interval) { mark.setAttribute('y', cy - r); mark.setAttribute('height', 2 * r); mark.setAttribute('rx', Math.min(r, 5)); }
        else { mark.setAttribute('cy', cy); mark.setAttribute('r', r); }
        mark.appendChild(svg('title', null, describe(e)));
        marksGroup.appendChild(mark);
        state.marks.push({ e: e, node: mark, interval: interval, r: r });
        state.byID.set(e.id, mark);
      });
      y += h;
    });
    TL.height = Math.max(y + 8, 120);
    s.setAttribute('height', TL.height);
    s.style.height = TL.height + 'px';
    s.setAttribute('data-count', String(state.marks.length));
    placeMarks();
  }

  function describe(e) {
    var date = e.date ? (e.date.start === e.date.end ? e.date.start : e.date.start + ' – ' + e.date.end) : 'undated';
    return date + ' · CAMEO ' + e.cameo + ' ' + e.plover + ' · ' + actorName(e.source, e.source_name) + ' → '
      + actorName(e.target, e.target_name) + ' · ' + e.modality + ' · ' + e.sources + ' outlet(s)';
  }

  function xOf(day) {
    var v = state.view;
    return LABEL_WIDTH + (day - v.start) / (v.end - v.start) * (TL.width - LABEL_WIDTH - 12);
  }

  var pending = false;
  function schedule() {
    if (pending) { return; }
    pending = true;
    requestAnimationFrame(function () { pending = false; placeMarks(); });
  }

  function placeMarks() {
    var left = LABEL_WIDTH - 16, right = TL.width + 16;
    for (var i = 0; i < state.marks.length; i++) {
      var m = state.marks[i];
      var x0 = xOf(m.e._start);
      if (m.interval) {
        var x1 = xOf(m.e._end + 1);
        var w = Math.max(x1 - x0, 2 * m.r);
        var hidden = x0 + w < left || x0 > right;
        m.node.setAttribute('x', x0);
        m.node.setAttribute('width', w);
        m.node.style.display = hidden ? 'none' : '';
      } else {
        var cx = xOf(m.e._start + 0.5);
        m.node.setAttribute('cx', cx);
        m.node.style.display = cx < left || cx > right ? 'none' : '';
      }
    }
    drawAxis();
  }

  var UNITS = [
    { days: 1, step: function (d) { return d + 1; }, floor: function (d) { return d; }, label: function (d) { return dayString(d).slice(5); } },
    { days: 7, step: function (d) { return d + 7; }, floor: function (d) { return d - ((d + 3) % 7); }, label: function (d) { return dayString(d).slice(5); } },
    { days: 30, step: addMonths(1), floor: floorMonths(1), label: function (d) { return dayString(d).slice(0, 7); } },
    { days: 91, step: addMonths(3), floor: floorMonths(3), label: function (d) { return dayString(d).slice(0, 7); } },
    { days: 365, step: addMonths(12), floor: floorMonths(12), label: function (d) { return dayString(d).slice(0, 4); } },
    { days: 3652, step: addMonths(120), floor: floorMonths(120), label: function (d) { return dayString(d).slice(0, 4); } }
  ];
  function addMonths(n) {
    return function (d) { var t = new Date(d * DAY); return Math.round(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + n, 1) / DAY); };
  }
  function floorMonths(n) {
    return function (d) {
      var t = new Date(d * DAY);
      var months = t.getUTCFullYear() * 12 + t.getUTCMonth();
      months -= months % n;
      return Math.round(Date.UTC(Math.floor(months / 12), months % 12, 1) / DAY);
    };
  }

  function drawAxis() {
    var s = $('timeline');
    var axis = s.querySelector('.axis');
    clear(axis);
    var v = state.view;
    var pxPerDay = (TL.width - LABEL_WIDTH - 12) / (v.end - v.start);
    var unit = UNITS.find(function (u) { return u.days * pxPerDay >= 70; }) || UNITS[UNITS.length - 1];
    var d = unit.floor(Math.floor(v.start));
    var guard = 0;
    while (d <= v.end && guard++ < 400) {
      var x = xOf(d);
      if (x >= LABEL_WIDTH - 1) {
        var tick = svg('g', { 'class': 'tick' });
        tick.appendChild(svg('line', { x1: x, x2: x, y1: TL.top - 6, y2: TL.height - 8 }));
        tick.appendChild(svg('text', { x: x + 3, y: TL.top - 10 }, unit.label(d)));
        axis.appendChild(tick);
      }
      d = unit.step(d);
    }
    axis.appendChild(svg('text', { x: 6, y: TL.top - 10 }, dayString(Math.floor(v.start)) + ' … ' + dayString(Math.floor(v.end))));
  }

  // Zoom about a day, keeping it where it is on screen; from ten years down to a week.
  function zoom(factor, aboutDay) {
    var v = state.view;
    var span = v.end - v.start;
    var maxSpan = Math.max((state.domain.end - state.domain.start) * 1.5, 3650);
    var next = Math.min(Math.max(span * factor, 7), maxSpan);
    var about = aboutDay === undefined ? (v.start + v.end) / 2 : aboutDay;
    var t = (about - v.start) / span;
    state.view = { start: about - t * next, end: about - t * next + next };
    schedule();
  }
  function pan(fraction) {
    var span = state.view.end - state.view.start;
    state.view = { start: state.view.start + span * fraction, end: state.view.end + span * fraction };
    schedule();
  }
  function fit() {
    state.view = { start: state.domain.start, end: state.domain.end };
    schedule();
  }
  function dayAt(clientX) {
    var rect = $('timeline').getBoundingClientRect();
    var v = state.view;
    return v.start + (clientX - rect.left - LABEL_WIDTH) / (TL.width - LABEL_WIDTH - 12) * (v.end - v.start);
  }

  function bindTimeline() {
    var s = $('timeline');
    var drag = null;
    s.addEventListener('wheel', function (ev) {
      ev.preventDefault();
      zoom(ev.deltaY > 0 ? 1.25 : 0.8, dayAt(ev.clientX));
    }, { passive: false });
    s.addEventListener('pointerdown', function (ev) {
      drag = { x: ev.clientX, view: state.view, moved: false };
      s.setPointerCapture(ev.pointerId);
    });
    s.addEventListener('pointermove', function (ev) {
      if (!drag) { return; }
      var dx = ev.clientX - drag.x;
      if (Math.abs(dx) > 3) { drag.moved = true; s.classList.add('dragging'); }
      var perPx = (drag.view.end - drag.view.start) / (TL.width - LABEL_WIDTH - 12);
      state.view = { start: drag.view.start - dx * perPx, end: drag.view.end - dx * perPx };
      schedule();
    });
    s.addEventListener('pointerup', function (ev) {
      var wasDrag = drag && drag.moved;
      drag = null;
      s.classList.remove('dragging');
      if (wasDrag) { return; }
      var hit = document.elementFromPoint(ev.clientX, ev.clientY);
      var id = hit && hit.getAttribute && hit.getAttribute('data-id');
      if (id) { select(id, false); }
    });
    s.addEventListener('keydown', function (ev) {
      var k = ev.key;
      if (k === '+' || k === '=') { zoom(0.7); }
      else if (k === '-' || k === '_') { zoom(1 / 0.7); }
      else if (k === '0') { fit(); }
      else if (ev.shiftKey && k === 'ArrowLeft') { pan(-0.2); }
      else if (ev.shiftKey && k === 'ArrowRight') { pan(0.2); }
      else if (k === 'ArrowLeft' || k === 'ArrowRight') { step(k === 'ArrowLeft' ? -1 : 1); }
      else if (k === 'Home') { step(-Infinity); }
      else if (k === 'End') { step(Infinity); }
      else if (k === 'Escape') { select(null, false); }
      else { return; }
      ev.preventDefault();
    });
    $('zoom-in').addEventListener('click', function () { zoom(0.7); });
    $('zoom-out').addEventListener('click', function () { zoom(1 / 0.7); });
    $('pan-left').addEventListener('click', function () { pan(-0.3); });
    $('pan-right').addEventListener('click', function () { pan(0.3); });
    $('zoom-fit').addEventListener('click', fit);
    $('one-lane').addEventListener('change', function (ev) {
      state.oneLane = ev.target.checked;
      buildLanes();
      drawTimeline();
      markSelected();
    });
    window.addEventListener('resize', function () {
      var w = $('timeline').clientWidth;
      if (w && Math.abs(w - TL.width) > 4) { drawTimeline(); markSelected(); drawNetwork(); }
    });
  }

  // Moves the selection through the dated events in time order.
  function step(delta) {
    var list = state.dated;
    if (!list.length) { return; }
    var i = list.findIndex(function (e) { return e.id === state.selectedID; });
    var next = delta === -Infinity ? 0 : delta === Infinity ? list.length - 1
      : i < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.min(Math.max(i + delta, 0), list.length - 1);
    select(list[next].id, true);
  }

  // ---- selection and the detail panel ----
  function select(id, reveal) {
    state.selectedID = id;
    writeURL();
    markSelected();
    if (!id) { showDetail(null); return; }
    var e = state.events.find(function (x) { return x.id === id; });
    if (reveal && e && e._start !== undefined) {
      var v = state.view;
      if (e._start < v.start || e._start > v.end) {
        var span = v.end - v.start;
        state.view = { start: e._start - span / 2, end: e._start + span / 2 };
        schedule();
      }
    }
    var cached = state.detailCache.get(id);
    if (cached) { showDetail(cached); return Promise.resolve(); }
    if (embedded) { showMissing(id); return Promise.resolve(); }
    return getJSON('api/events/' + encodeURIComponent(id)).then(function (d) {
      state.detailCache.set(id, d);
      if (state.selectedID === id) { showDetail(d); }
    }, function () { showMissing(id); });
  }

  function markSelected() {
    var old = $('timeline').querySelector('.mark.selected');
    if (old) { old.classList.remove('selected'); }
    var node = state.selectedID && state.byID.get(state.selectedID);
    if (node) {
      node.classList.add('selected');
      node.parentNode.appendChild(node);
      $('timeline').setAttribute('aria-activedescendant', '');
    }
  }

  function showMissing(id) {
    var body = $('detail-body');
    clear(body);
    body.appendChild(el('p', { 'class': 'hint' }, 'No event with id ' + id + ' in this selection.'));
  }

  function showDetail(e) {
    var body = $('detail-body');
    clear(body);
    if (!e) {
      body.appendChild(el('p', { 'class': 'hint' }, 'Select an event on the timeline.'));
      return;
    }
    var h = el('h3');
    h.appendChild(document.createTextNode('CAMEO ' + e.cameo + ' · '));
    h.appendChild(bdi(e.plover));
    body.appendChild(h);
    var dl = el('dl');
    function row(term, value) {
      dl.appendChild(el('dt', null, term));
      var dd = el('dd');
      if (value instanceof Node) { dd.appendChild(value); } else { dd.textContent = value; }
      dl.appendChild(dd);
    }
    var actors = el('span');
    actors.appendChild(actorLabel(e.source, e.source_name));
    actors.appendChild(document.createTextNode(' → '));
    actors.appendChild(actorLabel(e.target, e.target_name));
    row('Actors', actors);
    row('Date', e.date ? (e.date.start === e.date.end ? e.date.start : e.date.start + ' – ' + e.date.end)
      + (e.precision ? ' (' + e.precision + ')' : '') : 'undated');
    var quad = el('span');
    quad.appendChild(el('span', { 'class': 'swatch', style: 'background: var(--q' + e.quad_class + ')' }));
    quad.appendChild(document.createTextNode(QUAD[e.quad_class] + ', Goldstein ' + e.goldstein));
    row('Class', quad);
    row('Modality', e.modality);
    row('Confidence', e.confidence === null ? '—' : Number(e.confidence).toFixed(2));
    row('Reported by', e.sources + ' outlet(s), ' + e.articles + ' article(s), ' + e.mention_count + ' mention(s)');
    row('Event id', e.id);
    body.appendChild(dl);
    var mentions = e.mentions || [];
    body.appendChild(el('h4', null, 'Mentions (' + mentions.length + ')'));
    var list = el('ol', { 'class': 'mentions' });
    mentions.forEach(function (m) {
      var li = el('li');
      var meta = el('div', { 'class': 'mention-meta' });
      meta.appendChild(bdi(m.outlet || m.doc));
      meta.appendChild(document.createTextNode(' · ' + (m.published || 'undated') + ' · ' + m.modality + ' · '));
      if (m.url && /^https?:\/\//i.test(m.url)) {
        var a = el('a', { href: m.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'article');
        meta.appendChild(a);
      } else {
        meta.appendChild(bdi(m.doc));
      }
      li.appendChild(meta);
      li.appendChild(evidence(m));
      list.appendChild(li);
    });
    body.appendChild(list);
  }

  function actorLabel(id, fallback) {
    var span = el('span');
    if (!id) { span.textContent = '—'; return span; }
    var a = state.actors.get(id);
    span.appendChild(bdi(a ? a.name : (fallback || id)));
    span.appendChild(document.createTextNode(' (' + id + ')'));
    return span;
  }

  // The evidence sentence with the trigger marked, by its code-point
  // offsets inside the clause, or by its text when they do not fit.
  function evidence(m) {
    var q = el('blockquote', { 'class': 'evidence', dir: 'auto' });
    var text = Array.from(m.evidence || '');
    var s = m.start - (m.clause ? m.clause.start : 0), t = m.end - (m.clause ? m.clause.start : 0);
    if (!(s >= 0 && t > s && t <= text.length && text.slice(s, t).join('') === m.trigger)) {
      var at = (m.evidence || '').indexOf(m.trigger);
      if (at < 0 || !m.trigger) { q.textContent = m.evidence; return q; }
      s = Array.from((m.evidence || '').slice(0, at)).length;
      t = s + Array.from(m.trigger).length;
    }
    q.appendChild(document.createTextNode(text.slice(0, s).join('')));
    q.appendChild(el('mark', { 'class': 'trigger' }, text.slice(s, t).join('')));
    q.appendChild(document.createTextNode(text.slice(t).join('')));
    return q;
  }

  // ---- the actor network: a small force layout ----
  function drawNetwork() {
    var s = $('network');
    clear(s);
    var width = Math.max(300, s.clientWidth || 600), height = 300;
    var edges = new Map(), degree = new Map();
    state.events.forEach(function (e) {
      if (!e.source || !e.target || e.source === e.target) { return; }
      var key = e.source + '\u0000' + e.target;
      var edge = edges.get(key) || { source: e.source, target: e.target, count: 0, goldstein: 0 };
      edge.count += 1;
      edge.goldstein += e.goldstein || 0;
      edges.set(key, edge);
      degree.set(e.source, (degree.get(e.source) || 0) + 1);
      degree.set(e.target, (degree.get(e.target) || 0) + 1);
    });
    var ids = Array.from(degree.entries()).sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); })
      .slice(0, MAX_NODES).map(function (x) { return x[0]; });
    if (!ids.length) {
      s.appendChild(svg('text', { x: 10, y: 24, 'class': 'hint' }, 'No actor-to-actor events in this selection.'));
      return;
    }
    var index = new Map(ids.map(function (id, i) { return [id, i]; }));
    var nodes = ids.map(function (id, i) {
      var a = 2 * Math.PI * i / ids.length;
      return { id: id, x: width / 2 + Math.cos(a) * width / 3, y: height / 2 + Math.sin(a) * height / 3, dx: 0, dy: 0 };
    });
    var links = Array.from(edges.values()).filter(function (e) { return index.has(e.source) && index.has(e.target); });
    var k = Math.sqrt(width * height / nodes.length) * 0.5;
    for (var iter = 0; iter < 250; iter++) {
      var temp = 20 * (1 - iter / 250) + 0.5;
      nodes.forEach(function (n) { n.dx = 0; n.dy = 0; });
      for (var i = 0; i < nodes.length; i++) {
        for (var j = i + 1; j < nodes.length; j++) {
          var dx = nodes[i].x - nodes[j].x, dy = nodes[i].y - nodes[j].y;
          var d2 = Math.max(dx * dx + dy * dy, 0.01), f = k * k / d2;
          nodes[i].dx += dx * f; nodes[i].dy += dy * f; nodes[j].dx -= dx * f; nodes[j].dy -= dy * f;
        }
      }
      links.forEach(function (l) {
        var a = nodes[index.get(l.source)], b = nodes[index.get(l.target)];
        var dx = a.x - b.x, dy = a.y - b.y, d = Math.sqrt(dx * dx + dy * dy) || 0.01, f = d / k;
        a.dx -= dx * f; a.dy -= dy * f; b.dx += dx * f; b.dy += dy * f;
      });
      nodes.forEach(function (n) {
        // Gravity keeps unconnected actors near the others.
        n.dx += (width / 2 - n.x) * 0.3; n.dy += (height / 2 - n.y) * 0.3;
        var len = Math.sqrt(n.dx * n.dx + n.dy * n.dy) || 1;
        n.x += n.dx / len * Math.min(len, temp); n.y += n.dy / len * Math.min(len, temp);
      });
    }
    // Fit the layout into the box, leaving room for labels on the right.
    var xs = nodes.map(function (n) { return n.x; }), ys = nodes.map(function (n) { return n.y; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs), y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    nodes.forEach(function (n) {
      n.x = 30 + (x1 > x0 ? (n.x - x0) / (x1 - x0) : 0.5) * (width - 150);
      n.y = 24 + (y1 > y0 ? (n.y - y0) / (y1 - y0) : 0.5) * (height - 48);
    });
    var defs = svg('defs');
    var marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' });
    marker.appendChild(svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#6b7685' }));
    defs.appendChild(marker);
    s.appendChild(defs);
    var maxCount = Math.max.apply(null, links.map(function (l) { return l.count; }).concat([1]));
    links.forEach(function (l) {
      var a = nodes[index.get(l.source)], b = nodes[index.get(l.target)];
      var dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 1, r = nodeRadius(b.id, degree) + 2;
      var line = svg('line', {
        x1: a.x, y1: a.y, x2: b.x - dx / d * r, y2: b.y - dy / d * r,
        stroke: goldsteinColour(l.goldstein / l.count), 'stroke-width': 1 + 5 * l.count / maxCount,
        'stroke-opacity': 0.8, 'marker-end': 'url(#arrow)'
      });
      line.appendChild(svg('title', null, actorName(l.source) + ' → ' + actorName(l.target) + ': ' + l.count
        + ' event(s), mean Goldstein ' + (l.goldstein / l.count).toFixed(1)));
      s.appendChild(line);
    });
    var active = (state.filters.actor || '').split(',');
    nodes.forEach(function (n) {
      var g = svg('g', { 'class': 'node' + (active.indexOf(n.id) >= 0 ? ' active' : ''), tabindex: 0, role: 'button', 'data-actor': n.id });
      g.setAttribute('aria-label', 'Filter by ' + actorName(n.id) + ' (' + degree.get(n.id) + ' events)');
      g.appendChild(svg('circle', { cx: n.x, cy: n.y, r: nodeRadius(n.id, degree) }));
      var label = svg('text', { x: n.x + nodeRadius(n.id, degree) + 3, y: n.y + 4 }, cut(actorName(n.id), 22));
      g.appendChild(label);
      g.appendChild(svg('title', null, (state.actors.get(n.id) || { name: n.id }).name));
      var choose = function () { applyFilters(Object.assign({}, state.filters, { actor: n.id })); };
      g.addEventListener('click', choose);
      g.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); choose(); } });
      s.appendChild(g);
    });
  }
  function nodeRadius(id, degree) { return Math.min(16, 4 + 2 * Math.sqrt(degree.get(id) || 1)); }
  // Mean Goldstein from -10 (red) through 0 (grey) to +10 (blue).
  function goldsteinColour(g) {
    var t = Math.max(-1, Math.min(1, (g || 0) / 10));
    var grey = [150, 156, 165], red = [200, 30, 40], blue = [33, 102, 172];
    var to = t < 0 ? red : blue, a = Math.abs(t);
    return 'rgb(' + grey.map(function (c, i) { return Math.round(c + (to[i] - c) * a); }).join(',') + ')';
  }

  // ---- legend and status ----
  function drawLegend() {
    var box = $('legend');
    clear(box);
    [1, 2, 3, 4].forEach(function (q) {
      var item = el('span', { 'class': 'legend-item' });
      var s = svg('svg', { width: 14, height: 14 });
      s.appendChild(svg('circle', { cx: 7, cy: 7, r: 5, 'class': 'mark q' + q + ' asserted' }));
      item.appendChild(s);
      item.appendChild(document.createTextNode(QUAD[q]));
      box.appendChild(item);
    });
    ['asserted', 'planned', 'hypothetical', 'negated'].forEach(function (m) {
      var item = el('span', { 'class': 'legend-item' });
      var s = svg('svg', { width: 14, height: 14 });
      s.appendChild(svg('circle', { cx: 7, cy: 7, r: 5, 'class': 'mark q1 ' + m }));
      item.appendChild(s);
      item.appendChild(document.createTextNode(m));
      box.appendChild(item);
    });
    box.appendChild(el('span', { 'class': 'legend-item' }, 'Size: number of outlets · bars: date intervals'));
  }

  function setBusy(text) { $('status').textContent = text; }

  function render() {
    state.dated = [];
    state.undated = 0;
    state.events.forEach(function (e) {
      var s = e.date ? dayNumber(e.date.start) : null;
      if (s === null) { state.undated += 1; return; }
      e._start = s;
      e._end = Math.max(s, dayNumber(e.date.end) || s);
      state.dated.push(e);
    });
    state.dated.sort(function (a, b) { return a._start - b._start || (a.id < b.id ? -1 : 1); });
    if (state.dated.length) {
      var lo = state.dated[0]._start, hi = Math.max.apply(null, state.dated.map(function (e) { return e._end + 1; }));
      var pad = Math.max((hi - lo) * 0.03, 3);
      state.domain = { start: lo - pad, end: hi + pad };
    } else {
      var today = Math.floor(Date.now() / DAY);
      state.domain = { start: today - 30, end: today + 1 };
    }
    state.view = { start: state.domain.start, end: state.domain.end };
    buildLanes();
    drawTimeline();
    drawNetwork();
    var shown = state.total > state.events.length ? ' (first ' + state.events.length + ' loaded)' : '';
    var active = FILTER_KEYS.filter(function (k) { return state.filters[k]; })
      .map(function (k) { return k + '=' + state.filters[k]; }).join(', ');
    setBusy(state.total + ' events' + shown + ': ' + state.dated.length + ' on the timeline, ' + state.undated
      + ' undated' + (active ? ' · filters: ' + active : ' · no filters'));
  }

  function applyFilters(f) {
    state.filters = f;
    state.selectedID = null;
    writeURL();
    fillForm();
    return refresh();
  }

  function refresh() {
    document.body.setAttribute('data-state', 'loading');
    return load().then(function () {
      render();
      var ready = state.selectedID ? select(state.selectedID, true) : (showDetail(null), null);
      return Promise.resolve(ready).then(function () {
        document.body.setAttribute('data-state', 'ready');
        // Milliseconds since navigation started (performance.now's origin).
        document.body.setAttribute('data-ready-ms', String(Math.round(performance.now())));
      });
    }).catch(function (err) {
      setBusy('Cannot load: ' + err.message);
      document.body.setAttribute('data-state', 'error');
    });
  }

  function bindForm() {
    var select = $('f-cameo');
    CAMEO_ROOTS.forEach(function (r) { select.appendChild(el('option', { value: r[0] }, r[0] + ' ' + r[1])); });
    $('filters').addEventListener('submit', function (ev) {
      ev.preventDefault();
      applyFilters({
        from: $('f-from').value, to: $('f-to').value, actor: $('f-actor').value.trim(),
        cameo: $('f-cameo').value, min_sources: $('f-min').value
      });
    });
    $('f-clear').addEventListener('click', function () {
      applyFilters({ from: '', to: '', actor: '', cameo: '', min_sources: '' });
    });
  }

  readURL();
  if (embedded && embedded.title) { document.title = embedded.title; }
  bindForm();
  fillForm();
  bindTimeline();
  drawLegend();
  refresh();
})();
