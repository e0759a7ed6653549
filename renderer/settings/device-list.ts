// The microphone menu. Only the capture page can enumerate devices (it holds the media
// permission), so the settings page asks main ('audio:list-devices'), which asks the
// capture page. When that fails the menu still offers the system default and the saved
// device, and the page says the list is unavailable.
import type { AudioDevice } from '../../electron/dictation/capture-types.js';
import type { VoskeyApi } from '../../electron/ipc.js';

export async function fetchDevices(api: VoskeyApi): Promise<AudioDevice[]> {
  const devices: unknown = await api.invoke('audio:list-devices');
  if (!Array.isArray(devices)) throw new Error('the device list is not a list');
  return devices.filter(
    (d: unknown): d is AudioDevice =>
      typeof d === 'object' && d !== null && typeof (d as AudioDevice).deviceId === 'string' && typeof (d as AudioDevice).label === 'string',
  );
}

/** Fill the select: system default first, then the devices, and the saved one even if it is gone. */
export function renderDeviceOptions(select: HTMLSelectElement, devices: readonly AudioDevice[], selectedId: string): void {
  const options: HTMLOptionElement[] = [new Option('System default', '')];
  devices.forEach((device, index) => {
    if (device.deviceId === '' || device.deviceId === 'default') return;
    options.push(new Option(device.label || `Microphone ${index + 1}`, device.deviceId));
  });
  if (selectedId !== '' && !options.some((o) => o.value === selectedId)) {
    options.push(new Option('Saved microphone (not connected)', selectedId));
  }
  select.replaceChildren(...options);
  select.value = selectedId;
}
