// "Which microphones are there?" Only the capture page may enumerate media devices, and it
// answers with an event, not a reply: this pairs the request with the answer, so the
// settings page's invoke gets one, or a message in words if the page stays silent.
import type { AudioDevice } from '../dictation/capture-types.js';

const DEFAULT_TIMEOUT_MS = 3000;

export class DeviceListRequests {
  #waiters: ((devices: AudioDevice[]) => void)[] = [];
  readonly #ask: () => void;
  readonly #timeoutMs: number;

  /** `ask` sends the capture page its request (capture:list-devices). */
  constructor(ask: () => void, timeoutMs = DEFAULT_TIMEOUT_MS) {
    this.#ask = ask;
    this.#timeoutMs = timeoutMs;
  }

  list(): Promise<AudioDevice[]> {
    return new Promise((resolve, reject) => {
      const waiter = (devices: AudioDevice[]) => {
        clearTimeout(timer);
        resolve(devices);
      };
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== waiter);
        reject(new Error('The capture page did not list the microphones.'));
      }, this.#timeoutMs);
      this.#waiters.push(waiter);
      this.#ask();
    });
  }

  /** The capture page's answer (capture:devices) settles every request still waiting. */
  answer(devices: AudioDevice[]): void {
    for (const resolve of this.#waiters.splice(0)) resolve(devices);
  }
}
