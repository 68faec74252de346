/* Text that is cut off or overlaps other text on the loaded page, and sideways scrolling of the
   whole page, as a list of problems (empty when none). Data tables may scroll inside their own
   region (WCAG 1.4.10 exempts them); the page itself may not. */
var problems = [];
var root = document.documentElement;
if (root.scrollWidth > root.clientWidth + 1) {
  /* Name the innermost element that sticks out, so a failure says where to look. */
  var culprit = null;
  document.querySelectorAll("body *").forEach(function (el) {
    var box = el.getBoundingClientRect();
    if (box.right > root.clientWidth + 1 && box.width > 0 && (!culprit || culprit.contains(el))) { culprit = el; }
  });
  problems.push("the page scrolls sideways: " + root.scrollWidth + " px wide in a " + root.clientWidth + " px window"
      + (culprit ? ", widest at <" + culprit.tagName.toLowerCase() + (culprit.className ? " class=" + culprit.className : "")
      + "> “" + (culprit.textContent || "").replace(/\s+/g, " ").trim().slice(0, 30) + "”" : ""));
}

document.querySelectorAll("body *").forEach(function (el) {
  if (unseen(el) || !/\S/.test(el.textContent)) { return; }
  var style = getComputedStyle(el);
  var clipsX = /hidden|clip/.test(style.overflowX), clipsY = /hidden|clip/.test(style.overflowY);
  if ((clipsX && el.scrollWidth > el.clientWidth + 1) || (clipsY && el.scrollHeight > el.clientHeight + 1)) {
    problems.push("text cut off: " + name(el));
  }
  if (style.textOverflow === "ellipsis" && el.scrollWidth > el.clientWidth + 1) { problems.push("text cut short: " + name(el)); }
});

/* A short link (a topic, an agency, 订阅) broken across two lines, as 科 / 普: hard to read and to tap.
   Links in a document's own text are the editor's and wrap as the sentence does. */
document.querySelectorAll("a").forEach(function (a) {
  if (unseen(a) || a.closest(".document-body") || a.textContent.replace(/\s+/g, "").length > 6) { return; }
  var lines = {};
  Array.prototype.forEach.call(a.getClientRects(), function (r) { if (r.width > 0) { lines[Math.round(r.top)] = true; } });
  if (Object.keys(lines).length > 1) { problems.push("short link broken across lines: " + name(a)); }
});

/* Text squeezed into a column a character or two wide, one character a line. */
var checked = new Set();
var texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (texts.nextNode()) {
  var parent = texts.currentNode.parentElement;
  if (checked.has(parent) || texts.currentNode.data.replace(/\s+/g, "").length < 4 || unseen(parent)) { continue; }
  checked.add(parent);
  var size = parseFloat(getComputedStyle(parent).fontSize), box = parent.getBoundingClientRect();
  if (box.width > 0 && box.width < 2.5 * size && box.height > 4 * size) { problems.push("text squeezed into a narrow column: " + name(parent)); }
}

var boxes = [];
var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
var range = document.createRange();
for (var n = 0; walker.nextNode(); n++) {
  var node = walker.currentNode;
  if (!/\S/.test(node.data) || unseen(node.parentElement) || getComputedStyle(node.parentElement).visibility === "hidden") { continue; }
  range.selectNodeContents(node);
  var rects = range.getClientRects();
  for (var i = 0; i < rects.length; i++) {
    if (rects[i].width > 0 && rects[i].height > 0) { boxes.push({ node: n, el: node.parentElement, r: rects[i] }); }
  }
}
boxes.sort(function (a, b) { return a.r.top - b.r.top; });
for (var a = 0; a < boxes.length && problems.length < 20; a++) {
  for (var b = a + 1; b < boxes.length && boxes[b].r.top < boxes[a].r.bottom; b++) {
    if (boxes[a].node === boxes[b].node) { continue; }
    var p = boxes[a].r, q = boxes[b].r;
    var across = Math.min(p.right, q.right) - Math.max(p.left, q.left);
    var down = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
    if (across > 2 && down > 0.3 * Math.min(p.height, q.height)) {
      problems.push("text overlaps: " + name(boxes[a].el) + " and " + name(boxes[b].el));
    }
  }
}
return problems;
