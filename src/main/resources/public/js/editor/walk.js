// Dateline newsroom body editor: The block walk: turns any parsed HTML (pasted, typed or loaded) into the body's blocks.
// Part of the editor modules loaded by main.js (see docs/decisions/0038).

import {
  BLANK_LINE,
  BLOCKS,
  BOLD,
  ITALIC,
  LISTS,
  MAX_DEPTH,
  NOT_BOLD,
  NOT_ITALIC,
  QUOTE_STYLE,
  SAFE_HREF,
  WORD_LIST_ITEM,
} from './rules.js';
import {
  clean,
  collapse,
  element,
  hasBlockInside,
  hasText,
  isDropped,
  textOf,
  typedSpaces,
} from './clean.js';
import { figure, listItems, quote, quoteElement, wordListItem } from './blocks.js';

export function styleOf(el) {
  return el.getAttribute('data-x-style') || el.getAttribute('style') || '';
}

/** Clean blocks from plain text: paragraphs at blank lines, or one per line when there are none. */
export function textBlocks(text) {
  var out = document.createDocumentFragment();
  var normalized = text.replace(/\r\n?/g, '\n');
  var pieces = BLANK_LINE.test(normalized)
    ? normalized.split(/\n[ \t\u00a0]*\n/)
    : normalized.split('\n');
  pieces.forEach(function (piece) {
    var line = clean(piece);
    if (line) {
      out.append(element('p', line));
    }
  });
  return out;
}

export function cleanBlocks(root) {
  var walk = { out: document.createDocumentFragment(), wordList: null };
  container(walk, root, 0);
  endWordList(walk);
  return walk.out;
}

export function add(walk, block) {
  endWordList(walk);
  walk.out.append(block);
}

export function endWordList(walk) {
  if (walk.wordList) {
    walk.out.append(walk.wordList);
    walk.wordList = null;
  }
}

export function container(walk, parent, depth) {
  var run = [];
  var flush = function () {
    if (run.length) {
      paragraphs(walk, run);
      run = [];
    }
  };
  Array.from(parent.childNodes).forEach(function (node) {
    if (node.nodeType === 3) {
      if (BLANK_LINE.test(node.data)) {
        node.data.split(BLANK_LINE).forEach(function (piece, i) {
          if (i > 0) {
            flush();
          }
          run.push(document.createTextNode(piece));
        });
      } else {
        run.push(node);
      }
    } else if (node.nodeType === 1 && !isDropped(node)) {
      if (BLOCKS.has(node.tagName) || hasBlockInside(node)) {
        flush();
        block(walk, node, depth);
      } else {
        run.push(node);
      }
    }
  });
  flush();
}

function block(walk, el, depth) {
  var tag = el.tagName;
  var text;
  if (depth > MAX_DEPTH) {
    textParagraph(walk, textOf(el));
  } else if (/^H[1-6]$/.test(tag)) {
    text = textOf(el);
    if (text) {
      add(walk, element('h2', text));
    }
  } else if (tag === 'BLOCKQUOTE') {
    quote(walk, el);
  } else if (LISTS.has(tag)) {
    var items = [];
    listItems(el, items, depth);
    if (items.length) {
      var list = element(tag === 'OL' ? 'ol' : 'ul');
      items.forEach(function (item) {
        list.append(element('li', item));
      });
      add(walk, list);
    }
  } else if (tag === 'FIGURE') {
    figure(walk, el, depth);
  } else if (tag === 'TABLE') {
    el.querySelectorAll('caption, tr').forEach(function (row) {
      var cells = row.tagName === 'CAPTION' ? [textOf(row)] : Array.from(row.children).map(textOf);
      textParagraph(walk, cells.filter(Boolean).join(' | '));
    });
  } else if (tag === 'PRE' || tag === 'XMP' || tag === 'LISTING' || tag === 'PLAINTEXT') {
    el.textContent.split('\n').forEach(function (line) {
      textParagraph(walk, line);
    });
  } else if (tag === 'HR') {
    // a rule carries nothing
  } else if (tag === 'P' && WORD_LIST_ITEM.test(styleOf(el))) {
    wordListItem(walk, el);
  } else if (tag === 'P' && QUOTE_STYLE.test(el.className || '')) {
    text = textOf(el);
    if (text) {
      add(walk, quoteElement(text, ''));
    }
  } else if (
    Array.from(el.children).some(function (c) {
      return !isDropped(c) && (BLOCKS.has(c.tagName) || hasBlockInside(c));
    })
  ) {
    container(walk, el, depth + 1);
  } else {
    paragraphs(walk, Array.from(el.childNodes));
  }
}

function textParagraph(walk, text) {
  var line = clean(text);
  if (line) {
    add(walk, element('p', line));
  }
}

/** Paragraphs from inline nodes: one per line, since a paragraph holds no line breaks. */
function paragraphs(walk, nodes) {
  var p = element('p');
  nodes.forEach(function (node) {
    inline(node, p, { bold: false, italic: false, link: false });
  });
  splitAtBreaks(p).forEach(function (piece) {
    trimEdges(piece);
    if (hasText(piece)) {
      add(walk, piece);
    }
  });
}

/** Copies inline content keeping only b, strong, i, em, a[href] and br; styled spans become b or i. */
function inline(node, into, open) {
  if (node.nodeType === 3) {
    into.append(document.createTextNode(collapse(typedSpaces(node.data))));
    return;
  }
  if (node.nodeType !== 1 || isDropped(node) || node.tagName === 'IMG') {
    return;
  }
  var tag = node.tagName;
  if (tag === 'BR') {
    into.append(element('br'));
    return;
  }
  var style = styleOf(node);
  var target = into;
  var state = { bold: open.bold, italic: open.italic, link: open.link };
  var wrap = function (name) {
    var el = element(name);
    target.append(el);
    target = el;
  };
  if ((tag === 'B' || tag === 'STRONG') && !NOT_BOLD.test(style)) {
    if (!state.bold) {
      wrap(tag.toLowerCase());
      state.bold = true;
    }
  } else if ((tag === 'I' || tag === 'EM') && !NOT_ITALIC.test(style)) {
    if (!state.italic) {
      wrap(tag.toLowerCase());
      state.italic = true;
    }
  } else if (tag === 'A') {
    var href = (node.getAttribute('href') || '').trim();
    if (SAFE_HREF.test(href) && !state.link) {
      wrap('a');
      target.setAttribute('href', href);
      state.link = true;
    }
  }
  if (!state.bold && BOLD.test(style)) {
    wrap('b');
    state.bold = true;
  }
  if (!state.italic && ITALIC.test(style)) {
    wrap('i');
    state.italic = true;
  }
  Array.from(node.childNodes).forEach(function (child) {
    inline(child, target, state);
  });
}

function splitAtBreaks(p) {
  var pieces = [];
  var br = p.querySelector('br');
  while (br) {
    var range = document.createRange();
    range.setStart(p, 0);
    range.setEndBefore(br);
    var before = element('p');
    before.append(range.extractContents());
    pieces.push(before);
    br.remove();
    br = p.querySelector('br');
  }
  pieces.push(p);
  return pieces;
}

function trimEdges(p) {
  var first = firstText(p, false);
  if (first) {
    first.data = first.data.replace(/^[ \u00a0]+/, '');
  }
  var last = firstText(p, true);
  if (last) {
    last.data = last.data.replace(/[ \u00a0]+$/, '');
  }
}

function firstText(el, fromEnd) {
  var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  var found = null;
  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.data.replace(/[ \u00a0]/g, '')) {
      if (!fromEnd) {
        return node;
      }
      found = node;
    } else if (!fromEnd && !found) {
      node.data = ''; // blank text before the first words
    }
  }
  return found;
}
