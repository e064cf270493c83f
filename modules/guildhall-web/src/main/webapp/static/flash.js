// Messages after an action ("Your post is published.") arrive with the page, inside a live region.
// Screen readers announce changes to a live region, not what it held on arrival, so the messages
// are taken out and put back once the page has settled. Without script they are simply shown.
(function () {
  const region = document.getElementById('flash');
  if (!region || !region.children.length) {
    return;
  }
  const messages = Array.from(region.children);
  region.replaceChildren();
  setTimeout(function () { region.append(...messages); }, 250);
})();
