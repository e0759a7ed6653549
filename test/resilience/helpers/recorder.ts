// An UtteranceListener that records everything, as the dictation session would see it.
import type { StreamStatus, UtteranceListener } from '../../../electron/dictation/ports.js';

export class Recorder implements UtteranceListener {
  readonly partials: string[] = [];
  readonly finals: string[] = [];
  readonly statuses: StreamStatus[] = [];
  readonly errors: Error[] = [];
  private firstPartialWaiters: (() => void)[] = [];

  onPartial(text: string): void {
    this.partials.push(text);
    if (text) for (const wake of this.firstPartialWaiters.splice(0)) wake();
  }
  onFinal(text: string): void {
    this.finals.push(text);
  }
  onStatus(status: StreamStatus): void {
    this.statuses.push(status);
  }
  onError(error: Error): void {
    this.errors.push(error);
  }

  get text(): string {
    return this.finals.join(' ').trim();
  }

  /** Resolves at the next non-empty partial result. */
  nextPartial(): Promise<void> {
    return new Promise((resolve) => this.firstPartialWaiters.push(resolve));
  }

  statusNames(): string[] {
    return this.statuses.map((s) => s.status).filter((s, i, all) => s !== all[i - 1]);
  }
}
