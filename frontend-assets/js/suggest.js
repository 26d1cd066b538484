// Suggestions while typing, as a combobox: an input marked data-suggest="#list" offers the options htmx puts in
// that listbox. Arrow keys move through them, Enter picks one, Escape closes the list; a pointer picks one too.
// Picking puts the option's data-value in the input and fires "search" on it (the catalog searches at once).
// Without JavaScript the list stays empty and the input is a plain search box.
(() => {
  const optionsOf = (list) => (list ? [...list.querySelectorAll('[role=option]')] : []);
  const listOf = (input) => document.querySelector(input.dataset.suggest);

  const close = (input, list) => {
    if (list) {
      list.hidden = true;
    }
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const pick = (input, option) => {
    input.value = option.dataset.value;
    close(input, option.closest('[role=listbox]'));
    input.dispatchEvent(new Event('search', { bubbles: true }));
  };

  document.addEventListener('keydown', (event) => {
    const input = event.target.closest && event.target.closest('[data-suggest]');
    if (!input) {
      return;
    }
    const list = listOf(input);
    const options = list && !list.hidden ? optionsOf(list) : [];
    if (event.key === 'Escape') {
      close(input, list);
      return;
    }
    if (!options.length) {
      return;
    }
    let current = options.findIndex((option) => option.getAttribute('aria-selected') === 'true');
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      current = event.key === 'ArrowDown' ? (current + 1) % options.length
        : (current <= 0 ? options.length - 1 : current - 1);
      options.forEach((option, index) => option.setAttribute('aria-selected', index === current ? 'true' : 'false'));
      input.setAttribute('aria-activedescendant', options[current].id);
      options[current].scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter' && current >= 0) {
      event.preventDefault();
      pick(input, options[current]);
    }
  });

  // mousedown, not click: the input keeps focus, and the list is still there when the option is picked
  document.addEventListener('mousedown', (event) => {
    const option = event.target.closest && event.target.closest('[role=listbox] [role=option]');
    if (!option) {
      return;
    }
    const input = document.querySelector(`[data-suggest="#${option.closest('[role=listbox]').id}"]`);
    if (input) {
      event.preventDefault();
      pick(input, option);
    }
  });

  // new options arrived: the list shows when there are some
  document.addEventListener('htmx:afterSettle', (event) => {
    const list = event.target.closest && event.target.closest('[role=listbox]');
    const input = list && document.querySelector(`[data-suggest="#${list.id}"]`);
    if (input) {
      const any = optionsOf(list).length > 0 && document.activeElement === input;
      list.hidden = !any;
      input.setAttribute('aria-expanded', any ? 'true' : 'false');
    }
  });

  document.addEventListener('focusout', (event) => {
    const input = event.target.closest && event.target.closest('[data-suggest]');
    if (input) {
      close(input, listOf(input));
    }
  });
})();
