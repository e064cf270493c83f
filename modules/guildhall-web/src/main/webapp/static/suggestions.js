// Suggestions for comma-separated fields (progressive enhancement: the fields work without it).
// For the last word typed, a field with data-tag-suggestions="url" asks the server (tags people
// used), a field with data-choices="datalist-id" looks in a list the page carries (departments);
// either way the suggestions keep what was typed before the last comma.
(function () {
  document.querySelectorAll('input[data-tag-suggestions], input[data-choices]').forEach(function (input) {
    const list = document.getElementById(input.getAttribute('list'));
    let pending;
    input.addEventListener('input', function () {
      clearTimeout(pending);
      pending = setTimeout(suggest, 200);
    });

    function suggest() {
      const value = input.value;
      const cut = value.lastIndexOf(',');
      const typed = value.slice(cut + 1).trim();
      const kept = cut < 0 ? '' : value.slice(0, cut + 1) + ' ';
      if (typed.length === 0) {
        list.replaceChildren();
        return;
      }
      if (input.dataset.choices) {
        const wanted = typed.toLocaleLowerCase();
        show(Array.from(document.getElementById(input.dataset.choices).options, function (o) { return o.value; })
          .filter(function (choice) { return choice.toLocaleLowerCase().indexOf(wanted) >= 0; }), kept);
        return;
      }
      fetch(input.dataset.tagSuggestions + '?prefix=' + encodeURIComponent(typed), {
        headers: { Accept: 'text/html' },
        credentials: 'same-origin'
      })
        .then(function (response) { return response.ok ? response.text() : ''; })
        .then(function (html) {
          const found = new DOMParser().parseFromString('<datalist>' + html + '</datalist>', 'text/html')
            .querySelectorAll('option');
          show(Array.from(found, function (option) { return option.value; }), kept);
        })
        .catch(function () { list.replaceChildren(); });
    }

    function show(values, kept) {
      list.replaceChildren(...values.slice(0, 10).map(function (value) {
        const suggestion = document.createElement('option');
        suggestion.value = kept + value;
        return suggestion;
      }));
    }
  });
})();
