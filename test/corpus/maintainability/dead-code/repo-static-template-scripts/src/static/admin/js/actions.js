(function () {
  "use strict";
  window.Actions = function (boxes) { return boxes.length; };
})();
