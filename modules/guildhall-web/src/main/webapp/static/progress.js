// Follows a long job: while the page's progress region names a URL, its content is re-fetched
// every two seconds and replaced (an aria-live region announces the change). Without script the
// page shows the state when it was loaded, and reloading it shows the latest.
(function () {
  const region = document.querySelector('[data-progress-url]');
  if (!region) {
    return;
  }
  const url = region.dataset.progressUrl;
  function refresh() {
    fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null) {
          return;
        }
        const fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('.rebuild-progress');
        if (fresh) {
          region.replaceChildren(fresh);
          if (fresh.dataset.active === 'true') {
            setTimeout(refresh, 2000);
          }
        }
      })
      .catch(function () { setTimeout(refresh, 5000); });
  }
  setTimeout(refresh, 2000);
})();
