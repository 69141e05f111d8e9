// Dateline newsroom body editor: the photo dialog's focal point and the requests it makes.
// Part of the editor modules loaded by main.js (see docs/decisions/0038 and 0072).
//
// An editor clicks (or presses Enter/arrow keys on) the photo where its subject is; the point is
// kept as fractions of the width and height, and the server crops the social card and the list
// thumbnail around it when the dialog is saved.

import { element } from './clean.js';

/** Posts a form to the newsroom and reads its JSON answer, whatever the status. */
export function postForm(url, body) {
  return fetch(url, {
    method: 'POST',
    body: body,
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
  }).then(function (response) {
    return response
      .json()
      .catch(function () {
        return {};
      })
      .then(function (answer) {
        return { status: response.status, ok: response.ok, answer: answer || {} };
      });
  });
}

/** The focal point as the figure carries it: "0.3,0.7", or '' for none. */
export function focusText(focus) {
  return focus ? round(focus.x) + ',' + round(focus.y) : '';
}

/** The figure's focal point, or null. */
export function parseFocus(text) {
  var m = /^(0(?:\.[0-9]{1,6})?|1(?:\.0{1,6})?),(0(?:\.[0-9]{1,6})?|1(?:\.0{1,6})?)$/.exec(
    (text || '').trim(),
  );
  return m ? { x: parseFloat(m[1]), y: parseFloat(m[2]) } : null;
}

function round(f) {
  return String(Math.round(Math.min(1, Math.max(0, f)) * 1000) / 1000);
}

/**
 * The preview with its marker: the photo is a button, so the point can be set by mouse or by
 * keyboard (arrows move it by a twentieth).
 */
export function focusPicker(prefix) {
  var wrap = element('div');
  wrap.className = 'photo-focus';
  var img = element('img');
  img.className = 'photo-preview';
  img.alt = ''; // the alt text is being written below
  var pick = element('button');
  pick.type = 'button';
  pick.className = 'focus-pick';
  pick.id = prefix + '-focus';
  pick.setAttribute('aria-describedby', prefix + '-focus-hint');
  var marker = element('span');
  marker.className = 'focus-marker';
  marker.hidden = true;
  pick.append(img, marker);
  var hint = element('small');
  hint.id = prefix + '-focus-hint';
  hint.className = 'focus-hint';
  wrap.append(pick, hint);
  var picker = { wrap: wrap, preview: img, button: pick, focus: null };
  picker.set = function (focus) {
    picker.focus = focus;
    marker.hidden = !focus;
    if (focus) {
      marker.style.left = focus.x * 100 + '%';
      marker.style.top = focus.y * 100 + '%';
      hint.textContent =
        'Focal point: ' +
        Math.round(focus.x * 100) +
        '% across, ' +
        Math.round(focus.y * 100) +
        '% down. Crops (thumbnails, social card) centre on it.';
    } else {
      hint.textContent =
        'Click the photo where its subject is (or use the arrow keys): crops centre there.';
    }
    pick.setAttribute('aria-label', 'Focal point. ' + hint.textContent);
  };
  pick.addEventListener('click', function (event) {
    var box = img.getBoundingClientRect();
    if (event.detail === 0 || !box.width || !box.height) {
      picker.set(picker.focus || { x: 0.5, y: 0.5 }); // Enter or Space: the centre to start from
      return;
    }
    picker.set({
      x: clamp((event.clientX - box.left) / box.width),
      y: clamp((event.clientY - box.top) / box.height),
    });
  });
  pick.addEventListener('keydown', function (event) {
    var step = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[
      event.key
    ];
    if (!step) {
      return;
    }
    event.preventDefault();
    var at = picker.focus || { x: 0.5, y: 0.5 };
    picker.set({ x: clamp(at.x + step[0] * 0.05), y: clamp(at.y + step[1] * 0.05) });
  });
  picker.set(null);
  return picker;
}

function clamp(f) {
  return Math.round(Math.min(1, Math.max(0, f)) * 1000) / 1000;
}
