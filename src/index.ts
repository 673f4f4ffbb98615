import { startApp } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './log';

/**
 * `npm start`: read the configuration once, start everything, and on SIGTERM or SIGINT shut down
 * cleanly: stop accepting connections, let requests in flight finish (up to SHUTDOWN_GRACE_MS),
 * close the driver, stop the embedded Neo4j, exit 0. A second signal exits at once. If the embedded
 * Neo4j dies and cannot be restarted, exit 1.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const app = await startApp(config, logger);
  logger.info(
    { url: app.url },
    `chipgraph GraphQL API ready at ${app.url}${config.SANDBOX ? ' (open it in a browser for Apollo Sandbox)' : ''}`,
  );
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests, then closing Neo4j');
    app.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  // The embedded Neo4j could not be brought back: exit non-zero so a supervisor restarts the service.
  void app.fatal.then(async (err) => {
    logger.fatal({ err }, 'the embedded Neo4j cannot be restarted; exiting');
    await app.stop().catch(() => {});
    process.exit(1);
  });
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : `chipgraph failed to start: ${(err as Error).message}`);
  process.exit(1);
});
