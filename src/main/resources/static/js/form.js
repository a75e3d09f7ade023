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
  input.addEventListener('change', () => show(input.files[0]));
  ['dragenter', 'dragover'].forEach((type) => drop.addEventListener(type, (e) => { e.preventDefault(); drop.classList.add('over'); }));
  ['dragleave', 'drop'].forEach((type) => drop.addEventListener(type, () => drop.classList.remove('over')));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    if (e.dataTransfer.files.length) { input.files = e.dataTransfer.files; show(input.files[0]); }
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
