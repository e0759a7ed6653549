// The shape of Voskey's settings, and of a change to them. Pure types: pages import them
// (type-only), and electron/ipc.ts uses them in the settings:* channels.
// Schema, defaults and migrations live beside this file (schema.ts, defaults.ts, migrate.ts).

export type HotkeyMode = 'hold' | 'toggle';
export type TypingMethod = 'auto' | 'paste' | 'keystrokes';
export type PasteKeys = 'auto' | 'ctrl+v' | 'ctrl+shift+v' | 'shift+insert';
export type EngineKind = 'sphinx' | 'vosk';
export type OverlayPosition = 'tray' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

export interface Replacement {
  from: string;
  to: string;
}

/** Languages the formatter has rules for. */
export type DictationLanguage = 'en' | 'de' | 'fr' | 'es';
/** 'auto': the language of the active speech model (the server's language for a server URL). */
export type FormattingLanguage = 'auto' | DictationLanguage;

export interface FormattingSettings {
  language: FormattingLanguage;
  spacing: boolean;
  capitals: boolean;
  punctuation: boolean;
  commands: boolean;
  numbers: boolean;
  /** Applied to final text, e.g. "voss key" → "Voskey". */
  replacements: Replacement[];
  /** Sent to the server as `phrase_list` when non-empty. */
  phraseList: string[];
  // Rule families (issue 12); each can be switched off.
  /** "cap hello", "all caps nasa", "no caps iphone", "caps on … caps off". */
  capitalCommands: boolean;
  /** "no space" joins the words on either side. */
  spacingCommands: boolean;
  /** "at sign" @, "underscore" _, "slash" /, "hashtag" #, "ampersand" &, … */
  symbols: boolean;
  /** "example dot com" → example.com; "ada at sign example dot com" → ada@example.com. */
  addresses: boolean;
  /** "eleventh" → 11th, "twenty first" → 21st ("first" … "tenth" stay words). */
  ordinals: boolean;
  /** "three thirty pm" → 3:30 PM, "five o'clock" → 5 o'clock. */
  times: boolean;
  /** Month and weekday names capitalised; "march third twenty twenty six" → March 3, 2026. */
  dates: boolean;
  /** "five dollars" → $5, "twenty five dollars and fifty cents" → $25.50, "three euros" → €3. */
  money: boolean;
  /** 35,000 and 1,250,000 (five digits and more; 2026 and 3500 stay as they are). */
  digitGrouping: boolean;
  /** Capitals a dictionary knows: names, places, languages ("peter" → Peter, "rome" → Rome),
   *  German nouns ("mutter" → Mutter); words written both ways only where context decides. */
  trueCase: boolean;
  /** Editing commands (issue 24): "replace X with Y", "delete last sentence" ("undo that" then only takes back dictation). */
  editCommands: boolean;
}

export interface Settings {
  schemaVersion: number;
  server: {
    /** ws:// or wss:// URL of a Vosk server; empty means the built-in engine. */
    url: string;
    /** ws:// (unencrypted) to a host that is not this machine needs this explicit opt-in. */
    allowInsecureRemote: boolean;
    /**
     * When the server is unreachable or busy (1013), dictate with the built-in engine
     * meanwhile, if one is installed; the overlay says so.
     */
    fallbackToBuiltin: boolean;
    /** The language the server's model recognises: formatting follows it when set to 'auto'. */
    language: DictationLanguage;
  };
  engine: {
    kind: EngineKind;
    /** Vosk model folder for the vosk engine; empty means the selected downloaded model. */
    modelDir: string;
  };
  hotkey: {
    /** Electron accelerator syntax, e.g. "Control+Alt+Space". */
    accelerator: string;
    mode: HotkeyMode;
    /** A lost key-up ends the utterance after this long. */
    maxUtteranceSeconds: number;
  };
  typing: {
    method: TypingMethod;
    pasteKeys: PasteKeys;
  };
  audio: {
    /** MediaDeviceInfo.deviceId; empty means the system default. */
    deviceId: string;
    frameMs: number;
    echoCancellation: boolean;
    noiseSuppression: boolean;
    autoGainControl: boolean;
    /** Hold the microphone open between utterances, so the first word is never clipped. */
    keepReady: boolean;
    /** With keepReady: audio from this long before the key press starts each utterance. */
    preRollMs: number;
  };
  formatting: FormattingSettings;
  overlay: { position: OverlayPosition };
  connection: {
    /** Audio kept for replay after a drop; the user is told when it overflows. */
    bufferSeconds: number;
    /** Close a warm socket after this long without dictation. */
    idleCloseSeconds: number;
  };
  history: { maxEntries: number };
  startAtLogin: boolean;
  /** Live typing (electron/dictation/live/): words typed while speaking, or only when final. */
  live: {
    mode: LiveMode;
    /** Per application: WM_CLASS (or app name) contains `app`, case-insensitive; the first match wins. */
    apps: AppOutputMode[];
  };
  /** Spoken key commands ("press enter", "delete last word"). */
  keyCommands: { enabled: boolean };
  /** Toggle mode: stop by itself after this many seconds without speech; 0 = never. */
  handsFree: { autoStopSeconds: number };
  /** Words the recognizer is unsure of, marked where they are shown, never in typed text (issue 24). */
  confidence: {
    /** Mark words below this confidence, in percent; 0 = off. */
    markBelowPercent: number;
    /** Mark them in the tray transcript too, not only in the overlay. */
    inTranscript: boolean;
  };
  /** What the recognizer is asked for besides the words. */
  recognition: {
    /** Alternatives per final for "correct that" (max_alternatives); 0 asks for none. */
    alternatives: number;
  };
}

export type LiveMode = 'off' | 'live';

export interface AppOutputMode {
  app: string;
  mode: 'live' | 'final';
}

/** What the renderer sees: never the token itself, only whether one is stored. */
export interface PublicSettings extends Settings {
  hasToken: boolean;
}

export interface SettingsUpdateResult {
  ok: boolean;
  settings: PublicSettings;
  /** One message per refused field, e.g. {"hotkey.accelerator": "…"}. */
  errors: Record<string, string>;
}

/** Deep partial, for settings patches. */
export type SettingsPatch = {
  [K in keyof Settings]?: Settings[K] extends object ? Partial<Settings[K]> : Settings[K];
} & { token?: string | null };
