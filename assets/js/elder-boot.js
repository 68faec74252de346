/* Gazette: not published as a file. The generator (pages.ElderBoot) writes it, minified, into every
   page's <head> before the stylesheet, and lets exactly this text run through the page's
   Content-Security-Policy by its SHA-256. It applies a remembered 长者模式 before the first paint, so
   site.js can load deferred; the switch itself (sync, change, back button) is site.js's, with the
   same storage key. ES5; storage may be off. */
(function () {
  try {
    if (window.localStorage.getItem("gazette-elder") === "1") {
      document.documentElement.className += " elder";
    }
  } catch (e) { /* storage off: the page shows as it is */ }
}());
