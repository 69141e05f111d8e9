// Dateline newsroom story form: the workflow fields say what they need before the click. The time
// is required (and must read as 2026-12-01 14:30, 24-hour, in the edition's zone) for Schedule and
// Embargo (and to change an embargo's time); the note for a correction. A refusal shows beside the field, and the server checks the
// same again. Part of the editor modules loaded by main.js (see docs/decisions/0038, 0039).

var TIME = /^\s*\d{4}-\d{2}-\d{2}[ T]+\d{1,2}:\d{2}\s*$/;

function messageFor(field, action) {
  if (!field.value.trim()) {
    if (field.name === 'note') {
      return 'A correction needs a note that tells readers what was corrected.';
    }
    return action === 'embargo' || action === 'reembargo'
      ? 'Give the time the embargo ends, e.g. ' + field.placeholder + '.'
      : 'Give the publication time, e.g. ' + field.placeholder + '.';
  }
  if (field.name === 'at' && !TIME.test(field.value)) {
    return (
      '“' +
      field.value.trim() +
      '” is not a date and time: write it as ' +
      field.placeholder +
      ' (year-month-day, 24-hour time).'
    );
  }
  return '';
}

function show(field, message) {
  var error = document.getElementById(field.id + '-error');
  if (error) {
    error.textContent = message;
  }
  if (message) {
    field.setAttribute('aria-invalid', 'true');
  } else {
    field.removeAttribute('aria-invalid');
  }
}

/** Watches one story form's action buttons and the fields they require. */
export function watchWorkflow(form) {
  var fields = Array.from(form.querySelectorAll('[data-required-for]'));
  if (!fields.length) {
    return;
  }
  form.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button[type=submit]');
    if (!button || !form.contains(button)) {
      return;
    }
    var action = button.name === 'action' ? button.value : '';
    fields.forEach(function (field) {
      var needed = field.dataset.requiredFor.split(' ').indexOf(action) >= 0;
      // HTML's own required, set for the action clicked: the browser refuses before sending.
      field.required = needed;
      var message = needed ? messageFor(field, action) : '';
      field.setCustomValidity(message);
      show(field, message);
    });
  });
  fields.forEach(function (field) {
    field.addEventListener('invalid', function (event) {
      // The message beside the field says it; no second one in a bubble.
      event.preventDefault();
      show(field, field.validationMessage);
      field.focus();
    });
    field.addEventListener('input', function () {
      field.setCustomValidity('');
      show(field, '');
    });
  });
}
