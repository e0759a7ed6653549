// `voskey transcribe` keeps the app's promise: a server that drops mid-stream is
// reconnected and the audio no final covered is sent again, so every word is printed
// once; a server that stays away ends the run with exit 3 after --retry-seconds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { readWav } from '../../electron/audio/wav.js';
import { startBuiltinServer } from '../../electron/engine/server.js';
import { speechFixture } from '../helpers/fixtures.js';
import { wordErrorRate, words } from '../helpers/wer.js';
import { startEchoVoskServer } from '../vosk/helpers/fake-servers.js';
import { collect, startCli } from './run-cli.js';

/** Resolves at the first line on stderr matching `pattern`. */
function lineOn(stream: NodeJS.ReadableStream, pattern: RegExp): Promise<string> {
  return new Promise((resolve) => {
    let seen = '';
    const onData = (chunk: Buffer): void => {
      seen += chunk.toString('utf8');
      const line = seen.split('\n').find((l) => pattern.test(l));
      if (line === undefined) return;
      stream.off('data', onData);
      resolve(line);
    };
    stream.on('data', onData);
  });
}

test('the server is killed mid-sentence and restarted on the same port: every word printed once, exit 0', async (t) => {
  const long = speechFixture('long');
  const pcm = readWav(readFileSync(long.path)).pcm;
  const half = Math.floor(pcm.length / 4) * 2;
  let server = await startBuiltinServer({ engine: 'sphinx' });
  t.after(() => server.close());
  const child = startCli(['transcribe', '-', '--server', server.url, '--partials']);
  const done = collect(child, undefined, 60_000);
  const heardSomething = lineOn(child.stderr, /^… \S/);
  child.stdin.write(pcm.subarray(0, half));
  await heardSomething; // the server is decoding the first half: now pull the plug
  const port = server.port;
  await server.close(); // clients get 1001, new connections are refused
  child.stdin.write(pcm.subarray(half)); // speech goes on while the server is down
  await sleep(300);
  server = await startBuiltinServer({ engine: 'sphinx', port });
  child.stdin.end();
  const result = await done;
  assert.equal(result.code, 0, result.stderr);
  const heard = result.stdout.trim();
  const wer = wordErrorRate(long.text, heard);
  assert.ok(wer <= 0.4, `WER ${(wer * 100).toFixed(0)} % for "${heard}" (said "${long.text}")`);
  for (const w of ['recognition', 'keyboard', 'messages']) assert.ok(words(heard).includes(w), `"${w}" missing from "${heard}"`);
  assert.equal(words(heard).filter((w) => w === 'recognition').length, 1, `nothing printed twice: "${heard}"`);
  assert.match(result.stderr, /Connection lost; reconnecting/, 'the drop really happened, and the user was told');
  assert.match(result.stderr, /connected; sending the audio that was kept/);
});

test('a server that goes away and stays away: exit 3 after --retry-seconds, without waiting for stdin to end', async (t) => {
  const server = await startEchoVoskServer();
  let closed = false;
  t.after(() => (closed ? undefined : server.close()));
  const child = startCli(['transcribe', '-', '--server', server.url, '--partials', '--retry-seconds', '1']);
  const done = collect(child, undefined, 30_000);
  const answered = lineOn(child.stderr, /^… bytes/);
  child.stdin.write(Buffer.alloc(3200 * 3)); // stdin stays open: only giving up can end this
  await answered;
  await server.close(); // drops the client (1006) and refuses every reconnect
  closed = true;
  const result = await done;
  assert.equal(result.code, 3, result.stderr);
  assert.match(result.stderr, /Server error \(connect-timeout\): Could not reach the server for 1 s; giving up\. Last error: Nothing is listening/);
});

test('stdin with a server not up yet: the audio is kept and sent once it is up 4 s later, every word printed, exit 0', async (t) => {
  const weather = speechFixture('weather');
  const pcm = readWav(readFileSync(weather.path)).pcm;
  // A port that is free now and will be the server's in 4 s.
  const probe = await startBuiltinServer({ engine: 'sphinx' });
  const port = probe.port;
  await probe.close();
  const child = startCli(['transcribe', '-', '--server', `ws://127.0.0.1:${port}`, '--retry-seconds', '15']);
  const done = collect(child, undefined, 60_000);
  child.stdin.write(pcm); // the speech happens while nothing listens
  await sleep(4000);
  assert.equal(child.exitCode, null, 'still waiting for the server, not given up');
  const server = await startBuiltinServer({ engine: 'sphinx', port });
  t.after(() => server.close());
  child.stdin.end();
  const result = await done;
  assert.equal(result.code, 0, result.stderr);
  const heard = result.stdout.trim();
  const wer = wordErrorRate(weather.text, heard);
  assert.ok(wer <= 0.3, `WER ${(wer * 100).toFixed(0)} % for "${heard}" (said "${weather.text}")`);
  for (const w of ['weather', 'nice', 'park']) assert.ok(words(heard).includes(w), `"${w}" missing from "${heard}"`);
});
