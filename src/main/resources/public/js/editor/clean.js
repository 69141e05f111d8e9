// Dateline newsroom body editor: Cleaning text and HTML: the browser twin of BodyHtml.parse, entry points and text helpers.
// Part of the editor modules loaded by main.js (see docs/decisions/0038).

import { BLOCKS, BLOCK_SELECTOR, DROPPED, HIDDEN } from './rules.js';
import { defuse } from './defuse.js';
import { cleanBlocks, styleOf } from './walk.js';

export function collapse(text) {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[ \t\n\r\f\u00a0]{2,}|[\t\n\r\f]/g, ' ');
}

/**
 * Browsers type a no-break space wherever a plain one would collapse: at the edge of a text node
 * or next to another space. Those become plain spaces; one between two words (120&nbsp;km) stays.
 */
export function typedSpaces(text) {
  return text.replace(/^\u00a0|\u00a0$/g, ' ').replace(/ \u00a0|\u00a0 /g, '  ');
}

export function clean(text) {
  return collapse(text).replace(/^[ \u00a0]+|[ \u00a0]+$/g, '');
}

export function isDropped(el) {
  var tag = el.tagName;
  return (
    DROPPED.has(tag) ||
    /^(?:V|W|M):/.test(tag) ||
    HIDDEN.test(styleOf(el)) ||
    el.classList.contains('photo-meta')
  );
}

export function hasBlockInside(el) {
  var found = el.querySelectorAll(BLOCK_SELECTOR);
  for (var i = 0; i < found.length; i++) {
    if (!isDroppedOrInside(found[i], el)) {
      return true;
    }
  }
  return false;
}

function isDroppedOrInside(node, root) {
  for (var n = node; n && n !== root; n = n.parentElement) {
    if (isDropped(n)) {
      return true;
    }
  }
  return false;
}

/** The text of an element as a reader sees it; line breaks and block edges become spaces. */
export function textOf(el) {
  var out = [];
  var walker = document.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: function (node) {
      return node.nodeType === 1 && isDropped(node)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT;
    },
  });
  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      out.push(typedSpaces(node.data));
    } else if (node.tagName === 'BR' || BLOCKS.has(node.tagName)) {
      out.push(' ');
    }
  }
  return clean(out.join(''));
}

export function element(tag, text) {
  var el = document.createElement(tag);
  if (text !== undefined) {
    el.textContent = text;
  }
  return el;
}

export function hasText(el) {
  return el.textContent.replace(/[\s\u00a0]/g, '') !== '';
}

/** Clean blocks (a fragment of p, h2, blockquote, ul, ol, figure) from any HTML string. */
export function cleanHtml(html) {
  var doc = new DOMParser().parseFromString(defuse(html), 'text/html'); // inert: nothing runs or loads
  return cleanBlocks(doc.body);
}

/** Elements whose content the HTML parser reads as text up to their end tag (outside SVG and MathML). */
export var RAW_TEXT = new Set([
  'script',
  'style',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'textarea',
  'title',
]);

/**
 * Writes HTML again before parsing, so that the parser meets only tags written here: comments
 * and style elements dropped, style and on* attributes renamed, every other "<" escaped.
 * Nothing in a parsed paste ever runs or applies, but Chrome still reports each inline style or
 * handler as a CSP violation in the console; renamed, they are quiet, and the style stays
 * readable for the bold, italic and Word-list checks. The tags are read as the HTML tokenizer
 * reads them; where this reading and the browser's could still differ (a tag inside a comment,
 * a quoted value running past a tag's end, SVG), the difference can only turn markup into text,
 * never text into an element with a handler.
 */
