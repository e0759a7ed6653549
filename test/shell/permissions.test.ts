import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { INVOKE_CHANNELS, MAIN_EVENTS, RENDERER_EVENTS } from '../../electron/ipc.js';
import { pageFromUrl, pageHtmlPath, PAGE_NAMES } from '../../electron/shell/page-location.js';
import { allowsPermission, channelsPermitted, checkSender, isPermitted, pagesPermitted } from '../../electron/shell/permissions.js';

const dist = '/opt/Voskey/resources/app/dist';
const urlOf = (page: (typeof PAGE_NAMES)[number]) => pathToFileURL(pageHtmlPath(page, dist)).href;

test('every page file URL maps back to its page, with query and hash ignored', () => {
  for (const page of PAGE_NAMES) {
    assert.equal(pageFromUrl(urlOf(page), dist), page);
    assert.equal(pageFromUrl(`${urlOf(page)}?x=1#top`, dist), page);
  }
  // The capture page lives with the audio code, not in a folder of its own.
  assert.equal(pageFromUrl(pathToFileURL(join(dist, 'renderer/audio/capture.html')).href, dist), 'capture');
  assert.equal(pageFromUrl(pathToFileURL(join(dist, 'renderer/capture/capture.html')).href, dist), null);
});

test('foreign URLs are not Voskey pages', () => {
  for (const url of [
    'https://evil.example/renderer/settings/settings.html',
    pathToFileURL(join(dist, 'renderer/settings/other.html')).href,
    pathToFileURL('/tmp/renderer/settings/settings.html').href,
    `file://${dist}/renderer/capture/../settings/settings.html/..`,
    'not a url',
    'about:blank',
  ]) {
    assert.equal(pageFromUrl(url, dist), null, url);
  }
});

test('every channel in the contract is usable by at least one page', () => {
  for (const c of INVOKE_CHANNELS) assert.ok(pagesPermitted('invoke', c).length > 0, c);
  for (const c of RENDERER_EVENTS) assert.ok(pagesPermitted('send', c).length > 0, c);
  for (const c of MAIN_EVENTS) assert.ok(pagesPermitted('receive', c).length > 0, c);
});

test('pages get only what their job needs', () => {
  assert.deepEqual(pagesPermitted('send', 'capture:frame'), ['capture']);
  assert.equal(isPermitted('capture', 'invoke', 'settings:get'), false);
  assert.equal(isPermitted('settings', 'send', 'capture:frame'), false);
  assert.equal(isPermitted('overlay', 'invoke', 'history:clear'), false);
  assert.equal(isPermitted('transcript', 'invoke', 'settings:update'), false);
  assert.equal(isPermitted('settings', 'invoke', 'settings:update'), true);
  assert.equal(isPermitted('transcript', 'invoke', 'history:delete'), true);
  // Model downloads and deletions belong to the two pages with model controls, not to settings.
  assert.deepEqual(pagesPermitted('invoke', 'models:delete'), ['first-run', 'models']);
  assert.deepEqual(pagesPermitted('receive', 'models:progress'), ['first-run', 'models']);
});

test("each page's whole grant is exactly what its job needs", () => {
  // The review table: a channel given to one more page makes this fail, whoever declared it.
  const settingsEditor = ['settings:get', 'settings:update', 'settings:test-connection', 'audio:list-devices', 'app:info'];
  const models = ['models:state', 'models:download', 'models:pause', 'models:resume', 'models:cancel', 'models:select', 'models:delete'];
  assert.deepEqual(channelsPermitted('settings', 'invoke'), settingsEditor);
  assert.deepEqual(channelsPermitted('first-run', 'invoke'), [...settingsEditor, 'first-run:finish', ...models]);
  assert.deepEqual(channelsPermitted('models', 'invoke'), models);
  assert.deepEqual(channelsPermitted('overlay', 'invoke'), ['overlay:get-state']);
  assert.deepEqual(channelsPermitted('capture', 'invoke'), []);
  assert.deepEqual(channelsPermitted('transcript', 'invoke'), [
    'history:list',
    'history:delete',
    'history:clear',
    'history:copy',
    'history:export',
    'history:archives',
    'history:export-archive',
    // Issue 24: an entry's other readings, listed and copied from the transcript.
    'history:alternatives',
    'history:copy-alternative',
    'dictation:toggle',
  ]);
  for (const page of PAGE_NAMES.filter((p) => p !== 'capture')) assert.deepEqual(channelsPermitted(page, 'send'), [], page);
  assert.deepEqual(channelsPermitted('capture', 'send'), ['capture:frame', 'capture:level', 'capture:ended', 'capture:devices', 'capture:started']);
  assert.deepEqual(channelsPermitted('capture', 'receive'), ['capture:start', 'capture:stop', 'capture:list-devices', 'capture:prepare']);
  assert.deepEqual(channelsPermitted('settings', 'receive'), ['settings:changed']);
  assert.deepEqual(channelsPermitted('first-run', 'receive'), ['settings:changed', 'models:progress']);
  assert.deepEqual(channelsPermitted('models', 'receive'), ['models:progress']);
  assert.deepEqual(channelsPermitted('transcript', 'receive'), ['history:changed']);
  assert.deepEqual(channelsPermitted('overlay', 'receive'), ['overlay:state']);
});

test('the settings page is granted none of the models:* channels', () => {
  for (const kind of ['invoke', 'receive'] as const) {
    assert.deepEqual(channelsPermitted('settings', kind).filter((c) => c.startsWith('models:')), [], kind);
  }
});

test('names that are not declared channels are refused, inherited object keys included', () => {
  for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'settings:get ', 'models:*']) {
    for (const page of PAGE_NAMES) {
      assert.equal(isPermitted(page, 'invoke', name), false, `${page} ${name}`);
      assert.equal(isPermitted(page, 'receive', name), false, `${page} ${name}`);
    }
    assert.deepEqual(pagesPermitted('send', name), [], name);
  }
});

test('sender check: only the main frame of our own window, showing its own page, on a permitted channel', () => {
  const good = { registeredPage: 'settings', framePage: 'settings', isMainFrame: true } as const;
  assert.deepEqual(checkSender(good, 'invoke', 'settings:update'), { ok: true, page: 'settings' });
  const refusals = [
    checkSender({ ...good, registeredPage: null }, 'invoke', 'settings:update'),
    checkSender({ ...good, isMainFrame: false }, 'invoke', 'settings:update'),
    checkSender({ ...good, framePage: null }, 'invoke', 'settings:update'),
    checkSender({ ...good, framePage: 'transcript' }, 'invoke', 'settings:update'),
    checkSender(good, 'invoke', 'history:clear'),
    checkSender(good, 'send', 'capture:frame'),
  ];
  for (const verdict of refusals) {
    assert.equal(verdict.ok, false);
    if (!verdict.ok) assert.match(verdict.reason, /\S/);
  }
});

test('only the capture page may use the microphone, and never the camera', () => {
  assert.equal(allowsPermission('capture', 'media', ['audio']), true);
  assert.equal(allowsPermission('capture', 'media', ['audio', 'video']), false);
  assert.equal(allowsPermission('capture', 'geolocation'), false);
  assert.equal(allowsPermission('settings', 'media', ['audio']), false);
  assert.equal(allowsPermission(null, 'media', ['audio']), false);
});
