// The overlay window's size while the "correct that" list shows: room for five alternatives
// and the hint under them. Node-free, so the overlay's page test and the screenshot script
// render the page at the size the shell gives it (main.ts resizes the window to it).
export const OVERLAY_CHOICES_SIZE = { width: 380, height: 270 } as const;
