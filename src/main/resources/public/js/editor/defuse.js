// Dateline newsroom body editor: Defusing raw HTML before the browser parses it: a small tag reader that drops dangerous parts.
// Part of the editor modules loaded by main.js (see docs/decisions/0038).

import { RAW_TEXT } from './clean.js';

export function defuse(html) {
  var out = [];
  var n = html.length;
  var i = 0;
  while (i < n) {
    var lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    i = lt;
    var next = html.charAt(i + 1);
    if (html.startsWith('<!--', i)) {
      i = commentEnd(html, i + 4);
    } else if (next === '!' || next === '?') {
      i = after(html, '>', i + 2); // a doctype or bogus comment, to the first ">"
    } else if (next === '/' && isLetter(html.charAt(i + 2))) {
      var end = readTag(html, i + 2); // an end tag's attributes are read, and dropped
      if (end) {
        out.push('</' + end.name + '>');
      }
      i = end ? end.next : n;
    } else if (next === '/') {
      i =
        html.charAt(i + 2) === '>'
          ? i + 3
          : i + 2 >= n
            ? (out.push('&lt;/'), n)
            : after(html, '>', i + 2);
    } else if (isLetter(next)) {
      var start = readTag(html, i + 1);
      if (!start) {
        break; // a tag cut off by the end of the text is no tag
      }
      var name = start.name.toLowerCase();
      i = start.next;
      if (name === 'style') {
        i = rawTextEnd(html, i, name); // the element goes, its text too; its end tag is dropped as a stray one
        continue;
      }
      out.push(start.text);
      if (name === 'plaintext') {
        out.push(html.slice(i).replace(/</g, '&lt;'));
        i = n;
      } else if (RAW_TEXT.has(name)) {
        var stop = rawTextEnd(html, i, name);
        out.push(html.slice(i, stop).replace(/</g, '&lt;'));
        i = stop;
      }
    } else {
      out.push('&lt;');
      i++;
    }
  }
  return out.join('');
}

function isLetter(ch) {
  return /^[a-zA-Z]$/.test(ch);
}

function isSpace(ch) {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\f' || ch === '\r';
}

function after(html, text, from) {
  var at = html.indexOf(text, from);
  return at < 0 ? html.length : at + text.length;
}

/** Where a comment opened just before {@code from} ends: "-->", "--!>", or "<!-->" and "<!--->" at once. */
function commentEnd(html, from) {
  if (html.charAt(from) === '>') {
    return from + 1;
  }
  if (html.startsWith('->', from)) {
    return from + 2;
  }
  var end = /--!?>/g;
  end.lastIndex = from;
  var found = end.exec(html);
  return found ? found.index + found[0].length : html.length;
}

/** Where the text of a script, style, textarea... element ends: at its first end tag. */
function rawTextEnd(html, from, name) {
  var end = new RegExp('</' + name + '[\\t\\n\\f\\r />]', 'gi');
  end.lastIndex = from;
  var found = end.exec(html);
  return found ? found.index : html.length;
}

/**
 * Reads a tag from its name (at {@code from}) to its ">", as the HTML tokenizer does, and
 * writes it again with each value quoted and style and on* attributes renamed. Null when the
 * text ends inside the tag.
 */
function readTag(html, from) {
  var n = html.length;
  var i = from;
  while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) !== '/' && html.charAt(i) !== '>') {
    i++;
  }
  var name = html.slice(from, i);
  var attributes = [];
  var selfClosing = false;
  for (;;) {
    var slash = false;
    while (i < n && (isSpace(html.charAt(i)) || html.charAt(i) === '/')) {
      slash = html.charAt(i) === '/';
      i++;
    }
    if (i >= n) {
      return null;
    }
    if (html.charAt(i) === '>') {
      selfClosing = slash;
      i++;
      break;
    }
    var nameStart = i;
    i++; // the first character is the name's, even "="
    while (i < n && !isSpace(html.charAt(i)) && '/>='.indexOf(html.charAt(i)) < 0) {
      i++;
    }
    var attribute = html.slice(nameStart, i);
    var value = null;
    var j = i;
    while (j < n && isSpace(html.charAt(j))) {
      j++;
    }
    if (html.charAt(j) === '=') {
      i = j + 1;
      while (i < n && isSpace(html.charAt(i))) {
        i++;
      }
      var quote = html.charAt(i);
      if (quote === '"' || quote === "'") {
        var close = html.indexOf(quote, i + 1);
        if (close < 0) {
          return null;
        }
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        var valueStart = i;
        while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) !== '>') {
          i++;
        }
        value = html.slice(valueStart, i);
      }
    } else {
      i = j;
    }
    attributes.push(
      (/^(?:style|on[a-z]+)$/i.test(attribute) ? 'data-x-' + attribute : attribute) +
        (value === null ? '' : '="' + value.replace(/"/g, '&quot;') + '"'),
    );
  }
  return {
    name: name,
    next: i,
    text:
      '<' +
      name +
      (attributes.length ? ' ' + attributes.join(' ') : '') +
      (selfClosing ? ' />' : '>'),
  };
}
