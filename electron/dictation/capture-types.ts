// What the dictation session and the capture page (renderer/audio/) say to each other:
// the options main opens the microphone with, and what the page reports back. Pure types,
// carried by the capture:* channels of electron/ipc.ts.

/** What main asks the capture page to open. */
export interface CaptureOptions {
  deviceId: string;
  frameMs: number;
  echoCancellation: boolean;
  noiseSuppression: boolean;
  autoGainControl: boolean;
  /** Hold the microphone open between utterances (the system's mic indicator stays on); absent: no. */
  keepReady?: boolean;
  /** With keepReady: this much audio from before the key press starts each utterance. */
  preRollMs?: number;
}

/** The capture page has the utterance's first sample (sent once per capture, for the log). */
export interface CaptureStarted {
  /** From the page receiving capture:start to the worklet holding its first sample. */
  waitedMs: number;
  /** Audio from before capture:start at the head of the utterance (the pre-roll). */
  preRollMs: number;
}

export interface AudioDevice {
  deviceId: string;
  label: string;
}

/** Why capture ended, as the capture page reports it. */
export type CaptureEnd =
  | { reason: 'stopped' }
  | { reason: 'device-lost'; message: string }
  | { reason: 'error'; message: string };
