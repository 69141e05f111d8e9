// Dateline newsroom body editor: inline dialogs that ask for a link, an attribution or a choice.
// Part of the editor modules loaded by main.js (see docs/decisions/0038).
//
// A modal <dialog> labelled by its title: the rest of the page is inert while it is open (focus
// stays inside), Escape or Cancel closes it, and focus goes back to where it was.

import { clean, element } from './clean.js';
import { Editor } from './editor.js';

/**
 * Asks in a dialog. spec: {title, hint, fields: [{name, label, value, hint, required}],
 * choices: [{value, label}] (one is picked), ok, extra: {value, label} (a second, danger action)}.
 * Resolves to {action: 'ok' or extra.value, values: {name: text}, choice: value} or null.
 */
Editor.prototype.ask = function (spec) {
  var prefix = this.id + '-ask';
  var dialog = element('dialog');
  dialog.className = 'ask-dialog';
  dialog.setAttribute('aria-labelledby', prefix + '-title');
  var form = element('form');
  form.method = 'dialog';
  form.noValidate = true;
  var title = element('h2', spec.title);
  title.id = prefix + '-title';
  form.append(title);
  if (spec.hint) {
    var hint = element('p', spec.hint);
    hint.id = prefix + '-hint';
    hint.className = 'hint';
    dialog.setAttribute('aria-describedby', hint.id);
    form.append(hint);
  }
  var inputs = {};
  (spec.fields || []).forEach(function (f) {
    var p = element('p');
    p.className = 'field';
    var label = element('label', f.label);
    label.htmlFor = prefix + '-' + f.name;
    var input = element('input');
    input.type = 'text';
    input.id = label.htmlFor;
    input.name = f.name;
    input.value = f.value || '';
    input.required = !!f.required;
    p.append(label, input);
    if (f.hint) {
      var small = element('small', f.hint);
      small.id = input.id + '-hint';
      input.setAttribute('aria-describedby', small.id);
      p.append(small);
    }
    inputs[f.name] = input;
    form.append(p);
  });
  var radios = [];
  if (spec.choices) {
    var set = element('fieldset');
    set.className = 'ask-choices';
    set.append(element('legend', spec.choicesLabel || spec.title));
    spec.choices.forEach(function (c, i) {
      var label = element('label');
      var radio = element('input');
      radio.type = 'radio';
      radio.name = 'choice';
      radio.value = c.value;
      radio.checked = i === 0;
      label.append(radio, document.createTextNode(' ' + c.label));
      var p = element('p');
      p.append(label);
      set.append(p);
      radios.push(radio);
    });
    form.append(set);
  }
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
  var ok = button('ok', spec.ok || 'OK', '');
  if (spec.extra) {
    button(spec.extra.value, spec.extra.label, 'danger').formNoValidate = true;
  }
  button('cancel', 'Cancel', 'secondary').formNoValidate = true;
  form.append(error, actions);
  dialog.append(form);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var submitter = event.submitter;
    if (submitter === ok) {
      var empty = Object.keys(inputs).find(function (name) {
        return inputs[name].required && !clean(inputs[name].value);
      });
      if (empty) {
        var input = inputs[empty];
        error.textContent = 'Fill in “' + input.labels[0].textContent + '” first.';
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-errormessage', error.id);
        input.focus();
        return;
      }
    }
    dialog.close(submitter ? submitter.value : 'cancel');
  });
  var opener = document.activeElement;
  document.body.append(dialog);
  dialog.showModal();
  var fieldNames = Object.keys(inputs);
  var first = radios[0] || (fieldNames.length ? inputs[fieldNames[0]] : null) || ok;
  first.focus();
  if (first.select) {
    first.select();
  }
  return new Promise(function (resolve) {
    dialog.addEventListener('close', function () {
      var action = dialog.returnValue;
      dialog.remove();
      if (opener && opener.focus) {
        opener.focus({ preventScroll: true });
      }
      if (!action || action === 'cancel') {
        resolve(null);
        return;
      }
      var values = {};
      Object.keys(inputs).forEach(function (name) {
        values[name] = inputs[name].value;
      });
      var picked = radios.find(function (r) {
        return r.checked;
      });
      resolve({ action: action, values: values, choice: picked ? picked.value : null });
    });
  });
};
