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
})();
