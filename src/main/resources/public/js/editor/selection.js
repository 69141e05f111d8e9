// Dateline newsroom body editor: The selection: saving and restoring it across rebuilds, and the blocks it covers.
// Part of the editor modules loaded by main.js (see docs/decisions/0038).

import { hasText } from './clean.js';
import { Editor } from './editor.js';

Editor.prototype.range = function () {
  var selection = window.getSelection();
  if (!selection || !selection.rangeCount) {
    return null;
  }
  var range = selection.getRangeAt(0);
  return this.surface.contains(range.commonAncestorContainer) ? range : null;
};

/** The selection as character offsets into the text: survives any change that keeps the text. */
Editor.prototype.saveSelection = function () {
  var range = this.range();
  if (!range) {
    return null;
  }
  var block = this.topBlock(range.startContainer);
  var blocks = Array.from(this.surface.children);
  return {
    start: this.offsetOf(range.startContainer, range.startOffset),
    end: this.offsetOf(range.endContainer, range.endOffset),
    // At the start of a text node the caret belongs to what follows (the start of the next line).
    later: range.startOffset === 0,
    emptyBlock:
      range.collapsed && block && block.nodeType === 1 && !hasText(block)
        ? blocks.indexOf(block)
        : -1,
  };
};

/** Text nodes outside photos: a caret never goes into a photo. */
Editor.prototype.texts = function () {
  return document.createTreeWalker(this.surface, NodeFilter.SHOW_TEXT, {
    acceptNode: function (node) {
      return node.parentElement && node.parentElement.closest('figure')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT;
    },
  });
};

Editor.prototype.offsetOf = function (container, offset) {
  var before = document.createRange();
  before.setStart(this.surface, 0);
  before.setEnd(container, offset);
  var total = 0;
  var walker = this.texts();
  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node === container) {
      return total + offset;
    }
    if (!before.intersectsNode(node)) {
      break;
    }
    total += node.data.length;
  }
  return total;
};

Editor.prototype.pointAt = function (offset, later) {
  var walker = this.texts();
  var remaining = offset;
  var last = null;
  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
    if (remaining < node.data.length || (remaining === node.data.length && !later)) {
      return { node: node, offset: remaining };
    }
    remaining -= node.data.length;
    last = node;
  }
  return last ? { node: last, offset: last.data.length } : { node: this.surface, offset: 0 };
};

Editor.prototype.restoreSelection = function (saved) {
  if (!saved || document.activeElement !== this.surface) {
    return;
  }
  var empty = saved.emptyBlock >= 0 ? this.surface.children[saved.emptyBlock] : null;
  if (empty && !hasText(empty) && empty.tagName !== 'FIGURE') {
    var caret = document.createRange();
    caret.setStart(empty, 0);
    caret.collapse(true);
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(caret);
    return;
  }
  var start = this.pointAt(saved.start, saved.later);
  var end = saved.end === saved.start ? start : this.pointAt(saved.end, false);
  var range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  var selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
};

Editor.prototype.focusText = function () {
  if (document.activeElement !== this.surface) {
    this.surface.focus({ preventScroll: true });
    if (this.lastRange && this.surface.contains(this.lastRange.commonAncestorContainer)) {
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(this.lastRange);
    }
  }
  return this.range();
};

Editor.prototype.caretAfter = function (node) {
  var range = document.createRange();
  range.setStartAfter(node);
  range.collapse(true);
  var selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
};

Editor.prototype.caretAtEnd = function (el) {
  var range = document.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  var selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
};

/** The child of the surface holding a node, or null. */
Editor.prototype.topBlock = function (node) {
  var n = node;
  while (n && n.parentNode !== this.surface) {
    n = n.parentNode;
  }
  return n;
};

Editor.prototype.selectedBlocks = function () {
  var range = this.range() || this.lastRange;
  if (!range) {
    return [];
  }
  var first = this.topBlock(
    range.startContainer === this.surface
      ? this.surface.childNodes[range.startOffset] || this.surface.lastChild
      : range.startContainer,
  );
  var last = this.topBlock(
    range.endContainer === this.surface
      ? this.surface.childNodes[Math.max(0, range.endOffset - 1)] || this.surface.lastChild
      : range.endContainer,
  );
  var blocks = [];
  for (var n = first; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      blocks.push(n);
    }
    if (n === last) {
      break;
    }
  }
  return blocks;
};

// --- commands ------------------------------------------------------------------------------------
