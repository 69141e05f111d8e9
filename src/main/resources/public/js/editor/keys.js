// Dateline newsroom body editor: Keyboard: shortcuts, leaving blocks, toolbar focus and the toolbar's state.
// Part of the editor modules loaded by main.js (see docs/decisions/0038).

import { IS_MAC } from './rules.js';
import { Editor } from './editor.js';

Editor.prototype.keys = function (event) {
  var fig = event.target.closest && event.target.closest('figure');
  if (fig && this.surface.contains(fig) && fig !== this.surface) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.editPhoto(fig);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      this.removePhoto(fig);
    }
    return;
  }
  var mod = IS_MAC ? event.metaKey : event.ctrlKey;
  var key = event.key.toLowerCase();
  if (event.altKey && event.key === 'F10') {
    event.preventDefault();
    this.toolbar.querySelector("[tabindex='0']").focus();
  } else if (mod && !event.altKey && key === 'b') {
    event.preventDefault();
    this.run('bold');
  } else if (mod && !event.altKey && key === 'i') {
    event.preventDefault();
    this.run('italic');
  } else if (mod && !event.altKey && key === 'k') {
    event.preventDefault();
    this.run('link');
  } else if (mod && key === 'z') {
    event.preventDefault();
    this.run(event.shiftKey ? 'redo' : 'undo');
  } else if (mod && key === 'y') {
    event.preventDefault();
    this.run('redo');
  } else if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    this.leaveBlock(event);
  } else if (event.key === ' ' && !mod && !event.altKey && !event.isComposing) {
    this.markdown(event);
  }
};

/** Arrow keys move along the toolbar (one tab stop for all of it); Escape goes back to the text. */
Editor.prototype.toolbarKeys = function (event) {
  var buttons = Array.from(this.toolbar.querySelectorAll('button'));
  var index = buttons.indexOf(document.activeElement);
  var next = -1;
  if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
    next = (index + 1) % buttons.length;
  } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
    next = (index - 1 + buttons.length) % buttons.length;
  } else if (event.key === 'Home') {
    next = 0;
  } else if (event.key === 'End') {
    next = buttons.length - 1;
  } else if (event.key === 'Escape') {
    event.preventDefault();
    this.focusText();
    return;
  }
  if (next >= 0) {
    event.preventDefault();
    buttons.forEach(function (b, i) {
      b.tabIndex = i === next ? 0 : -1;
    });
    buttons[next].focus();
  }
};

Editor.prototype.updateToolbar = function () {
  if (!this.buttons) {
    return;
  }
  var range = this.range() || this.lastRange;
  var node = range
    ? range.startContainer.nodeType === 1
      ? range.startContainer
      : range.startContainer.parentElement
    : null;
  var inside = node && this.surface.contains(node);
  var block = inside
    ? this.topBlock(
        range.startContainer === this.surface
          ? this.surface.childNodes[range.startOffset] || this.surface.lastChild
          : range.startContainer,
      )
    : null;
  var kind = block && block.nodeType === 1 ? block.tagName.toLowerCase() : '';
  var within = function (selector) {
    var found = inside && node.closest(selector);
    return !!found && this.surface.contains(found);
  }.bind(this);
  var pressed = {
    p: kind === 'p',
    h2: kind === 'h2',
    blockquote: kind === 'blockquote',
    ul: kind === 'ul',
    ol: kind === 'ol',
    bold: within('b, strong'),
    italic: within('i, em'),
    link: within('a'),
  };
  var self = this;
  Object.keys(pressed).forEach(function (command) {
    self.buttons[command].setAttribute('aria-pressed', String(pressed[command]));
  });
  var textOnly =
    kind === 'h2' || kind === 'blockquote' || kind === 'ul' || kind === 'ol' || kind === 'figure';
  ['bold', 'italic', 'link'].forEach(function (command) {
    disable(
      self.buttons[command],
      textOnly,
      'Bold, italic and links are for paragraphs; headings, quotes and lists keep plain text.',
    );
  });
  disable(this.buttons.undo, this.history.length < 2 && !this.recordTimer, 'Nothing to undo.');
  disable(this.buttons.redo, this.future.length === 0, 'Nothing to redo.');
};

function disable(button, disabled, reason) {
  button.setAttribute('aria-disabled', String(disabled));
  button.dataset.reason = disabled ? reason : '';
}

Editor.prototype.say = function (text, problem) {
  this.message.textContent = text;
  this.message.classList.toggle('is-error', !!problem);
};

// --- paste and drop ------------------------------------------------------------------------------
