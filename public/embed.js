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
  /**
   * Per iframe: the src whose app has spoken (it listens from then on), and the set messages asked
   * for before that, which the app would otherwise never see.
   */
  var embeds = new WeakMap();

  /** The origin an iframe's document should have; null unless it is an http(s) URL. */
  function originOf(iframe) {
    // An anchor parses the URL the way the browser does, and never throws on a bad one.
    var a = document.createElement('a');
    a.href = iframe.src;
    return /^https?:$/.test(a.protocol) ? a.origin : null;
  }

  function embedOf(iframe) {
    var embed = embeds.get(iframe);
    if (!embed) embeds.set(iframe, (embed = { ready: null, queue: [] }));
    return embed;
  }

  // The origin as target: the message is only delivered if the frame still shows the app.
  function send(iframe, message) {
    var origin = originOf(iframe);
    if (origin && iframe.contentWindow) iframe.contentWindow.postMessage(message, origin);
  }

  // Frames are looked up when a message arrives, so embeds added after this script still work.
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || (data.type !== PREFIX + 'height' && data.type !== PREFIX + 'state')) return;
    var frames = document.querySelectorAll('iframe[data-territory-scenarios]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) continue;
      var embed = embedOf(frame);
      // A new src is a new app, which listens only once it speaks; a reload of the same src is not seen.
      if (embed.ready !== frame.src) {
        embed.ready = frame.src;
        embed.queue.splice(0).forEach(function (message) {
          send(frame, message);
        });
      }
      var height = data.height;
      if (data.type === PREFIX + 'height' && typeof height === 'number' && isFinite(height) && height > 0) {
        frame.style.height = Math.min(Math.ceil(height), MAX_HEIGHT) + 'px';
      }
      return;
    }
  });

  window.TerritoryScenarios = {
    /**
     * Asks an embed to show a scenario, date or variant; true if the message was sent, or queued
     * until the embed's first message says it is listening. Safe to call at any time.
     */
    set: function (iframe, state) {
      if (!iframe || !iframe.contentWindow || !originOf(iframe)) return false;
      var message = { type: PREFIX + 'set' };
      ['scenario', 'date', 'variant'].forEach(function (key) {
        if (state && typeof state[key] === 'string') message[key] = state[key];
      });
      var embed = embedOf(iframe);
      if (embed.ready === iframe.src) send(iframe, message);
      else embed.queue.push(message);
      return true;
    },
  };
})();
