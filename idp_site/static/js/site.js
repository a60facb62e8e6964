/* Progressive enhancements only: every feature works without this file. */
(function () {
  "use strict";
  // "Leave this site": replace the current history entry so Back does not return here.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-leave-site]");
    if (!link) return;
    event.preventDefault();
    window.location.replace(link.href);
  });
  // Printed pages write each link's full address (a reader of paper cannot follow
  // "/documents/12/report.pdf"): print CSS shows data-print-href after the link.
  document.querySelectorAll("main a[href]").forEach(function (link) {
    var written = link.getAttribute("href");
    if (/^https?:$/.test(link.protocol) && written.charAt(0) !== "#") {
      link.setAttribute("data-print-href", link.href);
    }
  });
})();
