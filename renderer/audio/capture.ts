// The hidden capture page: main says prepare/start/stop/list-devices, the capture service
// (capture-service.ts) runs them one after another.

import { voskeyApi } from '../shared/voskey.js';
import { CaptureService } from './capture-service.js';

const api = voskeyApi();
const service = new CaptureService(api);

api.on('capture:prepare', (options) => service.prepare(options));
api.on('capture:start', (options) => service.start(options));
api.on('capture:stop', () => service.stop());
api.on('capture:list-devices', () => service.listDevices());
