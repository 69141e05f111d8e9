// Dateline newsroom body editor: Quotes, lists (also Word's) and photo figures as the body stores them.
// Part of the editor modules loaded by main.js (see docs/decisions/0038).

import {
  LEADING_DASH,
  LISTS,
  MAX_DEPTH,
  MEDIA_SRC,
  ORDERED_MARKER,
  SRCSET_ENTRY,
  WORD_LIST_MARKER,
} from './rules.js';
import { clean, element, isDropped, textOf } from './clean.js';
import { add, container, endWordList, styleOf } from './walk.js';
import { focusText, parseFocus } from './focus.js';

export function quote(walk, el) {
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

export function quoteElement(text, cite) {
  var blockquote = element('blockquote');
  blockquote.append(element('p', text));
  if (cite) {
    blockquote.append(element('footer', '\u2014 ' + cite));
  }
  return blockquote;
}

export function listItems(list, items, depth) {
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

export function wordListItem(walk, p) {
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

export function figure(walk, el, depth) {
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
      focus: parseFocus(el.getAttribute('data-focus')),
      card: el.getAttribute('data-card') || '',
      thumb: el.getAttribute('data-thumb') || '',
    }),
  );
}

export function cleanSrcset(srcset) {
  return srcset
    .split(',')
    .map(function (entry) {
      var m = SRCSET_ENTRY.exec(entry.trim());
      return m ? m[1] + ' ' + m[2] + 'w' : '';
    })
    .filter(Boolean)
    .join(', ');
}

export function number(text) {
  var digits = (text || '').trim();
  return /^[0-9]{1,5}$/.test(digits) ? parseInt(digits, 10) : 0;
}

/**
 * Where the editor loads a stored photo from: the newsroom's address, since the public /media/
 * address answers only once a public story shows the photo. data-src keeps the stored address.
 */
export function shownSrc(src) {
  return MEDIA_SRC.test(src) ? '/newsroom' + src : src;
}

/** The figure markup BodyHtml.render writes. */
export function photoFigure(photo) {
  var fig = element('figure');
  fig.setAttribute('data-src', photo.src);
  fig.setAttribute('data-srcset', photo.srcset || '');
  fig.setAttribute('data-width', String(photo.width || 0));
  fig.setAttribute('data-height', String(photo.height || 0));
  fig.setAttribute('data-credit', photo.credit || '');
  if (photo.focus) {
    fig.setAttribute('data-focus', focusText(photo.focus));
    fig.setAttribute('data-card', photo.card || '');
    fig.setAttribute('data-thumb', photo.thumb || '');
  }
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

export function photoOf(fig) {
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
    focus: parseFocus(fig.getAttribute('data-focus')),
    card: fig.getAttribute('data-card') || '',
    thumb: fig.getAttribute('data-thumb') || '',
  };
}

/** The editor HTML of a clean fragment: one block per line, like BodyHtml.render. */
