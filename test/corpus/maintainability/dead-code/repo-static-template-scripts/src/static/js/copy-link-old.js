function copyLink(button) {
  var text = button.getAttribute("data-copy");
  window.prompt("Copy to clipboard: Ctrl+C", text);
}
