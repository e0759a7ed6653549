// What a file-system error while installing a model means, in words: the user sees
// "the disk is full", not "ENOSPC: no space left on device, write".

/** The longest file or folder name NTFS, ext4, APFS and most others take. */
const MAX_NAME_PART = 255;

/** `entry` is the archive entry being written, when the error is about one. */
export function describeWriteFailure(error: NodeJS.ErrnoException, modelsDir: string, entry?: string): string {
  const named = entry ? ` (“${shorten(entry)}”)` : '';
  switch (error.code) {
    case 'ENOENT':
      // Windows refuses a name part over 255 characters as ERROR_INVALID_NAME, which libuv
      // reports as ENOENT (src/win/error.c, uv_translate_sys_error), not ENAMETOOLONG.
      if (!entry?.split('/').some((part) => part.length > MAX_NAME_PART)) return `the file system refused it${named} (${error.message})`;
    // falls through
    case 'ENAMETOOLONG':
      return `the archive holds a file name too long for this file system${named}`;
    case 'EEXIST':
    case 'ENOTDIR':
    case 'EISDIR':
    case 'ENOTEMPTY':
      return entry
        ? `the archive holds two entries at the same place${named}`
        : `something that is not a model is in the way in ${modelsDir}; move it away and try again`;
    case 'ENOSPC':
      return `the disk holding ${modelsDir} is full`;
    case 'EDQUOT':
      return `your disk quota for ${modelsDir} is used up`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Voskey may not write to ${modelsDir}`;
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open; close some programs and try again';
    case 'EIO':
      return `the disk holding ${modelsDir} reported a read or write error`;
    default:
      return `the file system refused it${named} (${error.message})`;
  }
}

function shorten(name: string): string {
  return name.length > 80 ? `${name.slice(0, 40)}…${name.slice(-30)}` : name;
}
