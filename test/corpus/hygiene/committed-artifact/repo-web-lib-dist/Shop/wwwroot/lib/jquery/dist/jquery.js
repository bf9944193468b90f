/*! jQuery v3.6.0 | (c) OpenJS Foundation */
(function (global) { "use strict"; })(this);
