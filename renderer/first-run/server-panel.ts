// Choice 2, a Vosk server: address and optional token, "Test connection" with the verdict
// in words, and Save. The address is checked here first (empty, wrong scheme, spaces) with
// the same rules and messages as the rest of the app, so a typo never reaches the network;
// whether ws:// to another machine is allowed is main's call (it knows the setting).
import type { SettingsPatch } from '../../electron/settings/types.js';
import type { VoskeyApi } from '../../electron/ipc.js';
import { validateServerUrl } from '../../electron/vosk/url.js';
import { FieldErrors } from '../settings/field-errors.js';
import { byId, errorMessage, type Outcome } from './page.js';
import { describeFirstRunProbe } from './words.js';

const URL_KEY = 'server.url';
const TOKEN_KEY = 'token';

export class ServerPanel {
  readonly #api: VoskeyApi;
  readonly #outcome: Outcome;
  readonly #form = byId<HTMLFormElement>('server-form');
  readonly #url = byId<HTMLInputElement>('server-url');
  readonly #token = byId<HTMLInputElement>('server-token');
  readonly #test = byId<HTMLButtonElement>('test-connection');
  readonly #save = byId<HTMLButtonElement>('save-server');
  readonly #probe = byId<HTMLElement>('probe-result');
  readonly #errors: FieldErrors;

  constructor(api: VoskeyApi, outcome: Outcome, banner: HTMLElement) {
    this.#api = api;
    this.#outcome = outcome;
    this.#errors = new FieldErrors(this.#form, banner);
    this.#test.addEventListener('click', () => void this.#testConnection());
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#saveServer();
    });
  }

  show(url: string): void {
    this.#url.value = url;
  }

  /** The trimmed address if it passes the local checks; otherwise shows why beside the field. */
  #checkedUrl(): string | null {
    const typed = this.#url.value.trim();
    // allowInsecureRemote: true — only the shape is judged here; main decides about ws://.
    const check = validateServerUrl(typed, true);
    if (!check.ok) {
      this.#errors.show({ [URL_KEY]: check.message }, [URL_KEY]);
      this.#url.focus();
      return null;
    }
    this.#errors.show({}, [URL_KEY]);
    return typed;
  }

  async #testConnection(): Promise<void> {
    this.#probe.removeAttribute('data-ok');
    this.#probe.removeAttribute('data-problem');
    const url = this.#checkedUrl();
    if (url === null) {
      this.#probe.textContent = '';
      return;
    }
    this.#probe.textContent = 'Testing…';
    this.#test.disabled = true;
    try {
      const token = this.#token.value;
      const probe = token
        ? await this.#api.invoke('settings:test-connection', url, token)
        : await this.#api.invoke('settings:test-connection', url);
      this.#probe.textContent = describeFirstRunProbe(probe);
      this.#probe.dataset.ok = String(probe.ok);
      if (!probe.ok) this.#probe.dataset.problem = probe.problem;
    } catch (error) {
      this.#probe.textContent = `The test itself failed: ${errorMessage(error)}`;
      this.#probe.dataset.ok = 'false';
    } finally {
      this.#test.disabled = false;
    }
  }

  async #saveServer(): Promise<void> {
    const url = this.#checkedUrl();
    if (url === null) return;
    const token = this.#token.value;
    // An empty token field means "no token", not "remove a stored one": leave it out.
    const patch: SettingsPatch = token ? { server: { url }, token } : { server: { url } };
    this.#save.disabled = true;
    try {
      const result = await this.#api.invoke('settings:update', patch);
      this.#errors.show(result.errors, [URL_KEY, TOKEN_KEY]);
      if (result.ok) {
        this.#token.value = '';
        const tokenNote = result.settings.hasToken ? ' with your access token' : '';
        this.#outcome.ready(`Saved: Voskey will use ${result.settings.server.url}${tokenNote}.`);
      }
    } catch (error) {
      this.#outcome.failed(`Could not save: ${errorMessage(error)}`);
    } finally {
      this.#save.disabled = false;
    }
  }
}
