// Which desktop session we type into. X11 allows robotjs, xdotool and xclip; Wayland does
// not let one client inject keys into another, so there we need wtype or ydotool
// (wayland-key-tool.ts picks one per compositor).

export type SessionKind = 'x11' | 'wayland' | 'none';

export function detectSession(env: NodeJS.ProcessEnv): SessionKind {
  // XWayland sets DISPLAY inside a Wayland session; XDG_SESSION_TYPE is the truth when set.
  if (env.XDG_SESSION_TYPE === 'wayland') return 'wayland';
  if (env.XDG_SESSION_TYPE === 'x11' && env.DISPLAY) return 'x11';
  if (env.WAYLAND_DISPLAY && !env.DISPLAY) return 'wayland';
  if (env.DISPLAY) return 'x11';
  return 'none';
}
