// Runs before the page is drawn. Marks the page as scripted (`html.js`), so
// the timeline shows one step at a time from the first frame; and if the
// WebAssembly part cannot start (no WebAssembly, or the file failed to load),
// takes the mark away again, so every step shows, and says so calmly.
// Plain JavaScript; the build puts it inline in index.html (scripts/inline-startup.mjs).
(function () {
  "use strict";
  var root = document.documentElement;
  var started = false;
  // Fired by Trunk's loader once the WebAssembly has run. An error seen
  // before it need not have been ours (a slow start, a browser add-on): if
  // the app did start after all, the message goes and the page is whole again.
  window.addEventListener("TrunkApplicationStarted", function () {
    started = true;
    if (typeof WebAssembly === "object" && !root.classList.contains("js")) {
      root.classList.add("js");
      var problem = document.getElementById("startup-problem");
      if (problem) {
        problem.hidden = true;
      }
    }
  });
  function showProblem() {
    if (started) {
      return;
    }
    root.classList.remove("js");
    var problem = document.getElementById("startup-problem");
    if (problem) {
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
  function isOtherSite(link) {
    return /^https?:$/.test(link.protocol) && link.origin !== location.origin;
  }
  // Each link says, to screen readers, that it opens a new tab: the words
  // are the page's own (the app's hidden note), in its language.
  function markLinksToOtherSites() {
    var note = document.getElementById("opens-in-new-tab-note");
    var links = document.querySelectorAll("a[href]");
    for (var i = 0; i < links.length; i++) {
      if (!isOtherSite(links[i])) {
        continue;
      }
      links[i].target = "_blank";
      links[i].rel = "noopener noreferrer";
      if (note) {
        links[i].setAttribute("aria-describedby", note.id);
      }
    }
  }
  // The language a reader chose from the list at the top (and only that: no
  // guess from the browser's settings) is kept, and the build's top page
  // (index.html, the first hreflang link) opens in it next time. Choosing
  // the top page's own language again is how a reader undoes it.
  var LANGUAGE_KEY = "ahsct-explainer.language";
  document.addEventListener("click", function (event) {
    var chosen = event.target && event.target.closest && event.target.closest("a[data-language]");
    // A click that opens another tab or window leaves the reader here.
    if (chosen && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      try {
        localStorage.setItem(LANGUAGE_KEY, chosen.getAttribute("data-language"));
      } catch (storageBlocked) {
        // Then the choice lasts for this visit, as the link itself does.
      }
    }
  });
  // ?lang=es (a host's page chooses the language, EMBEDDING.md): each
  // language is a page of its own, named by the head's hreflang links. This
  // page in the language asked for, if the explainer has it, before anything
  // is drawn; the address's other parameters and its fragment go with it.
  // The app warns in the console about a language it does not have.
  var langValues = new URLSearchParams(location.search).getAll("lang");
  var wanted = langValues.length > 0 ? langValues[langValues.length - 1].toLowerCase().split("-")[0] : "";
  var current = (root.getAttribute("lang") || "").toLowerCase().split("-")[0];
  var pages = document.querySelectorAll('link[rel="alternate"][hreflang]');
  var onTopPage = pages.length > 0 && pages[0].hreflang.toLowerCase().split("-")[0] === current;
  // Not on Back or Forward either: the reader is going back to this page.
  var navigation = window.performance && performance.getEntriesByType && performance.getEntriesByType("navigation")[0];
  var returning = navigation && navigation.type === "back_forward";
  if (!wanted && onTopPage && !returning && !/[?&]embed(=|&|$)/.test(location.search)) {
    try {
      wanted = (localStorage.getItem(LANGUAGE_KEY) || "").toLowerCase();
    } catch (storageBlocked) {
      // Nothing kept: the top page's own language.
    }
  }
  if (/^[a-z]{2,3}$/.test(wanted) && wanted !== current) {
    var alternates = document.querySelectorAll('link[rel="alternate"][hreflang]');
    for (var a = 0; a < alternates.length; a++) {
      var target = alternates[a].href.split("#")[0];
      // Never to this very page, nor deeper into folders of the same name: a
      // host that answers a missing page with this one would otherwise loop.
      var path = new URL(target).pathname;
      var loops = path === location.pathname || location.pathname.indexOf("/" + wanted + "/") !== -1;
      if (alternates[a].hreflang.toLowerCase().split("-")[0] === wanted && !loops) {
        location.replace(target + location.search + location.hash);
        return;
      }
    }
  }
  // Embed mode (?embed) before the first paint too: the host's frame should
  // never show the full page's header and then lose it.
  // Repeated names: the last one counts, as in the app (src/query.rs).
  var embedValues = new URLSearchParams(location.search).getAll("embed");
  var embedded = embedValues.length > 0 &&
    !/^(0|false|no)$/.test(embedValues[embedValues.length - 1]);
  if (embedded) {
    root.setAttribute("data-embed", "");
    // Most sites refuse to be shown inside a frame: in a host's page, links
    // to other sites open a new tab instead of replacing the explainer.
    whenReady(markLinksToOtherSites);
    document.addEventListener("click", function (event) {
      var link = event.target && event.target.closest && event.target.closest("a[href]");
      if (link && isOtherSite(link)) {
        link.target = "_blank";
        link.rel = "noopener noreferrer";
      }
    }, true);
  }
  if (typeof WebAssembly !== "object") {
    whenReady(showProblem);
    return;
  }
  root.classList.add("js");
  // A link to every step: say so before the first paint, so the styles show
  // every step at once and nothing moves when the app takes over. (A link to
  // one step needs no help: the browser marks that step as :target.)
  if (location.hash === "#timeline/all") {
    root.setAttribute("data-initial-view", "all");
  }
  // The reader's text size and spacing, before the first paint, so that the
  // page does not jump when the app applies them. Only a value in exactly the
  // format src/settings/mod.rs writes is used; the app deals with anything else.
  try {
    var stored = localStorage.getItem("ahsct-explainer.reading-settings");
    var match = /^1;text=(standard|larger|largest);spacing=(standard|more)(;page=short)?(?:;speech=(?:slower|faster))?$/.exec(stored || "");
    if (match && match[1] !== "standard") {
      root.setAttribute("data-text-size", match[1]);
    }
    if (match && match[2] === "more") {
      root.setAttribute("data-line-spacing", "more");
    }
    // A reader who chose the short version opens with it, unless the address
    // names a place of its own, or a host's page embeds the explainer (its
    // `start` or its own reader's choice rules there). Replaced, not added:
    // Back leaves the page.
    if (match && match[3] && !location.hash && !/[?&](embed|start)(=|&|$)/.test(location.search)) {
      location.replace("#short");
    }
  } catch (storageBlocked) {
    // Sandboxed frames and some private modes refuse storage: nothing to apply.
  }
  // Trunk's loader rejects a promise when the module cannot be fetched or compiled.
  window.addEventListener("unhandledrejection", function () {
    whenReady(showProblem);
  });
  window.addEventListener("error", function () {
    whenReady(showProblem);
  });
})();
