// Live progress: poll the API and update the bar; reload the page (with thumbnails and player) when done.
(function () {
  const main = document.getElementById('main');
  const id = main && main.dataset.request;
  if (!id || main.dataset.status === 'DONE' || main.dataset.status === 'FAILED') return;
  for (const meta of document.querySelectorAll('meta[http-equiv=refresh]')) meta.remove();
  const bar = document.getElementById('progress');
  const text = document.getElementById('progress-text');
  const status = document.getElementById('status');
  async function poll() {
    try {
      const response = await fetch('/api/render-requests/' + encodeURIComponent(id), { headers: { Accept: 'application/json' } });
      const body = await response.json();
      bar.value = body.assets.length;
      text.textContent = body.assets.length + ' of ' + bar.max + ' files ready';
      status.textContent = body.status;
      status.className = 'status-' + body.status;
      if (body.status === 'DONE' || body.status === 'FAILED') { window.location.reload(); return; }
    } catch (e) { /* a missed poll is retried */ }
    setTimeout(poll, 1500);
  }
  setTimeout(poll, 1000);
})();
