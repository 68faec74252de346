/* Gazette: small enhancements only; every page is complete without this script.
   - 长者模式: remember the reader's choice across pages.
   - 打印本页: show the print button.
   - Deadline statuses: bring them up to date in the reader's browser between builds. */
(function () {
  "use strict";
  var KEY = "gazette-elder";
  var elder = document.getElementById("elder");
  if (elder) {
    try {
      if (window.localStorage.getItem(KEY) === "1") { elder.checked = true; }
      elder.addEventListener("change", function () {
        window.localStorage.setItem(KEY, elder.checked ? "1" : "0");
      });
    } catch (e) { /* storage disabled: the switch still works on this page */ }
  }

  var printButtons = document.querySelectorAll(".print-button");
  for (var i = 0; i < printButtons.length; i++) {
    printButtons[i].hidden = false;
    printButtons[i].addEventListener("click", function () { window.print(); });
  }

  var DAY = 86400000;
  var now = new Date();
  var today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  var statuses = document.querySelectorAll(".status[data-due]");
  for (var j = 0; j < statuses.length; j++) {
    var el = statuses[j];
    var p = el.getAttribute("data-due").split("-");
    var days = Math.round((Date.UTC(+p[0], +p[1] - 1, +p[2]) - today) / DAY);
    var key, text;
    if (days < 0) { key = "closed"; text = "已截止"; }
    else if (days === 0) { key = "today"; text = "今天截止"; }
    else if (days <= 7) { key = "soon"; text = "即将截止（还剩" + days + "天）"; }
    else { key = "open"; text = "报送中（还剩" + days + "天）"; }
    el.className = "status status-" + key;
    el.textContent = text;
    var item = el.closest ? el.closest(".deadline") : null;
    if (item) { item.className = item.className.replace(/\bdeadline-(open|soon|today|closed)\b/, "deadline-" + key); }
    var asof = el.parentNode.querySelector(".status-asof");
    if (asof) { asof.hidden = true; }
  }
}());
