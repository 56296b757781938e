// Préau — timetable pages: keyboard moves on the base timetable grid, CSRF header for htmx requests.
(function () {
  'use strict';

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  document.addEventListener('htmx:configRequest', function (event) {
    var c = csrf();
    if (c) {
      event.detail.headers[c.header] = c.token;
    }
  });

  var selectedKey = null;

  function cellOf(lesson) {
    return lesson.closest('td');
  }

  function neighbour(td, key) {
    var row = td.parentElement;
    var column = Array.prototype.indexOf.call(row.children, td);
    if (key === 'ArrowLeft' || key === 'ArrowRight') {
      var next = row.children[column + (key === 'ArrowLeft' ? -1 : 1)];
      return next && next.tagName === 'TD' ? next : null;
    }
    var otherRow = key === 'ArrowUp' ? row.previousElementSibling : row.nextElementSibling;
    return otherRow ? otherRow.children[column] : null;
  }

  function move(table, lesson, target) {
    var url = table.getAttribute('data-move-url');
    if (!url || !window.htmx) {
      return;
    }
    var values = { key: lesson.getAttribute('data-key'), day: target.getAttribute('data-day'),
      position: target.getAttribute('data-position') };
    var selection = (table.getAttribute('data-selection') || '').split('=');
    if (selection.length === 2) {
      values[selection[0]] = selection[1];
    }
    selectedKey = values.key;
    window.htmx.ajax('POST', url, { target: '#tt-grid', swap: 'outerHTML', values: values });
  }

  function select(lesson, on) {
    document.querySelectorAll('.tt-lesson.tt-selected').forEach(function (l) {
      l.classList.remove('tt-selected');
      l.setAttribute('aria-pressed', 'false');
    });
    selectedKey = on ? lesson.getAttribute('data-key') : null;
    if (on) {
      lesson.classList.add('tt-selected');
      lesson.setAttribute('aria-pressed', 'true');
    }
  }

  document.addEventListener('keydown', function (event) {
    var lesson = event.target.closest ? event.target.closest('.tt-lesson') : null;
    if (!lesson || event.target.tagName === 'BUTTON') {
      return;
    }
    var table = lesson.closest('table.tt-grid');
    if (!table || !table.getAttribute('data-move-url')) {
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(lesson, !lesson.classList.contains('tt-selected'));
    } else if (event.key === 'Escape') {
      select(lesson, false);
    } else if (lesson.classList.contains('tt-selected') && event.key.indexOf('Arrow') === 0) {
      event.preventDefault();
      var target = neighbour(cellOf(lesson), event.key);
      if (target) {
        move(table, lesson, target);
      }
    }
  });

  document.addEventListener('htmx:afterSwap', function () {
    if (!selectedKey) {
      return;
    }
    var lesson = document.querySelector('.tt-lesson[data-key="' + selectedKey + '"]');
    if (lesson) {
      select(lesson, true);
      lesson.focus();
    }
  });
}());
