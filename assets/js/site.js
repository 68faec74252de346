/* Gazette: enhancements only; every page works without this script. Loaded deferred: a remembered
   长者模式 is applied before the first paint by the inline elder-boot.js in <head>; this script keeps
   the switch in step with it (sync, change, back button) and adds 朗读全文, 打印本页, deadline
   statuses and 添加到日历 once the page is parsed. ES5 for old phone browsers. */
(function () {
  "use strict";
  var KEY = "gazette-elder";
  var root = document.documentElement;

  /* ---------- 长者模式 ---------- */
  function stored() {
    try { return window.localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function store(on) {
    try { window.localStorage.setItem(KEY, on ? "1" : "0"); } catch (e) { /* storage off: this page only */ }
  }
  function showElder(on) {
    root.className = root.className.replace(/(^|\s)elder(?!\S)/g, "") + (on ? " elder" : "");
  }

  function elderSwitch() {
    var box = document.getElementById("elder");
    if (!box) { return; }
    function sync() {
      var choice = stored();
      if (choice !== null) { box.checked = choice === "1"; }
      showElder(box.checked);
    }
    sync();
    box.addEventListener("change", function () {
      showElder(box.checked);
      store(box.checked);
    });
    // A page restored by the back button shows the choice made on the page left.
    window.addEventListener("pageshow", sync);
  }

  /* ---------- 朗读全文 ---------- */
  var SPOKEN = "h1, .doc-number, .document-body p, .document-body h2, .document-body h3, .document-body h4, " +
    ".document-body li, .document-body caption, .signature p";

  function chineseVoice(synth) {
    var voices = synth.getVoices();
    for (var i = 0; i < voices.length; i++) {
      if (/^(zh[-_]CN|cmn[-_]Hans)/i.test(voices[i].lang)) { return voices[i]; }
    }
    return null;
  }

  /* The article as spoken parts in reading order: blocks, long ones cut after each sentence,
     since some browsers stop an utterance after about fifteen seconds. */
  function spokenParts(article) {
    var parts = [];
    var blocks = article.querySelectorAll(SPOKEN);
    var taken = [];
    for (var i = 0; i < blocks.length; i++) {
      var block = blocks[i];
      if (insideAny(block, taken, article)) { continue; }
      taken.push(block);
      var sentences = (block.textContent || "").replace(/\s+/g, " ").match(/[^。！？；]+[。！？；]?/g) || [];
      for (var j = 0; j < sentences.length; j++) {
        if (/\S/.test(sentences[j])) { parts.push({ block: block, text: sentences[j] }); }
      }
    }
    return parts;
  }

  function insideAny(node, blocks, stop) {
    for (var n = node.parentNode; n && n !== stop; n = n.parentNode) {
      if (blocks.indexOf(n) >= 0) { return true; }
    }
    return false;
  }

  function readAloud() {
    var button = document.querySelector(".read-aloud");
    var article = document.querySelector("main article");
    var synth = window.speechSynthesis;
    if (!button || !article || !synth || !window.SpeechSynthesisUtterance) { return; }
    var idle = button.textContent;
    var reading = null;
    var marked = null;

    function offer() { button.hidden = !chineseVoice(synth); }
    function mark(block) {
      if (marked) { marked.className = marked.className.replace(/(^|\s)is-reading(?!\S)/g, ""); }
      marked = block;
      if (!block) { return; }
      block.className += " is-reading";
      var box = block.getBoundingClientRect();
      if (box.top < 0 || box.bottom > (window.innerHeight || root.clientHeight)) { block.scrollIntoView(); }
    }
    function stop() {
      reading = null;
      synth.cancel();
      mark(null);
      button.textContent = idle;
    }
    function start() {
      var voice = chineseVoice(synth);
      var parts = spokenParts(article);
      var run = reading = {};
      synth.cancel();
      button.textContent = "停止朗读";
      for (var i = 0; i < parts.length; i++) {
        var utterance = new window.SpeechSynthesisUtterance(parts[i].text);
        utterance.lang = "zh-CN";
        utterance.voice = voice;
        utterance.rate = 0.9;
        utterance.onstart = onStart(run, parts[i].block);
        if (i === parts.length - 1) { utterance.onend = onEnd(run); }
        synth.speak(utterance);
      }
    }
    function onStart(run, block) {
      return function () { if (reading === run) { mark(block); } };
    }
    function onEnd(run) {
      return function () { if (reading === run) { stop(); } };
    }

    offer();
    if (synth.addEventListener) { synth.addEventListener("voiceschanged", offer); } else { synth.onvoiceschanged = offer; }
    button.addEventListener("click", function () { if (reading) { stop(); } else { start(); } });
    window.addEventListener("pagehide", function () { if (reading) { stop(); } });
  }

  /* ---------- 打印本页 ---------- */
  function printButtons() {
    if (typeof window.print !== "function") { return; }
    var buttons = document.querySelectorAll(".print-button");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].addEventListener("click", function () { window.print(); });
    }
  }

  /* ---------- deadline statuses: site.DeadlineStatus's rule, held by DeadlineStatusScriptIT ---------- */
  function deadlineStatuses() {
    var DAY = 86400000;
    var now = new Date();
    var today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
    var statuses = document.querySelectorAll(".status[data-due]");
    for (var i = 0; i < statuses.length; i++) {
      var el = statuses[i];
      var p = el.getAttribute("data-due").split("-");
      var days = Math.round((Date.UTC(+p[0], +p[1] - 1, +p[2]) - today) / DAY);
      var soon = +el.getAttribute("data-soon-days");
      var key, text;
      if (days < 0) { key = "closed"; text = "已截止"; }
      else if (days === 0) { key = "today"; text = "今天截止"; }
      else if (days <= soon) { key = "soon"; text = "即将截止（还剩" + days + "天）"; }
      else { key = "open"; text = "报送中（还剩" + days + "天）"; }
      el.className = "status status-" + key;
      el.textContent = text;
      var item = el.closest ? el.closest(".deadline") : null;
      if (item) { item.className = item.className.replace(/\bdeadline-(open|soon|today|closed)\b/, "deadline-" + key); }
      var asof = el.parentNode.querySelector(".status-asof");
      if (asof) { asof.hidden = true; }
    }
  }

  /* 添加到日历: one event (UID data-event) cut from the calendar.ics the link gets without JS */
  function addOne(e) {
    var a = e.target.closest ? e.target.closest("a[data-event]") : null, r = new XMLHttpRequest();
    if (!a || !window.Blob || a.whole) { if (a) { a.whole = 0; } return; }
    e.preventDefault();
    function whole() { a.whole = 1; a.click(); }
    r.open("GET", a.href);
    r.onerror = whole;
    r.onload = function () {
      var t = r.status === 200 && oneEvent(r.responseText, a.getAttribute("data-event")),
        f = document.createElement("a");
      if (!t) { return whole(); }
      f.href = URL.createObjectURL(new Blob([t], { type: "text/calendar" }));
      f.download = a.getAttribute("data-file");
      f.click();
    };
    r.send();
  }
  function oneEvent(ics, id) {
    var l = ics.replace(/\r\n /g, "\0").split("\r\n"), h = [], z = [], ev, keep, seen, inZ, inE;
    for (var i = 0; i < l.length; i++) {
      var v = l[i].replace(/\0/g, "");
      if (v === "BEGIN:VTIMEZONE") { inZ = seen = 1; }
      if (v === "BEGIN:VEVENT") { inE = seen = 1; ev = []; }
      if (inZ) { z.push(l[i]); inZ = v !== "END:VTIMEZONE"; }
      else if (inE) { ev.push(l[i]); keep = v.indexOf("UID:" + id + "@") ? keep : ev; inE = v !== "END:VEVENT"; }
      else if (!seen && v && !/^(SOURCE|REFRESH|X-PUB)/.test(v)) { h.push(l[i]); }
    }
    return keep && h[0] === "BEGIN:VCALENDAR" && h.concat(/;TZID=/.test(keep.join("").replace(/\0/g, "")) ? z : [],
      keep, "END:VCALENDAR", "").join("\r\n").replace(/\0/g, "\r\n ");
  }

  document.addEventListener("DOMContentLoaded", function () {
    elderSwitch();
    readAloud();
    printButtons();
    deadlineStatuses();
    document.addEventListener("click", addOne);
  });
}());
