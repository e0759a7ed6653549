// Feeds a child's stdin like a microphone: one 100 ms frame of 16 kHz 16-bit mono every
// 100 ms, silence whenever nobody speaks, speech when `say` is called. For `voskey dictate -
// --push-to-talk`, which reads its input all along and dictates only part of it.
import type { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';

const FRAME_BYTES = 3200;

export interface PacedSpeech {
  /** Plays `pcm` at real-time pace; resolves when the last of it has been written. */
  say(pcm: Uint8Array): Promise<void>;
  /** Stops feeding and ends the input (the end of the dictation). */
  end(): Promise<void>;
}

export function feedLikeAMicrophone(input: Writable): PacedSpeech {
  let speech: Uint8Array | undefined;
  let feeding = true;
  input.on('error', () => {}); // the command may exit first; its exit code tells why
  const silence = new Uint8Array(FRAME_BYTES);
  const feeder = (async () => {
    while (feeding) {
      let frame: Uint8Array = silence;
      if (speech) {
        frame = speech.subarray(0, FRAME_BYTES);
        speech = speech.length > FRAME_BYTES ? speech.subarray(FRAME_BYTES) : undefined;
      }
      input.write(frame);
      await sleep(100);
    }
    input.end();
  })();
  return {
    async say(pcm) {
      speech = pcm;
      while (speech) await sleep(20);
    },
    async end() {
      feeding = false;
      await feeder;
    },
  };
}
