document.getElementById("filter").addEventListener("input", function (e) {
  window.location.search = "?q=" + encodeURIComponent(e.target.value);
});
