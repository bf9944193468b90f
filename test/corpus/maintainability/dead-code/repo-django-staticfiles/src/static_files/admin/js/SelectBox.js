(function () {
  "use strict";
  window.SelectBox = { init: function (id) { return document.getElementById(id); } };
})();
