// Held modifiers on macOS: CGEventSourceFlagsState(kCGEventSourceStateHIDSystemState), the
// modifier flags of the combined state of every hardware source, which is where events
// posted at the HID level (robotjs posts to kCGHIDEventTap) also land.
// https://developer.apple.com/documentation/coregraphics/1408770-cgeventsourceflagsstate
// Flag masks from CGEventTypes.h (kCGEventFlagMaskShift …). Caps Lock (AlphaShift) and Fn
// are left out: neither turns typed keys into shortcuts.
import { createRequire } from 'node:module';
import type { ModifierState } from './modifier-state.js';

const HID_SYSTEM_STATE = 1; // kCGEventSourceStateHIDSystemState

export const MAC_MODIFIER_FLAGS: readonly (readonly [bigint, string])[] = [
  [0x20000n, 'Shift'],
  [0x40000n, 'Control'],
  [0x80000n, 'Option'],
  [0x100000n, 'Command'],
];

/** Pure: the held modifiers named from a CGEventFlags value. */
export function macHeldModifiers(flags: bigint | number): string[] {
  const value = BigInt(flags);
  return MAC_MODIFIER_FLAGS.filter(([mask]) => (value & mask) !== 0n).map(([, name]) => name);
}

export const FLAGS_STATE_PROTOTYPE = 'uint64_t CGEventSourceFlagsState(int32_t stateID)';

export function openMacModifierState(): ModifierState | undefined {
  let flagsState: (state: number) => bigint | number;
  try {
    const koffi = createRequire(import.meta.url)('koffi') as typeof import('koffi');
    const cg = koffi.load('/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics');
    flagsState = cg.func(FLAGS_STATE_PROTOTYPE) as typeof flagsState;
  } catch {
    return undefined;
  }
  return { held: () => macHeldModifiers(flagsState(HID_SYSTEM_STATE)), close: () => {} };
}
