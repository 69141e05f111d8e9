// Dateline newsroom: the story body editor. A progressive enhancement of the body textarea
// ([data-editor] holding a textarea): without this file the textarea's HTML is edited directly.
// Plain JavaScript, no build step, no eval, no inline handlers (CSP script-src 'self').
//
// What the editor writes is the HTML that org.dateline.newsroom.editor.BodyHtml reads: p, h2,
// blockquote (p + footer), ul/ol (li), figure (data-src, data-srcset, data-width, data-height,
// data-credit; img src alt; figcaption); inside paragraphs only b, strong, i, em and a[href]
// (http, https, mailto). The server checks everything again: this file is for comfort, not trust.
(function () {
  'use strict';

  var MAX_UPLOAD = 15 * 1024 * 1024;
  var AUTOSAVE_MS = 10000;
  var HISTORY_LIMIT = 200;
  var ALT_REQUIRED = 'Every photo needs alt text: describe what the photo shows.';
  var SAFE_HREF = /^(?:https?:|mailto:)\S+$/i;
  var MEDIA_SRC = /^\/media\/[a-z0-9][a-z0-9._-]{0,120}\.(?:jpg|png|webp)$/;
  var SRCSET_ENTRY =
    /^(\/media\/[a-z0-9][a-z0-9._-]{0,120}\.(?:jpg|png|webp))\s+([1-9][0-9]{0,4})w$/;
  var IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

  // ---------------------------------------------------------------------------------------------
  // Cleaning: the browser twin of BodyHtml.parse, for pasted HTML, the textarea and the surface.
  // ---------------------------------------------------------------------------------------------

  var DROPPED = new Set([
    'SCRIPT',
    'STYLE',
    'NOSCRIPT',
    'TEMPLATE',
    'IFRAME',
    'FRAME',
    'FRAMESET',
    'OBJECT',
    'EMBED',
    'APPLET',
    'SVG',
    'MATH',
    'CANVAS',
    'AUDIO',
    'VIDEO',
    'PICTURE',
    'SOURCE',
    'TRACK',
    'MAP',
    'AREA',
    'INPUT',
    'BUTTON',
    'SELECT',
    'OPTION',
    'OPTGROUP',
    'TEXTAREA',
    'DATALIST',
    'HEAD',
    'TITLE',
    'META',
    'LINK',
    'BASE',
    'XML',
  ]);
  var BLOCKS = new Set([
    'ADDRESS',
    'ARTICLE',
    'ASIDE',
    'BLOCKQUOTE',
    'BODY',
    'CAPTION',
    'CENTER',
    'DD',
    'DETAILS',
    'DIALOG',
    'DIR',
    'DIV',
    'DL',
    'DT',
    'FIELDSET',
    'FIGCAPTION',
    'FIGURE',
    'FOOTER',
    'FORM',
    'H1',
    'H2',
    'H3',
    'H4',
    'H5',
    'H6',
    'HEADER',
    'HGROUP',
    'HR',
    'LEGEND',
    'LI',
    'LISTING',
    'MAIN',
    'MENU',
    'NAV',
    'OL',
    'P',
    'PLAINTEXT',
    'PRE',
    'SECTION',
    'SUMMARY',
    'TABLE',
    'TBODY',
    'TD',
    'TFOOT',
    'TH',
    'THEAD',
    'TR',
    'UL',
    'XMP',
  ]);
  var BLOCK_SELECTOR = Array.from(BLOCKS).join(',').toLowerCase();
  var LISTS = new Set(['UL', 'OL', 'DIR', 'MENU']);
  var BOLD = /(?:^|[^\w-])font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i;
  var NOT_BOLD = /(?:^|[^\w-])font-weight\s*:\s*(?:normal|lighter|[1-5]00)/i;
  var ITALIC = /(?:^|[^\w-])font-style\s*:\s*(?:italic|oblique)/i;
  var NOT_ITALIC = /(?:^|[^\w-])font-style\s*:\s*normal/i;
  var HIDDEN = /(?:^|[^\w-])display\s*:\s*none|mso-hide\s*:\s*all/i;
  var WORD_LIST_ITEM = /mso-list\s*:\s*l\d/i;
  var WORD_LIST_MARKER = /mso-list\s*:\s*ignore/i;
  var ORDERED_MARKER = /^\(?[0-9a-zA-Z]{1,5}[.)]/;
  var QUOTE_STYLE = /\b(?:MsoQuote|MsoIntenseQuote|quotations)\b/i;
  var LEADING_DASH = /^(?:[\u2014\u2013\u2015]|--?)\s*/;
  var BLANK_LINE = /\n[ \t\r\u00a0]*\n/;
  var MAX_DEPTH = 40;

  function collapse(text) {
    return text
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[ \t\n\r\f\u00a0]{2,}|[\t\n\r\f]/g, ' ');
  }

  /**
   * Browsers type a no-break space wherever a plain one would collapse: at the edge of a text node
   * or next to another space. Those become plain spaces; one between two words (120&nbsp;km) stays.
   */
  function typedSpaces(text) {
    return text.replace(/^\u00a0|\u00a0$/g, ' ').replace(/ \u00a0|\u00a0 /g, '  ');
  }

  function clean(text) {
    return collapse(text).replace(/^[ \u00a0]+|[ \u00a0]+$/g, '');
  }

  function isDropped(el) {
    var tag = el.tagName;
    return (
      DROPPED.has(tag) ||
      /^(?:V|W|M):/.test(tag) ||
      HIDDEN.test(styleOf(el)) ||
      el.classList.contains('photo-meta')
    );
  }

  function hasBlockInside(el) {
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
  function textOf(el) {
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

  function element(tag, text) {
    var el = document.createElement(tag);
    if (text !== undefined) {
      el.textContent = text;
    }
    return el;
  }

  function hasText(el) {
    return el.textContent.replace(/[\s\u00a0]/g, '') !== '';
  }

  /** Clean blocks (a fragment of p, h2, blockquote, ul, ol, figure) from any HTML string. */
  function cleanHtml(html) {
    var doc = new DOMParser().parseFromString(defuse(html), 'text/html'); // inert: nothing runs or loads
    return cleanBlocks(doc.body);
  }

  /** Elements whose content the HTML parser reads as text up to their end tag (outside SVG and MathML). */
  var RAW_TEXT = new Set([
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
  function defuse(html) {
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

  function styleOf(el) {
    return el.getAttribute('data-x-style') || el.getAttribute('style') || '';
  }

  /** Clean blocks from plain text: paragraphs at blank lines, or one per line when there are none. */
  function textBlocks(text) {
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

  function cleanBlocks(root) {
    var walk = { out: document.createDocumentFragment(), wordList: null };
    container(walk, root, 0);
    endWordList(walk);
    return walk.out;
  }

  function add(walk, block) {
    endWordList(walk);
    walk.out.append(block);
  }

  function endWordList(walk) {
    if (walk.wordList) {
      walk.out.append(walk.wordList);
      walk.wordList = null;
    }
  }

  function container(walk, parent, depth) {
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
        var cells =
          row.tagName === 'CAPTION' ? [textOf(row)] : Array.from(row.children).map(textOf);
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

  function quote(walk, el) {
    var copy = el.cloneNode(true);
    var cite = '';
    copy.querySelectorAll('footer, cite').forEach(function (source) {
      if (!cite) {
        cite = textOf(source).replace(LEADING_DASH, '');
      }
      source.remove();
    });
    var text = textOf(copy);
    if (text) {
      add(walk, quoteElement(text, cite));
    }
  }

  function quoteElement(text, cite) {
    var blockquote = element('blockquote');
    blockquote.append(element('p', text));
    if (cite) {
      blockquote.append(element('footer', '\u2014 ' + cite));
    }
    return blockquote;
  }

  function listItems(list, items, depth) {
    Array.from(list.children).forEach(function (child) {
      if (isDropped(child)) {
        return;
      }
      if (depth > MAX_DEPTH) {
        pushText(items, textOf(child));
      } else if (LISTS.has(child.tagName)) {
        listItems(child, items, depth + 1);
      } else {
        var copy = child.cloneNode(true);
        copy.querySelectorAll('ul, ol, dir, menu').forEach(function (nested) {
          nested.remove();
        });
        pushText(items, textOf(copy));
        outermostLists(child).forEach(function (nested) {
          listItems(nested, items, depth + 1);
        });
      }
    });
  }

  function outermostLists(within) {
    return Array.from(within.querySelectorAll('ul, ol, dir, menu')).filter(function (list) {
      var parentList = list.parentElement && list.parentElement.closest('ul, ol, dir, menu');
      return !parentList || !within.contains(parentList) || parentList === within;
    });
  }

  function pushText(items, text) {
    if (text) {
      items.push(text);
    }
  }

  function wordListItem(walk, p) {
    var copy = p.cloneNode(true);
    var marker = '';
    copy.querySelectorAll('span[style], span[data-x-style]').forEach(function (span) {
      if (WORD_LIST_MARKER.test(styleOf(span))) {
        marker = marker || textOf(span);
        span.remove();
      }
    });
    var tag = ORDERED_MARKER.test(marker) ? 'OL' : 'UL';
    if (walk.wordList && walk.wordList.tagName !== tag) {
      endWordList(walk);
    }
    var text = textOf(copy);
    if (text) {
      walk.wordList = walk.wordList || element(tag.toLowerCase());
      walk.wordList.append(element('li', text));
    }
  }

  function figure(walk, el, depth) {
    var img = el.querySelector('img');
    var ours = el.hasAttribute('data-src');
    if (!ours && !img) {
      container(walk, el, depth + 1);
      return;
    }
    var src = (el.getAttribute('data-src') || '').trim();
    if (!src && img) {
      src = (img.getAttribute('src') || '').trim();
    }
    if (src ? !MEDIA_SRC.test(src) : !ours) {
      return; // only photos stored here (an empty src is a wire photo that came without its image)
    }
    var caption = el.querySelector('figcaption');
    add(
      walk,
      photoFigure({
        src: src,
        srcset: cleanSrcset(el.getAttribute('data-srcset') || ''),
        width: number(el.getAttribute('data-width')),
        height: number(el.getAttribute('data-height')),
        alt: img ? clean(img.getAttribute('alt') || '') : '',
        caption: caption ? textOf(caption) : '',
        credit: clean(el.getAttribute('data-credit') || ''),
      }),
    );
  }

  function cleanSrcset(srcset) {
    return srcset
      .split(',')
      .map(function (entry) {
        var m = SRCSET_ENTRY.exec(entry.trim());
        return m ? m[1] + ' ' + m[2] + 'w' : '';
      })
      .filter(Boolean)
      .join(', ');
  }

  function number(text) {
    var digits = (text || '').trim();
    return /^[0-9]{1,5}$/.test(digits) ? parseInt(digits, 10) : 0;
  }

  /**
   * Where the editor loads a stored photo from: the newsroom's address, since the public /media/
   * address answers only once a public story shows the photo. data-src keeps the stored address.
   */
  function shownSrc(src) {
    return MEDIA_SRC.test(src) ? '/newsroom' + src : src;
  }

  /** The figure markup BodyHtml.render writes. */
  function photoFigure(photo) {
    var fig = element('figure');
    fig.setAttribute('data-src', photo.src);
    fig.setAttribute('data-srcset', photo.srcset || '');
    fig.setAttribute('data-width', String(photo.width || 0));
    fig.setAttribute('data-height', String(photo.height || 0));
    fig.setAttribute('data-credit', photo.credit || '');
    var img = element('img');
    if (photo.src) {
      img.setAttribute('src', shownSrc(photo.src));
    }
    img.setAttribute('alt', photo.alt || '');
    if (photo.width > 0 && photo.height > 0) {
      img.setAttribute('width', String(photo.width));
      img.setAttribute('height', String(photo.height));
    }
    fig.append(img, element('figcaption', photo.caption || ''));
    return fig;
  }

  function photoOf(fig) {
    var img = fig.querySelector('img');
    var caption = fig.querySelector('figcaption');
    return {
      src: fig.getAttribute('data-src') || '',
      srcset: fig.getAttribute('data-srcset') || '',
      width: number(fig.getAttribute('data-width')),
      height: number(fig.getAttribute('data-height')),
      alt: img ? clean(img.getAttribute('alt') || '') : '',
      caption: caption ? textOf(caption) : '',
      credit: fig.getAttribute('data-credit') || '',
    };
  }

  /** The editor HTML of a clean fragment: one block per line, like BodyHtml.render. */
  function html(fragment) {
    return Array.from(fragment.childNodes)
      .map(function (node) {
        return node.outerHTML;
      })
      .join('\n');
  }

  // ---------------------------------------------------------------------------------------------
  // The editor.
  // ---------------------------------------------------------------------------------------------

  var BUTTONS = [
    { command: 'p', label: 'Paragraph', text: '\u00b6', toggle: true },
    { command: 'h2', label: 'Heading', text: 'H', toggle: true },
    { separator: true },
    { command: 'bold', label: 'Bold', text: 'B', keys: 'B', toggle: true, inline: true },
    { command: 'italic', label: 'Italic', text: 'I', keys: 'I', toggle: true, inline: true },
    { command: 'link', label: 'Link', text: 'Link', keys: 'K', toggle: true, inline: true },
    { separator: true },
    { command: 'blockquote', label: 'Quote', text: '\u201c\u201d', toggle: true },
    // The bullet and the "1." are drawn by the style sheet, so the visible words stay part of the name.
    { command: 'ul', label: 'Bulleted list', text: 'List', toggle: true },
    { command: 'ol', label: 'Numbered list', text: 'List', toggle: true },
    { command: 'photo', label: 'Photo', text: 'Photo\u2026' },
    { separator: true },
    { command: 'undo', label: 'Undo', text: '\u21b6', keys: 'Z' },
    { command: 'redo', label: 'Redo', text: '\u21b7', keys: IS_MAC ? 'Shift+Z' : 'Y' },
  ];

  function shortcut(keys) {
    return (IS_MAC ? '\u2318' : 'Ctrl+') + keys;
  }

  function Editor(box, textarea) {
    this.box = box;
    this.textarea = textarea;
    this.form = textarea.form;
    this.id = textarea.id || 'body';
    this.history = [];
    this.future = [];
    this.dirty = false;
    this.changes = 0;
    this.saving = false;
    this.autosaveStopped = false;
    this.submitting = false;
    this.pendingSubmit = null;
    this.lastRange = null;
    this.recordTimer = 0;
  }

  Editor.prototype.build = function () {
    var self = this;
    var label =
      this.box.querySelector("label[for='" + this.id + "']") || this.box.querySelector('label');
    if (label && !label.id) {
      label.id = this.id + '-label';
    }

    this.toolbar = element('div');
    this.toolbar.className = 'editor-toolbar';
    this.toolbar.setAttribute('role', 'toolbar');
    this.toolbar.setAttribute('aria-label', 'Body formatting');
    this.buttons = {};
    BUTTONS.forEach(function (spec) {
      if (spec.separator) {
        var gap = element('span');
        gap.className = 'editor-separator';
        gap.setAttribute('aria-hidden', 'true');
        self.toolbar.append(gap);
        return;
      }
      var button = element('button', spec.text);
      button.type = 'button';
      button.className = 'editor-button editor-' + spec.command;
      button.setAttribute('aria-label', spec.label);
      button.title = spec.label + (spec.keys ? ' (' + shortcut(spec.keys) + ')' : '');
      if (spec.keys) {
        button.setAttribute('aria-keyshortcuts', (IS_MAC ? 'Meta+' : 'Control+') + spec.keys);
      }
      if (spec.toggle) {
        button.setAttribute('aria-pressed', 'false');
      }
      button.tabIndex = -1;
      button.dataset.command = spec.command;
      // Keep the text selection: a mouse click on the toolbar must not move focus out of the text.
      button.addEventListener('mousedown', function (event) {
        event.preventDefault();
      });
      button.addEventListener('click', function () {
        self.run(spec.command);
      });
      self.buttons[spec.command] = button;
      self.toolbar.append(button);
    });
    this.buttons.p.tabIndex = 0;
    this.buttons.photo.hidden = !(this.form && this.form.dataset.upload);
    this.toolbar.addEventListener('keydown', function (event) {
      self.toolbarKeys(event);
    });

    this.surface = element('div');
    this.surface.className = 'editor-surface';
    this.surface.id = this.id + '-surface';
    this.surface.contentEditable = 'true';
    this.surface.spellcheck = true;
    this.surface.setAttribute('role', 'textbox');
    this.surface.setAttribute('aria-multiline', 'true');
    if (label) {
      this.surface.setAttribute('aria-labelledby', label.id);
      label.addEventListener('click', function (event) {
        event.preventDefault();
        self.surface.focus();
      });
    }
    var described = [this.textarea.getAttribute('aria-describedby'), this.id + '-keys']
      .filter(Boolean)
      .join(' ');
    this.surface.setAttribute('aria-describedby', described);
    this.toolbar.setAttribute('aria-controls', this.surface.id);

    var keys = element(
      'p',
      'Shortcuts: ' +
        shortcut('B') +
        ' bold, ' +
        shortcut('I') +
        ' italic, ' +
        shortcut('K') +
        ' link, ' +
        shortcut('Z') +
        ' undo. Alt+F10 moves to the toolbar, Escape back to the text. On a photo, ' +
        'Enter edits its alt text, caption and credit; Delete removes it.',
    );
    keys.id = this.id + '-keys';
    keys.className = 'editor-keys';

    this.message = element('p');
    this.message.className = 'editor-message';
    this.message.setAttribute('role', 'status');
    this.message.setAttribute('aria-live', 'polite');

    this.count = element('p');
    this.count.className = 'editor-count';

    this.fileInput = element('input');
    this.fileInput.type = 'file';
    this.fileInput.accept = 'image/jpeg,image/png,image/webp';
    // Visually hidden rather than display:none, so test drivers can still hand it a file.
    this.fileInput.className = 'visually-hidden';
    this.fileInput.tabIndex = -1;
    this.fileInput.setAttribute('aria-hidden', 'true');
    this.fileInput.addEventListener('change', function () {
      var file = self.fileInput.files && self.fileInput.files[0];
      self.fileInput.value = '';
      if (file) {
        self.uploadPhoto(file);
      }
    });

    this.status = (this.form && this.form.querySelector('.autosave-status')) || null;
    if (!this.status) {
      this.status = element('p');
      this.status.className = 'autosave-status';
      this.status.setAttribute('role', 'status');
      this.status.setAttribute('aria-live', 'polite');
      this.box.after(this.status);
    }

    this.load(this.textarea.value);
    this.textarea.after(this.toolbar, this.surface, this.count, this.message, keys, this.fileInput);
    this.box.classList.add('is-enhanced');
    this.textarea.hidden = true;
    this.listen();
    this.record();
    this.updateCount();
    this.updateToolbar();
    if (this.form && this.form.dataset.autosave) {
      this.autosaveTimer = window.setInterval(function () {
        self.autosave();
      }, AUTOSAVE_MS);
    }
  };

  Editor.prototype.load = function (value) {
    this.surface.textContent = '';
    var fragment = /<[a-z!]/i.test(value) ? cleanHtml(value) : textBlocks(value);
    this.surface.append(fragment);
    this.surface.querySelectorAll('figure').forEach(this.decorate, this);
    this.normalize();
  };

  /** Makes a photo an island in the text: not typed into, edited through its dialog. */
  Editor.prototype.decorate = function (fig) {
    var photo = photoOf(fig);
    fig.contentEditable = 'false';
    fig.tabIndex = 0;
    fig.classList.add('editor-photo');
    fig.classList.toggle('needs-alt', !photo.alt);
    fig.setAttribute('aria-describedby', this.id + '-keys');
    var meta = fig.querySelector('.photo-meta') || element('span');
    meta.className = 'photo-meta';
    meta.textContent =
      (photo.alt ? 'Alt text: ' + photo.alt : 'No alt text yet: press Enter to add it.') +
      (photo.credit ? ' \u00b7 Credit: ' + photo.credit : '') +
      (photo.src ? '' : ' \u00b7 (no image file)');
    fig.append(meta);
  };

  Editor.prototype.listen = function () {
    var self = this;
    var surface = this.surface;
    surface.addEventListener('input', function () {
      self.changed(false);
    });
    surface.addEventListener('keydown', function (event) {
      self.keys(event);
    });
    surface.addEventListener('beforeinput', function (event) {
      if (event.inputType === 'historyUndo' || event.inputType === 'historyRedo') {
        event.preventDefault();
        self.run(event.inputType === 'historyUndo' ? 'undo' : 'redo');
      }
    });
    surface.addEventListener('paste', function (event) {
      self.paste(event);
    });
    surface.addEventListener('dragstart', function () {
      self.draggingInside = true;
    });
    surface.addEventListener('dragend', function () {
      self.draggingInside = false;
    });
    surface.addEventListener('dragover', function (event) {
      if (event.dataTransfer && Array.from(event.dataTransfer.types || []).indexOf('Files') >= 0) {
        event.preventDefault();
      }
    });
    surface.addEventListener('drop', function (event) {
      self.drop(event);
    });
    surface.addEventListener('click', function (event) {
      var fig = event.target.closest && event.target.closest('figure');
      if (fig && surface.contains(fig)) {
        event.preventDefault();
        self.editPhoto(fig);
      }
    });
    surface.addEventListener('blur', function (event) {
      self.flushRecord();
      // Leaving the text for Save or a workflow button: that submit carries the text, no autosave races it.
      var next = event.relatedTarget;
      if (!(next && next.form === self.form && next.type === 'submit')) {
        self.autosave();
      }
    });
    document.addEventListener('selectionchange', function () {
      var range = self.range();
      if (range) {
        self.lastRange = range.cloneRange();
        self.updateToolbar();
      }
    });
    if (this.form) {
      this.form.addEventListener('input', function (event) {
        if (!surface.contains(event.target) && event.target !== self.fileInput) {
          self.dirty = true;
          self.changes++;
        }
      });
      this.form.addEventListener('change', function (event) {
        if (!surface.contains(event.target) && event.target !== self.fileInput) {
          self.dirty = true;
          self.changes++;
        }
      });
      this.form.addEventListener('submit', function (event) {
        self.submit(event);
      });
    }
    window.addEventListener('beforeunload', function (event) {
      if (self.dirty && !self.submitting) {
        event.preventDefault();
        event.returnValue = '';
      }
    });
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') {
        self.autosave();
      }
    });
  };

  // --- changes, history, the textarea ------------------------------------------------------------

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

  function unwrap(el) {
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
      range.startContainer.nodeType === 1
        ? range.startContainer
        : range.startContainer.parentElement;
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

  Editor.prototype.keys = function (event) {
    var fig = event.target.closest && event.target.closest('figure');
    if (fig && this.surface.contains(fig) && fig !== this.surface) {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.editPhoto(fig);
      } else if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        this.removePhoto(fig);
      }
      return;
    }
    var mod = IS_MAC ? event.metaKey : event.ctrlKey;
    var key = event.key.toLowerCase();
    if (event.altKey && event.key === 'F10') {
      event.preventDefault();
      this.toolbar.querySelector("[tabindex='0']").focus();
    } else if (mod && !event.altKey && key === 'b') {
      event.preventDefault();
      this.run('bold');
    } else if (mod && !event.altKey && key === 'i') {
      event.preventDefault();
      this.run('italic');
    } else if (mod && !event.altKey && key === 'k') {
      event.preventDefault();
      this.run('link');
    } else if (mod && key === 'z') {
      event.preventDefault();
      this.run(event.shiftKey ? 'redo' : 'undo');
    } else if (mod && key === 'y') {
      event.preventDefault();
      this.run('redo');
    } else if (event.key === 'Enter' && !event.shiftKey) {
      this.leaveQuote(event);
    }
  };

  /** Enter on an empty last line of a quote leaves the quote, as it leaves a list. */
  Editor.prototype.leaveQuote = function (event) {
    var range = this.range();
    if (!range || !range.collapsed) {
      return;
    }
    var node =
      range.startContainer.nodeType === 1
        ? range.startContainer
        : range.startContainer.parentElement;
    var line = node.closest('blockquote > p');
    var quote = line && line.parentElement;
    if (!line || !this.surface.contains(quote) || hasText(line) || line.nextElementSibling) {
      return;
    }
    event.preventDefault();
    this.flushRecord();
    var p = element('p');
    p.append(element('br'));
    quote.after(p);
    line.remove();
    if (!hasText(quote)) {
      quote.remove();
    }
    this.caretAtEnd(p);
    this.changed(true);
  };

  /** Arrow keys move along the toolbar (one tab stop for all of it); Escape goes back to the text. */
  Editor.prototype.toolbarKeys = function (event) {
    var buttons = Array.from(this.toolbar.querySelectorAll('button'));
    var index = buttons.indexOf(document.activeElement);
    var next = -1;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
      next = (index + 1) % buttons.length;
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
      next = (index - 1 + buttons.length) % buttons.length;
    } else if (event.key === 'Home') {
      next = 0;
    } else if (event.key === 'End') {
      next = buttons.length - 1;
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.focusText();
      return;
    }
    if (next >= 0) {
      event.preventDefault();
      buttons.forEach(function (b, i) {
        b.tabIndex = i === next ? 0 : -1;
      });
      buttons[next].focus();
    }
  };

  Editor.prototype.updateToolbar = function () {
    if (!this.buttons) {
      return;
    }
    var range = this.range() || this.lastRange;
    var node = range
      ? range.startContainer.nodeType === 1
        ? range.startContainer
        : range.startContainer.parentElement
      : null;
    var inside = node && this.surface.contains(node);
    var block = inside
      ? this.topBlock(
          range.startContainer === this.surface
            ? this.surface.childNodes[range.startOffset] || this.surface.lastChild
            : range.startContainer,
        )
      : null;
    var kind = block && block.nodeType === 1 ? block.tagName.toLowerCase() : '';
    var within = function (selector) {
      var found = inside && node.closest(selector);
      return !!found && this.surface.contains(found);
    }.bind(this);
    var pressed = {
      p: kind === 'p',
      h2: kind === 'h2',
      blockquote: kind === 'blockquote',
      ul: kind === 'ul',
      ol: kind === 'ol',
      bold: within('b, strong'),
      italic: within('i, em'),
      link: within('a'),
    };
    var self = this;
    Object.keys(pressed).forEach(function (command) {
      self.buttons[command].setAttribute('aria-pressed', String(pressed[command]));
    });
    var textOnly =
      kind === 'h2' || kind === 'blockquote' || kind === 'ul' || kind === 'ol' || kind === 'figure';
    ['bold', 'italic', 'link'].forEach(function (command) {
      disable(
        self.buttons[command],
        textOnly,
        'Bold, italic and links are for paragraphs; headings, quotes and lists keep plain text.',
      );
    });
    disable(this.buttons.undo, this.history.length < 2 && !this.recordTimer, 'Nothing to undo.');
    disable(this.buttons.redo, this.future.length === 0, 'Nothing to redo.');
  };

  function disable(button, disabled, reason) {
    button.setAttribute('aria-disabled', String(disabled));
    button.dataset.reason = disabled ? reason : '';
  }

  Editor.prototype.say = function (text, problem) {
    this.message.textContent = text;
    this.message.classList.toggle('is-error', !!problem);
  };

  // --- paste and drop ------------------------------------------------------------------------------

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
    if (
      blocks.length === 1 &&
      blocks[0].tagName === 'P' &&
      current &&
      current.tagName !== 'FIGURE'
    ) {
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

  Editor.prototype.uploadPhoto = function (file) {
    var self = this;
    if (file.size > MAX_UPLOAD) {
      this.say('This photo is larger than 15 MB. Export it smaller and try again.', true);
      return;
    }
    var url = this.form && this.form.dataset.upload;
    if (!url) {
      this.say('Photos cannot be added here.', true);
      return;
    }
    var body = new FormData();
    body.append('file', file);
    body.append('csrf', this.csrf());
    this.say('Uploading \u201c' + file.name + '\u201d\u2026', false);
    this.buttons.photo.setAttribute('aria-busy', 'true');
    fetch(url, {
      method: 'POST',
      body: body,
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    })
      .then(function (response) {
        return response
          .json()
          .catch(function () {
            return {};
          })
          .then(function (answer) {
            return { status: response.status, ok: response.ok, answer: answer || {} };
          });
      })
      .then(
        function (result) {
          var answer = result.answer;
          if (!result.ok || answer.error || !MEDIA_SRC.test(answer.src || '')) {
            self.say(
              answer.error ||
                (result.status === 413
                  ? 'This photo is too big to upload.'
                  : 'The photo could not be uploaded (error ' + result.status + '). Try again.'),
              true,
            );
            return null;
          }
          self.say('Uploaded. Now describe the photo.', false);
          return self
            .askDetails(
              {
                src: answer.src,
                srcset: cleanSrcset(answer.srcset || ''),
                width: number(String(answer.width)),
                height: number(String(answer.height)),
                alt: '',
                caption: '',
                credit: '',
              },
              false,
            )
            .then(function (details) {
              if (!details) {
                self.say('The photo was not inserted.', false);
                return;
              }
              self.insertPhoto(details);
              self.say('Photo inserted.', false);
            });
        },
        function () {
          self.say(
            'The photo could not be uploaded: the server did not answer. Check the connection and try again.',
            true,
          );
        },
      )
      .then(function () {
        self.buttons.photo.removeAttribute('aria-busy');
      });
  };

  Editor.prototype.insertPhoto = function (photo) {
    var fragment = document.createDocumentFragment();
    fragment.append(photoFigure(photo));
    this.surface.focus({ preventScroll: true });
    if (this.photoRange && this.surface.contains(this.photoRange.commonAncestorContainer)) {
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(this.photoRange);
    }
    this.photoRange = null;
    this.insert(fragment);
  };

  Editor.prototype.editPhoto = function (fig) {
    var self = this;
    this.askDetails(photoOf(fig), true).then(function (details) {
      if (!details) {
        fig.focus();
        return;
      }
      if (details.remove) {
        self.removePhoto(fig);
        return;
      }
      self.flushRecord();
      var updated = photoFigure(details);
      fig.replaceWith(updated);
      self.decorate(updated);
      self.changed(true);
      updated.focus();
    });
  };

  Editor.prototype.removePhoto = function (fig) {
    this.flushRecord();
    var next = fig.nextElementSibling || fig.previousElementSibling;
    fig.remove();
    this.changed(true);
    this.surface.focus({ preventScroll: true });
    if (next) {
      this.caretAtEnd(next);
    }
    this.say('Photo removed. ' + shortcut('Z') + ' brings it back.', false);
  };

  /** Asks for alt text (required), caption and credit; resolves to the photo, {remove: true} or null. */
  Editor.prototype.askDetails = function (photo, editing) {
    if (typeof HTMLDialogElement !== 'function') {
      return Promise.resolve(promptDetails(photo));
    }
    var dialog = this.dialog || this.buildDialog();
    var fields = dialog.fields;
    fields.title.textContent = editing ? 'Edit photo' : 'Describe the photo';
    fields.preview.src = photo.src ? shownSrc(photo.src) : '';
    fields.preview.hidden = !photo.src;
    fields.alt.value = photo.alt || '';
    fields.caption.value = photo.caption || '';
    fields.credit.value = photo.credit || '';
    fields.error.textContent = '';
    fields.save.textContent = editing ? 'Save' : 'Insert photo';
    fields.remove.hidden = !editing;
    var opener = document.activeElement;
    dialog.returnValue = '';
    dialog.showModal();
    fields.alt.focus();
    return new Promise(function (resolve) {
      dialog.addEventListener('close', function closed() {
        dialog.removeEventListener('close', closed);
        if (opener && opener.focus) {
          opener.focus({ preventScroll: true });
        }
        if (dialog.returnValue === 'remove') {
          resolve({ remove: true });
        } else if (dialog.returnValue === 'save') {
          resolve({
            src: photo.src,
            srcset: photo.srcset,
            width: photo.width,
            height: photo.height,
            alt: clean(fields.alt.value),
            caption: clean(fields.caption.value),
            credit: clean(fields.credit.value),
          });
        } else {
          resolve(null);
        }
      });
    });
  };

  Editor.prototype.buildDialog = function () {
    var prefix = this.id + '-photo';
    var dialog = element('dialog');
    dialog.className = 'photo-dialog';
    dialog.setAttribute('aria-labelledby', prefix + '-title');
    var form = element('form');
    form.method = 'dialog';
    form.noValidate = true;
    var title = element('h2');
    title.id = prefix + '-title';
    var preview = element('img');
    preview.className = 'photo-preview';
    preview.alt = ''; // the alt text is being written below
    var field = function (name, label, multiline, hint) {
      var p = element('p');
      p.className = 'field';
      var l = element('label', label);
      l.htmlFor = prefix + '-' + name;
      var input = multiline ? element('textarea') : element('input');
      if (multiline) {
        input.rows = 2;
      } else {
        input.type = 'text';
      }
      input.id = prefix + '-' + name;
      input.name = name;
      p.append(l, input);
      if (hint) {
        var small = element('small', hint);
        small.id = prefix + '-' + name + '-hint';
        input.setAttribute('aria-describedby', small.id);
        p.append(small);
      }
      form.append(p);
      return input;
    };
    form.append(title, preview);
    var alt = field(
      'alt',
      'Alt text (required)',
      true,
      'Describe what the photo shows, for readers who cannot see it. Not the caption.',
    );
    alt.required = true;
    alt.setAttribute('aria-required', 'true');
    var caption = field('caption', 'Caption', true, 'Shown under the photo. Optional.');
    var credit = field('credit', 'Credit', false, 'Photographer / agency. Optional.');
    var error = element('p');
    error.className = 'error-text';
    error.id = prefix + '-error';
    error.setAttribute('role', 'alert');
    var actions = element('p');
    actions.className = 'dialog-actions';
    var button = function (value, text, kind) {
      var b = element('button', text);
      b.type = 'submit';
      b.value = value;
      b.className = 'button ' + kind;
      actions.append(b, document.createTextNode(' '));
      return b;
    };
    var save = button('save', 'Insert photo', '');
    var remove = button('remove', 'Remove photo', 'danger');
    var cancel = button('cancel', 'Cancel', 'secondary');
    cancel.formNoValidate = true;
    form.append(error, actions);
    dialog.append(form);
    form.addEventListener('submit', function (event) {
      var submitter = event.submitter;
      if (submitter === save && !clean(alt.value)) {
        event.preventDefault();
        error.textContent = ALT_REQUIRED;
        alt.setAttribute('aria-invalid', 'true');
        alt.setAttribute('aria-describedby', error.id + ' ' + prefix + '-alt-hint');
        alt.focus();
        return;
      }
      alt.removeAttribute('aria-invalid');
      if (submitter) {
        event.preventDefault();
        dialog.close(submitter.value);
      }
    });
    document.body.append(dialog);
    dialog.fields = {
      title: title,
      preview: preview,
      alt: alt,
      caption: caption,
      credit: credit,
      error: error,
      save: save,
      remove: remove,
    };
    this.dialog = dialog;
    return dialog;
  };

  /** For browsers without <dialog>: asks again until the alt text is not empty, or the writer cancels. */
  function promptDetails(photo) {
    var alt = photo.alt || '';
    var question = 'Alt text (required): describe what the photo shows.';
    for (;;) {
      var answer = window.prompt(question, alt);
      if (answer === null) {
        return null;
      }
      alt = clean(answer);
      if (alt) {
        break;
      }
      question = ALT_REQUIRED;
    }
    var caption = window.prompt('Caption (optional)', photo.caption || '');
    var credit = window.prompt('Credit (optional)', photo.credit || '');
    return {
      src: photo.src,
      srcset: photo.srcset,
      width: photo.width,
      height: photo.height,
      alt: alt,
      caption: clean(caption || ''),
      credit: clean(credit || ''),
    };
  }

  // --- saving --------------------------------------------------------------------------------------

  Editor.prototype.csrf = function () {
    var input = this.form && this.form.querySelector("input[name='csrf']");
    return input ? input.value : '';
  };

  Editor.prototype.submit = function (event) {
    this.flushRecord();
    this.sync();
    var missing = Array.from(this.surface.querySelectorAll('figure')).find(function (fig) {
      return !photoOf(fig).alt;
    });
    if (missing) {
      event.preventDefault();
      this.say(ALT_REQUIRED, true);
      missing.scrollIntoView({ block: 'center' });
      this.editPhoto(missing);
      return;
    }
    if (this.saving) {
      // An autosave is on its way and will change the version: submit once it has answered.
      event.preventDefault();
      this.pendingSubmit = { submitter: event.submitter || null };
      return;
    }
    this.submitting = true;
    window.clearInterval(this.autosaveTimer);
  };

  Editor.prototype.autosave = function () {
    var self = this;
    var url = this.form && this.form.dataset.autosave;
    if (!url || !this.dirty || this.saving || this.autosaveStopped || this.submitting) {
      return;
    }
    this.flushRecord();
    this.sync();
    this.saving = true;
    var changesAtStart = this.changes;
    var body = new URLSearchParams(new FormData(this.form)).toString();
    fetch(url, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
      },
      body: body,
      credentials: 'same-origin',
      // A page being closed still gets its last draft saved; browsers cap such requests at 64 kB.
      keepalive: document.visibilityState === 'hidden' && body.length < 60000,
    })
      .then(function (response) {
        if (response.status === 503) {
          // The server was too busy to save; nothing was lost, and the next tick tries again.
          return { ok: false, busy: true };
        }
        return response.json().catch(function () {
          return {
            ok: false,
            error:
              response.status === 401 || response.redirected
                ? 'Autosave stopped: you were signed out. Sign in again in another tab, then save.'
                : 'Autosave stopped: the server answered with error ' +
                  response.status +
                  '. Save by hand.',
          };
        });
      })
      .then(
        function (answer) {
          if (answer && answer.ok) {
            var version = self.form.querySelector("input[name='version']");
            if (version && answer.version !== undefined) {
              version.value = String(answer.version);
            }
            if (self.changes === changesAtStart) {
              self.dirty = false;
            }
            self.showStatus('Draft saved at ' + clock(answer.savedAt), false);
          } else if (answer && answer.busy) {
            self.showStatus(
              'The server is busy; autosave will try again. Your text is still here.',
              true,
            );
          } else {
            self.autosaveStopped = true;
            window.clearInterval(self.autosaveTimer);
            self.showStatus((answer && answer.error) || 'Autosave stopped. Save by hand.', true);
          }
        },
        function () {
          self.showStatus(
            'Autosave could not reach the server; it will try again. Your text is still here.',
            true,
          );
        },
      )
      .then(function () {
        self.saving = false;
        var pending = self.pendingSubmit;
        if (pending) {
          self.pendingSubmit = null;
          if (pending.submitter && self.form.requestSubmit) {
            self.form.requestSubmit(pending.submitter);
          } else if (self.form.requestSubmit) {
            self.form.requestSubmit();
          } else {
            self.submitting = true;
            self.form.submit();
          }
        }
      });
  };

  Editor.prototype.showStatus = function (text, problem) {
    this.status.textContent = text;
    this.status.classList.toggle('is-error', !!problem);
  };

  function clock(savedAt) {
    if (/^\d{1,2}:\d{2}$/.test(savedAt || '')) {
      return savedAt;
    }
    var when = savedAt ? new Date(savedAt) : new Date();
    if (isNaN(when.getTime())) {
      when = new Date();
    }
    var pad = function (n) {
      return (n < 10 ? '0' : '') + n;
    };
    return pad(when.getHours()) + ':' + pad(when.getMinutes());
  }

  // ---------------------------------------------------------------------------------------------

  function start() {
    try {
      document.execCommand('defaultParagraphSeparator', false, 'p');
      document.execCommand('styleWithCSS', false, false);
    } catch (ignored) {
      // old browsers: normalize() turns their divs into paragraphs
    }
    document.querySelectorAll('[data-editor]').forEach(function (box) {
      var textarea = box.querySelector('textarea');
      if (!textarea || textarea.disabled || textarea.readOnly || textarea.matches(':disabled')) {
        return;
      }
      var editor = new Editor(box, textarea);
      try {
        editor.build();
      } catch (error) {
        // Anything unexpected: leave the plain textarea, which always works.
        [editor.toolbar, editor.surface, editor.count, editor.message, editor.fileInput].forEach(
          function (el) {
            if (el && el.parentNode) {
              el.remove();
            }
          },
        );
        textarea.hidden = false;
        box.classList.remove('is-enhanced');
        if (window.console) {
          window.console.error('Dateline editor could not start', error);
        }
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
