// A people picker for fields that take a username (progressive enhancement: without script the
// field takes a typed username). As the person types a name, department or title, matching
// colleagues are listed under the field: an ARIA 1.2 combobox, driven by the keyboard (arrows,
// Enter, Escape) or the mouse; the choice fills in the username. A request waits for a pause in
// typing, so fast typing sends one request, not one per key.
(function () {
  document.querySelectorAll('input[data-people-picker]').forEach(function (input, index) {
    const url = input.dataset.peoplePicker;
    const listbox = document.createElement('ul');
    listbox.id = 'people-picker-' + index;
    listbox.className = 'picker-options';
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
    let active = -1;
    let asked = '';

    input.addEventListener('input', function () {
      clearTimeout(pending);
      pending = setTimeout(lookUp, 250);
    });
    input.addEventListener('keydown', function (event) {
      const options = listbox.querySelectorAll('[role=option]');
      if (event.key === 'ArrowDown' && options.length) {
        event.preventDefault();
        open();
        mark(options, Math.min(active + 1, options.length - 1));
      } else if (event.key === 'ArrowUp' && options.length) {
        event.preventDefault();
        mark(options, Math.max(active - 1, 0));
      } else if (event.key === 'Enter' && !listbox.hidden && active >= 0) {
        event.preventDefault();
        choose(options[active]);
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
        choose(option);
      }
    });

    function lookUp() {
      const typed = input.value.trim();
      if (typed.length < 2 || typed === asked) {
        if (typed.length < 2) {
          close();
        }
        return;
      }
      asked = typed;
      fetch(url + '?q=' + encodeURIComponent(typed), { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : ''; })
        .then(function (html) {
          if (typed !== asked) {
            return; // a slower answer to an earlier question
          }
          const found = new DOMParser().parseFromString('<ul>' + html + '</ul>', 'text/html').querySelectorAll('li[data-username]');
          listbox.replaceChildren(...Array.from(found, function (item, n) {
            const option = document.createElement('li');
            option.id = listbox.id + '-' + n;
            option.setAttribute('role', 'option');
            option.setAttribute('aria-selected', 'false');
            option.dataset.username = item.dataset.username;
            // Rebuilt from text, so nothing in a name or title is ever read as markup.
            item.querySelectorAll('span').forEach(function (part) {
              const copy = document.createElement('span');
              copy.className = part.className;
              copy.textContent = part.textContent;
              option.append(copy, ' ');
            });
            return option;
          }));
          active = -1;
          input.removeAttribute('aria-activedescendant');
          status.textContent = found.length === 0 ? input.dataset.noneFound : input.dataset.found.replace('{0}', found.length);
          if (found.length) {
            open();
          } else {
            close();
          }
        })
        .catch(close);
    }

    function mark(options, next) {
      options.forEach(function (option, n) { option.setAttribute('aria-selected', n === next ? 'true' : 'false'); });
      active = next;
      input.setAttribute('aria-activedescendant', options[next].id);
      options[next].scrollIntoView({ block: 'nearest' });
    }

    function choose(option) {
      input.value = option.dataset.username;
      asked = input.value;
      status.textContent = input.dataset.chosen.replace('{0}', option.textContent.trim());
      close();
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
  });
})();
