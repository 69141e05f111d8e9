// Dateline newsroom body editor: typing shortcuts — Ctrl+S (Cmd+S) saves, and the Markdown-style
// line starts people type ("## ", "> ", "- ", "* ", "1. ") turn a paragraph into a heading, quote
// or list. Part of the editor modules loaded by main.js (see docs/decisions/0038).

import { IS_MAC } from './rules.js';
import { Editor } from './editor.js';

var MARKS = { '##': 'h2', '>': 'blockquote', '-': 'ul', '*': 'ul', '1.': 'ol' };

/** Ctrl+S anywhere on the page saves the story as the Save button does. */
Editor.prototype.listenForSave = function () {
  var self = this;
  document.addEventListener('keydown', function (event) {
    var mod = IS_MAC ? event.metaKey : event.ctrlKey;
    if (!mod || event.altKey || event.shiftKey || event.key.toLowerCase() !== 's') {
      return;
    }
    event.preventDefault(); // never the browser's "Save page as"
    if (!document.querySelector('dialog[open]')) {
      self.saveNow();
    }
  });
};

/** Submits the form through its Save button: the same checks, the same conflict page. */
Editor.prototype.saveNow = function () {
  var button = this.form && this.form.querySelector('.save-row button[type=submit]');
  if (!button || this.submitting) {
    return;
  }
  this.form.requestSubmit(button);
};

/**
 * A space typed right after a Markdown mark at the start of a paragraph: the mark goes and the
 * paragraph becomes a heading, quote or list (Undo brings the mark back).
 */
Editor.prototype.markdown = function (event) {
  var range = this.range();
  if (!range || !range.collapsed || range.startContainer.nodeType !== 3) {
    return;
  }
  var block = this.topBlock(range.startContainer);
  if (!block || block.tagName !== 'P') {
    return;
  }
  var before = document.createRange();
  before.setStart(block, 0);
  before.setEnd(range.startContainer, range.startOffset);
  var mark = before.toString();
  var command = Object.prototype.hasOwnProperty.call(MARKS, mark) ? MARKS[mark] : null;
  if (!command) {
    return;
  }
  event.preventDefault();
  this.flushRecord();
  before.deleteContents();
  if (!block.firstChild) {
    block.append(document.createElement('br'));
  }
  caretAtStart(block);
  if (command === 'h2') {
    this.setBlocks('h2');
  } else if (command === 'blockquote') {
    this.toggleQuote(false);
  } else {
    this.toggleList(command);
  }
  this.changed(true);
  this.updateToolbar();
};

function caretAtStart(el) {
  var range = document.createRange();
  range.setStart(el, 0);
  range.collapse(true);
  var selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}
