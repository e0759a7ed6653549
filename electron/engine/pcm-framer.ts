// Clients may split 16-bit samples across websocket frames (an odd-length frame). The odd
// byte is carried into the next frame instead of being dropped or shifting every sample.
// The samples come back in a buffer of their own, so it can be handed to the recognizer's
// worker thread without another copy.
export class PcmFramer {
  private carry: number | undefined;

  push(bytes: Uint8Array): Int16Array {
    const total = bytes.length + (this.carry === undefined ? 0 : 1);
    const whole = total - (total % 2);
    const out = new Uint8Array(whole);
    let write = 0;
    if (this.carry !== undefined && whole > 0) {
      out[write++] = this.carry;
      this.carry = undefined;
    }
    const read = whole - write;
    out.set(bytes.subarray(0, read), write);
    if (read < bytes.length) this.carry = bytes[read];
    return new Int16Array(out.buffer, 0, whole / 2);
  }
}
