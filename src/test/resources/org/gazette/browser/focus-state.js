/* Which numbered control has the focus (-1 for none), and whether its focus can be seen: an outline
   or a ring (box shadow) on the control, or on the label of the 长者模式 checkbox, which is drawn
   off screen. */
var el = document.activeElement;
if (!el || !el.hasAttribute("data-walk")) { return [-1, false]; }
var shown = el.id === "elder" ? document.querySelector("label[for=elder]") : el;
var style = getComputedStyle(shown);
var ring = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none";
return [parseInt(el.getAttribute("data-walk"), 10), ring];
