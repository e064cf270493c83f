// Destructive actions ask first: a form (or a button in it) with data-confirm="question" is sent
// only when the person confirms in the browser's own dialog (keyboard and screen-reader friendly).
(function () {
  document.addEventListener('submit', function (event) {
    const submitter = event.submitter;
    const question = (submitter && submitter.dataset.confirm) || event.target.dataset.confirm;
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
})();
