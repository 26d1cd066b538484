// Small progressive enhancements; every page works without this file.
document.addEventListener('click', function (event) {
  var toggle = event.target.closest('[data-wp-toggle]');
  if (!toggle) {
    return;
  }
  var target = document.querySelector(toggle.getAttribute('data-wp-toggle'));
  var open = target.classList.toggle('show');
  toggle.setAttribute('aria-expanded', String(open));
});
