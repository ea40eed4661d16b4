// Drag-and-drop ordering on /review/DATE (progressive enhancement: without JavaScript the 上移/下移
// forms do the same). A shown entry can be dragged over another of its ★ band (or the pinned
// group); on drop the page posts the band's new order as one edit, through the same CSRF-checked
// form route as every other edit, and the server checks again that no entry left its band.
(() => {
  const list = document.querySelector("ol.review-list[data-order-action]");
  if (!list) return;
  const items = () => [...list.querySelectorAll("li[data-entry-id]")];
  const before = items()
    .map((li) => li.dataset.entryId)
    .join(",");
  let dragged = null;
  for (const li of items()) {
    li.draggable = true;
    li.classList.add("is-draggable");
    li.addEventListener("dragstart", (event) => {
      // Text fields inside the card keep their own selection drags.
      if (event.target !== li) return;
      dragged = li;
      li.classList.add("is-dragging");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", li.dataset.entryId);
    });
    li.addEventListener("dragover", (event) => {
      if (!dragged || dragged === li || dragged.dataset.band !== li.dataset.band) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "move";
      const box = li.getBoundingClientRect();
      const after = event.clientY > box.top + box.height / 2;
      list.insertBefore(dragged, after ? li.nextSibling : li);
    });
    li.addEventListener("drop", (event) => {
      if (dragged && dragged.dataset.band === li.dataset.band) event.preventDefault();
    });
    li.addEventListener("dragend", () => {
      if (!dragged) return;
      const moved = dragged;
      dragged = null;
      moved.classList.remove("is-dragging");
      const order = items()
        .map((x) => x.dataset.entryId)
        .join(",");
      if (order === before) return;
      const form = document.createElement("form");
      form.method = "post";
      form.action = list.dataset.orderAction;
      const fields = {
        _csrf: list.dataset.csrf,
        action: "order",
        entryId: moved.dataset.entryId,
        value: order,
      };
      for (const [name, value] of Object.entries(fields)) {
        const input = document.createElement("input");
        input.type = "hidden";
        input.name = name;
        input.value = value;
        form.append(input);
      }
      document.body.append(form);
      form.submit();
    });
  }
})();
