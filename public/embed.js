/*
 * territory-scenarios embed helper, for the page that hosts the embeds. Include it once (more is
 * harmless); it sizes every <iframe data-territory-scenarios> to the height its content asks for,
 * and offers TerritoryScenarios.set(iframe, {scenario, date, variant}) to change what one shows.
 * Plain ES2017, no dependencies. The protocol is src/lib/embed/protocol.ts.
 */
(function () {
  'use strict';
  // Each embed snippet brings its own copy of this script: the first one wins.
  if (window.TerritoryScenarios) return;

  var PREFIX = 'territory-scenarios:';
  var MAX_HEIGHT = 5000; // as MAX_HEIGHT in protocol.ts

  /** The origin an iframe's document should have; null unless it is an http(s) URL. */
  function originOf(iframe) {
    // An anchor parses the URL the way the browser does, and never throws on a bad one.
    var a = document.createElement('a');
    a.href = iframe.src;
    return /^https?:$/.test(a.protocol) ? a.origin : null;
  }

  // Frames are looked up when a message arrives, so embeds added after this script still work.
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== PREFIX + 'height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0) return;
    var frames = document.querySelectorAll('iframe[data-territory-scenarios]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source && originOf(frame) === event.origin) {
        frame.style.height = Math.min(Math.ceil(height), MAX_HEIGHT) + 'px';
        return;
      }
    }
  });

  window.TerritoryScenarios = {
    /** Asks an embed to show a scenario, date or variant; true if the message was sent. */
    set: function (iframe, state) {
      var origin = iframe && iframe.contentWindow ? originOf(iframe) : null;
      if (!origin) return false;
      var message = { type: PREFIX + 'set' };
      ['scenario', 'date', 'variant'].forEach(function (key) {
        if (state && typeof state[key] === 'string') message[key] = state[key];
      });
      // The origin as target: the message is only delivered if the frame still shows the app.
      iframe.contentWindow.postMessage(message, origin);
      return true;
    },
  };
})();
