// A RecognizerEngine backed by Debian's PocketSphinx 5prealpha (libpocketsphinx3 and
// pocketsphinx-en-us), driven through koffi. Continuous recognition the Vosk way: every
// frame gives a partial; when PocketSphinx's voice activity detector sees speech end, the
// utterance is closed, its final result returned, and the next one started.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FinalReply, VoskAlternative, VoskAlternativeWord, VoskReply, VoskWord } from '../vosk/protocol.js';
import { loadNativeLibrary, requirePointer } from './native-library.js';
import type { Recognizer, RecognizerEngine, RecognizerOptions } from './recognizer.js';
import { phraseListGrammar } from './sphinx-grammar.js';
import { DEFAULT_SPHINX_MODEL_DIR } from './sphinx-paths.js';
import { agreementConfidences } from '../vosk/reading-agreement.js';

const INSTALL_HINT = 'install it with: apt-get install libpocketsphinx3 pocketsphinx-en-us';
/** The en-us acoustic model is trained on 16 kHz audio; other rates decode to garbage. */
const MODEL_SAMPLE_RATE = 16000;
/** PocketSphinx's default -frate: 100 feature frames per second. */
const FRAMES_PER_SECOND = 100;
/**
 * A partial hypothesis is a backtrace over the whole utterance so far, so its cost grows
 * with the utterance; computing one per frame (every 20 ms from some clients) is wasted on
 * a display that shows words. At most one per this much audio; frames in between are
 * answered with the latest one, so every message still gets its reply. 100 ms, the
 * capture page's frame: against one per 200 ms it cost no measurable CPU (0.12–0.16
 * CPU-seconds per audio-second either way, on the flite fixtures), and live typing, which
 * waits for partials to agree, commits words a median 50 ms sooner.
 */
const PARTIAL_EVERY_SAMPLES = MODEL_SAMPLE_RATE / 10;
/** Readings compared for a word's conf in plain finals (wordsOfBestPath). */
const CONF_READINGS = 5;

export interface SphinxModelFiles {
  hmm: string;
  lm: string;
  dict: string;
}

/** The model files inside a Debian-style model folder, each checked to exist. */
export function sphinxModelFiles(modelDir = DEFAULT_SPHINX_MODEL_DIR): SphinxModelFiles {
  const files = {
    hmm: join(modelDir, 'en-us'),
    lm: join(modelDir, 'en-us.lm.bin'),
    dict: join(modelDir, 'cmudict-en-us.dict'),
  };
  for (const path of [join(files.hmm, 'mdef'), files.lm, files.dict]) {
    if (!existsSync(path)) throw new Error(`PocketSphinx model file ${path} is missing; ${INSTALL_HINT}`);
  }
  return files;
}

type NativeFunction = (...args: unknown[]) => unknown;

/**
 * The handful of PocketSphinx and SphinxBase calls we use, typed as 5prealpha declares them.
 * Binding also switches SphinxBase's log off for the whole process (see silenceLog).
 */
export function bindSphinx() {
  const base = loadNativeLibrary('libsphinxbase.so.3', INSTALL_HINT);
  const ps = loadNativeLibrary('libpocketsphinx.so.3', INSTALL_HINT);
  const f = (lib: typeof ps, signature: string) => lib.func(signature) as NativeFunction;
  const sphinx = {
    getLogfp: f(base, 'void *err_get_logfp()'),
    setLogfp: f(base, 'void err_set_logfp(void *stream)'),
    args: f(ps, 'void *ps_args()'),
    cmdLnInit: f(base, 'void *cmd_ln_init(void *inout, void *defn, int strict, ...)'),
    cmdLnFree: f(base, 'int cmd_ln_free_r(void *config)'),
    init: f(ps, 'void *ps_init(void *config)'),
    free: f(ps, 'int ps_free(void *ps)'),
    startStream: f(ps, 'int ps_start_stream(void *ps)'),
    startUtt: f(ps, 'int ps_start_utt(void *ps)'),
    endUtt: f(ps, 'int ps_end_utt(void *ps)'),
    processRaw: f(ps, 'int ps_process_raw(void *ps, const int16_t *data, size_t n, int no_search, int full_utt)'),
    getHyp: f(ps, 'const char *ps_get_hyp(void *ps, _Out_ int32_t *score)'),
    inSpeech: f(ps, 'uint8_t ps_get_in_speech(void *ps)'),
    segIter: f(ps, 'void *ps_seg_iter(void *ps)'),
    segNext: f(ps, 'void *ps_seg_next(void *seg)'),
    segWord: f(ps, 'const char *ps_seg_word(void *seg)'),
    segFrames: f(ps, 'void ps_seg_frames(void *seg, _Out_ int *sf, _Out_ int *ef)'),
    segProb: f(ps, 'int32_t ps_seg_prob(void *seg, _Out_ int32_t *ascr, _Out_ int32_t *lscr, _Out_ int32_t *lback)'),
    segFree: f(ps, 'void ps_seg_free(void *seg)'),
    nbest: f(ps, 'void *ps_nbest(void *ps)'),
    nbestNext: f(ps, 'void *ps_nbest_next(void *nbest)'),
    nbestHyp: f(ps, 'const char *ps_nbest_hyp(void *nbest, _Out_ int32_t *score)'),
    nbestFree: f(ps, 'void ps_nbest_free(void *nbest)'),
    // 5prealpha declares the score argument; the segments belong to the iterator (no ps_seg_free).
    nbestSeg: f(ps, 'void *ps_nbest_seg(void *nbest, _Out_ int32_t *score)'),
    getLogmath: f(ps, 'void *ps_get_logmath(void *ps)'),
    logmathExp: f(base, 'double logmath_exp(void *lmath, int logb_p)'),
    logmathLogToLn: f(base, 'double logmath_log_to_ln(void *lmath, int logb_p)'),
    lookupWord: f(ps, 'const char *ps_lookup_word(void *ps, const char *word)'),
    setJsgfString: f(ps, 'int ps_set_jsgf_string(void *ps, const char *name, const char *jsgf)'),
    setSearch: f(ps, 'int ps_set_search(void *ps, const char *name)'),
  };
  silenceLog(sphinx);
  return sphinx;
}

/**
 * SphinxBase has one log FILE for the whole process. The `-logfn` decoder setting makes
 * every ps_init call err_set_logfile(), which opens a new FILE, swaps the global pointer
 * and fcloses the old one with no lock — while decoders on other worker threads may be
 * writing to it. That use-after-free corrupted the heap under bursts of connections
 * (glibc aborts "unaligned tcache chunk detected", "double free or corruption", SIGSEGV;
 * issue 14). So no decoder gets `-logfn`: the log is switched off once per process
 * instead, with err_set_logfp(NULL) (which closes nothing, it only sets the pointer and a
 * flag). Only the first caller writes: later bindings (other worker threads) find the log
 * already off and leave the global alone. The server binds on its main thread before it
 * starts any worker (prepareEngineProcess), so that first write races with nobody.
 */
function silenceLog(sphinx: { getLogfp: NativeFunction; setLogfp: NativeFunction }): void {
  if (sphinx.getLogfp() !== null) sphinx.setLogfp(null);
}

export type Sphinx = ReturnType<typeof bindSphinx>;
type Pointer = object;

export interface SphinxEngineOptions {
  modelDir?: string;
  /** The lattice best-path pass on each final (see EngineSpec.rescoreFinal). */
  rescoreFinal?: boolean;
}

/** What turns the re-scoring of finals back on, over DECODER_SETTINGS. */
const RESCORE_FINAL: Readonly<Record<string, string>> = { '-bestpath': 'yes' };

/**
 * Loads the libraries and one decoder right away, so a model problem surfaces when the
 * engine loads (not on the first audio) and the first connection finds a decoder ready.
 *
 * Every recognizer gets a decoder no audio has gone through, and it is freed with the
 * recognizer, never reused (issue 23): a decoder carries what it adapted to across
 * ps_start_stream — its live cepstral mean (sphinxbase cmn_live.c keeps `cmn_mean`, `sum`
 * and `nframe` across utterances and streams), which no call resets to its start (cmn_live_set
 * sets the mean but also a 500-frame history a new decoder does not have). A LibriVox clip
 * decoded after a flite voice came back with other words than on a new decoder. ps_init
 * costs ≈250 ms of CPU here, so the next decoder is made ahead of time (prepareNext) once a
 * client is done, while no client waits for it. The one exception: a decoder that was never
 * given a sample (a client that sent only config and eof, as the app's server probe does)
 * computed no feature frame, so nothing in it adapted, and it is kept for the next client.
 */
export function loadSphinxEngine(options: SphinxEngineOptions = {}): RecognizerEngine {
  const files = sphinxModelFiles(options.modelDir);
  const sphinx = bindSphinx();
  const overrides = options.rescoreFinal ? RESCORE_FINAL : {};
  let spare: Pointer | undefined = newDecoder(sphinx, files, overrides);
  return {
    create(recognizerOptions) {
      if (recognizerOptions.sampleRate !== MODEL_SAMPLE_RATE) {
        throw new Error(
          `the PocketSphinx en-us model needs ${MODEL_SAMPLE_RATE} Hz audio, not ${recognizerOptions.sampleRate} Hz`,
        );
      }
      const decoder = spare ?? newDecoder(sphinx, files, overrides);
      spare = undefined;
      const giveBack = (used: Pointer, untouched: boolean) => {
        if (untouched && !spare) spare = used;
        else sphinx.free(used);
      };
      return new SphinxRecognizer(sphinx, decoder, recognizerOptions, giveBack);
    },
    prepareNext() {
      spare ??= newDecoder(sphinx, files, overrides);
    },
    dispose() {
      if (spare) sphinx.free(spare);
      spare = undefined;
    },
  };
}

/**
 * Decoder settings beyond the model files: neither of PocketSphinx's passes over the whole
 * utterance at its end, so the final result is the hypothesis the partials came from.
 * - No fwdflat pass: it cost a median 98 ms (p95 278 ms) after every key release for no
 *   accuracy gain on our speech (WER 5.3 → 3.5 % on the flite fixtures, 31.0 → 29.6 % on
 *   LibriVox clips without it; bench/eof-latency.ts compares the settings).
 * - No lattice best path (-bestpath): it rewrote words every partial had agreed on
 *   ("people write with" → "people right with" in the final), which live typing must then
 *   erase and retype, and it bought nothing: WER 3.3 % on the flite fixtures either way,
 *   29.6 → 26.8 % on the LibriVox clips without it.
 */
export const DECODER_SETTINGS: Readonly<Record<string, string>> = {
  // Never '-logfn' here: it swaps a process-wide FILE per decoder (see silenceLog).
  '-fwdflat': 'no',
  '-bestpath': 'no',
};

/** A decoder for the model files, with DECODER_SETTINGS and then `overrides` applied. */
export function newDecoder(sphinx: Sphinx, files: SphinxModelFiles, overrides: Record<string, string> = {}): Pointer {
  const settings = { '-hmm': files.hmm, '-lm': files.lm, '-dict': files.dict, ...DECODER_SETTINGS, ...overrides };
  const config = requirePointer(
    sphinx.cmdLnInit(null, sphinx.args(), 1, ...Object.entries(settings).flatMap(([k, v]) => ['str', k, 'str', v]), 'str', null) as Pointer | null,
    'PocketSphinx configuration (cmd_ln_init)',
  );
  const decoder = sphinx.init(config) as Pointer | null;
  // ps_init keeps its own reference to the configuration.
  sphinx.cmdLnFree(config);
  return requirePointer(decoder, `PocketSphinx decoder (ps_init with model ${files.hmm})`);
}

class SphinxRecognizer implements Recognizer {
  private decoder: Pointer | undefined;
  private wasInSpeech = false;
  /** Whether any sample reached the decoder (after which it is never reused: see loadSphinxEngine). */
  private heardAudio = false;
  private partial = '';
  /** Samples decoded since `partial` was computed; starts due, so the first frame gets one. */
  private sinceHypothesis = PARTIAL_EVERY_SAMPLES;

  constructor(
    private readonly sphinx: Sphinx,
    decoder: Pointer,
    private readonly options: RecognizerOptions,
    /** Called once with the decoder on free(); `untouched` when no audio and no phrase list went into it. */
    private readonly giveBack: (decoder: Pointer, untouched: boolean) => void,
  ) {
    this.decoder = decoder;
    // Frame numbers (and so word times) count from the start of the stream.
    this.sphinx.startStream(decoder);
    if (options.phraseList && options.phraseList.length > 0) this.restrictToPhrases(options.phraseList);
    this.startUtterance();
  }

  acceptWaveform(pcm: Int16Array): VoskReply {
    this.feed(pcm);
    const inSpeech = (this.sphinx.inSpeech(this.live()) as number) !== 0;
    const endpoint = this.wasInSpeech && !inSpeech;
    this.wasInSpeech = inSpeech;
    if (endpoint) return this.finishUtterance();
    if (this.sinceHypothesis >= PARTIAL_EVERY_SAMPLES) {
      this.partial = this.hypothesis();
      this.sinceHypothesis = 0;
    }
    return { kind: 'partial', partial: this.partial };
  }

  feed(pcm: Int16Array): void {
    const decoder = this.live();
    if (pcm.length > 0) {
      this.heardAudio = true;
      if ((this.sphinx.processRaw(decoder, pcm, pcm.length, 0, 0) as number) < 0) {
        throw new Error('PocketSphinx could not process the audio (ps_process_raw failed)');
      }
    }
    // Counted here, so a message fed in units computes its partial as it would whole.
    this.sinceHypothesis += pcm.length;
  }

  finalResult(): FinalReply {
    this.live();
    this.wasInSpeech = false;
    return this.finishUtterance();
  }

  free(): void {
    if (!this.decoder) return;
    const decoder = this.decoder;
    this.decoder = undefined;
    this.sphinx.endUtt(decoder);
    this.giveBack(decoder, !this.heardAudio && !this.options.phraseList?.length);
  }

  private live(): Pointer {
    if (!this.decoder) throw new Error('this PocketSphinx recognizer was already freed');
    return this.decoder;
  }

  private startUtterance(): void {
    if ((this.sphinx.startUtt(this.live()) as number) < 0) throw new Error('PocketSphinx could not start an utterance');
  }

  private hypothesis(): string {
    const text = this.sphinx.getHyp(this.live(), [0]) as string | null;
    return text ?? '';
  }

  private finishUtterance(): FinalReply {
    const decoder = this.live();
    const lastPartial = this.hypothesis();
    this.sphinx.endUtt(decoder);
    // A phrase-list grammar has no final hypothesis when the speech ran on past the last
    // listed phrase; the best partial path is still what was heard.
    const text = this.hypothesis() || (this.options.phraseList?.length ? lastPartial : '');
    const reply: FinalReply = { kind: 'final', text };
    if (this.options.maxAlternatives > 0) {
      reply.alternatives = this.readings(text, this.options.maxAlternatives, this.options.words);
    } else if (this.options.words && text !== '') {
      reply.result = this.wordsOfBestPath(text);
    }
    this.startUtterance();
    this.partial = '';
    this.sinceHypothesis = PARTIAL_EVERY_SAMPLES;
    return reply;
  }

  /**
   * The best path's words with a `conf` that means something. Vosk's is the word's posterior
   * in the lattice (MBR); PocketSphinx's own (ps_seg_prob) needs the lattice pass we keep off
   * (DECODER_SETTINGS), and without it is 1.0 for every word. So a word's conf is how far
   * the runners-up agree with it, by the rule a client applies to Vosk's alternatives
   * (vosk/reading-agreement.ts) over the best CONF_READINGS readings. Where the n-best search
   * finds no runner-up, PocketSphinx's own value stays.
   */
  private wordsOfBestPath(best: string): VoskWord[] {
    const decoder = this.live();
    const logmath = this.sphinx.getLogmath(decoder);
    const words = this.segmentWords(this.sphinx.segIter(decoder) as Pointer | null, (seg) => {
      const logPosterior = this.sphinx.segProb(seg, [0], [0], [0]) as number;
      return round(Math.min(1, this.sphinx.logmathExp(logmath, logPosterior) as number), 6);
    }) as VoskWord[];
    const agreement = agreementConfidences(this.readings(best, CONF_READINGS, false));
    if (!agreement || agreement.length !== words.length) return words;
    return words.map((w, i) => ({ ...w, conf: round(agreement[i]!.confidence, 6) }));
  }

  /** The spoken words of a segment list with their times; `conf` only when asked for. */
  private segmentWords(first: Pointer | null, conf?: (seg: Pointer) => number): VoskAlternativeWord[] {
    const words: VoskAlternativeWord[] = [];
    for (let seg = first; seg; seg = this.sphinx.segNext(seg) as Pointer | null) {
      const word = spokenWord(this.sphinx.segWord(seg) as string | null);
      if (!word) continue;
      const startFrame = [0];
      const endFrame = [0];
      this.sphinx.segFrames(seg, startFrame, endFrame);
      words.push({
        word,
        ...(conf ? { conf: conf(seg) } : {}),
        start: round(startFrame[0]! / FRAMES_PER_SECOND, 2),
        end: round((endFrame[0]! + 1) / FRAMES_PER_SECOND, 2),
      });
    }
    return words;
  }

  /**
   * N-best readings the way Vosk's NbestResult gives them (vosk-api src/recognizer.cc): best
   * first, at most max_alternatives, each with `confidence` (a log-likelihood, larger is
   * better) and, with words on, its words' times but no per-word `conf`. Paths that differ
   * only in fillers or pronunciation variants are one reading (the better score kept).
   * An empty utterance is `[{"text": "", "confidence": 1.0}]`, Vosk's StoreEmptyReturn.
   */
  private readings(best: string, max: number, withWords: boolean): VoskAlternative[] {
    if (best === '') return [{ text: '', confidence: 1 }];
    const decoder = this.live();
    const logmath = this.sphinx.getLogmath(decoder);
    // The decoder's own best path comes first, as Vosk's does; N-best adds the runners-up.
    let bestScore: number | undefined;
    const runnersUp: VoskAlternative[] = [];
    let iterator = this.sphinx.nbest(decoder) as Pointer | null;
    // A* yields many paths that differ only in fillers; cap the search so it stays cheap.
    const wanted = max - 1;
    const searching = () => runnersUp.length < wanted || bestScore === undefined;
    for (let tries = 0; iterator && searching() && tries < 10 * max; tries++) {
      const score = [0];
      const text = (this.sphinx.nbestHyp(iterator, score) as string | null) ?? '';
      const confidence = naturalLogScore(this.sphinx.logmathLogToLn(logmath, score[0]!) as number);
      if (text === best) bestScore = Math.max(bestScore ?? -Infinity, confidence);
      else {
        const known = runnersUp.find((a) => a.text === text);
        if (known) known.confidence = Math.max(known.confidence, confidence);
        else if (text !== '' && runnersUp.length < wanted) {
          const alternative: VoskAlternative = { text, confidence };
          if (withWords) alternative.result = this.segmentWords(this.sphinx.nbestSeg(iterator, [0]) as Pointer | null);
          runnersUp.push(alternative);
        }
      }
      iterator = this.sphinx.nbestNext(iterator) as Pointer | null;
    }
    if (iterator) this.sphinx.nbestFree(iterator);
    runnersUp.sort((a, b) => b.confidence - a.confidence);
    // The A* search did not reach the decoder's own path: it is still the decoder's choice,
    // so it ranks no lower than the best runner-up. A runner-up may score above it (the
    // search and the decoder weigh paths slightly differently): it stays, second, since
    // it is exactly the reading a correction wants to offer.
    const first: VoskAlternative = { text: best, confidence: bestScore ?? runnersUp[0]?.confidence ?? 0 };
    if (withWords) first.result = this.segmentWords(this.sphinx.segIter(decoder) as Pointer | null);
    return [first, ...runnersUp];
  }

  private restrictToPhrases(phrases: string[]): void {
    const decoder = this.live();
    const known = (word: string) => this.sphinx.lookupWord(decoder, word) !== null;
    const grammar = phraseListGrammar(phrases, known);
    if ((this.sphinx.setJsgfString(decoder, 'phrases', grammar) as number) < 0) {
      throw new Error('PocketSphinx refused the phrase list grammar');
    }
    if ((this.sphinx.setSearch(decoder, 'phrases') as number) < 0) {
      throw new Error('PocketSphinx could not switch to the phrase list');
    }
  }
}

/** The word as a user would write it, or undefined for silences, fillers and markers. */
function spokenWord(raw: string | null): string | undefined {
  if (!raw) return undefined;
  if (raw === '<s>' || raw === '</s>' || raw === '<sil>' || raw === '(NULL)') return undefined;
  if (raw.startsWith('[') || raw.startsWith('++')) return undefined; // [NOISE], ++BREATH++
  return raw.replace(/\(\d+\)$/, ''); // pronunciation variants: "the(2)"
}

/**
 * PocketSphinx's n-best score in natural log, scaled the way its own confidences are: the
 * acoustic scores inside it are right-shifted by 10 bits (SENSCR_SHIFT) and its posterior
 * computation divides them by -ascale (20). Read this way, a score difference between two
 * readings is a log-odds like the one between two Vosk `confidence` values, so a client's
 * weighting of alternatives (dictation/confidence/) treats both servers alike. It scales
 * the language-model part too, an approximation checked on the flite fixtures: the first
 * runner-up, one word apart, came out 0.7–2.4 nats below the best (one a hair above it).
 */
function naturalLogScore(ln: number): number {
  return round((ln * 1024) / 20, 3);
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
