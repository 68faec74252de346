/* Helpers shared by the measuring scripts; PageScripts puts them before each script. */

/* Hidden from sight but read by screen readers: the visually-hidden pattern (a 1 px clipped box). */
function screenReaderOnly(el) {
  for (var e = el; e && e !== document.body; e = e.parentElement) {
    var box = e.getBoundingClientRect();
    if (box.width <= 1 && box.height <= 1 && getComputedStyle(e).overflow !== "visible") { return true; }
  }
  return false;
}

/* Not seen by a reader: not drawn, folded away in closed details, or only there for screen readers. */
function unseen(el) {
  return el.closest("svg, script, style, [hidden], details:not([open]) > :not(summary)") || screenReaderOnly(el);
}

/* How a message names an element: tag, classes and the start of its text. */
function name(el) {
  var text = (el.textContent || "").replace(/\s+/g, " ").trim();
  return el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : "")
    + " “" + (text.length > 24 ? text.slice(0, 24) + "…" : text) + "”";
}
