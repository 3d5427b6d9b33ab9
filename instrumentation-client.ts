// Runs in the browser before the app's code. Zod probes for `new Function` the first time it
// builds an object schema; a strict Content-Security-Policy reports that probe as a violation
// even though zod catches it. Without the probe zod validates without generated code.
(globalThis as { __zod_globalConfig?: Record<string, unknown> }).__zod_globalConfig = {
  ...(globalThis as { __zod_globalConfig?: Record<string, unknown> }).__zod_globalConfig,
  jitless: true,
};
