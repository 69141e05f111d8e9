// Dateline newsroom body editor: links — to an address, or to a published story found by words,
// asked for in inline dialogs. Part of the editor modules loaded by main.js (see
// docs/decisions/0038).

import { SAFE_HREF } from './rules.js';
import { element } from './clean.js';
import { Editor } from './editor.js';
import { unwrap } from './state.js';

Editor.prototype.link = function () {
  var range = this.focusText();
  if (!range) {
    this.say('Select the words to link first.', true);
    return;
  }
  var saved = range.cloneRange();
  var anchor =
    range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
  var existing = anchor && anchor.closest('a');
  if (existing && !this.surface.contains(existing)) {
    existing = null;
  }
  var self = this;
  this.ask({
    title: existing ? 'Change the link' : 'Add a link',
    fields: [
      {
        name: 'href',
        label: 'Address or words',
        value: existing ? existing.getAttribute('href') : 'https://',
        hint: 'https://…, http://… or mailto:…, or words of a published story to link to it.',
      },
    ],
    ok: 'Link',
    extra: existing ? { value: 'remove', label: 'Remove link' } : null,
  }).then(function (answer) {
    self.surface.focus({ preventScroll: true });
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(saved);
    if (!answer) {
      return;
    }
    var url = answer.action === 'remove' ? '' : answer.values.href.trim();
    // Words instead of an address: find a published story to link to.
    if (url && url !== 'https://' && !/[:@/]/.test(url) && !/^www\./i.test(url)) {
      self.linkStory(url, existing, saved);
      return;
    }
    if (/^www\.[^\s]+\.[a-z]{2,}/i.test(url)) {
      url = 'https://' + url;
    } else if (/^[^\s@:/]+@[^\s@]+\.[a-z]{2,}$/i.test(url)) {
      url = 'mailto:' + url;
    }
    self.applyLink(url, existing, saved);
  });
};

// Searches the published stories for the words and links the selection to the one chosen.
Editor.prototype.linkStory = function (words, existing, saved) {
  var self = this;
  fetch('/newsroom/links?q=' + encodeURIComponent(words), {
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
  })
    .then(function (response) {
      return response.json();
    })
    .then(function (data) {
      if (!data.stories.length) {
        self.say('No published story matches “' + words + '”. Nothing was linked.', true);
        return;
      }
      return self
        .ask({
          title: 'Link to which story?',
          choices: data.stories.map(function (s, i) {
            return { value: String(i), label: s.headline + ' (' + s.date + ')' };
          }),
          choicesLabel: 'Published stories matching “' + words + '”',
          ok: 'Link',
        })
        .then(function (answer) {
          self.surface.focus({ preventScroll: true });
          var selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(saved);
          if (answer) {
            self.applyLink(data.stories[Number(answer.choice)].url, existing, saved);
          }
        });
    })
    .catch(function () {
      self.say('The stories could not be searched. Nothing was linked.', true);
    });
};

Editor.prototype.applyLink = function (url, existing, saved) {
  this.flushRecord();
  if (!url || url === 'https://') {
    if (existing) {
      unwrap(existing);
    }
  } else if (!SAFE_HREF.test(url)) {
    this.say('Links must start with https://, http:// or mailto:. Nothing was linked.', true);
    return;
  } else if (existing) {
    existing.setAttribute('href', url);
  } else if (saved.collapsed) {
    var a = element('a', url);
    a.setAttribute('href', url);
    saved.insertNode(a);
    this.caretAfter(a);
  } else {
    document.execCommand('createLink', false, url);
  }
  this.changed(true);
};
