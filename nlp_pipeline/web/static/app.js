// The little the pages need beyond HTML: mark the sentence a 原文 link jumps to, and stop a
// second submit while a document is being processed.
(function () {
  function markSource(taskId) {
    document.querySelectorAll(".src.active").forEach(function (el) { el.classList.remove("active"); });
    document.querySelectorAll('.src[data-tasks~="' + CSS.escape(taskId) + '"]').forEach(function (el) {
      el.classList.add("active");
    });
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.source-link");
    if (link) { markSource(link.dataset.task); }
  });
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.dataset.busy) { return; }
    var button = form.querySelector("button[type=submit]");
    if (button) { button.disabled = true; button.textContent = form.dataset.busy; }
  });
  window.addEventListener("DOMContentLoaded", function () {
    if (location.hash.indexOf("#src-") === 0) { markSource(location.hash.slice(5)); }
  });
})();
