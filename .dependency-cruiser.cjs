// Voskey's architecture in words, checked on every `npm test` (test/lint/dependencies.test.ts).
// Each rule says what may not depend on what, and why. A new folder fits one of these
// sentences or gets a sentence of its own here.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'electron-only-in-the-shell',
      comment:
        "Only electron/shell/, electron/main.ts and the preload import 'electron'. The Electron binary " +
        'cannot run on our build machines, so everything else must run (and be tested) in plain Node; ' +
        'the shell relays Electron services to the core through the CoreShell port. (Scripts and tests ' +
        "run in plain Node, where the 'electron' package only names the binary to launch.)",
      severity: 'error',
      from: { path: '^(electron|renderer)/', pathNot: ['^electron/shell/', '^electron/main\\.ts$', '^electron/preload\\.ts$'] },
      // The package resolves into node_modules (our own electron/ folder is a different path).
      to: { path: '^node_modules/electron/' },
    },
    {
      name: 'renderer-uses-only-contracts-from-main',
      comment:
        'Pages run in a sandboxed Chromium renderer with no Node: from electron/ they may import types ' +
        '(type-only imports vanish when compiled) and, at runtime, only these pure, Node-free helpers: ' +
        'the IPC contract (ipc.ts, with ipc-channel.ts that declares a channel and models/channels.ts for the ' +
        'model manager\'s channels, which ipc.ts composes), the overlay\'s starting state (dictation/overlay-state.ts: ' +
        'the page shows IDLE_OVERLAY until main\'s first state arrives, and the session owns that state) and the server ' +
        'URL check shared with the main side (vosk/url.ts). Anything else would drag Node modules into a page.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: {
        path: '^electron/',
        pathNot: ['^electron/ipc\\.ts$', '^electron/ipc-channel\\.ts$', '^electron/models/channels\\.ts$', '^electron/dictation/overlay-state\\.ts$', '^electron/vosk/url\\.ts$'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'features-own-their-types',
      comment:
        'electron/ipc.ts is the transport: it composes channel maps from types the features own ' +
        '(dictation/overlay-state.ts, settings/types.ts, vosk/probe-result.ts, …). A feature that imported ' +
        'ipc.ts would depend on every other feature through it, and its types would drift back into the ' +
        'transport file. Only the composers (app/, shell/, main.ts, the preload) use the channel maps.',
      severity: 'error',
      from: { path: '^electron/(dictation|vosk|settings|models|engine|desktop|logging|audio|common|cli|control)/' },
      to: { path: '^electron/ipc\\.ts$' },
    },
    {
      name: 'no-cycles',
      comment:
        'An import circle means two modules cannot be understood, tested or changed one without the ' +
        'other, and ES module circles can observe each other half-initialised. Break it with a port or ' +
        'by moving the shared part into its own module.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'engine-and-vosk-never-import-app',
      comment:
        'The built-in engine and the Vosk client are libraries the CLI (voskey serve/transcribe) and ' +
        'the app both use. app/ composes them; if they reached back into app/ the CLI would load the ' +
        'whole desktop app and the layers would stop being separable.',
      severity: 'error',
      from: { path: '^electron/(engine|vosk)/' },
      to: { path: '^electron/app/' },
    },
    {
      name: 'control-channel-serves-both-hosts',
      comment:
        'electron/control/ is the `voskey control` channel, served by the app (app/core.ts) and by ' +
        '`voskey dictate` (cli/) alike: it knows the dictation session only as a type and never reaches ' +
        'into either host, or one would load the other.',
      severity: 'error',
      from: { path: '^electron/control/' },
      to: { path: '^electron/(app|cli|shell)/' },
    },
    {
      name: 'product-code-never-imports-tests',
      comment: 'Tests and benchmarks depend on the product, never the other way round: a shipped file must not need test/.',
      severity: 'error',
      from: { path: '^(electron|renderer)/' },
      to: { path: '^(test|bench|scripts)/' },
    },
    {
      name: 'no-unresolvable-imports',
      comment: 'An import that resolves to nothing is a typo or a missing dependency; tsc misses it in .js/.cjs files.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/'] },
    // Type-only imports count: a circle of types is still a circle for the reader.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.cts', '.mts', '.js', '.cjs', '.mjs', '.d.ts'],
    },
    // Our sources import './x.js' for './x.ts' (NodeNext); the tsConfig above teaches the resolver that.
    moduleSystems: ['es6', 'cjs'],
  },
};
