// Parley web app: small progressive enhancements (the pages work without them).
'use strict';
document.addEventListener('DOMContentLoaded', function () {
  // Filters that apply at once: the map's date and actor.
  var form = document.querySelector('form.filters[action="/map"]');
  if (form) {
    form.querySelectorAll('input, select').forEach(function (el) {
      el.addEventListener('change', function () { form.submit(); });
    });
  }
  // Drop empty fields from search URLs so links stay short and shareable.
  var search = document.querySelector('form.filters[action="/search"]');
  if (search) {
    search.addEventListener('submit', function () {
      search.querySelectorAll('input, select').forEach(function (el) {
        if (!el.value) el.disabled = true;
      });
    });
  }
  brushes(document);
  timelinePaging();
  // Flash the claim span an event page linked to.
  if (location.hash.indexOf('#c-') === 0) {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) { target.classList.add('flash'); target.scrollIntoView({ block: 'center' }); }
  }
});

// The timeline's brush: drag across the strip over the whole span to show that period (a click on a
// period follows its link, so the page works without this script too).
function brushes(root) {
  root.querySelectorAll('svg.chart g.brush').forEach(function (g) {
    var svg = g.ownerSVGElement;
    var sel = g.querySelector('.brush-sel');
    var t0 = Number(g.getAttribute('data-t0')), t1 = Number(g.getAttribute('data-t1'));
    var x0 = Number(g.getAttribute('data-x0')), x1 = Number(g.getAttribute('data-x1'));
    var base = g.getAttribute('data-base');
    var start = null, moved = false, suppress = false;
    function viewX(e) {
      var m = svg.getScreenCTM();
      if (!m) return x0;
      var p = svg.createSVGPoint();
      p.x = e.clientX; p.y = e.clientY;
      return Math.min(x1, Math.max(x0, p.matrixTransform(m.inverse()).x));
    }
    function day(x) { return new Date(t0 + (x - x0) / (x1 - x0) * (t1 - t0)).toISOString().slice(0, 10); }
    g.addEventListener('pointerdown', function (e) {
      if (e.button !== 0) return;
      start = viewX(e); moved = false;
    });
    g.addEventListener('pointermove', function (e) {
      if (start === null) return;
      var x = viewX(e);
      if (!moved && Math.abs(x - start) > 4) { moved = true; g.setPointerCapture(e.pointerId); }
      if (moved) { sel.setAttribute('x', Math.min(x, start)); sel.setAttribute('width', Math.abs(x - start)); }
    });
    g.addEventListener('pointerup', function (e) {
      if (start === null) return;
      var a = start, b = viewX(e);
      start = null;
      if (!moved) return;
      suppress = true;
      location.href = base + '?from=' + day(Math.min(a, b)) + '&to=' + day(Math.max(a, b));
    });
    g.addEventListener('pointercancel', function () { start = null; moved = false; sel.setAttribute('width', 0); });
    g.addEventListener('click', function (e) { if (suppress) { e.preventDefault(); suppress = false; } }, true);
  });
}

// The timeline sends one page of steps and the chart of their period; its pager links load the next page
// in place (chart, story and table; the address follows, so back and reload show the same), without
// reloading the stylesheet and script. Without this script they are plain links.
function timelinePaging() {
  if (!document.querySelector('main figure.chart-wrap') || !window.fetch || !window.DOMParser || !history.pushState) return;
  function show(url, push) {
    return fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error('status ' + r.status);
      return r.text();
    }).then(function (text) {
      var doc = new DOMParser().parseFromString(text, 'text/html');
      var main = doc.querySelector('main');
      if (!main || !main.querySelector('figure.chart-wrap')) throw new Error('not a timeline');
      var now = document.querySelector('main');
      now.parentNode.replaceChild(document.importNode(main, true), now);
      document.title = doc.title;
      if (push) history.pushState({ timeline: true }, '', url);
      brushes(document.querySelector('main'));
    });
  }
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('main nav.pager a') : null;
    if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    show(a.href, true).catch(function () { location.href = a.href; });
  });
  window.addEventListener('popstate', function () {
    show(location.href, false).catch(function () { location.reload(); });
  });
}
