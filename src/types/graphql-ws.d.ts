// graphql-ws publishes its WebSocket server under the subpath export 'graphql-ws/use/ws', which
// the project's node10 module resolution (kept for opencc-js's CommonJS build) cannot see; Node
// itself resolves the subpath at run time. The types are the package's own.
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws';
}
