// Dateline newsroom: "who is in this story now". The page says it is here every 10 seconds and
// shows who else is; when it is left (closed, reloaded, navigated away) a beacon says so at once.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.querySelector('[data-presence]');
    var token = document.querySelector('input[name=csrf]');
    if (!box || !token) {
      return;
    }
    var csrf = token.value;
    function body() {
      return new URLSearchParams({ csrf: csrf });
    }
    function beat() {
      fetch(box.getAttribute('data-presence'), {
        method: 'POST',
        headers: { Accept: 'application/json' },
        body: body(),
        credentials: 'same-origin',
      })
        .then(function (response) {
          return response.ok ? response.json() : null;
        })
        .then(function (data) {
          if (data) {
            box.textContent = data.message;
            box.hidden = data.message === '';
          }
        })
        .catch(function () {});
    }
    beat();
    var timer = setInterval(beat, 10000);
    window.addEventListener('pagehide', function () {
      clearInterval(timer);
      navigator.sendBeacon(box.getAttribute('data-leave'), body());
    });
    window.addEventListener('pageshow', function (event) {
      if (event.persisted) {
        beat();
        timer = setInterval(beat, 10000);
      }
    });
  });
})();
