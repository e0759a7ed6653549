// The model manager the app talks to: download (resumable), verify and install catalogue
// models, pause/resume/cancel, select, delete, and one progress stream for the panel.
// Main wires these methods to the 'models:*' IPC channels; nothing here imports Electron.

import { mkdir, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CATALOGUE } from './catalogue.js';
import { DownloadError, FileDownload, type FileDownloadOptions } from './download.js';
import { installModelArchive, ModelInstallError } from './install.js';
import { cleanModelLeftovers } from './leftovers.js';
import { describeWriteFailure } from './write-failure.js';
import { ModelLibrary } from './library.js';
import type { CatalogueModel, DownloadProgress, ModelsState } from './types.js';
import type { LogSink } from '../logging/log.js';
import { errorMessage } from '../common/error-message.js';

export interface ModelManagerOptions {
  /** The app's data folder; models live in <dataDir>/models/<name>. */
  dataDir: string;
  catalogue?: readonly CatalogueModel[];
  transfer?: Pick<FileDownloadOptions, 'idleTimeoutMs' | 'maxRetries' | 'retryDelayMs'>;
  /** Progress events closer together than this are merged (phase changes always go out). */
  progressIntervalMs?: number;
  log?: LogSink;
}

interface Job {
  transfer: FileDownload;
  progress: DownloadProgress;
  /** Set right after the job is created; joined by a second download() of the same model. */
  finished?: Promise<DownloadProgress>;
  lastEmit: number;
}

export class ModelManager {
  readonly modelsDir: string;
  readonly library: ModelLibrary;
  private readonly catalogue: readonly CatalogueModel[];
  private readonly jobs = new Map<string, Job>();
  /** Finished downloads stay visible (done/failed) until the next state read after a new start. */
  private readonly results = new Map<string, DownloadProgress>();
  private readonly listeners = new Set<(progress: DownloadProgress) => void>();
  /** Settles once what a killed install left behind is tidied; installs wait for it. */
  readonly leftoversCleaned: Promise<void>;

  constructor(private readonly options: ModelManagerOptions) {
    this.modelsDir = join(options.dataDir, 'models');
    this.library = new ModelLibrary(this.modelsDir);
    this.catalogue = options.catalogue ?? CATALOGUE;
    this.leftoversCleaned = cleanModelLeftovers(this.modelsDir).then((done) => {
      for (const line of done) options.log?.info(`models: ${line}`);
    });
  }

  /** Subscribe to 'models:progress' events; returns the unsubscribe function. */
  onProgress(listener: (progress: DownloadProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  state(): ModelsState {
    const downloads = [...this.results.values(), ...[...this.jobs.values()].map((j) => j.progress)];
    return {
      catalogue: [...this.catalogue],
      installed: this.library.list(),
      downloads,
      selected: this.library.selectedName(),
    };
  }

  /**
   * Starts (or joins) the download of a catalogue model. The promise settles with the last
   * progress: phase 'done', 'failed' (with a message for the user) or 'cancelled'.
   */
  download(name: string): Promise<DownloadProgress> {
    const running = this.jobs.get(name);
    if (running?.finished) return running.finished;
    const model = this.catalogue.find((m) => m.name === name);
    if (!model) {
      return Promise.resolve({ name, phase: 'failed', bytes: 0, total: null, rate: 0, message: `${name} is not in the model list.` });
    }
    this.results.delete(name);
    const partial = join(this.modelsDir, '.downloads', `${name}.zip.part`);
    const job: Job = {
      progress: { name, phase: 'downloading', bytes: 0, total: model.sizeBytes, rate: 0 },
      lastEmit: 0,
      transfer: new FileDownload({
        ...this.options.transfer,
        url: model.url,
        dest: partial,
        expectedSize: model.sizeBytes,
        onProgress: (p) => {
          const phase = job.transfer.paused ? 'paused' : 'downloading';
          this.update(job, { ...p, phase });
        },
      }),
    };
    this.jobs.set(name, job);
    const finished = this.run(job, model, partial);
    job.finished = finished;
    return finished;
  }

  pause(name: string): void {
    this.jobs.get(name)?.transfer.pause();
  }

  resume(name: string): void {
    const job = this.jobs.get(name);
    if (!job) return;
    job.transfer.resume();
    this.update(job, { phase: 'downloading' });
  }

  cancel(name: string): void {
    this.jobs.get(name)?.transfer.cancel();
  }

  select(name: string): ModelsState {
    this.library.select(name);
    return this.state();
  }

  delete(name: string): ModelsState {
    if (this.jobs.has(name)) throw new Error(`${name} is still downloading; cancel it first.`);
    this.library.delete(name);
    return this.state();
  }

  private async run(job: Job, model: CatalogueModel, partial: string): Promise<DownloadProgress> {
    const { name } = model;
    try {
      await mkdir(join(this.modelsDir, '.downloads'), { recursive: true });
      this.options.log?.info(`downloading ${name} from ${model.url}`);
      await job.transfer.run();
      await this.leftoversCleaned;
      this.update(job, { phase: 'verifying', rate: 0 });
      await installModelArchive(partial, this.modelsDir, name, {
        expectedSize: model.sizeBytes,
        sha256: model.sha256,
        onUnpacking: () => this.update(job, { phase: 'unpacking' }),
      });
      await rm(partial, { force: true });
      // The first model installed becomes the selected one, so dictation works right away.
      if (this.library.selectedName() === null) this.library.select(name);
      this.update(job, { phase: 'done', rate: 0 });
      this.options.log?.info(`installed ${name}`);
    } catch (error) {
      if (error instanceof DownloadError && error.reason === 'cancelled') {
        this.update(job, { phase: 'cancelled', rate: 0, bytes: 0 });
      } else {
        // A bad archive is deleted so the next attempt starts clean; a network failure keeps
        // the partial file so the next attempt resumes it.
        const badArchive = error instanceof ModelInstallError || (error instanceof DownloadError && error.reason === 'too-large');
        if (badArchive) await rm(partial, { force: true });
        const message =
          error instanceof ModelInstallError || error instanceof DownloadError
            ? error.message + (badArchive ? '' : ' Press Download to resume.')
            : `Could not install ${name}: ${
                typeof (error as NodeJS.ErrnoException).code === 'string'
                  ? `${describeWriteFailure(error as NodeJS.ErrnoException, this.modelsDir)}.` // EACCES, ENOSPC, … in words
                  : errorMessage(error)
              }`;
        this.update(job, { phase: 'failed', rate: 0, message });
        this.options.log?.warn(`download of ${name} failed: ${message}`);
      }
    } finally {
      this.jobs.delete(name);
      this.results.set(name, job.progress);
      await rmdir(join(this.modelsDir, '.downloads')).catch(() => undefined); // only if empty
    }
    return job.progress;
  }

  private update(job: Job, change: Partial<DownloadProgress>): void {
    const phaseChanged = change.phase !== undefined && change.phase !== job.progress.phase;
    job.progress = { ...job.progress, ...change };
    const now = Date.now();
    if (!phaseChanged && now - job.lastEmit < (this.options.progressIntervalMs ?? 100)) return;
    job.lastEmit = now;
    for (const listener of this.listeners) listener(job.progress);
  }
}
