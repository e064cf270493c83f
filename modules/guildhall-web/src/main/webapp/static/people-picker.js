// A people picker for fields that take a username (progressive enhancement: without script the
// field takes a typed username). As the person types a name, department or title, matching
// colleagues are listed under the field (a combobox, combobox.js); the choice fills in the username.
// Started once the page's deferred scripts have all run, combobox.js (loaded by the layout) among them.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('input[data-people-picker]').forEach(function (input, index) {
    window.guildhallCombobox(input, {
      id: 'people-picker-' + index,
      tag: 'ul',
      delay: 250,
      url: function (typed) { return input.dataset.peoplePicker + '?q=' + encodeURIComponent(typed); },
      fill: function (listbox, answer) {
        const found = answer.querySelectorAll('li[data-username]');
        listbox.replaceChildren(...Array.from(found, function (item, n) {
          const option = document.createElement('li');
          option.id = listbox.id + '-' + n;
          option.setAttribute('role', 'option');
          option.setAttribute('aria-selected', 'false');
          option.dataset.username = item.dataset.username;
          window.guildhallCombobox.textOf(item, option);
          return option;
        }));
        return found.length;
      },
      choose: function (option, combo) {
        input.value = option.dataset.username;
        combo.settle();
        combo.say(input.dataset.chosen.replace('{0}', option.textContent.trim()));
        combo.close();
      }
    });
  });
});
