// Dateline newsroom body editor: Paste, drop and inserting cleaned fragments at the caret.
// Part of the editor modules loaded by main.js (see docs/decisions/0038).

import { cleanHtml, element, hasText } from './clean.js';
import { textBlocks } from './walk.js';
import { Editor } from './editor.js';

Editor.prototype.paste = function (event) {
  var data = event.clipboardData;
  if (!data) {
    return;
  }
  event.preventDefault();
  var pastedHtml = data.getData('text/html');
  var fragment = pastedHtml ? cleanHtml(pastedHtml) : textBlocks(data.getData('text/plain'));
  var image = Array.from(data.files || []).find(function (f) {
    return /^image\//.test(f.type);
  });
  if (!fragment.childNodes.length && image) {
    this.photoRange = this.range() && this.range().cloneRange();
    this.uploadPhoto(image);
    return;
  }
  this.insert(fragment);
};

Editor.prototype.drop = function (event) {
  if (this.draggingInside) {
    return; // moving text inside the editor: the browser does it, normalize() tidies up
  }
  var data = event.dataTransfer;
  if (!data) {
    return;
  }
  var image = Array.from(data.files || []).find(function (f) {
    return /^image\//.test(f.type);
  });
  var droppedHtml = data.getData('text/html');
  var text = data.getData('text/plain');
  if (!image && !droppedHtml && !text) {
    return;
  }
  event.preventDefault();
  this.caretAtPoint(event.clientX, event.clientY);
  if (image) {
    this.photoRange = this.range() && this.range().cloneRange();
    this.uploadPhoto(image);
  } else {
    this.insert(droppedHtml ? cleanHtml(droppedHtml) : textBlocks(text));
  }
};

Editor.prototype.caretAtPoint = function (x, y) {
  var range = null;
  if (document.caretRangeFromPoint) {
    range = document.caretRangeFromPoint(x, y);
  } else if (document.caretPositionFromPoint) {
    var position = document.caretPositionFromPoint(x, y);
    if (position) {
      range = document.createRange();
      range.setStart(position.offsetNode, position.offset);
    }
  }
  this.surface.focus({ preventScroll: true });
  if (range && this.surface.contains(range.startContainer)) {
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
};

/** Inserts clean blocks at the caret: one paragraph goes inline, several split the current block. */
Editor.prototype.insert = function (fragment) {
  var blocks = Array.from(fragment.childNodes);
  if (!blocks.length) {
    return;
  }
  this.flushRecord();
  var range = this.focusText();
  if (!range) {
    this.caretAtEnd(this.surface.lastElementChild || this.surface);
    range = this.range();
  }
  range.deleteContents();
  var current = this.topBlock(
    range.startContainer === this.surface
      ? this.surface.childNodes[range.startOffset] || null
      : range.startContainer,
  );
  var textOnly = current && /^(?:H2|BLOCKQUOTE|UL|OL)$/.test(current.tagName);
  if (blocks.length === 1 && blocks[0].tagName === 'P' && current && current.tagName !== 'FIGURE') {
    var inlineNodes = textOnly
      ? [document.createTextNode(blocks[0].textContent)]
      : Array.from(blocks[0].childNodes);
    var last = inlineNodes[inlineNodes.length - 1];
    var holder = document.createDocumentFragment();
    inlineNodes.forEach(function (n) {
      holder.append(n);
    });
    range.insertNode(holder);
    this.caretAfter(last);
  } else if (!current) {
    blocks.forEach(function (b) {
      this.surface.append(b);
    }, this);
    this.caretAtEnd(blocks[blocks.length - 1]);
  } else {
    var tail = document.createRange();
    tail.setStart(range.startContainer, range.startOffset);
    tail.setEnd(current, current.childNodes.length);
    var rest = current.cloneNode(false);
    rest.append(tail.extractContents());
    current.after.apply(current, blocks);
    var lastBlock = blocks[blocks.length - 1];
    if (hasText(rest)) {
      lastBlock.after(rest);
    }
    if (!hasText(current) && current.tagName !== 'FIGURE') {
      current.remove();
    }
    blocks.forEach(function (b) {
      if (b.tagName === 'FIGURE') {
        this.decorate(b);
      }
    }, this);
    if (lastBlock.tagName === 'FIGURE') {
      var p = element('p');
      p.append(element('br'));
      lastBlock.after(p);
      lastBlock = p;
    }
    this.caretAtEnd(lastBlock);
  }
  this.changed(true);
};

// --- photos --------------------------------------------------------------------------------------
