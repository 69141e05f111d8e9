// Dateline newsroom body editor: Toolbar commands: inline marks, block types, quotes, lists and links.
// Part of the editor modules loaded by main.js (see docs/decisions/0038).

import { BLOCKS, LISTS, SAFE_HREF } from './rules.js';
import { clean, element, hasText } from './clean.js';
import { Editor } from './editor.js';
import { unwrap } from './state.js';

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
    } else if (command === 'blockquote') {
      this.toggleQuote();
    } else if (command === 'ul' || command === 'ol') {
      this.toggleList(command);
    } else {
      this.setBlocks(command);
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

Editor.prototype.toggleQuote = function () {
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
    var who = window.prompt('Who is quoted? Leave empty if no one is named.', '');
    if (who && clean(who)) {
      quote.append(element('footer', '\u2014 ' + clean(who)));
    }
    this.surface.focus({ preventScroll: true });
  }
  this.restoreSelection(selection);
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
  var answer = window.prompt(
    'Link address: https://…, http://… or mailto:…, or words of a published story to link to it' +
      '  (empty removes the link)',
    existing ? existing.getAttribute('href') : 'https://',
  );
  this.surface.focus({ preventScroll: true });
  var selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(saved);
  if (answer === null) {
    return;
  }
  var url = answer.trim();
  // Words instead of an address: find a published story to link to.
  if (url && url !== 'https://' && !/[:@/]/.test(url) && !/^www\./i.test(url)) {
    this.linkStory(url, existing, saved);
    return;
  }
  if (/^www\.[^\s]+\.[a-z]{2,}/i.test(url)) {
    url = 'https://' + url;
  } else if (/^[^\s@:/]+@[^\s@]+\.[a-z]{2,}$/i.test(url)) {
    url = 'mailto:' + url;
  }
  this.applyLink(url, existing, saved);
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
      var list = data.stories
        .map(function (s, i) {
          return i + 1 + '. ' + s.headline + ' (' + s.date + ')';
        })
        .join('\n');
      var pick = window.prompt('Link to which story? Type its number.\n' + list, '1');
      var n = parseInt(pick, 10);
      self.surface.focus({ preventScroll: true });
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(saved);
      if (!(n >= 1 && n <= data.stories.length)) {
        return;
      }
      self.applyLink(data.stories[n - 1].url, existing, saved);
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

// --- keyboard ------------------------------------------------------------------------------------
