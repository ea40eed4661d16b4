// Search as you type: a progressive enhancement of the /search form (which works without this).
// Fetches the results part of the same URL and swaps it in; the address bar keeps a shareable URL.
(() => {
  const form = document.querySelector('form[role="search"]');
  const input = document.getElementById("q");
  const results = document.getElementById("results");
  if (!form || !input || !results) return;
  let timer;
  let controller;
  const update = async () => {
    const params = new URLSearchParams(new FormData(form));
    for (const [k, v] of [...params]) if (v === "") params.delete(k);
    // The form's own action: under /b/<id>/ it is that briefing's search, not the default one's.
    const url = `${form.getAttribute("action") || location.pathname}?${params}`;
    controller?.abort();
    controller = new AbortController();
    try {
      const response = await fetch(`${url}${params.size ? "&" : ""}partial=1`, { signal: controller.signal });
      if (!response.ok && response.status !== 400) return;
      results.innerHTML = await response.text();
      history.replaceState(null, "", url);
    } catch {
      // aborted by a newer keystroke, or offline: the form still submits normally
    }
  };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  });
})();
