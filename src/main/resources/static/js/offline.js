// Offline first for what happens outdoors. Forms marked data-offline are kept on the phone (IndexedDB) when there is
// no signal, listed as "待上传" with their time, and sent when the network returns, each with its client-generated
// id (the server creates one record per id however often it arrives) and the time it really happened.
(function () {
  'use strict';
  var DB = 'carenext-offline', STORE = 'queue';
  var body = document.body;
  var syncing = false;

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', {scope: '/'}).catch(function () { /* the pages still work online */ });
  }

  function text(name) { return (body && body.getAttribute('data-' + name)) || ''; }
  function user() { return (body && body.getAttribute('data-user')) || ''; }

  function newId() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function open() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB, 1);
      request.onupgradeneeded = function () { request.result.createObjectStore(STORE, {keyPath: 'clientId'}); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function store(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode);
        var result = work(tx.objectStore(STORE));
        tx.oncomplete = function () { resolve(result && 'result' in result ? result.result : undefined); };
        tx.onerror = function () { reject(tx.error); };
        tx.onabort = function () { reject(tx.error || new Error('aborted')); };
      });
    });
  }

  function all() {
    return store('readonly', function (s) { return s.getAll(); }).then(function (items) {
      return (items || []).filter(function (item) { return item.user === user(); })
        .sort(function (a, b) { return a.createdAt - b.createdAt; });
    });
  }
  function put(item) { return store('readwrite', function (s) { s.put(item); }); }
  function remove(id) { return store('readwrite', function (s) { s['delete'](id); }); }

  function say(message) {
    var status = document.getElementById('offline-status');
    if (status) {
      status.textContent = message;
      status.hidden = !message;
    }
  }

  function two(n) { return (n < 10 ? '0' : '') + n; }
  function when(millis) {
    var d = new Date(millis);
    return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate()) + ' ' + two(d.getHours()) + ':'
      + two(d.getMinutes());
  }

  // What a queued entry is, in words, from the form's data-offline-summary: segments separated by '|', each naming
  // fields as {name} (its value, or a select's shown text) or {name?} (only that it was filled); a segment whose
  // field is empty is left out. "{hours} 小时|{description}" gives "3 小时 · 查干淖尔巡查劝导".
  function valueOf(form, name) {
    var field = form.elements[name];
    if (!field) { return ''; }
    if (field.tagName === 'SELECT') { return field.value ? field.options[field.selectedIndex].text.trim() : ''; }
    if (field.type === 'file') { return field.files && field.files.length ? field.files[0].name : ''; }
    return String(field.value || '').trim();
  }
  function summarize(form) {
    var pattern = form.getAttribute('data-offline-summary');
    if (!pattern) { return ''; }
    return pattern.split('|').map(function (segment) {
      var missing = false;
      var said = segment.replace(/\{(\w+)(\??)\}/g, function (all, name, presence) {
        var value = valueOf(form, name);
        if (!value) { missing = true; }
        return presence ? '' : value;
      });
      return missing ? '' : said.trim();
    }).filter(Boolean).join(' · ');
  }

  function render() {
    var list = document.getElementById('offline-queue-items');
    var box = document.getElementById('offline-queue');
    if (!list || !box) { return Promise.resolve(); }
    return all().then(function (items) {
      list.innerHTML = '';
      items.forEach(function (item) {
        var li = document.createElement('li');
        li.className = 'list-group-item queued-item';
        li.setAttribute('data-client-id', item.clientId);
        var title = document.createElement('strong');
        title.textContent = item.label;
        li.appendChild(title);
        // one line in words: what it is, when it was recorded on the phone, and where it stands
        var line = document.createElement('div');
        line.className = 'queued-summary';
        line.appendChild(document.createTextNode((item.summary ? item.summary + ' · ' : '') + when(item.createdAt) + ' · '));
        var state = document.createElement('span');
        state.className = item.status === 'failed' ? 'queued-failed' : 'queued-waiting';
        state.textContent = item.status === 'failed' ? text('queue-failed') + '：' + item.message
          : (item.status === 'sending' ? text('queue-sending') : text('queue-waiting'));
        line.appendChild(state);
        li.appendChild(line);
        if (item.status === 'failed') {
          var drop = document.createElement('button');
          drop.type = 'button';
          drop.className = 'btn btn-outline-danger mt-2';
          drop.textContent = text('queue-remove');
          drop.addEventListener('click', function () { remove(item.clientId).then(render); });
          li.appendChild(drop);
        }
        list.appendChild(li);
      });
      box.hidden = items.length === 0;
      return items;
    });
  }

  // A photo is kept as its bytes, not as the File: Chromium does not always write a File into IndexedDB (the
  // transaction then aborts without an error), and a File picked on the phone may be gone when the network returns.
  function fieldsOf(form) {
    var fields = [];
    new FormData(form).forEach(function (value, name) { fields.push([name, value]); });
    return Promise.all(fields.map(function (field) {
      var value = field[1];
      if (typeof value === 'string') { return field; }
      if (!value.size) { return null; }
      return value.arrayBuffer().then(function (bytes) {
        return [field[0], {file: true, name: value.name, type: value.type, bytes: bytes}];
      });
    })).then(function (kept) { return kept.filter(Boolean); });
  }

  // A check-in kept on the phone: its page shows the check-out form that refers to it.
  function showNext(form, clientId) {
    var next = document.getElementById(form.getAttribute('data-offline-next'));
    if (!next) { return; }
    form.hidden = true;
    next.hidden = false;
    next.querySelectorAll('[name=checkInClientId]').forEach(function (input) { input.value = clientId; });
  }

  function prepare(form) {
    var id = form.querySelector('input[name=clientId]');
    if (!id) {
      id = document.createElement('input');
      id.type = 'hidden';
      id.name = 'clientId';
      form.appendChild(id);
    }
    id.value = newId();
    if (form.hasAttribute('data-offline-time')) {
      var at = form.querySelector('input[name=happenedAt]');
      if (!at) {
        at = document.createElement('input');
        at.type = 'hidden';
        at.name = 'happenedAt';
        form.appendChild(at);
      }
      at.value = String(Date.now());
    }
    return id.value;
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute('data-offline')) {
      if (form.getAttribute && /\/logout$/.test(form.getAttribute('action') || '') && window.caches) {
        caches.keys().then(function (keys) { keys.forEach(function (key) { caches.delete(key); }); });
      }
      return;
    }
    var clientId = prepare(form);
    if (navigator.onLine) { return; }
    event.preventDefault();
    var checkIn = form.querySelector('[name=checkInClientId]');
    var summary = summarize(form);
    fieldsOf(form).then(function (fields) {
      return put({
        clientId: clientId, user: user(), action: form.action, label: form.getAttribute('data-offline-label'),
        summary: summary, fields: fields, createdAt: Date.now(), status: 'waiting', dependsOn: checkIn ? checkIn.value : null
      });
    }).then(function () {
      say(text('offline-saved'));
      form.reset();
      if (form.hasAttribute('data-offline-next')) { showNext(form, clientId); }
      if (form.hasAttribute('data-offline-done')) {
        var done = document.getElementById(form.getAttribute('data-offline-done'));
        if (done) { form.hidden = true; done.hidden = false; }
      }
      return render();
    }).catch(function () { say(text('offline-not-saved')); });
  });

  function token() {
    return fetch('/my', {credentials: 'same-origin', cache: 'no-store'}).then(function (response) {
      if (response.redirected && /\/login/.test(response.url)) { return null; }
      return response.text().then(function (html) {
        var meta = new DOMParser().parseFromString(html, 'text/html').querySelector('meta[name=_csrf]');
        return meta ? meta.getAttribute('content') : null;
      });
    });
  }

  function problemOf(html) {
    var page = new DOMParser().parseFromString(html, 'text/html');
    var found = page.querySelector('main .alert-danger, .invalid-feedback, main .text-danger');
    return found ? found.textContent.trim() : '';
  }

  function send(item, csrf) {
    var data = new FormData();
    item.fields.forEach(function (field) {
      // A page's one-time form token would make the second of two entries queued from one cached page look like
      // a resend of the first; a queued entry is made unique by its clientId instead.
      if (field[0] === '_formToken') { return; }
      var value = field[1];
      if (field[0] === '_csrf') {
        data.append('_csrf', csrf);
      } else if (value && value.file) {
        data.append(field[0], new Blob([value.bytes], {type: value.type}), value.name);
      } else {
        data.append(field[0], value);
      }
    });
    item.status = 'sending';
    return put(item).then(render).then(function () {
      return fetch(item.action, {method: 'POST', body: data, credentials: 'same-origin'});
    }).then(function (response) {
      if (response.redirected && /\/login/.test(response.url)) { throw new Error('login'); }
      if (response.ok) {
        return remove(item.clientId).then(function () { say(text('offline-sent').replace('{0}', item.label)); });
      }
      return response.text().then(function (html) {
        item.status = 'failed';
        item.message = problemOf(html) || String(response.status);
        return put(item);
      });
    }, function (offline) {
      item.status = 'waiting';
      return put(item).then(function () { throw offline; });
    });
  }

  function sync() {
    if (syncing || !navigator.onLine) { return Promise.resolve(); }
    syncing = true;
    return all().then(function (items) {
      var waiting = items.filter(function (item) { return item.status !== 'failed'; });
      if (waiting.length === 0) { return null; }
      return token().then(function (csrf) {
        if (!csrf) { say(text('offline-login')); return null; }
        return waiting.reduce(function (chain, item) {
          return chain.then(function () { return send(item, csrf); });
        }, Promise.resolve());
      });
    }).catch(function (stopped) {
      if (stopped && stopped.message === 'login') { say(text('offline-login')); }
    }).then(function () {
      syncing = false;
      return render();
    });
  }

  window.carenextSync = sync;
  window.addEventListener('online', sync);
  document.addEventListener('DOMContentLoaded', function () {
    render().then(function (items) {
      document.querySelectorAll('form[data-offline-next]').forEach(function (form) {
        (items || []).forEach(function (item) {
          var followed = items.some(function (other) { return other.dependsOn === item.clientId; });
          if (item.action === form.action && !followed) { showNext(form, item.clientId); }
        });
      });
      return sync();
    });
    setInterval(sync, 30000);
  });
}());
