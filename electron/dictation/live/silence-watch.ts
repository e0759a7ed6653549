// Hands-free dictation ends itself after a stretch without speech. asr_server.py exposes no
// endpointer settings, so this is decided here, from two signs of speech: the microphone
// level (a frame loud enough to be a voice) and new words from the recognizer (a quiet
// speaker still makes partials change). Shared by the app's session and the CLI.

/** A frame this loud (RMS, full scale 1) counts as speech: about −34 dBFS, well above a quiet room. */
export const SPEECH_RMS = 0.02;

export class SilenceWatch {
  private lastSpeech: number;
  private lastWords = '';

  constructor(private readonly now: () => number = () => performance.now()) {
    this.lastSpeech = now();
  }

  /** Count silence from now: the recognizer has just started listening (a cold server may take seconds). */
  restart(): void {
    this.lastSpeech = this.now();
  }

  level(rms: number): void {
    if (rms >= SPEECH_RMS) this.lastSpeech = this.now();
  }

  /** Partial or final text: a change is new speech. */
  words(text: string): void {
    if (text !== this.lastWords) {
      this.lastWords = text;
      if (text !== '') this.lastSpeech = this.now();
    }
  }

  silentMs(): number {
    return this.now() - this.lastSpeech;
  }
}

/** RMS of 16-bit little-endian mono PCM, full scale 1 (the CLI has no level meter of its own). */
export function pcmRms(pcm: Uint8Array): number {
  const view = new DataView(pcm.buffer, pcm.byteOffset, pcm.byteLength);
  const samples = pcm.byteLength >> 1;
  if (samples === 0) return 0;
  let sum = 0;
  for (let i = 0; i < samples; i++) {
    const s = view.getInt16(i * 2, true) / 32768;
    sum += s * s;
  }
  return Math.sqrt(sum / samples);
}
