// json-rules-engine's internal debug module (CommonJS, no types of its own): its `default` export
// is the logger every part of the engine looks up at each call.
declare module 'json-rules-engine/dist/debug.js' {
  const debugModule: { default?: unknown };
  export default debugModule;
}
