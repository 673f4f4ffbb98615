package chipgraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Starts a Neo4j 5 Community DBMS in this JVM with only Bolt open, on 127.0.0.1.
 *
 * Usage: java ... chipgraph.EmbeddedNeo4j DATA_DIR BOLT_PORT
 *
 * Prints "READY bolt://127.0.0.1:PORT" once the default database accepts transactions, then
 * runs until its standard input closes (the parent process died or closed the pipe) or it gets
 * SIGTERM; either way the DBMS is shut down cleanly so the store is never left dirty.
 * Authentication is off: the server listens on loopback only and is the developer's own.
 */
public final class EmbeddedNeo4j {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: EmbeddedNeo4j DATA_DIR BOLT_PORT");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

        // Wait until the default database is usable before announcing readiness.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();

        // Block until the parent closes our stdin; then exit (the shutdown hook stops the DBMS).
        InputStream in = System.in;
        try {
            while (in.read() != -1) { /* ignore input */ }
        } catch (IOException ignored) {
            // parent went away
        }
        System.exit(0);
    }
}
