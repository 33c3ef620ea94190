// The little the pages need beyond HTML: mark the sentence a 原文 link jumps to, show a change's
// details on a tap (title tooltips need a mouse), ask before deleting, and stop a second submit
// while a document is being processed — undone when the browser brings the page back (Back).
(function () {
  function markSource(taskId) {
    document.querySelectorAll(".src.active").forEach(function (el) { el.classList.remove("active"); });
    document.querySelectorAll('.src[data-tasks~="' + CSS.escape(taskId) + '"]').forEach(function (el) {
      el.classList.add("active");
    });
  }

  function showChange(change) {
    var detail = document.getElementById("change-detail");
    if (!detail) { return; }
    document.querySelectorAll("ins.chg.shown").forEach(function (el) { el.classList.remove("shown"); });
    if (!change || (!detail.hidden && detail.dataset.for === change.id && change.id)) {
      detail.hidden = true;
      return;
    }
    change.classList.add("shown");
    detail.textContent = change.title;
    detail.dataset.for = change.id || "";
    detail.hidden = false;
    var box = change.getBoundingClientRect(), holder = detail.offsetParent.getBoundingClientRect();
    detail.style.top = (box.bottom - holder.top + 4) + "px";
    detail.style.left = Math.max(0, Math.min(box.left - holder.left, holder.width - detail.offsetWidth)) + "px";
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.source-link");
    if (link) { markSource(link.dataset.task); }
    var change = event.target.closest("ins.chg:not(.legend)");
    if (change || !event.target.closest("#change-detail")) { showChange(change); }
  });
  document.addEventListener("keydown", function (event) {
    var change = event.target.closest && event.target.closest("ins.chg");
    if (change && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); showChange(change); }
    if (event.key === "Escape") { showChange(null); }
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) { event.preventDefault(); return; }
    if (!form.dataset.busy) { return; }
    var button = form.querySelector("button[type=submit]");
    if (button) {
      button.dataset.label = button.dataset.label || button.textContent;
      button.disabled = true;
      button.textContent = form.dataset.busy;
    }
  });
  // Back to a page kept in the browser's cache: its button must work again.
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-busy] button[type=submit]").forEach(function (button) {
      button.disabled = false;
      if (button.dataset.label) { button.textContent = button.dataset.label; }
    });
  });
  window.addEventListener("DOMContentLoaded", function () {
    if (location.hash.indexOf("#src-") === 0) { markSource(location.hash.slice(5)); }
  });
})();
