/**
 * The static site's search, our own few lines (no library): loads search-index.json, keeps the
 * entries that contain every word typed (title, org, summary, tags; case-insensitive), and lists
 * them as links. Progressive: the form is `hidden` in the HTML and shown by this script, so without
 * JavaScript the page is the plain archive list. Text goes in with textContent, never innerHTML.
 */
export const SITE_SEARCH_SCRIPT = `// daybrief site search
(() => {
  const form = document.getElementById("search");
  const input = document.getElementById("search-q");
  const list = document.getElementById("search-results");
  if (!form || !input || !list) return;
  form.hidden = false;
  let entries;
  const load = () =>
    entries ??= window
      .fetch(form.dataset.index)
      .then((r) => (r.ok ? r.json() : { entries: [] }))
      .then((data) => data.entries.map((e) => ({ e, text: [e.t, e.o, e.s, ...(e.g || [])].join(" ").toLowerCase() })));
  const show = async () => {
    const words = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
    list.replaceChildren();
    if (words.length === 0) return;
    const hits = (await load()).filter((x) => words.every((w) => x.text.includes(w))).slice(0, 50);
    for (const { e } of hits) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = e.u;
      a.textContent = e.d + " · [" + e.o + "] " + e.t;
      const p = document.createElement("p");
      p.className = "meta";
      p.textContent = e.s;
      li.append(a, p);
      list.append(li);
    }
    if (hits.length === 0) {
      const li = document.createElement("li");
      li.textContent = "没有找到 / no match";
      list.append(li);
    }
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    show();
  });
  input.addEventListener("input", show);
})();
`;
