/* The annex's only script, allowed by its CSP hash: search, failed-only filter, opening a linked entry. */
/* global document, location, window */
(function () {
  'use strict';
  var form = document.getElementById('filter');
  var q = document.getElementById('q');
  var onlyFailed = document.getElementById('only-failed');
  var shown = document.getElementById('shown');
  var cases = Array.prototype.slice.call(document.querySelectorAll('details.case'));
  var text = null;
  function apply() {
    var s = q.value.trim().toLowerCase();
    var failed = onlyFailed.checked;
    if (s && !text)
      text = cases.map(function (c) {
        return c.textContent.toLowerCase();
      });
    var n = 0;
    cases.forEach(function (c, i) {
      var hide = (failed && c.dataset.status === 'passed') || (s !== '' && text[i].indexOf(s) < 0);
      c.hidden = hide;
      if (!hide) n++;
    });
    shown.textContent = shown.dataset.template.replace('{shown}', n).replace('{total}', cases.length);
  }
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id ? document.getElementById(id) : null;
    for (var p = el; p; p = p.parentElement) if (p.tagName === 'DETAILS') p.open = true;
    if (el) el.scrollIntoView();
  }
  form.hidden = false;
  form.addEventListener('submit', function (e) {
    e.preventDefault();
  });
  q.addEventListener('input', apply);
  onlyFailed.addEventListener('change', apply);
  window.addEventListener('hashchange', reveal);
  reveal();
})();
