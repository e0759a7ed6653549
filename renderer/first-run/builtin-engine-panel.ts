// The first-run page's panel for choice 1, the built-in engine: says what this computer
// already has (a Vosk model, PocketSphinx, or nothing), offers a Vosk model download with a progress bar, and saves
// an empty server URL (the built-in engine) once the user picks something that works.
import type { EngineKind, SettingsPatch } from '../../electron/settings/types.js';
import type { VoskeyApi } from '../../electron/ipc.js';
import type { DownloadProgress, EngineChoice, ModelsState } from '../../electron/models/types.js';
import { describeProgress, formatBytes, isActive } from '../models/view.js';
import { byId, errorMessage, type Outcome } from './page.js';
import { describeBuiltin, preferredModel } from './words.js';

export class BuiltinEnginePanel {
  readonly #api: VoskeyApi;
  readonly #outcome: Outcome;
  readonly #status = byId<HTMLElement>('builtin-status');
  readonly #use = byId<HTMLButtonElement>('use-builtin');
  readonly #section = byId<HTMLElement>('download');
  readonly #intro = byId<HTMLElement>('download-intro');
  readonly #select = byId<HTMLSelectElement>('model-select');
  readonly #download = byId<HTMLButtonElement>('download-button');
  readonly #progress = byId<HTMLElement>('download-progress');
  readonly #bar = byId<HTMLProgressElement>('download-bar');
  readonly #detail = byId<HTMLElement>('download-detail');
  readonly #error = byId<HTMLElement>('download-error');
  #models: ModelsState = { catalogue: [], installed: [], downloads: [], selected: null };
  #engine: EngineKind = 'sphinx';
  /** The installed Vosk model main reported, named when the user chooses it. */
  #model = '';
  /** The model being downloaded, whose 'models:progress' events this window follows. */
  #following: string | null = null;

  constructor(api: VoskeyApi, outcome: Outcome) {
    this.#api = api;
    this.#outcome = outcome;
    this.#use.addEventListener('click', () => void this.#apply(this.#engine, this.#model));
    this.#select.addEventListener('change', () => this.#labelDownloadButton());
    this.#download.addEventListener('click', () => void this.#downloadSelected());
    api.on('models:progress', (progress) => this.#onProgress(progress));
  }

  /** Shows the engine main found; `models` is null when the model list could not be read. */
  show(engine: EngineChoice, models: ModelsState | null, modelsError?: string): void {
    const verdict = describeBuiltin(engine);
    this.#status.textContent = verdict.text;
    this.#status.dataset.engine = engine.engine;
    this.#use.hidden = engine.engine === 'none';
    if (engine.engine !== 'none') this.#engine = engine.engine;
    if (engine.engine === 'vosk') this.#model = engine.model;
    this.#use.textContent = engine.engine === 'sphinx' ? 'Use PocketSphinx' : 'Use this model';

    // With a Vosk model installed there is nothing to download; otherwise offer one.
    this.#section.hidden = engine.engine === 'vosk';
    this.#intro.textContent =
      engine.engine === 'sphinx'
        ? 'For better accuracy, download a Vosk model (once; it then works offline):'
        : 'Download a Vosk model (once; it then works offline):';
    if (!models) {
      this.#showError(modelsError ?? 'The list of models could not be read.');
      this.#download.disabled = true;
      return;
    }
    this.#models = models;
    this.#fillModels();
    const active = models.downloads.find((d) => isActive(d) && models.catalogue.some((m) => m.name === d.name));
    if (active) {
      // The window was reopened during a download: pick that model up where it is.
      this.#select.value = active.name;
      this.#follow(active);
    }
  }

  #fillModels(): void {
    const { catalogue, installed } = this.#models;
    this.#select.replaceChildren(
      ...catalogue.map((model) => {
        const option = document.createElement('option');
        option.value = model.name;
        const have = installed.some((m) => m.name === model.name) ? ' · installed' : '';
        // Language and size are what a newcomer chooses by; the folder name is in the tooltip.
        option.textContent = `${model.languageName} — ${formatBytes(model.sizeBytes)}${have}`;
        option.title = model.name;
        return option;
      }),
    );
    const preferred = preferredModel(catalogue);
    if (preferred) this.#select.value = preferred.name;
    this.#download.disabled = catalogue.length === 0;
    this.#labelDownloadButton();
  }

  #isInstalled(name: string): boolean {
    return this.#models.installed.some((m) => m.name === name);
  }

  #labelDownloadButton(): void {
    const name = this.#select.value;
    const model = this.#models.catalogue.find((m) => m.name === name);
    if (this.#isInstalled(name)) this.#download.textContent = 'Use this model';
    else this.#download.textContent = model ? `Download (${formatBytes(model.sizeBytes)})` : 'Download';
  }

  async #downloadSelected(): Promise<void> {
    const name = this.#select.value;
    if (!name) return;
    this.#error.hidden = true;
    if (this.#isInstalled(name)) {
      await this.#useModel(name);
      return;
    }
    this.#following = name;
    this.#setBusy(true);
    this.#renderProgress({ name, phase: 'downloading', bytes: 0, total: this.#models.catalogue.find((m) => m.name === name)?.sizeBytes ?? null, rate: 0 });
    try {
      this.#models = await this.#api.invoke('models:download', name);
      const progress = this.#models.downloads.find((d) => d.name === name);
      if (progress) this.#onProgress(progress);
    } catch (error) {
      this.#stopFollowing();
      this.#showError(`The download could not start: ${errorMessage(error)}`);
    }
  }

  #follow(progress: DownloadProgress): void {
    this.#following = progress.name;
    this.#setBusy(true);
    this.#onProgress(progress);
  }

  #onProgress(progress: DownloadProgress): void {
    if (progress.name !== this.#following) return;
    switch (progress.phase) {
      case 'done':
        this.#renderProgress(progress);
        this.#following = null;
        void this.#useModel(progress.name);
        return;
      case 'failed':
        this.#stopFollowing();
        this.#download.textContent = 'Try again';
        this.#showError(describeProgress(progress));
        return;
      case 'cancelled':
        this.#stopFollowing();
        return;
      default:
        this.#renderProgress(progress);
    }
  }

  #renderProgress(progress: DownloadProgress): void {
    this.#progress.hidden = false;
    if (progress.total) {
      this.#bar.max = progress.total;
      this.#bar.value = Math.min(progress.bytes, progress.total);
    } else this.#bar.removeAttribute('value'); // size unknown: an indeterminate bar
    this.#detail.textContent = describeProgress(progress);
  }

  #stopFollowing(): void {
    this.#following = null;
    this.#progress.hidden = true;
    this.#setBusy(false);
  }

  #setBusy(busy: boolean): void {
    this.#download.disabled = busy;
    this.#select.disabled = busy;
    if (busy) this.#download.textContent = 'Downloading…';
    else this.#labelDownloadButton();
  }

  async #useModel(name: string): Promise<void> {
    try {
      this.#models = await this.#api.invoke('models:select', name);
      this.#fillModels();
      this.#select.value = name;
      this.#setBusy(false);
      this.#status.textContent = describeBuiltin({ engine: 'vosk', model: name, modelDir: '' }).text;
      this.#status.dataset.engine = 'vosk';
      this.#model = name;
      await this.#apply('vosk', name);
    } catch (error) {
      this.#setBusy(false);
      this.#showError(`The model was downloaded but could not be selected: ${errorMessage(error)}`);
    }
  }

  /** Saves the built-in engine as the recognizer: an empty server URL means "built-in". */
  async #apply(kind: EngineKind, model: string): Promise<void> {
    const patch: SettingsPatch = { server: { url: '' }, engine: { kind } };
    try {
      const result = await this.#api.invoke('settings:update', patch);
      if (!result.ok) {
        this.#outcome.failed(Object.values(result.errors).join('\n') || 'The settings were not saved.');
        return;
      }
      const what = kind === 'sphinx' ? 'PocketSphinx' : `the Vosk model ${model}`;
      this.#outcome.ready(`Ready: Voskey will recognise your speech on this computer with ${what}.`);
    } catch (error) {
      this.#outcome.failed(errorMessage(error));
    }
  }

  #showError(text: string): void {
    this.#error.textContent = text;
    this.#error.hidden = false;
  }
}
