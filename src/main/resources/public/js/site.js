// Dateline public site: small progressive enhancements. Everything works without this file.
(function () {
  'use strict';

  // Feedback: send inline, without a page reload, and show the answer in place.
  function enhanceFeedback(form) {
    var box = form.closest('.feedback');
    var error = box.querySelector('.feedback-error');
    var thanks = box.querySelector('.feedback-thanks');
    var button = form.querySelector('button[type=submit]');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      button.disabled = true;
      error.hidden = true;
      fetch(form.action, {
        method: 'POST',
        headers: { Accept: 'application/json' },
        body: new URLSearchParams(new FormData(form)),
        credentials: 'same-origin',
      })
        .then(function (response) {
          return response.json().then(function (data) {
            return { status: response.status, data: data };
          });
        })
        .then(function (answer) {
          if (answer.data.ok) {
            form.hidden = true;
            thanks.hidden = false;
            thanks.focus();
          } else {
            error.textContent = answer.data.error;
            error.hidden = false;
          }
        })
        .catch(function () {
          error.textContent =
            'Your feedback could not be sent. Please check your connection and try again.';
          error.hidden = false;
        })
        .then(function () {
          button.disabled = false;
        });
    });
  }

  // Search boxes: as-you-type suggestions of headlines, topics and people (a datalist, so the
  // browser's own list is keyboard- and screen-reader-friendly). Without this, the box still works.
  function enhanceSearch(input, n) {
    var list = document.createElement('datalist');
    list.id = 'search-suggestions-' + n;
    input.parentNode.appendChild(list);
    input.setAttribute('list', list.id);
    var timer = null;
    var last = '';
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q.length < 2 || q === last) {
          return;
        }
        last = q;
        fetch('/search/suggest?q=' + encodeURIComponent(q), {
          headers: { Accept: 'application/json' },
        })
          .then(function (response) {
            return response.json();
          })
          .then(function (data) {
            list.textContent = '';
            data.suggestions.forEach(function (s) {
              var option = document.createElement('option');
              option.value =
                s.kind === 'story'
                  ? s.label
                  : (s.kind === 'topic' ? 'topic:"' : 'author:"') + s.label + '"';
              if (s.kind === 'story') {
                option.value = s.label;
              }
              list.appendChild(option);
            });
          })
          .catch(function () {
            list.textContent = '';
          });
      }, 150);
    });
  }

  // Most viewed: report one view of this story (decision 0044). No cookie, nothing about the
  // reader; a page rendered ahead of a click (prerender) reports only once it is shown.
  function reportView(url) {
    var send = function () {
      fetch(url, { method: 'POST', credentials: 'omit', keepalive: true }).catch(function () {});
    };
    if (document.prerendering) {
      document.addEventListener('prerenderingchange', send, { once: true });
    } else {
      send();
    }
  }

  // Section navigation on phones: it scrolls sideways; the fade at its end shows there is more
  // (CSS), and goes once the end is reached.
  function followNavScroll(list) {
    var nav = list.closest('nav');
    var update = function () {
      // Right to left, scrollLeft runs from 0 down to negative numbers.
      var atEnd = Math.abs(list.scrollLeft) + list.clientWidth >= list.scrollWidth - 2;
      nav.classList.toggle('at-end', atEnd);
    };
    list.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    update();
  }

  document.addEventListener('DOMContentLoaded', function () {
    // An editor signed in on this browser (a hint cookie, not a credential): show the article's
    // "Edit in newsroom" link, which is in every copy of the page, hidden.
    if (/(?:^|;\s*)dateline_editor=1(?:;|$)/.test(document.cookie)) {
      var edit = document.querySelectorAll('.edit-in-newsroom');
      for (var e = 0; e < edit.length; e++) {
        edit[e].hidden = false;
      }
    }
    var viewed = document.querySelector('article[data-view]');
    if (viewed) {
      reportView(viewed.getAttribute('data-view'));
    }
    var navList = document.querySelector('nav.sections ul');
    if (navList) {
      followNavScroll(navList);
    }
    var boxes = document.querySelectorAll('input.suggest');
    for (var b = 0; b < boxes.length; b++) {
      enhanceSearch(boxes[b], b);
    }
    var forms = document.querySelectorAll('form[data-feedback-form]');
    for (var i = 0; i < forms.length; i++) {
      enhanceFeedback(forms[i]);
    }
    var thanks = document.querySelectorAll('.feedback-thanks');
    for (var j = 0; j < thanks.length; j++) {
      thanks[j].setAttribute('tabindex', '-1');
    }
  });
})();
