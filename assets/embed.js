/* aHSCT Explained: host-page script. Sizes every <iframe data-ahsct-explainer>
   to its content, from the height the explainer posts. No dependencies, no
   globals, safe to include more than once. See EMBEDDING.md. */
(function () {
  'use strict';
  var TYPE = 'ahsct-explainer:height';
  var MIN = 200, MAX = 200000;

  function originOf(frame) {
    try { return new URL(frame.src, location.href).origin; } catch (e) { return ''; }
  }

  // One listener for the whole page, so frames added later just work.
  window.addEventListener('message', function (event) {
    try {
      var data = event.data;
      if (!data || typeof data !== 'object' || data.type !== TYPE || data.v !== 1) return;
      var height = data.height;
      if (typeof height !== 'number' || !Number.isInteger(height)) return;
      if (!event.source || event.origin === 'null') return;
      var frames = document.querySelectorAll('iframe[data-ahsct-explainer]');
      for (var i = 0; i < frames.length; i++) {
        var frame = frames[i];
        // A frame whose address cannot be read has no origin to match.
        var frameOrigin = originOf(frame);
        if (frameOrigin && frame.contentWindow === event.source && frameOrigin === event.origin) {
          frame.style.height = Math.min(MAX, Math.max(MIN, height)) + 'px';
          return;
        }
      }
    } catch (e) { /* an odd message must never break the host page */ }
  });
})();
