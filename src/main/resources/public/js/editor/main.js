// Dateline newsroom: the story body editor, started here. A progressive enhancement of the body textarea
// ([data-editor] holding a textarea): without this file the textarea's HTML is edited directly.
// Plain JavaScript, no build step, no eval, no inline handlers (CSP script-src 'self').
//
// What the editor writes is the HTML that org.dateline.newsroom.editor.BodyHtml reads: p, h2,
// blockquote (p + footer), ul/ol (li), figure (data-src, data-srcset, data-width, data-height,
// data-credit; img src alt; figcaption); inside paragraphs only b, strong, i, em and a[href]
// (http, https, mailto). The server checks everything again: this file is for comfort, not trust.
//
// The editor is split into ES modules of one responsibility each (docs/decisions/0038); this one
// loads them all and enhances every [data-editor] textarea of the page.

import { Editor } from './editor.js';
import './state.js';
import './selection.js';
import './commands.js';
import './links.js';
import './lines.js';
import './ask.js';
import './shortcuts.js';
import { watchWorkflow } from './workflow.js';
import './keys.js';
import './insert.js';
import './photos.js';
import './dialog.js';
import './save.js';
import { startSharing } from './sharing.js';

function start() {
  try {
    document.execCommand('defaultParagraphSeparator', false, 'p');
    document.execCommand('styleWithCSS', false, false);
  } catch (ignored) {
    // old browsers: normalize() turns their divs into paragraphs
  }
  document.querySelectorAll('form').forEach(watchWorkflow);
  document.querySelectorAll('[data-sharing]').forEach(startSharing);
  document.querySelectorAll('[data-editor]').forEach(function (box) {
    var textarea = box.querySelector('textarea');
    if (!textarea || textarea.disabled || textarea.readOnly || textarea.matches(':disabled')) {
      return;
    }
    var editor = new Editor(box, textarea);
    try {
      editor.build();
      editor.listenForSave();
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
