// Dateline newsroom body editor: The editor: its toolbar, surface, status lines and the events it listens to.
// Part of the editor modules loaded by main.js (see docs/decisions/0038).

import { AUTOSAVE_MS, IS_MAC, TOOLBAR } from './rules.js';
import { cleanHtml, element } from './clean.js';
import { textBlocks } from './walk.js';
import { photoOf } from './blocks.js';

export function html(fragment) {
  return Array.from(fragment.childNodes)
    .map(function (node) {
      return node.outerHTML;
    })
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// The editor.
// ---------------------------------------------------------------------------------------------

export function shortcut(keys) {
  return (IS_MAC ? '\u2318' : 'Ctrl+') + keys;
}

export function Editor(box, textarea) {
  this.box = box;
  this.textarea = textarea;
  this.form = textarea.form;
  this.id = textarea.id || 'body';
  this.history = [];
  this.future = [];
  this.dirty = false;
  this.changes = 0;
  this.saving = false;
  this.autosaveStopped = false;
  this.submitting = false;
  this.pendingSubmit = null;
  this.lastRange = null;
  this.recordTimer = 0;
}

Editor.prototype.build = function () {
  var self = this;
  var label =
    this.box.querySelector("label[for='" + this.id + "']") || this.box.querySelector('label');
  if (label && !label.id) {
    label.id = this.id + '-label';
  }

  this.toolbar = element('div');
  this.toolbar.className = 'editor-toolbar';
  this.toolbar.setAttribute('role', 'toolbar');
  this.toolbar.setAttribute('aria-label', 'Body formatting');
  this.buttons = {};
  TOOLBAR.forEach(function (spec) {
    if (spec.separator) {
      var gap = element('span');
      gap.className = 'editor-separator';
      gap.setAttribute('aria-hidden', 'true');
      self.toolbar.append(gap);
      return;
    }
    var button = element('button', spec.text);
    button.type = 'button';
    button.className = 'editor-button editor-' + spec.command;
    button.setAttribute('aria-label', spec.label);
    button.title = spec.label + (spec.keys ? ' (' + shortcut(spec.keys) + ')' : '');
    if (spec.keys) {
      button.setAttribute('aria-keyshortcuts', (IS_MAC ? 'Meta+' : 'Control+') + spec.keys);
    }
    if (spec.toggle) {
      button.setAttribute('aria-pressed', 'false');
    }
    button.tabIndex = -1;
    button.dataset.command = spec.command;
    // Keep the text selection: a mouse click on the toolbar must not move focus out of the text.
    button.addEventListener('mousedown', function (event) {
      event.preventDefault();
    });
    button.addEventListener('click', function () {
      self.run(spec.command);
    });
    self.buttons[spec.command] = button;
    self.toolbar.append(button);
  });
  this.buttons.p.tabIndex = 0;
  this.buttons.photo.hidden = !(this.form && this.form.dataset.upload);
  this.toolbar.addEventListener('keydown', function (event) {
    self.toolbarKeys(event);
  });

  this.surface = element('div');
  this.surface.className = 'editor-surface';
  this.surface.id = this.id + '-surface';
  this.surface.contentEditable = 'true';
  this.surface.spellcheck = true;
  this.surface.setAttribute('role', 'textbox');
  this.surface.setAttribute('aria-multiline', 'true');
  if (label) {
    this.surface.setAttribute('aria-labelledby', label.id);
    label.addEventListener('click', function (event) {
      event.preventDefault();
      self.surface.focus();
    });
  }
  var described = [this.textarea.getAttribute('aria-describedby'), this.id + '-keys']
    .filter(Boolean)
    .join(' ');
  this.surface.setAttribute('aria-describedby', described);
  this.toolbar.setAttribute('aria-controls', this.surface.id);

  var keys = element(
    'p',
    'Shortcuts: ' +
      shortcut('B') +
      ' bold, ' +
      shortcut('I') +
      ' italic, ' +
      shortcut('K') +
      ' link, ' +
      shortcut('Z') +
      ' undo, ' +
      shortcut('S') +
      ' save. A line started with "## ", "> ", "- " or "1. " becomes a heading, quote or list;' +
      ' Enter on an empty line of a quote or list leaves it. Alt+F10 moves to the toolbar,' +
      ' Escape back to the text. On a photo, Enter edits its details; Delete removes it.',
  );
  keys.id = this.id + '-keys';
  keys.className = 'editor-keys';

  this.message = element('p');
  this.message.className = 'editor-message';
  this.message.setAttribute('role', 'status');
  this.message.setAttribute('aria-live', 'polite');

  this.count = element('p');
  this.count.className = 'editor-count';

  this.fileInput = element('input');
  this.fileInput.type = 'file';
  this.fileInput.accept = 'image/jpeg,image/png,image/webp';
  // Visually hidden rather than display:none, so test drivers can still hand it a file.
  this.fileInput.className = 'visually-hidden';
  this.fileInput.tabIndex = -1;
  this.fileInput.setAttribute('aria-hidden', 'true');
  this.fileInput.addEventListener('change', function () {
    var file = self.fileInput.files && self.fileInput.files[0];
    self.fileInput.value = '';
    if (file) {
      self.uploadPhoto(file);
    }
  });

  this.status = (this.form && this.form.querySelector('.autosave-status')) || null;
  if (!this.status) {
    this.status = element('p');
    this.status.className = 'autosave-status';
    this.status.setAttribute('role', 'status');
    this.status.setAttribute('aria-live', 'polite');
    this.box.after(this.status);
  }

  this.load(this.textarea.value);
  this.textarea.after(this.toolbar, this.surface, this.count, this.message, keys, this.fileInput);
  this.box.classList.add('is-enhanced');
  this.textarea.hidden = true;
  this.listen();
  this.record();
  this.updateCount();
  this.updateToolbar();
  if (this.form && this.form.dataset.autosave) {
    this.autosaveTimer = window.setInterval(function () {
      self.autosave();
    }, AUTOSAVE_MS);
  }
};

Editor.prototype.load = function (value) {
  this.surface.textContent = '';
  var fragment = /<[a-z!]/i.test(value) ? cleanHtml(value) : textBlocks(value);
  this.surface.append(fragment);
  this.surface.querySelectorAll('figure').forEach(this.decorate, this);
  this.normalize();
};

/** Makes a photo an island in the text: not typed into, edited through its dialog. */
Editor.prototype.decorate = function (fig) {
  var photo = photoOf(fig);
  fig.contentEditable = 'false';
  fig.tabIndex = 0;
  fig.classList.add('editor-photo');
  fig.classList.toggle('needs-alt', !photo.alt);
  fig.setAttribute('aria-describedby', this.id + '-keys');
  var meta = fig.querySelector('.photo-meta') || element('span');
  meta.className = 'photo-meta';
  meta.textContent =
    (photo.alt ? 'Alt text: ' + photo.alt : 'No alt text yet: press Enter to add it.') +
    (photo.credit ? ' \u00b7 Credit: ' + photo.credit : '') +
    (photo.src ? '' : ' \u00b7 (no image file)');
  fig.append(meta);
};

Editor.prototype.listen = function () {
  var self = this;
  var surface = this.surface;
  surface.addEventListener('input', function () {
    self.changed(false);
  });
  surface.addEventListener('keydown', function (event) {
    self.keys(event);
  });
  surface.addEventListener('beforeinput', function (event) {
    if (event.inputType === 'historyUndo' || event.inputType === 'historyRedo') {
      event.preventDefault();
      self.run(event.inputType === 'historyUndo' ? 'undo' : 'redo');
    }
  });
  surface.addEventListener('paste', function (event) {
    self.paste(event);
  });
  surface.addEventListener('dragstart', function () {
    self.draggingInside = true;
  });
  surface.addEventListener('dragend', function () {
    self.draggingInside = false;
  });
  surface.addEventListener('dragover', function (event) {
    if (event.dataTransfer && Array.from(event.dataTransfer.types || []).indexOf('Files') >= 0) {
      event.preventDefault();
    }
  });
  surface.addEventListener('drop', function (event) {
    self.drop(event);
  });
  surface.addEventListener('click', function (event) {
    var fig = event.target.closest && event.target.closest('figure');
    if (fig && surface.contains(fig)) {
      event.preventDefault();
      self.editPhoto(fig);
    }
  });
  surface.addEventListener('blur', function (event) {
    self.flushRecord();
    // Leaving the text for Save or a workflow button: that submit carries the text, no autosave races it.
    var next = event.relatedTarget;
    if (!(next && next.form === self.form && next.type === 'submit')) {
      self.autosave();
    }
  });
  document.addEventListener('selectionchange', function () {
    var range = self.range();
    if (range) {
      self.lastRange = range.cloneRange();
      self.updateToolbar();
    }
  });
  if (this.form) {
    this.form.addEventListener('input', function (event) {
      if (!surface.contains(event.target) && event.target !== self.fileInput) {
        self.dirty = true;
        self.changes++;
      }
    });
    this.form.addEventListener('change', function (event) {
      if (!surface.contains(event.target) && event.target !== self.fileInput) {
        self.dirty = true;
        self.changes++;
      }
    });
    this.form.addEventListener('submit', function (event) {
      self.submit(event);
    });
  }
  window.addEventListener('beforeunload', function (event) {
    if (self.dirty && !self.submitting) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      self.autosave();
    }
  });
};
