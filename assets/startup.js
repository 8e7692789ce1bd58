// Shows a calm message when the WebAssembly part of the page cannot start:
// the browser has no WebAssembly, or the file failed to load. Plain JavaScript,
// loaded as a file so that a strict Content-Security-Policy allows it.
(function () {
  "use strict";
  function appStarted() {
    return document.querySelector("#app main") !== null;
  }
  function showProblem() {
    var problem = document.getElementById("startup-problem");
    if (problem && !appStarted()) {
      problem.hidden = false;
    }
  }
  function whenReady(callback) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", callback);
    } else {
      callback();
    }
  }
  if (typeof WebAssembly !== "object") {
    whenReady(showProblem);
    return;
  }
  // Trunk's loader rejects a promise when the module cannot be fetched or compiled.
  window.addEventListener("unhandledrejection", function () {
    whenReady(showProblem);
  });
  window.addEventListener("error", function () {
    whenReady(showProblem);
  });
})();
