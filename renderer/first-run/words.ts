// What the first-run window says, as pure functions (no DOM): the hotkey sentence, the
// built-in engine's state, the probe's verdict and the model picked for a newcomer.
import type { ConnectionProbe } from '../../electron/vosk/probe-result.js';
import type { CatalogueModel, EngineChoice } from '../../electron/models/types.js';
import type { HotkeyMode } from '../../electron/settings/types.js';
import { describeProbe } from '../settings/probe-text.js';

export function hotkeySentence(accelerator: string, mode: HotkeyMode): string {
  const key = accelerator.trim() || 'the hotkey';
  return mode === 'toggle'
    ? `Press ${key}, speak, and press it again: Voskey types your words into the window you are working in.`
    : `Hold ${key} while you speak and let go: Voskey types your words into the window you are working in.`;
}

export type BuiltinVerdict = { usable: boolean; text: string };

export function describeBuiltin(choice: EngineChoice): BuiltinVerdict {
  switch (choice.engine) {
    case 'vosk':
      return { usable: true, text: `The Vosk model ${choice.model} is installed and ready.` };
    case 'sphinx':
      return {
        usable: true,
        text: 'PocketSphinx is installed on this computer: usable now, but less accurate than a Vosk model.',
      };
    case 'none':
      return { usable: false, text: choice.message || 'No speech model is installed yet.' };
  }
}

/**
 * The probe's verdict in words. The settings page's wording serves, except where it points
 * at controls this window does not have (the "allow insecure" box) or is too vague for a
 * newcomer who just typed an address.
 */
export function describeFirstRunProbe(probe: ConnectionProbe): string {
  if (probe.ok) return `✓ ${describeProbe(probe)}`;
  const own: Partial<Record<typeof probe.problem, string>> = {
    'bad-url': 'Wrong address: no Vosk server was found there. Check the URL (for a Space: wss://owner-space.hf.space).',
    insecure:
      'Unencrypted ws:// to another computer is blocked: your voice would cross the network in clear text. Use wss://, or allow it later in Settings.',
  };
  const text = own[probe.problem];
  if (!text) return describeProbe(probe);
  return probe.detail ? `${text} (${probe.detail})` : text;
}

/** English for a newcomer (US first, then the smallest), else the first model listed. */
export function preferredModel(catalogue: readonly CatalogueModel[]): CatalogueModel | undefined {
  const english = catalogue.filter((m) => m.language.toLowerCase().startsWith('en'));
  const bySize = (a: CatalogueModel, b: CatalogueModel) => (a.sizeBytes ?? Infinity) - (b.sizeBytes ?? Infinity);
  return english.filter((m) => m.language.toLowerCase() === 'en-us').sort(bySize)[0] ?? english.sort(bySize)[0] ?? catalogue[0];
}

