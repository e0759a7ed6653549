// Test-only instrumentation added to the capture page before its scripts run: keeps the
// MediaStreams getUserMedia returned (to check the mic is released) and the sample count
// the worklet reports when flushed (to check nothing it received was dropped). It only
// listens; the page's own code paths are unchanged.

export const CAPTURE_PROBE_SCRIPT = `(() => {
  const probe = { streams: [], flushedSamples: [] };
  window.__captureProbe = probe;
  const getUserMedia = MediaDevices.prototype.getUserMedia;
  MediaDevices.prototype.getUserMedia = async function (constraints) {
    const stream = await getUserMedia.call(this, constraints);
    probe.streams.push(stream);
    return stream;
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
