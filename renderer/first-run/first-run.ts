// The first-run window: one sentence about Voskey and its hotkey, then two ways to recognise
// speech (the built-in engine, or a Vosk server). "Start dictating" becomes available once
// a working setup is saved (or already exists); "Skip for now" closes the window as is.
import type { ModelsState } from '../../electron/models/types.js';
import { voskeyApi } from '../shared/voskey.js';
import { BuiltinEnginePanel } from './builtin-engine-panel.js';
import { byId, errorMessage, type Outcome } from './page.js';
import { ServerPanel } from './server-panel.js';
import { hotkeySentence } from './words.js';

type Choice = 'builtin' | 'server';

const api = voskeyApi();
const banner = byId<HTMLElement>('general-error');
const readyLine = byId<HTMLElement>('ready');
const finish = byId<HTMLButtonElement>('finish');
const skip = byId<HTMLButtonElement>('skip');
const panels: Record<Choice, HTMLElement> = { builtin: byId('builtin-panel'), server: byId('server-panel') };

const outcome: Outcome = {
  ready(text) {
    banner.hidden = true;
    readyLine.textContent = text;
    finish.disabled = false;
    finish.focus();
  },
  failed(text) {
    banner.textContent = text;
    banner.hidden = false;
  },
};

const builtin = new BuiltinEnginePanel(api, outcome);
const server = new ServerPanel(api, outcome, banner);

function choose(choice: Choice): void {
  for (const [name, panel] of Object.entries(panels)) panel.hidden = name !== choice;
  byId<HTMLInputElement>(`choice-${choice}`).checked = true;
}

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="choice"]')) {
  radio.addEventListener('change', () => {
    if (radio.checked) choose(radio.value as Choice);
  });
}

async function close(): Promise<void> {
  finish.disabled = true;
  skip.disabled = true;
  try {
    await api.invoke('first-run:finish');
  } catch (error) {
    outcome.failed(`Could not close this window: ${errorMessage(error)}`);
    skip.disabled = false;
    finish.disabled = readyLine.textContent === '';
  }
}
finish.addEventListener('click', () => void close());
skip.addEventListener('click', () => void close());

async function start(): Promise<void> {
  const [settings, info] = await Promise.all([api.invoke('settings:get'), api.invoke('app:info')]);
  // The model list is only needed for a download: without it the rest of the window still works.
  let models: ModelsState | null = null;
  let modelsError: string | undefined;
  try {
    models = await api.invoke('models:state');
  } catch (error) {
    modelsError = `The list of models could not be read: ${errorMessage(error)}`;
  }
  byId('hotkey-sentence').textContent = hotkeySentence(settings.hotkey.accelerator, settings.hotkey.mode);
  builtin.show(info.builtinEngine, models, modelsError);
  server.show(settings.server.url);
  if (settings.server.url) choose('server');
  else if (info.builtinEngine.engine !== 'none') {
    // Nothing to set up: the built-in engine works as things are.
    readyLine.textContent = '';
    finish.disabled = false;
  }
}

start()
  .catch((error: unknown) => outcome.failed(`Voskey could not read its settings: ${errorMessage(error)}`))
  .finally(() => {
    document.body.dataset.ready = 'true';
  });
