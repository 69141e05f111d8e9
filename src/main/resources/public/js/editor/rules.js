// Dateline newsroom body editor: The editor's rules: limits, patterns and the tag sets shared by cleaning and editing.
// Part of the editor modules loaded by main.js (see docs/decisions/0038).

export var MAX_UPLOAD = 15 * 1024 * 1024;
export var AUTOSAVE_MS = 10000;
export var HISTORY_LIMIT = 200;
export var ALT_REQUIRED = 'Every photo needs alt text: describe what the photo shows.';
export var SAFE_HREF = /^(?:https?:|mailto:)\S+$/i;
export var MEDIA_SRC = /^\/media\/[a-z0-9][a-z0-9._-]{0,120}\.(?:jpg|png|webp)$/;
export var SRCSET_ENTRY =
  /^(\/media\/[a-z0-9][a-z0-9._-]{0,120}\.(?:jpg|png|webp))\s+([1-9][0-9]{0,4})w$/;
export var IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

// The toolbar's buttons, in order: the command each runs, its name, its face, its shortcut.
export var TOOLBAR = [
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

// ---------------------------------------------------------------------------------------------
// Cleaning: the browser twin of BodyHtml.parse, for pasted HTML, the textarea and the surface.
// ---------------------------------------------------------------------------------------------

export var DROPPED = new Set([
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
export var BLOCKS = new Set([
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
export var BLOCK_SELECTOR = Array.from(BLOCKS).join(',').toLowerCase();
export var LISTS = new Set(['UL', 'OL', 'DIR', 'MENU']);
export var BOLD = /(?:^|[^\w-])font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i;
export var NOT_BOLD = /(?:^|[^\w-])font-weight\s*:\s*(?:normal|lighter|[1-5]00)/i;
export var ITALIC = /(?:^|[^\w-])font-style\s*:\s*(?:italic|oblique)/i;
export var NOT_ITALIC = /(?:^|[^\w-])font-style\s*:\s*normal/i;
export var HIDDEN = /(?:^|[^\w-])display\s*:\s*none|mso-hide\s*:\s*all/i;
export var WORD_LIST_ITEM = /mso-list\s*:\s*l\d/i;
export var WORD_LIST_MARKER = /mso-list\s*:\s*ignore/i;
export var ORDERED_MARKER = /^\(?[0-9a-zA-Z]{1,5}[.)]/;
export var QUOTE_STYLE = /\b(?:MsoQuote|MsoIntenseQuote|quotations)\b/i;
export var LEADING_DASH = /^(?:[\u2014\u2013\u2015]|--?)\s*/;
export var BLANK_LINE = /\n[ \t\r\u00a0]*\n/;
export var MAX_DEPTH = 40;
