"""A stand-in for the `vosk` Python module, backed by PocketSphinx (Debian's libpocketsphinx3
and pocketsphinx-en-us) through ctypes, so alphacep/vosk-server's asr_server.py can be
benchmarked against our built-in server with the same recognizer. Our own code: it gives
Model, SpkModel and KaldiRecognizer the shape asr_server.py uses, and decodes the way
electron/engine/sphinx.ts does (same model files, same settings, an endpoint when the
voice activity detector sees speech end). bench/server-capacity.ts puts this folder first
on PYTHONPATH; nothing else imports it.
"""
import ctypes
import json
import os
import threading

_MODEL_DIR = '/usr/share/pocketsphinx/model/en-us'
_base = ctypes.CDLL('libsphinxbase.so.3')
_ps = ctypes.CDLL('libpocketsphinx.so.3')
_vp = ctypes.c_void_p
for name, res, args in [
    ('ps_args', _vp, []),
    ('ps_init', _vp, [_vp]),
    ('ps_free', ctypes.c_int, [_vp]),
    ('ps_start_stream', ctypes.c_int, [_vp]),
    ('ps_start_utt', ctypes.c_int, [_vp]),
    ('ps_end_utt', ctypes.c_int, [_vp]),
    ('ps_process_raw', ctypes.c_int, [_vp, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int]),
    ('ps_get_hyp', ctypes.c_char_p, [_vp, ctypes.POINTER(ctypes.c_int32)]),
    ('ps_get_in_speech', ctypes.c_uint8, [_vp]),
    ('ps_seg_iter', _vp, [_vp]),
    ('ps_seg_next', _vp, [_vp]),
    ('ps_seg_word', ctypes.c_char_p, [_vp]),
    ('ps_seg_frames', None, [_vp, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int)]),
    ('ps_seg_prob', ctypes.c_int32, [_vp, ctypes.POINTER(ctypes.c_int32), ctypes.POINTER(ctypes.c_int32), ctypes.POINTER(ctypes.c_int32)]),
    ('ps_get_logmath', _vp, [_vp]),
]:
    fn = getattr(_ps, name)
    fn.restype, fn.argtypes = res, args
_base.cmd_ln_init.restype = _vp
_base.cmd_ln_free_r.argtypes = [_vp]
_base.logmath_exp.restype = ctypes.c_double
_base.logmath_exp.argtypes = [_vp, ctypes.c_int]
_base.err_set_logfp.argtypes = [_vp]
_base.err_set_logfp(None)  # log off once, as the built-in server does (never -logfn per decoder)


def _new_decoder(model_dir):
    settings = {'-hmm': os.path.join(model_dir, 'en-us'), '-lm': os.path.join(model_dir, 'en-us.lm.bin'),
                '-dict': os.path.join(model_dir, 'cmudict-en-us.dict'), '-fwdflat': 'no', '-bestpath': 'no'}
    args = [a.encode() for kv in settings.items() for a in kv]
    config = _base.cmd_ln_init(None, _vp(_ps.ps_args()), ctypes.c_int(1), *[ctypes.c_char_p(a) for a in args], ctypes.c_char_p(None))
    decoder = _ps.ps_init(config)
    _base.cmd_ln_free_r(config)
    if not decoder:
        raise RuntimeError('ps_init failed')
    return decoder


class Model:
    """Holds the model folder; decoders freed by finished recognizers are kept for the next."""

    def __init__(self, path=None):
        self.dir = path if path and os.path.isdir(os.path.join(path, 'en-us')) else _MODEL_DIR
        self._spare = []
        self._lock = threading.Lock()

    def take(self):
        with self._lock:
            if self._spare:
                return self._spare.pop()
        return _new_decoder(self.dir)

    def give(self, decoder):
        with self._lock:
            self._spare.append(decoder)


class SpkModel:
    def __init__(self, path):
        raise RuntimeError('speaker models are not supported by this PocketSphinx stand-in')


class KaldiRecognizer:
    def __init__(self, model, sample_rate, grammar=None):
        if int(sample_rate) != 16000:
            raise ValueError('the PocketSphinx en-us model needs 16000 Hz audio')
        self._model = model
        self._ps = model.take()
        self._words = False
        self._in_speech = False
        self._last = None
        _ps.ps_start_stream(self._ps)
        _ps.ps_start_utt(self._ps)

    def SetWords(self, words):
        self._words = bool(words)

    def SetMaxAlternatives(self, n):
        pass

    def SetSpkModel(self, model):
        pass

    def AcceptWaveform(self, data):
        if len(data) >= 2:
            _ps.ps_process_raw(self._ps, data, len(data) // 2, 0, 0)
        in_speech = _ps.ps_get_in_speech(self._ps) != 0
        endpoint = self._in_speech and not in_speech
        self._in_speech = in_speech
        if endpoint:
            self._last = self._finish()
        return endpoint

    def Result(self):
        return self._last

    def PartialResult(self):
        return json.dumps({'partial': self._hyp()}, indent=2)

    def FinalResult(self):
        self._in_speech = False
        return self._finish()

    def _hyp(self):
        text = _ps.ps_get_hyp(self._ps, ctypes.byref(ctypes.c_int32()))
        return text.decode() if text else ''

    def _finish(self):
        _ps.ps_end_utt(self._ps)
        reply = {'text': self._hyp()}
        if self._words and reply['text']:
            reply = {'result': self._seg_words(), 'text': reply['text']}
        _ps.ps_start_utt(self._ps)
        return json.dumps(reply, indent=2)

    def _seg_words(self):
        out = []
        lmath = _ps.ps_get_logmath(self._ps)
        seg = _ps.ps_seg_iter(self._ps)
        while seg:
            word = _ps.ps_seg_word(seg).decode()
            if not (word in ('<s>', '</s>', '<sil>', '(NULL)') or word.startswith('[') or word.startswith('++')):
                sf, ef, a, l, b = ctypes.c_int(), ctypes.c_int(), ctypes.c_int32(), ctypes.c_int32(), ctypes.c_int32()
                _ps.ps_seg_frames(seg, ctypes.byref(sf), ctypes.byref(ef))
                prob = _ps.ps_seg_prob(seg, ctypes.byref(a), ctypes.byref(l), ctypes.byref(b))
                out.append({'conf': min(1.0, _base.logmath_exp(lmath, prob)), 'start': sf.value / 100,
                            'end': (ef.value + 1) / 100, 'word': word.split('(')[0]})
            seg = _ps.ps_seg_next(seg)
        return out

    def __del__(self):
        if getattr(self, '_ps', None):
            _ps.ps_end_utt(self._ps)
            self._model.give(self._ps)
            self._ps = None
