// Where Debian's PocketSphinx lives (libpocketsphinx3, pocketsphinx-en-us). One place for
// the engine that loads it and the app that checks whether it is installed; no native code
// here, so checking does not load koffi.

/** The Debian model folder: acoustic model in en-us/, en-us.lm.bin, cmudict-en-us.dict. */
export const DEFAULT_SPHINX_MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';
export const SPHINX_LIBRARY_NAME = 'libpocketsphinx.so.3';
/** Multiarch folders first, as Debian and Ubuntu install them. */
export const SPHINX_LIBRARY_DIRS = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib64', '/usr/lib', '/usr/local/lib'];
export const SPHINX_INSTALL_COMMAND = 'sudo apt install libpocketsphinx3 pocketsphinx-en-us';
