// Focus the error summary after a failed submit so keyboard and screen-reader users land on it.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
});
// htmx requests carry the CSRF token from the meta tags the layout renders.
document.addEventListener("htmx:configRequest", function (evt) {
  var token = document.querySelector("meta[name='_csrf']");
  var header = document.querySelector("meta[name='_csrf_header']");
  if (token && header) { evt.detail.headers[header.content] = token.content; }
});
// After htmx swaps part of a page, put keyboard focus where a full page load would have put it.
document.addEventListener("htmx:afterSwap", function (evt) {
  var config = evt.detail.requestConfig || {};
  var trigger = config.elt;
  var submitted = config.triggeringEvent && config.triggeringEvent.type === "submit";
  var summary = document.getElementById("error-summary");
  if (submitted && summary) { summary.focus(); return; }
  if (!trigger || !trigger.getAttribute) { return; }
  if (trigger.getAttribute("name") === "addMember") {
    var rows = document.querySelectorAll("fieldset.member");
    var field = rows.length ? rows[rows.length - 1].querySelector("input:not([type=hidden]), select") : null;
    if (field) { field.focus(); }
  } else if (trigger.getAttribute("name") === "removeMember") {
    var add = document.getElementById("add-member");
    if (add) { add.focus(); }
  } else if (trigger.classList.contains("expander")) {
    // A region node that loaded its children is now expanded.
    trigger.setAttribute("aria-expanded", "true");
  }
});
