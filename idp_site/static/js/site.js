/* Progressive enhancements only: every feature works without this file. */
(function () {
  "use strict";
  // "Leave this site" (quick exit): replace the current history entry so Back does not
  // return here, from the link or by pressing Escape twice within a second. Nothing is
  // kept: the site stores nothing in the browser for readers, and this clears what a
  // page of this tab might have put in sessionStorage.
  var leaveLink = document.querySelector("[data-leave-site]");
  var lastEscape = 0;
  function leave(href) {
    try { window.sessionStorage.clear(); } catch (ignored) { /* storage blocked */ }
    window.location.replace(href);
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-leave-site]");
    if (!link) return;
    event.preventDefault();
    leave(link.href);
  });
  if (leaveLink) {
    var hint = document.querySelector("[data-leave-site-hint]");
    if (hint) hint.hidden = false;
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" && event.key !== "Esc") return;
      var now = Date.now();
      if (now - lastEscape < 1000) leave(leaveLink.href);
      lastEscape = now;
    });
  }
  // Printed pages write each link's full address (a reader of paper cannot follow
  // "/documents/12/report.pdf"): print CSS shows data-print-href after the link.
  document.querySelectorAll("main a[href]").forEach(function (link) {
    var written = link.getAttribute("href");
    if (/^https?:$/.test(link.protocol) && written.charAt(0) !== "#") {
      link.setAttribute("data-print-href", link.href);
    }
  });
})();
