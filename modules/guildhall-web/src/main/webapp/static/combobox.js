// An ARIA 1.2 combobox for a text field that suggests as you type (progressive enhancement: without
// script the field works as typed). The options show under the field, driven by the keyboard
// (arrows, Enter, Escape) or the mouse; their number is announced. A request waits for a pause in
// typing and a newer one cancels an older one, so fast typing sends one request, not one per key.
// Used by the people picker and the search box, which say what to ask, how to show the answer
// (rebuilt from text only, so nothing in it is ever read as markup) and what choosing does.
//
//   guildhallCombobox(input, { id, tag: 'ul' | 'div', className, delay, url(typed),
//                              fill(listbox, answer) -> number of options, choose(option, combo) })
//   combo.close(), combo.say(text), combo.settle() (what the field holds now is not a question)
window.guildhallCombobox = function (input, how) {
  const listbox = document.createElement(how.tag || 'ul');
  listbox.id = how.id;
  listbox.className = 'picker-options' + (how.className ? ' ' + how.className : '');
  listbox.setAttribute('role', 'listbox');
  if (input.labels && input.labels.length) {
    listbox.setAttribute('aria-label', input.labels[0].textContent.trim());
  }
  listbox.hidden = true;
  const status = document.createElement('div');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  input.parentNode.classList.add('picker');
  input.after(listbox, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('autocomplete', 'off');

  let pending;
  let inFlight;
  let active = -1;
  let asked = '';
  const combo = {
    close: close,
    say: function (text) { status.textContent = text; },
    settle: function () { asked = input.value.trim(); }
  };

  input.addEventListener('input', function () {
    clearTimeout(pending);
    pending = setTimeout(lookUp, how.delay || 250);
  });
  input.addEventListener('keydown', function (event) {
    const options = listbox.querySelectorAll('[role=option]');
    if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      open();
      mark(options, Math.min(active + 1, options.length - 1));
    } else if (event.key === 'ArrowUp' && options.length && !listbox.hidden) {
      event.preventDefault();
      mark(options, Math.max(active - 1, 0));
    } else if (event.key === 'Enter' && !listbox.hidden && active >= 0) {
      event.preventDefault();
      how.choose(options[active], combo);
    } else if (event.key === 'Escape' && !listbox.hidden) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', function () { setTimeout(close, 150); });
  listbox.addEventListener('mousedown', function (event) {
    const option = event.target.closest('[role=option]');
    if (option) {
      event.preventDefault();
      how.choose(option, combo);
    }
  });

  function lookUp() {
    const typed = input.value.trim();
    if (typed.length < 2 || typed === asked) {
      if (typed.length < 2) {
        asked = '';
        close();
      }
      return;
    }
    asked = typed;
    if (inFlight) {
      inFlight.abort();
    }
    inFlight = new AbortController();
    fetch(how.url(typed), { headers: { Accept: 'text/html' }, credentials: 'same-origin', signal: inFlight.signal })
      .then(function (response) { return response.ok ? response.text() : ''; })
      .then(function (html) {
        if (typed !== asked) {
          return; // an answer to an earlier question
        }
        const found = how.fill(listbox, new DOMParser().parseFromString('<ul>' + html + '</ul>', 'text/html'));
        active = -1;
        input.removeAttribute('aria-activedescendant');
        status.textContent = found === 0 ? input.dataset.noneFound : input.dataset.found.replace('{0}', found);
        if (found) {
          open();
        } else {
          close();
        }
      })
      .catch(function (error) {
        if (error.name !== 'AbortError') {
          close();
        }
      });
  }

  function mark(options, next) {
    options.forEach(function (option, n) { option.setAttribute('aria-selected', n === next ? 'true' : 'false'); });
    active = next;
    input.setAttribute('aria-activedescendant', options[next].id);
    options[next].scrollIntoView({ block: 'nearest' });
  }

  function open() {
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function close() {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  return combo;
};

// A copy of a suggestion's parts as text: class names kept, markup never read.
window.guildhallCombobox.textOf = function (item, into) {
  item.querySelectorAll('span').forEach(function (part) {
    const copy = document.createElement('span');
    copy.className = part.className;
    copy.textContent = part.textContent;
    into.append(copy, ' ');
  });
};
