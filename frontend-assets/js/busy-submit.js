// A form marked data-wp-busy shows that it is working once sent: its submit button is disabled (no second click
// while a slow ERP answers) and says what is happening. Without JavaScript the server's idempotency key still
// makes a second click harmless.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!form.matches('form[data-wp-busy]') || event.defaultPrevented) {
    return;
  }
  const button = event.submitter || form.querySelector('button[type=submit]');
  if (!button) {
    return;
  }
  // disabled after the browser has taken the form's values, so the submission itself is unchanged
  setTimeout(() => {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    const spinner = document.createElement('span');
    spinner.className = 'spinner-border spinner-border-sm me-2';
    spinner.setAttribute('aria-hidden', 'true');
    button.textContent = button.dataset.busyText || button.textContent;
    button.prepend(spinner);
  }, 0);
});
