/* 长者模式's measures on the loaded page, as a list of problems (empty when all hold).
   arguments[0]: smallest text size in px; [1]: smallest line height as a multiple of the text size;
   [2]: smallest click target in px. Text inside .visually-hidden is read by screen readers only and
   not measured; a target inline in a line of text is exempt (WCAG 2.5.5), its size set by the text. */
var minText = arguments[0], minLeading = arguments[1], minTarget = arguments[2];
var problems = [];

function shown(el) {
  if (unseen(el)) { return false; }
  var style = getComputedStyle(el);
  if (style.display === "none" || style.visibility === "hidden") { return false; }
  var box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

var measured = new Set();
var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  var el = walker.currentNode.parentElement;
  if (!/\S/.test(walker.currentNode.data) || measured.has(el) || !shown(el)) { continue; }
  measured.add(el);
  var style = getComputedStyle(el);
  var size = parseFloat(style.fontSize);
  if (size < minText - 0.01) { problems.push("text of " + size + " px (at least " + minText + "): " + name(el)); }
  var leading = style.lineHeight === "normal" ? 0 : parseFloat(style.lineHeight) / size;
  if (leading < minLeading - 0.01) { problems.push("line height " + style.lineHeight + " for " + size + " px text: " + name(el)); }
}

var bodyText = document.querySelector("main p");
if (bodyText) {
  var textSize = parseFloat(getComputedStyle(bodyText).fontSize);
  document.querySelectorAll("main h1, main h2, main h3").forEach(function (h) {
    if (shown(h) && parseFloat(getComputedStyle(h).fontSize) <= textSize) {
      problems.push("heading no larger than the text (" + textSize + " px): " + name(h));
    }
  });
}

function inLineOfText(el) {
  if (getComputedStyle(el).display !== "inline") { return false; }
  var block = el.parentElement;
  while (block && getComputedStyle(block).display === "inline") { block = block.parentElement; }
  return block.textContent.replace(/\s+/g, "").length > el.textContent.replace(/\s+/g, "").length;
}
document.querySelectorAll("a[href], button, summary, label[for], input, select, textarea").forEach(function (el) {
  var label = el.id && document.querySelector("label[for='" + el.id + "']");
  if (label && shown(label)) { return; }  // the label is the target readers use
  if (!shown(el) || inLineOfText(el)) { return; }
  var box = el.getBoundingClientRect();
  if (box.width < minTarget - 0.5 || box.height < minTarget - 0.5) {
    problems.push("target of " + Math.round(box.width) + "×" + Math.round(box.height) + " px (at least " + minTarget + "): " + name(el));
  }
});
return problems;
