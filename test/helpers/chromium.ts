// Debian's Chromium through playwright-core: Playwright's own browser download cannot run
// here, and the system browser is the one a tester would use anyway.
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps trying hosts this closed machine
// cannot reach; --no-sandbox because tests run as root.
const QUIET_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

export interface ChromiumOptions {
  /** Play this WAV as the microphone, once (the `%noloop` suffix stops it looping). */
  fakeMicWav?: string;
  /** Run headed on this X display (for typing and clipboard tests). */
  display?: string;
  extraArgs?: string[];
}

export async function launchChromium(options: ChromiumOptions = {}): Promise<Browser> {
  const args = [...QUIET_ARGS, ...(options.extraArgs ?? [])];
  if (options.fakeMicWav) {
    args.push(
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${options.fakeMicWav}%noloop`,
    );
  }
  const launch: LaunchOptions = { executablePath: CHROMIUM_PATH, args, headless: !options.display };
  if (options.display) launch.env = { ...process.env, DISPLAY: options.display };
  return chromium.launch(launch);
}
