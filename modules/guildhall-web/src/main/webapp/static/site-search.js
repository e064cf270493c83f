// Typeahead for the search box (progressive enhancement: without script the box submits a search):
// a combobox (combobox.js) whose listbox groups people, networks, skills, tags and pages; choosing
// an option opens it, Enter with none marked searches.
(function () {
  document.querySelectorAll('input[data-typeahead]').forEach(function (input, index) {
    window.guildhallCombobox(input, {
      id: 'site-search-options-' + index,
      tag: 'div',
      className: 'site-search-options',
      delay: 200,
      url: function (typed) {
        const scope = input.form && input.form.querySelector('input[type=hidden][name=network]');
        return input.dataset.typeahead + '?q=' + encodeURIComponent(typed) + (scope ? '&network=' + encodeURIComponent(scope.value) : '');
      },
      fill: function (listbox, answer) {
        let n = 0;
        listbox.replaceChildren(...Array.from(answer.querySelectorAll('li[data-group]'), function (group) {
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
            window.guildhallCombobox.textOf(item, option);
            box.append(option);
          });
          return box;
        }));
        return n;
      },
      choose: function (option, combo) {
        combo.close();
        window.location.assign(option.dataset.link);
      }
    });
  });
})();
