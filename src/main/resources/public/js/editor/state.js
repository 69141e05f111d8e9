// Dateline newsroom body editor: Changes, undo history and normalizing the surface back to the body's blocks.
// Part of the editor modules loaded by main.js (see docs/decisions/0038).

import { BLOCKS, HISTORY_LIMIT } from './rules.js';
import { element, hasBlockInside } from './clean.js';
import { cleanBlocks } from './walk.js';
import { Editor, html } from './editor.js';

Editor.prototype.changed = function (recordNow) {
  var self = this;
  this.normalize();
  this.sync();
  this.dirty = true;
  this.changes++;
  window.clearTimeout(this.recordTimer);
  if (recordNow) {
    this.record();
  } else {
    this.recordTimer = window.setTimeout(function () {
      self.record();
    }, 400);
  }
  this.updateToolbar();
};

Editor.prototype.sync = function () {
  this.textarea.value = html(cleanBlocks(this.surface));
  this.updateCount();
};

Editor.prototype.updateCount = function () {
  var words = (this.surface.textContent.match(/[^\s\u00a0]+/g) || []).length;
  this.count.textContent = words === 1 ? '1 word' : words + ' words';
};

Editor.prototype.record = function () {
  var snapshot = { html: this.surface.innerHTML, selection: this.saveSelection() };
  var top = this.history[this.history.length - 1];
  if (top && top.html === snapshot.html) {
    top.selection = snapshot.selection || top.selection;
    return;
  }
  this.history.push(snapshot);
  if (this.history.length > HISTORY_LIMIT) {
    this.history.shift();
  }
  this.future = [];
  this.updateToolbar();
};

Editor.prototype.flushRecord = function () {
  if (this.recordTimer) {
    window.clearTimeout(this.recordTimer);
    this.recordTimer = 0;
    this.record();
  }
};

Editor.prototype.restore = function (snapshot) {
  this.surface.innerHTML = snapshot.html; // our own earlier content, cleaned when it came in
  this.surface.querySelectorAll('figure').forEach(this.decorate, this);
  this.restoreSelection(snapshot.selection);
  this.sync();
  this.dirty = true;
  this.changes++;
  this.updateToolbar();
};

Editor.prototype.undo = function () {
  this.flushRecord();
  if (this.history.length < 2) {
    return;
  }
  this.future.push(this.history.pop());
  this.restore(this.history[this.history.length - 1]);
};

Editor.prototype.redo = function () {
  var next = this.future.pop();
  if (next) {
    this.history.push(next);
    this.restore(next);
  }
};

/** Keeps the surface in the shapes BodyHtml reads, as the browser's own editing drifts from them. */
Editor.prototype.normalize = function () {
  var surface = this.surface;
  var needed =
    Array.from(surface.childNodes).some(function (node) {
      return node.nodeType === 3
        ? node.data.trim() !== ''
        : node.nodeType === 1 && !/^(?:P|H2|BLOCKQUOTE|UL|OL|FIGURE)$/.test(node.tagName);
    }) ||
    surface.querySelector(MESSY) !== null ||
    !surface.lastElementChild ||
    surface.lastElementChild.tagName === 'FIGURE';
  if (!needed) {
    return;
  }
  var selection = this.saveSelection();
  surface.querySelectorAll('span:not(.photo-meta), font').forEach(unwrap);
  surface.querySelectorAll('[style]').forEach(function (el) {
    el.removeAttribute('style');
  });
  surface.querySelectorAll('h1, h3, h4, h5, h6').forEach(function (h) {
    rename(h, 'h2');
  });
  surface.querySelectorAll('blockquote > div').forEach(function (div) {
    rename(div, 'p');
  });
  surface.querySelectorAll('p div, h2 div, li div, blockquote div, footer div').forEach(unwrap);
  var run = null;
  Array.from(surface.childNodes).forEach(function (node) {
    var loose =
      node.nodeType === 3 ||
      (node.nodeType === 1 && !BLOCKS.has(node.tagName) && !hasBlockInside(node));
    if (loose) {
      if (node.nodeType === 3 && node.data.trim() === '' && !run) {
        node.remove();
        return;
      }
      if (!run) {
        run = element('p');
        node.before(run);
      }
      run.append(node);
      return;
    }
    run = null;
    if (node.nodeType !== 1) {
      node.remove();
    } else if (node.tagName === 'DIV' && !hasBlockInside(node)) {
      rename(node, 'p');
    } else if (node.tagName === 'DIV') {
      unwrap(node);
    }
  });
  if (!surface.lastElementChild || surface.lastElementChild.tagName === 'FIGURE') {
    var p = element('p');
    p.append(element('br'));
    surface.append(p);
  }
  this.restoreSelection(selection);
};

/** What the browser's own editing leaves behind that BodyHtml's shapes do not have. */
var MESSY =
  'span:not(.photo-meta), font, [style], h1, h3, h4, h5, h6, blockquote > div, p div, h2 div, li div, ' +
  'blockquote div, footer div';

export function unwrap(el) {
  var parent = el.parentNode;
  while (el.firstChild) {
    parent.insertBefore(el.firstChild, el);
  }
  el.remove();
}

function rename(el, tag) {
  var replacement = element(tag);
  while (el.firstChild) {
    replacement.append(el.firstChild);
  }
  el.replaceWith(replacement);
  return replacement;
}

// --- selection -----------------------------------------------------------------------------------
