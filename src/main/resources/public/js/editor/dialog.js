// Dateline newsroom body editor: The photo details dialog (alt text, caption, credit, focal point,
// replacing the photo).
// Part of the editor modules loaded by main.js (see docs/decisions/0038).

import { ALT_REQUIRED } from './rules.js';
import { clean, element } from './clean.js';
import { Editor } from './editor.js';
import { focusPicker } from './focus.js';

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
  var picker = focusPicker(prefix);
  var replaceRow = element('p');
  replaceRow.className = 'photo-replace';
  var replace = element('button', 'Replace photo\u2026');
  replace.type = 'button';
  replace.className = 'button secondary';
  var file = element('input');
  file.type = 'file';
  file.accept = 'image/jpeg,image/png,image/webp';
  file.name = 'replacement';
  file.hidden = true;
  file.setAttribute('aria-label', 'Replacement photo');
  replace.addEventListener('click', function () {
    file.click();
  });
  replaceRow.append(replace, file);
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
  form.append(title, picker.wrap, replaceRow);
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
    preview: picker.preview,
    picker: picker,
    replace: replace,
    file: file,
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
