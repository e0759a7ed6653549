// The Content-Security-Policy every Voskey page runs under. Pages load from file://, where
// response headers cannot be set, so each page's HTML carries the same policy in a
// <meta http-equiv> tag (test/pages checks ours match this string); windows.ts also sends
// it as a header for anything that arrives over http(s), which should be nothing.
// No inline script or style, no network from pages: the socket to the server lives in main.
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "media-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
