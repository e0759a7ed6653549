// Test-only instrumentation added to the capture page before its scripts run: keeps the
// MediaStreams getUserMedia returned (to check the mic is released) and when each opened
// (epoch ms, to place a key press in the fake mic's file), the sample count the worklet
// reports when flushed (to check nothing it received was dropped), and how many
// AudioContexts and worklet modules the page made (to check they stay warm). It only
// listens; the page's own code paths are unchanged.

export const CAPTURE_PROBE_SCRIPT = `(() => {
  const probe = { streams: [], openedAt: [], flushedSamples: [], contexts: 0, modules: 0 };
  window.__captureProbe = probe;
  const getUserMedia = MediaDevices.prototype.getUserMedia;
  MediaDevices.prototype.getUserMedia = async function (constraints) {
    const stream = await getUserMedia.call(this, constraints);
    probe.streams.push(stream);
    probe.openedAt.push(performance.timeOrigin + performance.now());
    return stream;
  };
  const Context = window.AudioContext;
  window.AudioContext = class extends Context {
    constructor(...args) {
      super(...args);
      probe.contexts++;
      const addModule = this.audioWorklet.addModule.bind(this.audioWorklet);
      this.audioWorklet.addModule = (...moduleArgs) => (probe.modules++, addModule(...moduleArgs));
    }
  };
  const Node = window.AudioWorkletNode;
  window.AudioWorkletNode = class extends Node {
    constructor(...args) {
      super(...args);
      this.port.addEventListener('message', (event) => {
        if (event.data && event.data.type === 'flushed') probe.flushedSamples.push(event.data.samples);
      });
    }
  };
})();`;

// Page-side expressions for page.evaluate (test files compile without DOM types).

/** What the last capture left behind: {workletSamples, trackStates}. */
export const PROBE_RESULT = `({
  workletSamples: window.__captureProbe.flushedSamples.at(-1),
  trackStates: (window.__captureProbe.streams.at(-1)?.getTracks() ?? []).map((t) => t.readyState),
})`;

/** A hot-unplugged device ends its track; a page cannot unplug one, so fire the event. */
export const LOSE_DEVICE = `window.__captureProbe.streams.at(-1)?.getAudioTracks()[0]?.dispatchEvent(new Event('ended'))`;

/** Every stream the page opened, oldest first: {openedAt (epoch ms), states of its tracks}. */
export const PROBE_STREAMS = `window.__captureProbe.streams.map((stream, i) => ({
  openedAt: window.__captureProbe.openedAt[i],
  trackStates: stream.getTracks().map((t) => t.readyState),
}))`;

/** How many AudioContexts and worklet module loads the page has made so far. */
export const PROBE_WARMTH = `({ contexts: window.__captureProbe.contexts, modules: window.__captureProbe.modules })`;
