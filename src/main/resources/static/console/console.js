// The year page: find a city or county by name or code; a match shows its region above it too.
(function () {
  'use strict';
  var search = document.getElementById('unit-search');
  var table = document.getElementById('coverage');
  if (!search || !table) {
    return;
  }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var byCode = {};
  rows.forEach(function (row) { byCode[row.dataset.code] = row; });
  var none = document.getElementById('search-none');
  function filter() {
    var words = search.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) { row.hidden = words !== ''; });
    rows.forEach(function (row) {
      if (words === '' || row.dataset.code.toLowerCase().indexOf(words) >= 0
          || row.dataset.name.toLowerCase().indexOf(words) >= 0) {
        shown++;
        for (var at = row; at; at = byCode[at.dataset.parent]) {
          at.hidden = false;
        }
      }
    });
    if (none) {
      none.hidden = shown > 0;
    }
  }
  search.addEventListener('input', filter);
  if (search.value) {
    filter();
  }
})();
