/******/ (function(modules) { // webpackBootstrap
/******/ 	var installedModules = {};
/******/ 	function __webpack_require__(moduleId) {
/******/ 		if(installedModules[moduleId]) {
/******/ 			return installedModules[moduleId].exports;
/******/ 		}
/******/ 		var module = installedModules[moduleId] = {
/******/ 			i: moduleId,
/******/ 			l: false,
/******/ 			exports: {}
/******/ 		};
/******/ 		modules[moduleId].call(module.exports, module, module.exports, __webpack_require__);
/******/ 		module.l = true;
/******/ 		return module.exports;
/******/ 	}
/******/ 	__webpack_require__.m = modules;
/******/ 	__webpack_require__.c = installedModules;
/******/ 	__webpack_require__.d = function(exports, name, getter) {
/******/ 		if(!__webpack_require__.o(exports, name)) {
/******/ 			Object.defineProperty(exports, name, { enumerable: true, get: getter });
/******/ 		}
/******/ 	};
/******/ 	__webpack_require__.o = function(object, property) { return Object.prototype.hasOwnProperty.call(object, property); };
/******/ 	__webpack_require__.p = "/themes/legacy/static/js/";
/******/ 	return __webpack_require__(__webpack_require__.s = "./assets/js/pages/scoreboard.js");
/******/ })
/************************************************************************/
/******/ ({
"./assets/js/pages/scoreboard.js": (function(module, exports, __webpack_require__) {
eval("var _times = __webpack_require__(\"./assets/js/times.js\");\nconsole.log('scoreboard', _times.formatDuration(90));\n");
})
/******/ });
