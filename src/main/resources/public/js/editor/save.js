// Dateline newsroom body editor: Saving: submit and autosave, with the status line.
// Part of the editor modules loaded by main.js (see docs/decisions/0038).

import { ALT_REQUIRED } from './rules.js';
import { photoOf } from './blocks.js';
import { Editor } from './editor.js';

Editor.prototype.csrf = function () {
  var input = this.form && this.form.querySelector("input[name='csrf']");
  return input ? input.value : '';
};

Editor.prototype.submit = function (event) {
  this.flushRecord();
  this.sync();
  var missing = Array.from(this.surface.querySelectorAll('figure')).find(function (fig) {
    return !photoOf(fig).alt;
  });
  if (missing) {
    event.preventDefault();
    this.say(ALT_REQUIRED, true);
    missing.scrollIntoView({ block: 'center' });
    this.editPhoto(missing);
    return;
  }
  if (this.saving) {
    // An autosave is on its way and will change the version: submit once it has answered.
    event.preventDefault();
    this.pendingSubmit = { submitter: event.submitter || null };
    return;
  }
  this.submitting = true;
  window.clearInterval(this.autosaveTimer);
};

Editor.prototype.autosave = function () {
  var self = this;
  var url = this.form && this.form.dataset.autosave;
  if (!url || !this.dirty || this.saving || this.autosaveStopped || this.submitting) {
    return;
  }
  this.flushRecord();
  this.sync();
  this.saving = true;
  var changesAtStart = this.changes;
  var body = new URLSearchParams(new FormData(this.form)).toString();
  fetch(url, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
    },
    body: body,
    credentials: 'same-origin',
    // A page being closed still gets its last draft saved; browsers cap such requests at 64 kB.
    keepalive: document.visibilityState === 'hidden' && body.length < 60000,
  })
    .then(function (response) {
      if (response.status === 503) {
        // The server was too busy to save; nothing was lost, and the next tick tries again.
        return { ok: false, busy: true };
      }
      return response.json().catch(function () {
        return {
          ok: false,
          error:
            response.status === 401 || response.redirected
              ? 'Autosave stopped: you were signed out. Sign in again in another tab, then save.'
              : 'Autosave stopped: the server answered with error ' +
                response.status +
                '. Save by hand.',
        };
      });
    })
    .then(
      function (answer) {
        if (answer && answer.ok) {
          var version = self.form.querySelector("input[name='version']");
          if (version && answer.version !== undefined) {
            version.value = String(answer.version);
          }
          if (self.changes === changesAtStart) {
            self.dirty = false;
          }
          self.showStatus('Draft saved at ' + clock(answer.savedAt), false);
        } else if (answer && answer.busy) {
          self.showStatus(
            'The server is busy; autosave will try again. Your text is still here.',
            true,
          );
        } else {
          self.autosaveStopped = true;
          window.clearInterval(self.autosaveTimer);
          self.showStatus((answer && answer.error) || 'Autosave stopped. Save by hand.', true);
        }
      },
      function () {
        self.showStatus(
          'Autosave could not reach the server; it will try again. Your text is still here.',
          true,
        );
      },
    )
    .then(function () {
      self.saving = false;
      var pending = self.pendingSubmit;
      if (pending) {
        self.pendingSubmit = null;
        if (pending.submitter && self.form.requestSubmit) {
          self.form.requestSubmit(pending.submitter);
        } else if (self.form.requestSubmit) {
          self.form.requestSubmit();
        } else {
          self.submitting = true;
          self.form.submit();
        }
      }
    });
};

Editor.prototype.showStatus = function (text, problem) {
  this.status.textContent = text;
  this.status.classList.toggle('is-error', !!problem);
};

function clock(savedAt) {
  if (/^\d{1,2}:\d{2}$/.test(savedAt || '')) {
    return savedAt;
  }
  var when = savedAt ? new Date(savedAt) : new Date();
  if (isNaN(when.getTime())) {
    when = new Date();
  }
  var pad = function (n) {
    return (n < 10 ? '0' : '') + n;
  };
  return pad(when.getHours()) + ':' + pad(when.getMinutes());
}

// ---------------------------------------------------------------------------------------------
