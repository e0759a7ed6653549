// The built-in engine in Electron's utilityProcess: a Node process Electron supervises,
// outside the main process, so a native recognizer can neither block nor crash the UI.
import { utilityProcess } from 'electron';
import type { EngineProcessLauncher } from '../app/engine-host.js';
import type { EngineProcessMessage } from '../engine/engine-process-messages.js';

export const utilityEngineProcess: EngineProcessLauncher = (entry) => {
  const child = utilityProcess.fork(entry.path, [], { serviceName: 'Voskey engine', stdio: 'inherit' });
  return {
    send: (request) => child.postMessage(request),
    onMessage: (listener) => void child.on('message', (message: unknown) => listener(message as EngineProcessMessage)),
    onExit: (listener) => void child.on('exit', (code) => listener(`it exited with code ${code}`)),
    kill: () => void child.kill(),
  };
};
