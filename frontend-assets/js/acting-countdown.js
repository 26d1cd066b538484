// Counts the acting banner's time left down to zero, then reloads: the server ends an idle acting session and
// says why. The end is taken from the seconds left when the banner arrived (htmx swaps in a fresh one with every
// fragment), so the browser's clock need not agree with the server's. Without JavaScript the banner shows the
// time left as of the page's rendering.
(function () {
  function tick() {
    document.querySelectorAll('time.wp-countdown[data-seconds-left]').forEach(function (el) {
      if (!el.dataset.endsAt) {
        el.dataset.endsAt = String(Date.now() + Number(el.dataset.secondsLeft) * 1000);
      }
      var left = Math.max(0, Math.round((Number(el.dataset.endsAt) - Date.now()) / 1000));
      el.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
      if (left === 0 && !el.dataset.expired) {
        el.dataset.expired = 'true';
        window.location.reload();
      }
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    tick();
    setInterval(tick, 1000);
  });
})();
