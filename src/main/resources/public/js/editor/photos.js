// Dateline newsroom body editor: Photos: upload, insert, edit and remove.
// Part of the editor modules loaded by main.js (see docs/decisions/0038).

import { MAX_UPLOAD, MEDIA_SRC } from './rules.js';
import { clean } from './clean.js';
import { cleanSrcset, number, photoFigure, photoOf, shownSrc } from './blocks.js';
import { Editor, shortcut } from './editor.js';
import { focusText, postForm } from './focus.js';

/** Uploads a photo; resolves to the stored photo's files, or null once the problem is said. */
Editor.prototype.sendPhoto = function (file) {
  var self = this;
  if (file.size > MAX_UPLOAD) {
    this.say('This photo is larger than 15 MB. Export it smaller and try again.', true);
    return Promise.resolve(null);
  }
  var url = this.form && this.form.dataset.upload;
  if (!url) {
    this.say('Photos cannot be added here.', true);
    return Promise.resolve(null);
  }
  var body = new FormData();
  body.append('file', file);
  body.append('csrf', this.csrf());
  this.say('Uploading \u201c' + file.name + '\u201d\u2026', false);
  return postForm(url, body).then(
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
      return {
        src: answer.src,
        srcset: cleanSrcset(answer.srcset || ''),
        width: number(String(answer.width)),
        height: number(String(answer.height)),
      };
    },
    function () {
      self.say(
        'The photo could not be uploaded: the server did not answer. Check the connection and try again.',
        true,
      );
      return null;
    },
  );
};

Editor.prototype.uploadPhoto = function (file) {
  var self = this;
  this.buttons.photo.setAttribute('aria-busy', 'true');
  this.sendPhoto(file)
    .then(function (stored) {
      if (!stored) {
        return null;
      }
      self.say('Uploaded. Now describe the photo.', false);
      stored.alt = '';
      stored.caption = '';
      stored.credit = '';
      return self.askDetails(stored, false).then(function (details) {
        if (!details) {
          self.say('The photo was not inserted.', false);
          return;
        }
        self.insertPhoto(details);
        self.say('Photo inserted.', false);
      });
    })
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

/**
 * Asks for alt text (required), caption, credit and the focal point, and offers to replace the
 * photo (its words stay); resolves to the photo, {remove: true} or null.
 */
Editor.prototype.askDetails = function (photo, editing) {
  var self = this;
  var dialog = this.dialog || this.buildDialog();
  var fields = dialog.fields;
  var files = { src: photo.src, srcset: photo.srcset, width: photo.width, height: photo.height };
  var show = function () {
    fields.preview.src = files.src ? shownSrc(files.src) : '';
    fields.picker.wrap.hidden = !files.src;
  };
  fields.title.textContent = editing ? 'Edit photo' : 'Describe the photo';
  show();
  fields.picker.set(photo.focus || null);
  fields.replace.hidden = !editing;
  fields.file.value = '';
  fields.file.onchange = function () {
    var chosen = fields.file.files && fields.file.files[0];
    if (!chosen) {
      return;
    }
    fields.error.textContent = 'Uploading\u2026';
    self.sendPhoto(chosen).then(function (stored) {
      fields.error.textContent = stored ? '' : self.message.textContent;
      if (stored) {
        files = stored;
        show();
        self.say('Replacement uploaded: save to use it.', false);
      }
    });
  };
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
      fields.file.onchange = null;
      if (opener && opener.focus) {
        opener.focus({ preventScroll: true });
      }
      if (dialog.returnValue === 'remove') {
        resolve({ remove: true });
      } else if (dialog.returnValue === 'save') {
        var details = {
          src: files.src,
          srcset: files.srcset,
          width: files.width,
          height: files.height,
          alt: clean(fields.alt.value),
          caption: clean(fields.caption.value),
          credit: clean(fields.credit.value),
          focus: fields.picker.focus,
          card: photo.card || '',
          thumb: photo.thumb || '',
        };
        var moved = focusText(details.focus) !== focusText(photo.focus || null);
        if (!details.focus || !(moved || files.src !== photo.src || !details.card)) {
          resolve(details);
          return;
        }
        resolve(self.cropAround(details));
      } else {
        resolve(null);
      }
    });
  });
};

/** Has the server crop the photo around its focal point; resolves to the photo with its crops. */
Editor.prototype.cropAround = function (details) {
  var self = this;
  var url = this.form && this.form.dataset.upload;
  var body = new URLSearchParams(); // a plain form: only the upload itself is multipart
  body.append('src', details.src);
  body.append('x', String(Math.round(details.focus.x * 1000)));
  body.append('y', String(Math.round(details.focus.y * 1000)));
  body.append('csrf', this.csrf());
  details.card = '';
  details.thumb = '';
  return postForm(url + '/crops', body).then(
    function (result) {
      var a = result.answer;
      if (!result.ok || !a.card || !a.thumb) {
        self.say(a.error || 'The photo could not be cropped (error ' + result.status + ').', true);
        return details;
      }
      details.card = a.card.src + ' ' + a.card.width + 'x' + a.card.height;
      details.thumb = a.thumb.src + ' ' + a.thumb.width + 'x' + a.thumb.height;
      return details;
    },
    function () {
      self.say('The photo could not be cropped: the server did not answer.', true);
      return details;
    },
  );
};
