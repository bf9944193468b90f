document.querySelectorAll("[data-copy]").forEach(function (b) {
  b.addEventListener("click", function () { navigator.clipboard.writeText(b.dataset.copy); });
});
