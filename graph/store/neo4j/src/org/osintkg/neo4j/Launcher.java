package org.osintkg.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * Runs Neo4j Community embedded, with Bolt on 127.0.0.1 only, until SIGTERM.
 *
 * <p>Arguments: {@code HOME PORT PASSWORD_FILE PAGECACHE_BYTES TX_TIMEOUT_SECONDS}. The
 * password is read from a file so it never appears on a command line. Authentication is
 * on; the {@code neo4j} user's password is set through the embedded API before Bolt
 * clients can log in, so no first-login password change is needed. File URLs are refused
 * for {@code LOAD CSV} and the import folder is an empty folder of the home, so Cypher
 * cannot read the analyst's files. Prints {@code KG-READY} once the DBMS has started.
 */
public final class Launcher {
    private Launcher() {
    }

    private static String digest(String salt, String password) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] hash = sha.digest((salt + "\0" + password).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash);
    }

    /** Whether the marker says this password was set on the database (salt and digest, one line). */
    private static boolean passwordApplied(Path marker, String password) {
        try {
            String[] parts = Files.readString(marker, StandardCharsets.UTF_8).strip().split(" ");
            return parts.length == 2 && MessageDigest.isEqual(
                    parts[1].getBytes(StandardCharsets.UTF_8),
                    digest(parts[0], password).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | NoSuchAlgorithmException e) {
            return false;  // no marker, or unreadable: set the password as on a first start
        }
    }

    private static void markApplied(Path marker, String password) throws IOException, NoSuchAlgorithmException {
        byte[] raw = new byte[16];
        new SecureRandom().nextBytes(raw);
        String salt = HexFormat.of().formatHex(raw);
        Path tmp = marker.resolveSibling(marker.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {  // readable by its owner only, like the password file
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, salt + " " + digest(salt, password) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: Launcher HOME PORT PASSWORD_FILE PAGECACHE_BYTES TX_TIMEOUT_SECONDS");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).strip();
        long pagecache = Long.parseLong(args[3]);
        long txTimeout = Long.parseLong(args[4]);
        Path importDir = home.resolve("import");
        Files.createDirectories(importDir);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeout))
                // Community edition reports anonymous usage data to Neo4j by default; an analyst's
                // database must not call out, so the report is off.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt waits 5 s per connector for idle threads and connections at shutdown, after
                // the databases are already stopped and checkpointed: nothing is left to wait for.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100))
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping");
            System.out.flush();
            dbms.shutdown();
            System.out.println("stopped");
            System.out.flush();
            stopped.countDown();
        }, "kg-shutdown"));

        // A restart whose password is the one already set skips the ALTER USER: on a cold JVM the
        // first Cypher statement costs seconds. The marker holds a salted digest, never the password.
        Path applied = home.resolve("password.applied");
        if (!passwordApplied(applied, password)) {
            try {
                dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            } catch (QueryExecutionException e) {
                // A restart with the same password file: the password is already the one wanted.
                if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                    System.err.println("could not set the neo4j user's password: " + e.getMessage());
                    System.exit(1);  // the shutdown hook stops the DBMS cleanly
                }
            }
            markApplied(applied, password);
        }
        System.out.println("KG-READY bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }
}
