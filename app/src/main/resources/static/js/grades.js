// Préau — marks grid: keyboard-first entry, saved cell by cell, paste a spreadsheet column to fill down.
(function () {
  'use strict';

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json' };
    if (token && header && token.content && header.content) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  function init(grid) {
    var url = grid.dataset.saveUrl;
    // Saves run one after another, so that the statistics of the last answer include every mark typed before.
    var queue = Promise.resolve();
    var cells = Array.prototype.slice.call(grid.querySelectorAll('input.mark-cell'));

    function statusOf(cell) {
      return document.getElementById('status-' + cell.dataset.row);
    }

    function showStatistics(stats) {
      ['min', 'max', 'mean', 'count'].forEach(function (key) {
        var el = document.getElementById('stat-' + key);
        if (el) {
          el.textContent = stats && stats[key] !== undefined ? stats[key] : (key === 'count' ? '0' : '');
        }
      });
    }

    function save(cell) {
      var value = cell.value.trim();
      if (cell.dataset.saved === value || cell.dataset.pending === value) {
        return Promise.resolve();
      }
      cell.dataset.pending = value;
      var status = statusOf(cell);
      cell.setAttribute('aria-busy', 'true');
      var body = 'pupilId=' + encodeURIComponent(cell.dataset.pupil) + '&value=' + encodeURIComponent(value);
      queue = queue
        .then(function () {
          return fetch(url, { method: 'POST', headers: csrfHeaders(), body: body, credentials: 'same-origin' });
        })
        .then(function (response) {
          return response.json().then(function (json) { return { ok: response.ok, json: json }; });
        })
        .then(function (result) {
          delete cell.dataset.pending;
          cell.removeAttribute('aria-busy');
          if (result.ok) {
            cell.dataset.saved = value;
            cell.classList.remove('invalid');
            cell.removeAttribute('aria-invalid');
            status.textContent = grid.dataset.savedLabel || '✓';
            showStatistics(result.json.statistics);
          } else {
            cell.classList.add('invalid');
            cell.setAttribute('aria-invalid', 'true');
            status.textContent = result.json.error || grid.dataset.errorLabel;
          }
        })
        .catch(function () {
          delete cell.dataset.pending;
          cell.removeAttribute('aria-busy');
          cell.classList.add('invalid');
          status.textContent = grid.dataset.errorLabel;
        });
      return queue;
    }

    function move(from, delta) {
      var next = cells[cells.indexOf(from) + delta];
      if (next) {
        next.focus();
        next.select();
      }
    }

    cells.forEach(function (cell) {
      cell.dataset.saved = cell.value.trim();
      cell.addEventListener('change', function () { save(cell); });
      cell.addEventListener('keydown', function (event) {
        if (event.key === 'ArrowDown' || (event.key === 'Enter' && !event.shiftKey)) {
          event.preventDefault();
          save(cell);
          move(cell, 1);
        } else if (event.key === 'ArrowUp' || (event.key === 'Enter' && event.shiftKey)) {
          event.preventDefault();
          save(cell);
          move(cell, -1);
        }
      });
      // A column copied from a spreadsheet: one value per line (first column of tab-separated lines), filling
      // this cell and the ones below it.
      cell.addEventListener('paste', function (event) {
        var text = (event.clipboardData || window.clipboardData).getData('text');
        if (!/[\t\r\n]/.test(text.trim())) {
          return;
        }
        event.preventDefault();
        var values = text.replace(/\r/g, '').split('\n');
        while (values.length && values[values.length - 1].trim() === '') {
          values.pop();
        }
        var start = cells.indexOf(cell);
        values.forEach(function (line, i) {
          var target = cells[start + i];
          if (target) {
            target.value = line.split('\t')[0].trim();
            save(target);
          }
        });
        move(cell, Math.min(values.length, cells.length - start - 1));
      });
    });
  }

  // Socle levels: one select per pupil, saved as soon as it changes.
  function initLevels(grid) {
    var url = grid.dataset.levelUrl;
    Array.prototype.forEach.call(grid.querySelectorAll('select.level-cell'), function (select) {
      select.addEventListener('change', function () {
        var status = document.getElementById('status-' + select.dataset.row);
        var body = 'pupilId=' + encodeURIComponent(select.dataset.pupil) + '&level=' + encodeURIComponent(select.value);
        fetch(url, { method: 'POST', headers: csrfHeaders(), body: body, credentials: 'same-origin' })
          .then(function (response) {
            status.textContent = response.ok ? (grid.dataset.savedLabel || '✓') : grid.dataset.errorLabel;
          })
          .catch(function () { status.textContent = grid.dataset.errorLabel; });
      });
    });
  }

  // Socle grid (pupils × components): 1–4 per cell, saved when the cell is left; Enter and the arrows move.
  function initSocle(grid) {
    var url = grid.dataset.saveUrl;
    var statusLine = document.getElementById('socle-status');
    var queue = Promise.resolve();
    // Only the latest action speaks in the status line: an earlier save answering late must not hide it.
    var lastAction = 0;
    var cells = Array.prototype.slice.call(grid.querySelectorAll('input.socle-cell'));

    function announce(action, text) {
      if (action === lastAction) {
        statusLine.textContent = text;
      }
    }
    var byPosition = {};
    cells.forEach(function (cell) {
      byPosition[cell.dataset.row + ':' + cell.dataset.col] = cell;
    });

    function paint(cell, level) {
      var td = cell.parentNode;
      td.classList.remove('level-1', 'level-2', 'level-3', 'level-4');
      if (level) {
        td.classList.add('level-' + level);
      }
    }

    function save(cell) {
      var value = cell.value.trim();
      if (cell.dataset.saved === value) {
        return;
      }
      var action = ++lastAction;
      if (!/^[1-4]?$/.test(value)) {
        cell.classList.add('invalid');
        cell.setAttribute('aria-invalid', 'true');
        announce(action, grid.dataset.errorLabel);
        return;
      }
      var body = 'subjectId=' + encodeURIComponent(grid.dataset.subject) +
        '&periodId=' + encodeURIComponent(grid.dataset.period) +
        '&pupilId=' + encodeURIComponent(cell.dataset.pupil) +
        '&component=' + encodeURIComponent(cell.dataset.component) +
        '&level=' + encodeURIComponent(value);
      cell.setAttribute('aria-busy', 'true');
      queue = queue
        .then(function () {
          return fetch(url, { method: 'POST', headers: csrfHeaders(), body: body, credentials: 'same-origin' });
        })
        .then(function (response) {
          return response.json().then(function (json) { return { ok: response.ok, json: json }; },
            function () { return { ok: false, json: {} }; });
        })
        .then(function (result) {
          cell.removeAttribute('aria-busy');
          if (result.ok) {
            cell.dataset.saved = value;
            cell.classList.remove('invalid');
            cell.removeAttribute('aria-invalid');
            cell.title = result.json.label || '';
            paint(cell, result.json.level);
            announce(action, (grid.dataset.savedLabel || '✓') + ' — ' + cell.getAttribute('aria-label') +
              (result.json.label ? ' : ' + result.json.label : ''));
          } else {
            cell.classList.add('invalid');
            cell.setAttribute('aria-invalid', 'true');
            announce(action, result.json.error || grid.dataset.errorLabel);
          }
        })
        .catch(function () {
          cell.removeAttribute('aria-busy');
          cell.classList.add('invalid');
          announce(action, grid.dataset.errorLabel);
        });
    }

    function go(cell, rowDelta, colDelta) {
      var next = byPosition[(Number(cell.dataset.row) + rowDelta) + ':' + (Number(cell.dataset.col) + colDelta)];
      if (next) {
        next.focus();
        next.select();
      }
    }

    cells.forEach(function (cell) {
      cell.dataset.saved = cell.value.trim();
      cell.addEventListener('focus', function () { cell.select(); });
      cell.addEventListener('change', function () { save(cell); });
      cell.addEventListener('keydown', function (event) {
        var moves = { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] };
        var move = moves[event.key];
        if (event.key === 'Enter') {
          move = event.shiftKey ? [-1, 0] : [1, 0];
        }
        if (move) {
          event.preventDefault();
          save(cell);
          go(cell, move[0], move[1]);
        }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var grid = document.getElementById('marks-grid');
    if (grid) {
      init(grid);
      initLevels(grid);
    }
    var socle = document.getElementById('socle-grid');
    if (socle) {
      initSocle(socle);
    }
  });
})();
