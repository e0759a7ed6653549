// The checks of the packaged app's self-check (packaged-smoke.ts), in a file without
// Electron so the checker's test can compare them with scripts/smoke-packaged.js.
export const SMOKE_CHECKS = ['main', 'page', 'preload', 'engine', 'libvosk', 'worker'] as const;
export type SmokeCheck = (typeof SMOKE_CHECKS)[number];
