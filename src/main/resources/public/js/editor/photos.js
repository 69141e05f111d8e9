// Dateline newsroom body editor: Photos: upload, insert, edit and remove.
// Part of the editor modules loaded by main.js (see docs/decisions/0038).

import { MAX_UPLOAD, MEDIA_SRC } from './rules.js';
import { clean } from './clean.js';
import { cleanSrcset, number, photoFigure, photoOf, shownSrc } from './blocks.js';
import { Editor, shortcut } from './editor.js';

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
