/*
 * The time card's timer on the agent's ticket page: start it when work on the ticket begins, stop
 * it when done, and the minutes go into the "Minutes" field, ready to log. The start time lives in
 * the browser's session storage per ticket, so it survives the page's partial updates and reloads.
 */
(function () {
  function key(button) {
    return 'tierdesk.timer.' + button.dataset.ticket;
  }

  function show(button) {
    var label = button.querySelector('.ui-button-text') || button;
    var started = sessionStorage.getItem(key(button));
    label.textContent = started ? button.dataset.stop : button.dataset.start;
    button.classList.toggle('td-timer-running', !!started);
  }

  window.tierdeskTimer = function (button) {
    var started = sessionStorage.getItem(key(button));
    if (!started) {
      sessionStorage.setItem(key(button), String(Date.now()));
    } else {
      sessionStorage.removeItem(key(button));
      var minutes = Math.max(1, Math.round((Date.now() - Number(started)) / 60000));
      PF(button.dataset.field).setValue(minutes);
    }
    show(button);
  };

  window.tierdeskTimerSync = function () {
    document.querySelectorAll('[data-timer]').forEach(show);
  };
})();
