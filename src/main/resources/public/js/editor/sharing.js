// Dateline newsroom: the story's address, search and sharing fields ([data-sharing]). Adds a live
// search-result preview and a social-card preview of what the fields say, character counts against
// what search results show, and a picker of related stories found by words (the "link to a story"
// search, /newsroom/links). Without this file the fields are plain inputs and work the same: the
// server reads and checks them (docs/decisions/0080).

function make(tag, className, text) {
  var el = document.createElement(tag);
  if (className) {
    el.className = className;
  }
  if (text !== undefined) {
    el.textContent = text;
  }
  return el;
}

// The slug the server makes of these words (org.dateline.shared.Slugs): letters and digits of every
// script, lower case, Latin accents off, words joined by hyphens. For the preview only.
export function slugOf(text) {
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^\p{M}+/u, '');
}

function cut(text, shown) {
  var chars = Array.from(text);
  return chars.length > shown
    ? chars
        .slice(0, shown - 1)
        .join('')
        .trimEnd() + '…'
    : text;
}

function value(id) {
  var el = document.getElementById(id);
  return el ? el.value.trim() : '';
}

export function startSharing(box) {
  var slug = box.querySelector('#slug');
  var title = box.querySelector('#seo_title');
  var description = box.querySelector('#seo_description');
  var related = box.querySelector('#related');
  var previews = box.querySelector('[data-previews]');
  if (!slug || !title || !description || !related || !previews || box.disabled) {
    return;
  }
  var titleShown = Number(box.dataset.titleShown) || 60;
  var descriptionShown = Number(box.dataset.descriptionShown) || 160;

  // Counts beside the two texts.
  var titleCount = make('small', 'char-count');
  titleCount.id = 'seo_title-count';
  title.insertAdjacentElement('afterend', titleCount);
  var descriptionCount = make('small', 'char-count');
  descriptionCount.id = 'seo_description-count';
  description.insertAdjacentElement('afterend', descriptionCount);

  // The previews.
  var search = make('section', 'search-preview');
  search.setAttribute('aria-label', 'Search result preview');
  search.appendChild(make('p', 'preview-label', 'In search results'));
  var searchUrl = search.appendChild(make('p', 'search-url'));
  var searchTitle = search.appendChild(make('p', 'search-title'));
  var searchText = search.appendChild(make('p', 'search-text'));
  var card = make('section', 'card-preview');
  card.setAttribute('aria-label', 'Social card preview');
  card.appendChild(make('p', 'preview-label', 'Shared on social networks'));
  var cardSite = card.appendChild(make('p', 'card-site'));
  var cardTitle = card.appendChild(make('p', 'card-title'));
  var cardText = card.appendChild(make('p', 'card-text'));
  previews.appendChild(search);
  previews.appendChild(card);
  previews.hidden = false;

  function update() {
    var headline = value('headline');
    var shownTitle = title.value.trim() || headline;
    var shownText = description.value.trim() || value('summary') || headline;
    var address = slugOf(slug.value) || slugOf(headline) || 'story';
    var url = location.host + box.dataset.address + address;
    searchUrl.textContent = url;
    searchTitle.textContent = cut(shownTitle, titleShown);
    searchText.textContent = cut(shownText, descriptionShown);
    cardSite.textContent = location.host + ' · ' + (box.dataset.site || '');
    cardTitle.textContent = shownTitle;
    cardText.textContent = cut(shownText, 200);
    slug.placeholder = slugOf(headline) || 'story';
    title.placeholder = headline;
    var titleLength = Array.from(title.value.trim()).length;
    titleCount.textContent =
      titleLength +
      ' characters' +
      (titleLength > titleShown ? ': longer than search results show' : '');
    var descriptionLength = Array.from(description.value.trim()).length;
    descriptionCount.textContent =
      descriptionLength +
      ' characters' +
      (descriptionLength > descriptionShown ? ': longer than search results show' : '');
  }
  ['headline', 'summary'].forEach(function (id) {
    var el = document.getElementById(id);
    if (el) {
      el.addEventListener('input', update);
    }
  });
  [slug, title, description].forEach(function (el) {
    el.addEventListener('input', update);
  });
  update();
  startPicker(box, related);
}

// The related-stories picker: the input keeps the ids (what the server reads); this lists them by
// headline, in order, with buttons to move and remove, and finds stories to add by words.
function startPicker(box, related) {
  var max = Number(box.dataset.maxRelated) || 5;
  var names = {};
  box.querySelectorAll('[data-picked] li[data-id]').forEach(function (li) {
    names[li.dataset.id] = li.textContent.trim();
  });
  var old = box.querySelector('[data-picked]');
  if (old) {
    old.remove();
  }
  var picker = make('div', 'picker');
  var label = make('label', '', 'Find a published story to pick');
  label.htmlFor = 'related-search';
  var query = make('input');
  query.id = 'related-search';
  query.type = 'search';
  query.autocomplete = 'off';
  var find = make('button', 'button secondary', 'Find');
  find.type = 'button';
  var status = make('p', 'picker-status');
  status.setAttribute('role', 'status');
  var results = make('ul', 'picker-results');
  results.setAttribute('aria-label', 'Stories found');
  var picked = make('ol', 'picked');
  picked.setAttribute('aria-label', 'Related stories picked, in order');
  picker.append(label, query, find, status, results, picked);
  related.parentElement.insertAdjacentElement('afterend', picker);

  function ids() {
    return related.value
      .split(/[,;\s]+/)
      .map(function (t) {
        var m = /\/article\/(\d+)/.exec(t);
        return m ? m[1] : t;
      })
      .filter(function (t) {
        return /^[1-9]\d*$/.test(t);
      })
      .filter(function (t, i, all) {
        return all.indexOf(t) === i;
      });
  }
  function write(list) {
    related.value = list.join(', ');
    related.dispatchEvent(new Event('input', { bubbles: true }));
    render();
  }
  function button(text, name, handler) {
    var b = make('button', 'button secondary small', text);
    b.type = 'button';
    b.setAttribute('aria-label', name);
    b.addEventListener('click', handler);
    return b;
  }
  function render() {
    picked.textContent = '';
    var list = ids();
    list.forEach(function (id, i) {
      var li = make('li');
      var name = names[id] || 'Story ' + id;
      li.appendChild(make('span', 'picked-name', name));
      if (i > 0) {
        li.appendChild(
          button('↑', 'Move up: ' + name, function () {
            var next = ids();
            next.splice(i - 1, 0, next.splice(i, 1)[0]);
            write(next);
          }),
        );
      }
      if (i < list.length - 1) {
        li.appendChild(
          button('↓', 'Move down: ' + name, function () {
            var next = ids();
            next.splice(i + 1, 0, next.splice(i, 1)[0]);
            write(next);
          }),
        );
      }
      li.appendChild(
        button('Remove', 'Remove: ' + name, function () {
          var next = ids();
          next.splice(i, 1);
          write(next);
        }),
      );
      picked.appendChild(li);
    });
  }
  function search() {
    var words = query.value.trim();
    results.textContent = '';
    if (!words) {
      status.textContent = 'Type words of the story to find.';
      return;
    }
    status.textContent = 'Searching…';
    fetch(box.dataset.links + '?q=' + encodeURIComponent(words), {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    })
      .then(function (response) {
        return response.json();
      })
      .then(function (data) {
        var stories = data.stories || [];
        status.textContent = stories.length
          ? stories.length + ' found.'
          : 'No published story matches “' + words + '”.';
        stories.forEach(function (s) {
          var li = make('li');
          var name = s.headline + ' (' + s.date + ')';
          li.appendChild(make('span', 'picked-name', name));
          li.appendChild(
            button('Pick', 'Pick: ' + name, function () {
              var list = ids();
              if (list.indexOf(s.id) >= 0) {
                status.textContent = 'Already picked.';
                return;
              }
              if (list.length >= max) {
                status.textContent = 'At most ' + max + ' related stories: remove one first.';
                return;
              }
              names[s.id] = s.headline;
              list.push(s.id);
              write(list);
              status.textContent = 'Picked “' + s.headline + '”.';
            }),
          );
          results.appendChild(li);
        });
      })
      .catch(function () {
        status.textContent = 'The search did not answer. Type ids or addresses instead.';
      });
  }
  find.addEventListener('click', search);
  query.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') {
      event.preventDefault(); // not the story form's submit
      search();
    }
  });
  related.addEventListener('change', render);
  render();
}
