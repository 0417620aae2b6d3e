// Small behaviours of every page; nothing here is needed for a page to work without JavaScript.
document.addEventListener('DOMContentLoaded', function () {
  var toggle = document.getElementById('font-toggle');
  if (toggle) {
    var sync = function () {
      toggle.setAttribute('aria-pressed', document.documentElement.classList.contains('large-font') ? 'true' : 'false');
    };
    sync();
    toggle.addEventListener('click', function () {
      var on = document.documentElement.classList.toggle('large-font');
      localStorage.setItem('carenext.largeFont', on ? '1' : '0');
      sync();
    });
  }
  // On a phone, tables become cards: each cell carries its column's name.
  document.querySelectorAll('main table.table').forEach(function (table) {
    var heads = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
      return th.textContent.trim();
    });
    table.classList.add('table-cards');
    table.querySelectorAll('tbody tr').forEach(function (row) {
      Array.prototype.forEach.call(row.children, function (cell, i) {
        if (heads[i] && !cell.hasAttribute('data-label')) { cell.setAttribute('data-label', heads[i]); }
      });
    });
  });
  // Forms with data-confirm ask before they submit (deactivate, reset a password).
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
});
