// Tag suggestions while typing (progressive enhancement: the field works without it).
// Suggests existing tags for the last comma-separated word, keeping the tags already typed.
(function () {
  const input = document.querySelector('input[data-tag-suggestions]');
  if (!input) {
    return;
  }
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
    fetch(input.dataset.tagSuggestions + '?prefix=' + encodeURIComponent(typed), {
      headers: { Accept: 'text/html' },
      credentials: 'same-origin'
    })
      .then(function (response) { return response.ok ? response.text() : ''; })
      .then(function (html) {
        const found = new DOMParser().parseFromString('<datalist>' + html + '</datalist>', 'text/html')
          .querySelectorAll('option');
        list.replaceChildren(...Array.from(found, function (option) {
          const suggestion = document.createElement('option');
          suggestion.value = kept + option.value;
          return suggestion;
        }));
      })
      .catch(function () { list.replaceChildren(); });
  }
})();
