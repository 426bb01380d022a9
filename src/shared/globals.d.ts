// Compile-time constants set by build.mjs (esbuild `define`).
declare const __BROWSER__: 'chrome' | 'firefox' | 'node';
declare const __DEV__: boolean;
