/* Numbers every control a keyboard can reach, in document order (data-walk="0", "1", …), and
   returns how each is named in test messages. A control is reachable when it is rendered (an
   off-screen skip link or the opacity-0 长者模式 checkbox are) and not taken out of the tab order. */
var controls = document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]");
var names = [];
controls.forEach(function (el) {
  var style = getComputedStyle(el);
  if (el.closest("[hidden]") || style.display === "none" || style.visibility === "hidden" || el.tabIndex < 0 || el.disabled) { return; }
  if (el.tagName === "SUMMARY" && el.parentElement.tagName !== "DETAILS") { return; }
  if (el.closest("details:not([open])") && el.tagName !== "SUMMARY") { return; }
  el.setAttribute("data-walk", names.length);
  var text = (el.getAttribute("aria-label") || el.textContent || "").replace(/\s+/g, " ").trim();
  if (el.id === "elder") { text = document.querySelector("label[for=elder]").textContent.trim(); }
  names.push(el.tagName.toLowerCase() + (el.getAttribute("href") ? "[href=" + el.getAttribute("href") + "]" : "") + (el.id ? "#" + el.id : "") + " “" + text + "”");
});
return names;
