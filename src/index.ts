import { startApp } from './app';
import { ConfigError, loadConfig } from './config';

/** `npm start`: read the configuration once, start everything, stop cleanly on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await startApp(config);
  console.log(`chipgraph GraphQL API ready at ${app.url}${config.SANDBOX ? ' (open it in a browser for Apollo Sandbox)' : ''}`);
  const shutdown = async () => {
    await app.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : `chipgraph failed to start: ${(err as Error).message}`);
  process.exit(1);
});
