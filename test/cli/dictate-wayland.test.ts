// `voskey dictate` on Wayland, black-box, in a headless sway session: the real command
// types into a real Chromium window on its Wayland backend (wtype, chosen because sway
// offers the virtual-keyboard protocol), and hold-to-talk through sway's own key bindings:
// a chord held on wtype's virtual keyboard makes sway run `voskey control begin` on press
// (`bindsym --no-repeat`) and `voskey control end` on release (`bindsym --release`), and
// only the words spoken while it is held are typed. Voskey runs as the session's user, as
// it would on a desktop: sway runs its bindings as that user, and the control channel
// answers only its own user.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { readWav } from '../../electron/audio/wav.js';
import { isOnPath } from '../../electron/desktop/find-executable.js';
import { speechFixture } from '../helpers/fixtures.js';
import { feedLikeAMicrophone } from '../helpers/paced-speech.js';
import { asSessionUser, startSway, swayUnavailable, type SwaySession } from '../helpers/sway.js';
import { openChromium, type ChromiumTarget } from '../helpers/wayland-targets.js';
import { wordErrorRate, words } from '../helpers/wer.js';
import { cliArgv, collect } from './run-cli.js';

const unavailable = swayUnavailable() ?? (['wtype', 'wl-copy'].find((t) => !isOnPath(t)) ? 'wtype or wl-clipboard is not installed' : undefined);
if (unavailable) console.log(`skipping voskey dictate on Wayland: ${unavailable}`);

const pcmOf = (name: string): Uint8Array => readWav(readFileSync(speechFixture(name).path)).pcm;
const CHORD = 'Ctrl+Alt+space';

describe('voskey dictate on Wayland (headless sway)', { skip: unavailable }, () => {
  let sway: SwaySession;
  let chromium: ChromiumTarget;
  let controlLog: string;

  /** `voskey ARGS` as the session's user, with the environment sway gives its bindings. */
  const voskey = (args: string[]) => {
    const [command, ...rest] = asSessionUser(cliArgv(args));
    return spawn(command!, rest, { env: sway.userEnv, cwd: '/' });
  };

  before(async () => {
    // What the README tells a sway user to add, plus a line in a log once each command has
    // finished, so the test knows when the compositor's command has reached Voskey.
    sway = await startSway({
      config: (dir) => {
        controlLog = join(dir, 'control.log');
        const control = (action: string) => `${cliArgv(['control', action]).join(' ')} >> ${controlLog} 2>&1 && echo ${action}-done >> ${controlLog}`;
        return [`bindsym --no-repeat ${CHORD} exec ${control('begin')}`, `bindsym --release ${CHORD} exec ${control('end')}`].join('\n');
      },
    });
    chromium = await openChromium(sway);
  });
  after(async () => {
    await chromium?.close();
    await sway?.stop();
  });

  it('dictate - types what was said into the focused Wayland window, and exits 0', async () => {
    await chromium.focus();
    const child = voskey(['dictate', '-', '--no-settings']);
    const result = await collect(child, pcmOf('multi'), 180_000);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '', 'nothing was left untyped');
    // The command exits once the last text is typed: the window holds it now.
    const typed = await chromium.value();
    const wer = wordErrorRate(speechFixture('multi').text, typed.toLowerCase().replace(/[.,!?]/g, ''));
    assert.ok(wer <= 0.35, `WER ${wer.toFixed(2)} typing "${typed}"`);
  });

  it('hold-to-talk: a chord bound in sway begins and ends dictation, and only the words said while it is held are typed', async (t) => {
    await chromium.focus();
    const child = voskey(['dictate', '-', '--push-to-talk', '--no-settings']);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const done = collect(child, undefined, 180_000);
    const mic = feedLikeAMicrophone(child.stdin);
    while (!/ready; dictating between/.test(stderr)) {
      assert.equal(child.exitCode, null, stderr);
      await sleep(50);
    }
    const logged = () => (existsSync(controlLog) ? readFileSync(controlLog, 'utf8') : '');
    const waitForLog = async (line: string) => {
      const deadline = Date.now() + 30_000;
      while (!logged().includes(line)) {
        assert.ok(Date.now() < deadline, `sway's binding never finished "${line}": ${logged()}`);
        await sleep(50);
      }
    };

    await mic.say(pcmOf('morning')); // nothing held: read and dropped
    // One wtype process holds the chord (its virtual keyboard releases every key when it
    // exits): pressed now, released after `holdMs`. `voskey control begin` starts in about
    // 2.5 s under tsx on this loaded machine (milliseconds for an installed build), so the
    // hold covers that, the sentence, and a second of silence for its last word.
    const weather = pcmOf('weather');
    const holdMs = 8000 + (weather.length / 32_000) * 1000 + 1500;
    const pressed = Date.now();
    const chord = spawn('wtype', ['-M', 'ctrl', '-M', 'alt', '-P', 'space', '-s', String(Math.round(holdMs)), '-p', 'space', '-m', 'alt', '-m', 'ctrl'], { env: sway.env });
    const released = new Promise((resolve) => chord.once('exit', resolve));
    await waitForLog('begin-done');
    const began = Date.now() - pressed;
    assert.ok(began < 8000, `voskey control begin took ${began} ms, longer than the chord is held for before speech`);
    await mic.say(weather);
    await released;
    await waitForLog('end-done');
    await mic.say(pcmOf('numbers')); // released: dropped
    await sleep(1000);
    await mic.end();
    const result = await done;
    assert.equal(result.code, 0, result.stderr);
    const typed = (await chromium.value()).toLowerCase();
    t.diagnostic(`typed: ${typed}; control: ${logged().trim().replace(/\n/g, ' | ')}`);
    const typedWords = new Set(words(typed));
    for (const word of ['weather', 'nice', 'park']) assert.ok(typedWords.has(word), `"${word}" was said while the chord was held: ${typed}`);
    for (const word of ['morning', 'everyone', 'meeting', 'please', 'evening']) assert.ok(!typedWords.has(word), `"${word}" was said while nothing was held: ${typed}`);
  });
});
