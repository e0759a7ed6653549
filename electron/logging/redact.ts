// Keeps secrets out of the log. Two layers: values the app knows are secret (the stored
// server token) are replaced wherever they appear, and patterns catch the shapes secrets
// take in messages we did not write (headers, URLs, JSON, Hugging Face tokens).

export const REDACTED = '[redacted]';

const PATTERNS: [RegExp, string][] = [
  // Authorization: Bearer abc / "authorization": "Bearer abc" / authorization=abc
  [/((?:proxy-)?authorization["']?\s*[:=]\s*["']?)(?:(?:bearer|basic|token)\s+)?[^\s"',;}]+/gi, `$1${REDACTED}`],
  // A bare "Bearer abc" anywhere else.
  [/\b(bearer\s+)[A-Za-z0-9._~+/=-]+/gi, `$1${REDACTED}`],
  // token=…, "api_key": "…", password: … (in text, JSON and URL query strings)
  [
    /((?:[?&]|\b)(?:access[_-]?token|refresh[_-]?token|token|api[_-]?key|apikey|password|passwd|secret)["']?\s*[:=]\s*["']?)[^\s"'&,;}]+/gi,
    `$1${REDACTED}`,
  ],
  // Hugging Face user access tokens.
  [/\bhf_[A-Za-z0-9]{20,}\b/g, REDACTED],
  // user:password@ in URLs.
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:)[^\s/@]+@/gi, `$1${REDACTED}@`],
];

export class Redactor {
  private readonly secrets = new Set<string>();

  /** A value that must never be logged, e.g. the token read from safe storage. */
  addSecret(value: string | null | undefined): void {
    // Very short values would blank out ordinary words; real tokens are long.
    if (value && value.length >= 6) this.secrets.add(value);
  }

  text(input: string): string {
    let out = input;
    for (const secret of this.secrets) out = out.split(secret).join(REDACTED);
    for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
    return out;
  }
}
