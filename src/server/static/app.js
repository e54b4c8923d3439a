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
  // Flash the claim span an event page linked to.
  if (location.hash.indexOf('#c-') === 0) {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) { target.classList.add('flash'); target.scrollIntoView({ block: 'center' }); }
  }
});
