// One rule for what an access token may look like, shared by the Settings service and the
// `voskey` command line, so a token refused in one is refused in the other. Tokens (Hugging
// Face `hf_…`, bearer tokens) are printable and unbroken: a space or a control character is a
// paste accident (two tokens, a line break from a file) that would otherwise fail later as an
// "unauthorised" from the server, or be refused by the HTTP header code with a raw message.

export type TokenCheck = { ok: true; token: string } | { ok: false; message: string };

export const TOKEN_SHAPE_MESSAGE = 'An access token has no spaces or control characters in it; paste it again.';

/** Trims the ends (a trailing newline from a file or a paste) and checks what is left. */
export function checkAccessToken(value: string): TokenCheck {
  const token = value.trim();
  // \p{Cc} is every C0/C1 control character; \s adds the Unicode spaces (NBSP, U+2028, …).
  if (token === '') return { ok: false, message: 'The access token is empty (only spaces or line breaks); paste it again.' };
  if (/[\s\p{Cc}]/u.test(token)) return { ok: false, message: TOKEN_SHAPE_MESSAGE };
  return { ok: true, token };
}
