// Loads a shared library through koffi and turns "cannot open shared object" into a
// message that says what to install, because that is the fix a user needs.
import koffi from 'koffi';
import { errorMessage } from '../common/error-message.js';

export type NativeLibrary = ReturnType<typeof koffi.load>;

export function loadNativeLibrary(pathOrName: string, howToInstall: string): NativeLibrary {
  try {
    return koffi.load(pathOrName);
  } catch (error) {
    const reason = errorMessage(error);
    throw new Error(`cannot load ${pathOrName} (${reason}); ${howToInstall}`);
  }
}

/** Native calls return NULL for failure; a NULL handed on later crashes the process. */
export function requirePointer<T>(pointer: T | null | undefined, what: string): T {
  if (pointer === null || pointer === undefined) throw new Error(`${what} failed`);
  return pointer;
}
