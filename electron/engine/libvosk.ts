// A RecognizerEngine backed by libvosk.so from the npm `vosk` package, loaded through
// koffi (the package's own ffi-napi binding does not build on current Node). libvosk
// speaks the Vosk result JSON already, so results are parsed with the wire-format parser.
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseReply, type FinalReply, type VoskReply } from '../vosk/protocol.js';
import { loadNativeLibrary, requirePointer } from './native-library.js';
import type { Recognizer, RecognizerEngine, RecognizerOptions } from './recognizer.js';

// On Windows libvosk.dll needs the MinGW runtime DLLs beside it (libgcc_s_seh-1,
// libstdc++-6, libwinpthread-1); koffi.load finds them there without a PATH change, because
// it retries with LoadLibraryExW(LOAD_LIBRARY_SEARCH_DLL_LOAD_DIR) (koffi src/koffi/src/win32.cc).
const LIBRARY_FOLDERS: Partial<Record<string, string>> = {
  'linux-x64': 'linux-x86_64/libvosk.so',
  'darwin-x64': 'osx-universal/libvosk.dylib',
  'darwin-arm64': 'osx-universal/libvosk.dylib',
  'win32-x64': 'win-x86_64/libvosk.dll',
};

/** Where the npm `vosk` package keeps libvosk for this platform. */
export function libvoskPath(): string {
  const relative = LIBRARY_FOLDERS[`${process.platform}-${process.arch}`];
  if (!relative) throw new Error(`the vosk package has no libvosk for ${process.platform}-${process.arch}`);
  let packageJson: string;
  try {
    packageJson = createRequire(import.meta.url).resolve('vosk/package.json');
  } catch {
    throw new Error('the npm package "vosk" is not installed (it ships libvosk); run npm install');
  }
  return unpackedPath(join(dirname(packageJson), 'lib', relative));
}

/**
 * Inside a packaged app, node_modules lives in resources/app.asar, an archive that Electron's
 * fs patches can read but the system loader cannot: Electron unpacks on the fly only for its
 * own process.dlopen and child_process (docs/tutorial/asar-archives.md, "Extra Unpacking on
 * Some APIs"), not for koffi's dlopen/LoadLibrary. electron-builder puts the files matched
 * by `asarUnpack` beside the archive in app.asar.unpacked ("Adding Unpacked Files to ASAR
 * archives"), so the library's real path is the same path with that folder name.
 * Works with both separators; a path outside an archive is returned unchanged.
 */
export function unpackedPath(path: string): string {
  return path.replace(/([\\/])app\.asar(?=[\\/])/, '$1app.asar.unpacked');
}

/**
 * vosk_model_new aborts the whole process on some broken folders, so check the files a
 * Kaldi model cannot work without before handing the path over.
 */
export function checkVoskModelDir(modelDir: string): string {
  const dir = resolve(modelDir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`Vosk model folder ${dir} does not exist`);
  for (const required of ['am/final.mdl', 'conf/model.conf']) {
    if (!existsSync(join(dir, required))) {
      throw new Error(`${dir} is not a Vosk model folder: ${required} is missing`);
    }
  }
  return dir;
}

type NativeFunction = (...args: unknown[]) => unknown;
type Pointer = object;

function bindVosk() {
  const lib = loadNativeLibrary(libvoskPath(), 'reinstall the npm package "vosk"');
  const f = (signature: string) => lib.func(signature) as NativeFunction;
  return {
    setLogLevel: f('void vosk_set_log_level(int level)'),
    modelNew: f('void *vosk_model_new(const char *path)'),
    modelFree: f('void vosk_model_free(void *model)'),
    recognizerNew: f('void *vosk_recognizer_new(void *model, float rate)'),
    recognizerNewGrammar: f('void *vosk_recognizer_new_grm(void *model, float rate, const char *grammar)'),
    setWords: f('void vosk_recognizer_set_words(void *rec, int words)'),
    setMaxAlternatives: f('void vosk_recognizer_set_max_alternatives(void *rec, int max)'),
    acceptWaveform: f('int vosk_recognizer_accept_waveform_s(void *rec, const int16_t *data, int length)'),
    result: f('const char *vosk_recognizer_result(void *rec)'),
    partialResult: f('const char *vosk_recognizer_partial_result(void *rec)'),
    finalResult: f('const char *vosk_recognizer_final_result(void *rec)'),
    recognizerFree: f('void vosk_recognizer_free(void *rec)'),
  };
}

type Vosk = ReturnType<typeof bindVosk>;

/** Load libvosk only (no model): proves the library works on this machine. */
export function loadLibvosk(): void {
  bindVosk().setLogLevel(-1);
}

export interface VoskEngineOptions {
  modelDir: string;
}

export function loadVoskEngine(options: VoskEngineOptions): RecognizerEngine {
  if (!options.modelDir) throw new Error('the vosk engine needs a model folder (modelDir)');
  const dir = checkVoskModelDir(options.modelDir);
  const vosk = bindVosk();
  vosk.setLogLevel(-1); // Kaldi logs every model load to stderr
  const model = requirePointer(vosk.modelNew(dir) as Pointer | null, `loading the Vosk model in ${dir}`);
  let disposed = false;
  return {
    create: (recognizerOptions) => {
      if (disposed) throw new Error('the Vosk engine was disposed');
      return new VoskRecognizer(vosk, model, recognizerOptions);
    },
    // Recognizers hold their own reference to the model, so this is safe while one lives.
    dispose: () => {
      if (!disposed) vosk.modelFree(model);
      disposed = true;
    },
  };
}

class VoskRecognizer implements Recognizer {
  private recognizer: Pointer | undefined;

  constructor(
    private readonly vosk: Vosk,
    model: Pointer,
    options: RecognizerOptions,
  ) {
    const { sampleRate, phraseList } = options;
    // Kaldi resamples to the model's rate itself; outside this range it cannot.
    if (!(sampleRate >= 8000 && sampleRate <= 192000)) {
      throw new Error(`Vosk cannot recognise audio at ${sampleRate} Hz (8000 to 192000 Hz)`);
    }
    const recognizer =
      phraseList && phraseList.length > 0
        ? vosk.recognizerNewGrammar(model, sampleRate, JSON.stringify(phraseList))
        : vosk.recognizerNew(model, sampleRate);
    this.recognizer = requirePointer(recognizer as Pointer | null, 'creating a Vosk recognizer');
    vosk.setWords(this.recognizer, options.words ? 1 : 0);
    vosk.setMaxAlternatives(this.recognizer, options.maxAlternatives);
  }

  acceptWaveform(pcm: Int16Array): VoskReply {
    const recognizer = this.live();
    const endpoint = this.process(pcm);
    return endpoint === 1 ? this.final(this.vosk.result(recognizer)) : this.parse(this.vosk.partialResult(recognizer));
  }

  /**
   * An endpoint seen here is not taken: Kaldi's recognizer keeps decoding the same
   * utterance until a result is asked for (vosk-api recognizer.cc), which is what one
   * call with the whole message would have done.
   */
  feed(pcm: Int16Array): void {
    this.process(pcm);
  }

  /** 1 at an endpoint, 0 otherwise. */
  private process(pcm: Int16Array): number {
    const endpoint = this.vosk.acceptWaveform(this.live(), pcm, pcm.length) as number;
    if (endpoint < 0) throw new Error('Vosk could not process the audio');
    return endpoint;
  }

  finalResult(): FinalReply {
    return this.final(this.vosk.finalResult(this.live()));
  }

  free(): void {
    if (!this.recognizer) return;
    this.vosk.recognizerFree(this.recognizer);
    this.recognizer = undefined;
  }

  private live(): Pointer {
    if (!this.recognizer) throw new Error('this Vosk recognizer was already freed');
    return this.recognizer;
  }

  private final(json: unknown): FinalReply {
    const reply = this.parse(json);
    if (reply.kind !== 'final') throw new Error('Vosk returned a partial where a final result was due');
    return reply;
  }

  private parse(json: unknown): VoskReply {
    const reply = parseReply(typeof json === 'string' ? json : '');
    if (reply instanceof Error) throw new Error(`libvosk returned an unexpected result: ${reply.message}`);
    return reply;
  }
}
