// Checks a page against the parts of WCAG 2.2 AA that a script can decide; returns a list of problems.
// Text contrast (1.4.3) uses the relative luminance formula of WCAG against the nearest opaque background.
return (function () {
  const problems = [];
  const lum = (rgb) => {
    const c = rgb.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const parse = (css) => { const m = css.match(/rgba?\(([^)]+)\)/); if (!m) return null;
    const p = m[1].split(',').map((s) => parseFloat(s)); return { rgb: p.slice(0, 3), a: p.length > 3 ? p[3] : 1 }; };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg && bg.a >= 0.99) return bg.rgb;
    }
    return [255, 255, 255];
  };
  if (!document.documentElement.lang) problems.push('html has no lang');
  if (!document.title.trim()) problems.push('no title');
  const h1 = document.querySelectorAll('h1');
  if (h1.length !== 1) problems.push(h1.length + ' h1 elements');
  let last = 0;
  document.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach((h) => {
    const level = +h.tagName[1];
    if (level > last + 1) problems.push('heading level skips to ' + h.tagName + ': ' + h.textContent.trim());
    last = level;
  });
  document.querySelectorAll('img').forEach((img) => {
    if (!img.hasAttribute('alt') || !img.getAttribute('alt').trim()) problems.push('img without alt: ' + img.src);
  });
  document.querySelectorAll('a[href], button').forEach((el) => {
    const name = (el.getAttribute('aria-label') || el.textContent || '').trim();
    if (!name) problems.push(el.tagName + ' without an accessible name');
  });
  document.querySelectorAll('video').forEach((v) => {
    if (!v.querySelector('track[kind=captions]')) problems.push('video without captions');
  });
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.textContent.trim() || !el || el.closest('svg, script, style, .skip, video')) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none' || el.offsetParent === null) continue;
    const fg = parse(style.color);
    if (!fg) continue;
    const l1 = lum(fg.rgb), l2 = lum(background(el));
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
    const large = size >= 24 || (bold && size >= 18.66);
    if (ratio < (large ? 3 : 4.5)) problems.push('contrast ' + ratio.toFixed(2) + ' of "' + node.textContent.trim().slice(0, 40) + '"');
  }
  return problems;
})();
