// Progressive enhancement of the request form: a live preview of the logo and drag and drop onto it.
(function () {
  const input = document.getElementById('logo');
  const drop = document.getElementById('logo-drop');
  const preview = document.getElementById('logo-preview');
  const hint = document.getElementById('logo-drop-hint');
  if (!input || !drop) return;
  hint.hidden = false;
  function show(file) {
    if (!file || !/^image\/(png|jpeg|svg\+xml)$/.test(file.type)) { preview.hidden = true; return; }
    preview.src = URL.createObjectURL(file);
    preview.hidden = false;
  }
  // a file over the limit is named beside the field at once, in the API's words, and the form is not sent
  const limit = Number(input.dataset.maxBytes || 0);
  function check(file) {
    const message = limit && file && file.size > limit ? 'The logo is larger than ' + input.dataset.maxSize + '.' : '';
    input.setCustomValidity(message);
    let error = document.getElementById('logo-error');
    if (!error && message) {
      error = document.createElement('p');
      error.className = 'error';
      error.id = 'logo-error';
      drop.insertAdjacentElement('afterend', error);
    }
    if (error) { error.textContent = message; error.hidden = !message; }
    input.setAttribute('aria-invalid', message ? 'true' : 'false');
    if (message) input.setAttribute('aria-describedby', 'logo-hint logo-error');
  }
  input.addEventListener('change', () => { check(input.files[0]); show(input.files[0]); });
  ['dragenter', 'dragover'].forEach((type) => drop.addEventListener(type, (e) => { e.preventDefault(); drop.classList.add('over'); }));
  ['dragleave', 'drop'].forEach((type) => drop.addEventListener(type, () => drop.classList.remove('over')));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    if (e.dataTransfer.files.length) { input.files = e.dataTransfer.files; check(input.files[0]); show(input.files[0]); }
  });
  const summary = document.getElementById('error-summary');
  if (summary) summary.focus();
})();

// The labels' second language follows the language chosen for the material.
(function () {
  const select = document.getElementById('language');
  if (!select) return;
  let asked = 0;
  select.addEventListener('change', () => {
    const code = select.value;
    const ask = ++asked;
    const apply = (texts) => {
      if (ask !== asked) return; // a later choice wins
      document.querySelectorAll('[data-ui]').forEach((span) => {
        const text = texts[span.dataset.ui];
        span.textContent = text ? '· ' + text : '';
        span.lang = code || 'en';
        span.hidden = !text;
      });
    };
    if (!code) { apply({}); return; }
    fetch('/ui-text/' + encodeURIComponent(code), { headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : {}))
      .then(apply)
      .catch(() => {}); // the English labels stay; nothing is lost
  });
})();

// The live preview: the square social image of what the form says, drawn by the studio as the person
// types or picks a file (debounced); only the newest answer is shown. Without JavaScript the form works
// as before, without a preview.
(function () {
  const form = document.getElementById('request-form');
  const section = document.getElementById('live-preview');
  const image = document.getElementById('preview-image');
  const status = document.getElementById('preview-status');
  if (!form || !section || !window.fetch || !window.FormData) return;
  let timer = null;
  let asked = 0;
  let shown = null;
  const fields = ['programmeName', 'language', 'logo', 'eventTitle', 'eventDate', 'eventVenue', 'eventUrl',
    'secondLanguage', 'programmeNameSecond'];
  const logoInput = document.getElementById('logo');
  function ready() {
    const data = new FormData(form);
    const logo = data.get('logo');
    // a logo over the limit is already named beside its field; the studio would refuse it the same way
    return data.get('programmeName') && data.get('language') && logo && logo.size > 0 && logoInput.validity.valid;
  }
  function ask() {
    document.querySelectorAll('[id$="-preview-error"]').forEach((note) => note.remove());
    if (!ready()) return;
    const data = new FormData();
    const all = new FormData(form);
    fields.forEach((name) => { const value = all.get(name); if (value !== null && value !== '') data.append(name, value); });
    const mine = ++asked;
    status.textContent = 'Updating the preview…';
    fetch('/api/previews', { method: 'POST', body: data, headers: { Accept: 'image/png, application/problem+json' } })
      .then((response) => {
        if (mine !== asked) return null; // a newer preview is on its way
        if (response.ok) return response.blob();
        return response.json().then((problem) => {
          const error = new Error(problem.detail || 'No preview');
          error.fields = problem.errors || [];
          throw error;
        }, () => { throw new Error(response.status === 503 ? 'The studio is busy; the preview comes back in a moment.' : 'No preview now'); });
      })
      .then((blob) => {
        if (!blob || mine !== asked) return;
        if (shown) URL.revokeObjectURL(shown);
        shown = URL.createObjectURL(blob);
        image.src = shown;
        image.hidden = false;
        section.hidden = false;
        status.textContent = '';
      })
      .catch((error) => {
        if (mine !== asked) return;
        // shown where the person looks: the preview section opens with the reason, and each field's own
        // reason (the logo's, say) stands beside that field
        section.hidden = false;
        if (!shown) image.hidden = true;
        status.textContent = error.message;
        (error.fields || []).forEach((problem) => {
          const field = document.getElementById(problem.field);
          if (!field) return;
          let note = document.getElementById(problem.field + '-preview-error');
          if (!note) {
            note = document.createElement('p');
            note.className = 'error';
            note.id = problem.field + '-preview-error';
            (field.closest('.drop') || field).insertAdjacentElement('afterend', note);
          }
          note.textContent = problem.reason;
        });
      });
  }
  function later() {
    clearTimeout(timer);
    timer = setTimeout(ask, 400);
  }
  form.addEventListener('input', later);
  form.addEventListener('change', later);
})();
