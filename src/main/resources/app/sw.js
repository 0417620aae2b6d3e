// CareNext service worker: the volunteer's pages open with no signal on the pasture.
// Static files: cache first. The volunteer's pages (and a water body's check-in page, opened by scanning its card):
// network first, the last good copy when there is no network. Nothing else is kept.
'use strict';
var CACHE = 'carenext-v3';
var STATIC = [
  '/css/app.css', '/js/app.js', '/js/font-size.js', '/js/offline.js',
  '/webjars/bootstrap/css/bootstrap.min.css', '/webjars/bootstrap/js/bootstrap.bundle.min.js',
  '/webjars/htmx.org/dist/htmx.min.js', '/icons/icon-192.png', '/icons/icon-512.png', '/manifest.webmanifest'
];
var PAGES = [/^\/my(\/hours|\/records)?$/, /^\/study\/check-in$/, /^\/patrol\/my$/, /^\/patrol\/check-in\/\d+$/];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(STATIC); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) { return key !== CACHE; }).map(function (key) {
      return caches.delete(key);
    }));
  }).then(function () { return self.clients.claim(); }));
});

function isPage(url) {
  return PAGES.some(function (pattern) { return pattern.test(url.pathname); });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  // the pages ask for the webjars by their versioned path (/webjars/bootstrap/5.3.8/...): kept on first use
  if (STATIC.indexOf(url.pathname) >= 0 || /^\/webjars\//.test(url.pathname)) {
    event.respondWith(caches.match(request).then(function (hit) {
      return hit || fetch(request).then(function (response) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
        return response;
      });
    }));
    return;
  }
  if (request.mode === 'navigate' && isPage(url)) {
    event.respondWith(fetch(request).then(function (response) {
      // a redirect (to the login page) or an error page is never kept in place of the volunteer's page
      if (response.ok && !response.redirected) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { cache.put(url.pathname, copy); });
      }
      return response;
    }).catch(function () {
      return caches.match(url.pathname).then(function (hit) {
        return hit || caches.match('/my').then(function (home) {
          return home || new Response('<!DOCTYPE html><meta charset="utf-8"><title>CareNext</title>'
            + '<p style="font-size:20px">&#x6CA1;&#x6709;&#x4FE1;&#x53F7;</p>',
            {status: 503, headers: {'Content-Type': 'text/html; charset=utf-8'}});
        });
      });
    }));
  }
});
