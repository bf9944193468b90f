(function () {
  "use strict";
  window.Collapse = function (el) { el.classList.toggle("collapsed"); };
})();
