// Dateline newsroom body editor: Toolbar commands: inline marks, block types, quotes, lists and links.
// Part of the editor modules loaded by main.js (see docs/decisions/0038).

import { BLOCKS, LISTS } from './rules.js';
import { clean, element, hasText } from './clean.js';
import { Editor } from './editor.js';

Editor.prototype.run = function (command) {
  var button = this.buttons[command];
  if (button && button.getAttribute('aria-disabled') === 'true') {
    this.say(button.dataset.reason || '', false);
    return;
  }
  if (command === 'undo') {
    this.undo();
  } else if (command === 'redo') {
    this.redo();
  } else if (command === 'photo') {
    this.focusText();
    this.photoRange = this.lastRange && this.lastRange.cloneRange();
    this.fileInput.click();
    return;
  } else if (command === 'link') {
    this.link();
    return;
  } else {
    this.focusText();
    this.flushRecord();
    if (command === 'bold' || command === 'italic') {
      document.execCommand(command, false, null);
    } else {
      // Only the selected lines of a quote or list: the rest stays as it is.
      this.isolateLines();
      if (command === 'blockquote') {
        this.toggleQuote(true);
      } else if (command === 'ul' || command === 'ol') {
        this.toggleList(command);
      } else {
        this.setBlocks(command);
      }
    }
    this.changed(true);
  }
  this.updateToolbar();
};

/** The inline content of a block, split into the pieces that become one block each. */
function pieces(block) {
  var tag = block.tagName;
  if (tag === 'FIGURE') {
    return [];
  }
  if (tag === 'UL' || tag === 'OL') {
    return Array.from(block.querySelectorAll('li')).map(function (li) {
      return Array.from(li.childNodes).filter(function (n) {
        return !(n.nodeType === 1 && LISTS.has(n.tagName));
      });
    });
  }
  if (tag === 'BLOCKQUOTE') {
    var result = [];
    var loose = [];
    Array.from(block.childNodes).forEach(function (n) {
      if (n.nodeType === 1 && BLOCKS.has(n.tagName)) {
        if (loose.length) {
          result.push(loose);
          loose = [];
        }
        result.push(Array.from(n.childNodes));
      } else {
        loose.push(n);
      }
    });
    if (loose.length) {
      result.push(loose);
    }
    return result;
  }
  return [Array.from(block.childNodes)];
}

function fill(el, nodes, textOnly) {
  if (textOnly) {
    var holder = element('span');
    nodes.forEach(function (n) {
      holder.append(n);
    });
    el.textContent = holder.textContent;
  } else {
    nodes.forEach(function (n) {
      el.append(n);
    });
  }
  if (!hasText(el)) {
    el.textContent = '';
    el.append(element('br'));
  }
  return el;
}

/** Paragraph or heading for every selected block; Heading again on a heading makes it a paragraph. */
Editor.prototype.setBlocks = function (tag) {
  var selection = this.saveSelection();
  var blocks = this.selectedBlocks();
  var upper = tag.toUpperCase();
  var target =
    blocks.length &&
    blocks.every(function (b) {
      return b.tagName === upper;
    }) &&
    tag === 'h2'
      ? 'p'
      : tag;
  blocks.forEach(function (block) {
    if (block.tagName === 'FIGURE' || block.tagName === target.toUpperCase()) {
      return;
    }
    var replacements = pieces(block).map(function (nodes) {
      return fill(element(target), nodes, target === 'h2');
    });
    if (replacements.length) {
      block.replaceWith.apply(block, replacements);
    }
  });
  this.restoreSelection(selection);
};

/** Quotes the selected blocks (asking who is quoted when askWho), or unquotes them. */
Editor.prototype.toggleQuote = function (askWho) {
  var selection = this.saveSelection();
  var blocks = this.selectedBlocks().filter(function (b) {
    return b.tagName !== 'FIGURE';
  });
  if (!blocks.length) {
    return;
  }
  if (
    blocks.every(function (b) {
      return b.tagName === 'BLOCKQUOTE';
    })
  ) {
    blocks.forEach(function (block) {
      var paragraphs = pieces(block).map(function (nodes) {
        return fill(element('p'), nodes, false);
      });
      block.replaceWith.apply(block, paragraphs);
    });
  } else {
    var quote = element('blockquote');
    blocks[0].before(quote);
    blocks.forEach(function (block) {
      pieces(block).forEach(function (nodes) {
        quote.append(fill(element('p'), nodes, true));
      });
      block.remove();
    });
    if (askWho) {
      this.askAttribution(quote, selection);
    }
  }
  this.restoreSelection(selection);
};

/** Asks who is quoted in an inline dialog, then adds the attribution under the quote. */
Editor.prototype.askAttribution = function (quote, selection) {
  var self = this;
  this.ask({
    title: 'Who is quoted?',
    fields: [{ name: 'who', label: 'Attribution', hint: 'Leave empty if no one is named.' }],
    ok: 'Add',
  }).then(function (answer) {
    self.surface.focus({ preventScroll: true });
    var who = answer ? clean(answer.values.who) : '';
    if (who && quote.isConnected) {
      self.flushRecord();
      quote.append(element('footer', '\u2014 ' + who));
      self.changed(true);
    }
    self.restoreSelection(selection);
  });
};

Editor.prototype.toggleList = function (tag) {
  var selection = this.saveSelection();
  var upper = tag.toUpperCase();
  var blocks = this.selectedBlocks().filter(function (b) {
    return b.tagName !== 'FIGURE';
  });
  if (!blocks.length) {
    return;
  }
  if (
    blocks.every(function (b) {
      return b.tagName === upper;
    })
  ) {
    blocks.forEach(function (block) {
      var paragraphs = pieces(block).map(function (nodes) {
        return fill(element('p'), nodes, false);
      });
      block.replaceWith.apply(block, paragraphs);
    });
  } else {
    var list = element(tag);
    blocks[0].before(list);
    blocks.forEach(function (block) {
      pieces(block).forEach(function (nodes) {
        list.append(fill(element('li'), nodes, true));
      });
      block.remove();
    });
  }
  this.restoreSelection(selection);
};

// --- keyboard ------------------------------------------------------------------------------------
