// The hidden capture page: main says start/stop/list-devices, this page drives the
// microphone. Commands run one after another, so a stop that arrives while the mic is
// still opening stops that capture once it has started (a quick tap of the hotkey).

import type { CaptureOptions } from '../../electron/ipc.js';
import { voskeyApi } from '../shared/voskey.js';
import { listDevices, Microphone } from './microphone.js';

const api = voskeyApi();
let current: Microphone | undefined;
let queue: Promise<void> = Promise.resolve();

function enqueue(command: () => Promise<void>): void {
  queue = queue.then(command).catch((error: unknown) => console.error('voskey capture:', error));
}

async function start(options: CaptureOptions): Promise<void> {
  // A start while capturing ends the running capture first: one mic, one stream of frames.
  await current?.stop();
  current = await Microphone.open(api, options);
}

async function stop(): Promise<void> {
  const microphone = current;
  current = undefined;
  await microphone?.stop();
}

api.on('capture:start', (options) => enqueue(() => start(options)));
api.on('capture:stop', () => enqueue(stop));
api.on('capture:list-devices', () =>
  enqueue(async () => {
    api.send('capture:devices', await listDevices().catch(() => []));
  }),
);
