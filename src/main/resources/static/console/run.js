// A run's page: follows the run every second until it ends, without reloading the page.
(function () {
  'use strict';
  var box = document.getElementById('progress');
  if (!box) {
    return;
  }
  var url = box.dataset.url;
  function text(id, value) {
    var element = document.getElementById(id);
    if (element) {
      element.textContent = (value === null || value === undefined) ? '—' : value;
    }
  }
  function show(p) {
    text('status', p.statusWords);
    document.getElementById('status').dataset.status = p.status;
    text('step', p.stepWords || (p.running ? '—' : '全部完成'));
    text('steps-done', p.stepsDone);
    document.getElementById('bar').style.width = Math.round(100 * p.stepsDone / p.stepsTotal) + '%';
    text('files', p.filesTotal === null ? '—' : p.filesDone + ' / ' + p.filesTotal);
    text('findings', p.findings);
    text('duration', p.durationSeconds === null ? '' : p.durationSeconds.toFixed(1) + ' 秒');
    if (p.read !== null) {
      text('read', p.read);
      text('accepted', p.accepted);
      text('rejected', p.rejected);
      document.getElementById('counts').classList.remove('hidden');
    }
  }
  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (p) {
        if (p) {
          show(p);
          if (p.running) {
            setTimeout(poll, 1000);
          }
        } else {
          setTimeout(poll, 3000);
        }
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  if (document.getElementById('status').dataset.status !== 'COMPLETED') {
    poll();
  }
})();
