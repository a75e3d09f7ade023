// Live parts of a staff page, without reloading it: every element with data-live is fetched again from the
// page's own address every few seconds and replaced when it changed. A part that holds the keyboard focus,
// an open <details> or a form with something chosen or typed is left alone until the person is done with
// it; what changed is announced (politely) in #live-status.
(function () {
  const parts = Array.from(document.querySelectorAll('[data-live]'));
  const status = document.getElementById('live-status');
  if (!parts.length || !window.fetch || !window.DOMParser) return;
  for (const link of document.querySelectorAll('.refresh-link')) link.hidden = true;
  const every = Number(document.body.dataset.liveEvery || parts[0].dataset.liveEvery || 10) * 1000;
  function busy(part) {
    if (part.contains(document.activeElement) && document.activeElement !== document.body) return true;
    if (part.querySelector('details[open]')) return true;
    return Array.from(part.querySelectorAll('input, textarea, select')).some((field) =>
      (field.type === 'file' && field.files && field.files.length) || (field.type !== 'hidden' && field.type !== 'file' && field.value !== field.defaultValue));
  }
  async function refresh() {
    try {
      const response = await fetch(window.location.href, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
      if (response.ok) {
        const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
        const changed = [];
        for (const part of parts) {
          const next = fresh.getElementById(part.id);
          if (!next || busy(part) || next.innerHTML === part.innerHTML) continue;
          part.innerHTML = next.innerHTML;
          changed.push(part.dataset.live);
        }
        if (changed.length && status) {
          status.textContent = 'Updated ' + changed.join(', ') + ' at ' + new Date().toLocaleTimeString();
        }
      }
    } catch (e) { /* a missed refresh is tried again */ }
    setTimeout(refresh, every);
  }
  setTimeout(refresh, every);
})();
