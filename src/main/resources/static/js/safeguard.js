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
