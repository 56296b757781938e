/*
 * Roll call (appel) on a phone with a flaky connection. Every tap is saved at once; marks wait in
 * localStorage until the server acknowledges them, and are retried (with back-off, and as soon as the phone
 * is back online). The server keys marks by lesson and pupil, so a retry never duplicates anything, and each
 * mark carries the time of the tap so that an older retry never overwrites a newer mark.
 */
(function () {
  'use strict';

  var KEY = 'preau.attendance.queue';
  var root = document.querySelector('main.rollcall');
  var sending = false;
  var retryDelay = 1000;
  var retryTimer = null;

  function load() {
    try {
      var queue = JSON.parse(window.localStorage.getItem(KEY) || '[]');
      return Array.isArray(queue) ? queue : [];
    } catch (e) {
      return [];
    }
  }

  function save(queue) {
    window.localStorage.setItem(KEY, JSON.stringify(queue));
  }

  function newId() {
    return Date.now().toString(36) + Math.random().toString(36).slice(2);
  }

  function csrfHeaders() {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header && token.content && header.content) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  /** Queues a request, replacing any older one with the same key (only the latest mark of a pupil matters). */
  function enqueue(item) {
    item.id = newId();
    var queue = load().filter(function (queued) { return queued.key !== item.key; });
    queue.push(item);
    save(queue);
    render();
    flush();
  }

  function settle(item) {
    save(load().filter(function (queued) { return queued.id !== item.id; }));
  }

  function later() {
    if (retryTimer) {
      return;
    }
    retryTimer = window.setTimeout(function () {
      retryTimer = null;
      flush();
    }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 30000);
  }

  function send(item) {
    var controller = window.AbortController ? new AbortController() : null;
    var timeout = window.setTimeout(function () { if (controller) { controller.abort(); } }, 15000);
    return window.fetch(item.url, {
      method: item.method,
      headers: csrfHeaders(),
      body: item.body,
      credentials: 'same-origin',
      signal: controller ? controller.signal : undefined
    }).finally(function () { window.clearTimeout(timeout); });
  }

  /** Sends queued requests one at a time, oldest first, until the queue is empty or the network fails. */
  function flush() {
    if (sending) {
      return;
    }
    var queue = load();
    if (queue.length === 0) {
      render();
      return;
    }
    var item = queue[0];
    sending = true;
    send(item).then(function (response) {
      sending = false;
      if (response.ok) {
        retryDelay = 1000;
        settle(item);
        acknowledged(item);
        flush();
      } else if (response.status === 401 || response.status === 403 || response.status >= 500
                 || response.status === 408 || response.status === 429) {
        // Signed out, stale token or server trouble: keep the mark and try again later.
        problem(response.status === 401 || response.status === 403 ? 'signin' : 'error');
        later();
      } else {
        // Refused for good (unknown pupil, invalid minutes): drop it, say so, go on.
        settle(item);
        problem('error');
        flush();
      }
    }, function () {
      sending = false;
      later();
      render();
    });
  }

  function acknowledged(item) {
    if (item.kind === 'complete' && root && item.lesson === root.dataset.lesson) {
      var done = document.getElementById('completed');
      if (done) {
        done.hidden = false;
      }
    }
    render();
  }

  var lastProblem = null;

  function problem(kind) {
    lastProblem = kind;
    render();
  }

  function render() {
    var status = document.getElementById('sync');
    if (!status || !root) {
      return;
    }
    var count = load().length;
    if (count === 0) {
      lastProblem = null;
      status.textContent = root.dataset.saved || '';
      status.className = 'sync ok';
      return;
    }
    var text = count === 1 ? root.dataset.pendingOne : root.dataset.pendingMany.replace('{0}', String(count));
    if (lastProblem) {
      text += ' — ' + (lastProblem === 'signin' ? root.dataset.signin : root.dataset.error);
    }
    status.textContent = text;
    status.className = 'sync pending';
  }

  function show(line, status, minutes) {
    line.dataset.status = status;
    line.querySelectorAll('button.mark').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.dataset.set === status));
    });
    if (minutes) {
      line.querySelector('input.late-minutes').value = minutes;
    }
  }

  function mark(line, status) {
    var input = line.querySelector('input.late-minutes');
    var minutes = status === 'RETARD' ? parseInt(input.value, 10) || 5 : null;
    show(line, status, minutes);
    var lesson = root.dataset.lesson;
    var pupil = line.dataset.pupil;
    enqueue({
      kind: 'mark',
      key: lesson + ':' + pupil,
      lesson: lesson,
      pupil: pupil,
      url: root.dataset.api + lesson + '/marks/' + pupil,
      method: 'PUT',
      body: JSON.stringify({ status: status, lateMinutes: minutes, markedAt: new Date().toISOString() })
    });
  }

  function setUp() {
    if (!root) {
      return;
    }
    root.querySelectorAll('li.pupil').forEach(function (line) {
      line.querySelectorAll('button.mark').forEach(function (button) {
        button.addEventListener('click', function () { mark(line, button.dataset.set); });
      });
      line.querySelector('input.late-minutes').addEventListener('change', function () {
        if (line.dataset.status === 'RETARD') {
          mark(line, 'RETARD');
        }
      });
    });
    var complete = document.getElementById('complete');
    if (complete) {
      complete.addEventListener('click', function () {
        enqueue({
          kind: 'complete',
          key: root.dataset.lesson + ':complete',
          lesson: root.dataset.lesson,
          url: root.dataset.api + root.dataset.lesson + '/completion',
          method: 'POST',
          body: '{}'
        });
      });
    }
    // Marks still waiting from an earlier visit show as the teacher left them.
    load().forEach(function (item) {
      if (item.kind === 'mark' && item.lesson === root.dataset.lesson) {
        var line = root.querySelector('li.pupil[data-pupil="' + item.pupil + '"]');
        if (line) {
          var body = JSON.parse(item.body);
          show(line, body.status, body.lateMinutes);
        }
      }
    });
    window.addEventListener('online', function () { retryDelay = 1000; flush(); });
    window.setInterval(flush, 15000);
    render();
    flush();
  }

  setUp();
})();
