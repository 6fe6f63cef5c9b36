(function () {
  'use strict';
  // Keeps the page in step with the sources: on each new version the server announces, fetch
  // this page again and swap its head and body in place, so the scroll position stays.
  var versionOf = function (doc) {
    var meta = doc.querySelector('meta[name="cvdsl-version"]');
    return meta ? meta.getAttribute('content') : '';
  };
  var shown = versionOf(document);
  var announced = shown;
  var busy = false;
  document.documentElement.setAttribute('data-cvdsl-shown', shown);

  var swap = function (html) {
    var fresh = new DOMParser().parseFromString(html, 'text/html');
    var freshVersion = versionOf(fresh);
    var x = window.scrollX;
    var y = window.scrollY;
    var own = document.getElementById('cvdsl-live');
    Array.prototype.slice.call(document.head.childNodes).forEach(function (node) {
      if (node !== own) {
        document.head.removeChild(node);
      }
    });
    Array.prototype.slice.call(fresh.head.childNodes).forEach(function (node) {
      if (!(node.id === 'cvdsl-live')) {
        document.head.insertBefore(document.adoptNode(node), own);
      }
    });
    var lang = fresh.documentElement.getAttribute('lang');
    if (lang) {
      document.documentElement.setAttribute('lang', lang);
    }
    document.body.replaceWith(document.adoptNode(fresh.body));
    window.scrollTo(x, y);
    shown = freshVersion;
    document.documentElement.setAttribute('data-cvdsl-shown', shown);
  };

  var refresh = function () {
    if (busy || announced === shown) {
      return;
    }
    busy = true;
    fetch(window.location.href, { cache: 'no-store' })
      .then(function (response) { return response.text(); })
      .then(swap)
      .catch(function () { window.location.reload(); })
      .then(function () {
        busy = false;
        refresh();
      });
  };

  var events = new EventSource('/events');
  events.addEventListener('version', function (event) {
    announced = event.data;
    refresh();
  });
})();
