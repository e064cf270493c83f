// Typeahead for the search box (progressive enhancement: without script the box submits a search).
// An ARIA 1.2 combobox whose listbox groups people, networks, skills, tags and pages. Arrows move
// through the options, Enter opens the one marked (or searches when none is), Escape closes; the
// number of suggestions is announced. A request waits for a pause in typing and a newer request
// cancels an older one, so fast typing sends one request, not one per key.
(function () {
  document.querySelectorAll('input[data-typeahead]').forEach(function (input, index) {
    const url = input.dataset.typeahead;
    const listbox = document.createElement('div');
    listbox.id = 'site-search-options-' + index;
    listbox.className = 'picker-options site-search-options';
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

    input.addEventListener('input', function () {
      clearTimeout(pending);
      pending = setTimeout(lookUp, 200);
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
        go(options[active]);
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
        go(option);
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
      const scope = input.form && input.form.querySelector('input[type=hidden][name=network]');
      fetch(url + '?q=' + encodeURIComponent(typed) + (scope ? '&network=' + encodeURIComponent(scope.value) : ''),
        { headers: { Accept: 'text/html' }, credentials: 'same-origin', signal: inFlight.signal })
        .then(function (response) { return response.ok ? response.text() : ''; })
        .then(function (html) {
          if (typed !== asked) {
            return; // an answer to an earlier question
          }
          show(new DOMParser().parseFromString('<ul>' + html + '</ul>', 'text/html').querySelectorAll('li[data-group]'));
        })
        .catch(function (error) {
          if (error.name !== 'AbortError') {
            close();
          }
        });
    }

    // Rebuilt from text only, so nothing in a title or name is ever read as markup.
    function show(groups) {
      let n = 0;
      listbox.replaceChildren(...Array.from(groups, function (group) {
        const box = document.createElement('div');
        box.setAttribute('role', 'group');
        const heading = document.createElement('div');
        heading.className = 'suggestion-heading';
        heading.setAttribute('role', 'presentation');
        heading.id = listbox.id + '-' + group.dataset.group;
        heading.textContent = group.dataset.label;
        box.setAttribute('aria-labelledby', heading.id);
        box.append(heading);
        group.querySelectorAll('li[data-link]').forEach(function (item) {
          const option = document.createElement('div');
          option.id = listbox.id + '-option-' + (n++);
          option.setAttribute('role', 'option');
          option.setAttribute('aria-selected', 'false');
          option.dataset.link = item.dataset.link;
          item.querySelectorAll('span').forEach(function (part) {
            const copy = document.createElement('span');
            copy.className = part.className;
            copy.textContent = part.textContent;
            option.append(copy, ' ');
          });
          box.append(option);
        });
        return box;
      }));
      active = -1;
      input.removeAttribute('aria-activedescendant');
      status.textContent = n === 0 ? input.dataset.noneFound : input.dataset.found.replace('{0}', n);
      if (n) {
        open();
      } else {
        close();
      }
    }

    function mark(options, next) {
      options.forEach(function (option, i) { option.setAttribute('aria-selected', i === next ? 'true' : 'false'); });
      active = next;
      input.setAttribute('aria-activedescendant', options[next].id);
      options[next].scrollIntoView({ block: 'nearest' });
    }

    function go(option) {
      close();
      window.location.assign(option.dataset.link);
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
