// Dateline newsroom body editor: the lines of quotes and lists, and leaving them.
// Part of the editor modules loaded by main.js (see docs/decisions/0038).
//
// A quote's lines are its paragraphs (its attribution, the footer, is not a line); a list's lines
// are its items. A toolbar command or Enter on some lines of a quote or list acts on those lines
// only: the quote or list is first split around them, so leaving a block is always possible.

import { element, hasText } from './clean.js';
import { Editor } from './editor.js';

var CONTAINERS = ['BLOCKQUOTE', 'UL', 'OL'];

function linesOf(block) {
  return Array.from(block.children).filter(function (child) {
    return block.tagName === 'BLOCKQUOTE' ? child.tagName !== 'FOOTER' : child.tagName === 'LI';
  });
}

/**
 * Splits a quote or list so that lines[first..last] stay in it and the others move to a new quote
 * or list before and after it. The chosen lines do not move, so a selection inside them holds.
 * The attribution goes with the quoted words it follows: the part after, else the part before.
 */
function keepOnly(block, lines, first, last) {
  var tag = block.tagName.toLowerCase();
  var footer = block.tagName === 'BLOCKQUOTE' ? block.querySelector(':scope > footer') : null;
  if (first > 0) {
    var before = element(tag);
    lines.slice(0, first).forEach(function (line) {
      before.append(line);
    });
    block.before(before);
  }
  if (last < lines.length - 1) {
    var after = element(tag);
    lines.slice(last + 1).forEach(function (line) {
      after.append(line);
    });
    if (footer) {
      after.append(footer);
    }
    block.after(after);
  } else if (footer && first > 0) {
    block.previousElementSibling.append(footer);
  }
}

/** Splits every quote or list the selection covers in part, so commands act on its lines only. */
Editor.prototype.isolateLines = function () {
  var range = this.range();
  if (!range) {
    return;
  }
  this.selectedBlocks().forEach(function (block) {
    if (CONTAINERS.indexOf(block.tagName) < 0) {
      return;
    }
    var lines = linesOf(block);
    var chosen = lines.filter(function (line) {
      return range.intersectsNode(line);
    });
    if (chosen.length && chosen.length < lines.length) {
      keepOnly(block, lines, lines.indexOf(chosen[0]), lines.indexOf(chosen[chosen.length - 1]));
    }
  });
};

/**
 * Enter on an empty line of a quote or of a (top-level) list leaves it: the line becomes a
 * paragraph between what came before and what follows, which stay quoted or listed. Returns
 * whether it did.
 */
Editor.prototype.leaveBlock = function (event) {
  var range = this.range();
  if (!range || !range.collapsed) {
    return false;
  }
  var node =
    range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
  var line = node.closest('blockquote > p, ul > li, ol > li');
  var block = line && line.parentElement;
  if (!line || !block || block.parentNode !== this.surface || hasText(line)) {
    return false;
  }
  event.preventDefault();
  this.flushRecord();
  var lines = linesOf(block);
  var at = lines.indexOf(line);
  keepOnly(block, lines, at, at);
  var p = element('p');
  p.append(element('br'));
  block.after(p);
  line.remove();
  if (!hasText(block)) {
    block.remove();
  }
  this.caretAtEnd(p);
  this.changed(true);
  return true;
};
