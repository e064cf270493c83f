// While a question's title is typed, the questions most like it (that the reader may read) show
// under it, so people find an answer before asking again. Progressive enhancement: the Preview
// button shows the same list without scripts.
(function () {
  const title = document.querySelector('input[data-similar]');
  const box = document.getElementById('similar');
  if (!title || !box) {
    return;
  }
  let pending;
  let asked = '';
  title.addEventListener('input', function () {
    clearTimeout(pending);
    pending = setTimeout(look, 300);
  });

  function look() {
    const typed = title.value.trim();
    if (typed === asked) {
      return;
    }
    asked = typed;
    if (typed.length < 3) {
      box.replaceChildren();
      box.classList.add('d-none');
      return;
    }
    fetch(title.dataset.similar + '?title=' + encodeURIComponent(typed), { headers: { Accept: 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : ''; })
      .then(function (html) {
        if (typed !== asked) {
          return;
        }
        const parsed = new DOMParser().parseFromString(html, 'text/html');
        box.replaceChildren(...parsed.body.childNodes);
        box.classList.toggle('d-none', box.textContent.trim() === '');
      })
      .catch(function () { /* suggestions are a help, never in the way */ });
  }
})();
