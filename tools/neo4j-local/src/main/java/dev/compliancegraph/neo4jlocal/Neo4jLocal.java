package dev.compliancegraph.neo4jlocal;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs an embedded Neo4j Community DBMS with a Bolt connector, for local development and tests.
 *
 * <pre>
 * java -cp "target/classes:target/lib/*" dev.compliancegraph.neo4jlocal.Neo4jLocal \
 *   --data DIR --port BOLT_PORT [--pagecache-mb 64] [--tx-memory-mb 256] [--ignore-stdin]
 * </pre>
 *
 * Protocol with the parent process (src/db/local-neo4j.ts), one line each:
 * stdout {@code NEO4J_READY bolt://127.0.0.1:PORT} once queries work, stdout {@code NEO4J_STOPPED}
 * after a clean shutdown, stderr {@code NEO4J_FAILED reason} (exit 1) if start-up fails.
 * Neo4j's own logs go to DIR/logs (debug.log, neo4j.log), never to stdout.
 *
 * It stops on SIGTERM/SIGINT and when stdin reaches EOF, so a parent that spawned it with a
 * pipe on stdin cannot leave it running by dying (unless {@code --ignore-stdin}).
 */
public final class Neo4jLocal {
    private static final String HOST = "127.0.0.1";

    private static final Object LOCK = new Object();
    private static DatabaseManagementService dbms; // guarded by LOCK
    private static boolean stopping; // guarded by LOCK
    /** Opened once build() has returned or failed, so a signal during start-up still stops cleanly. */
    private static final CountDownLatch BUILT = new CountDownLatch(1);

    public static void main(String[] args) {
        Path dir = null;
        int port = -1;
        long pagecacheMb = 64;
        long txMemoryMb = 256;
        boolean watchStdin = true;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--data" -> dir = Path.of(args[++i]).toAbsolutePath().normalize();
                    case "--port" -> port = Integer.parseInt(args[++i]);
                    case "--pagecache-mb" -> pagecacheMb = Long.parseLong(args[++i]);
                    case "--tx-memory-mb" -> txMemoryMb = Long.parseLong(args[++i]);
                    case "--ignore-stdin" -> watchStdin = false;
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (dir == null || port < 1 || port > 65535) {
                throw new IllegalArgumentException("usage: --data <dir> --port <1-65535> [--pagecache-mb N]"
                        + " [--tx-memory-mb N] [--ignore-stdin]");
            }
        } catch (RuntimeException e) { // bad number, missing value, unknown flag
            fail(e, null);
            return;
        }

        // Shut down on SIGTERM/SIGINT and on System.exit (used by the stdin watcher below).
        Runtime.getRuntime().addShutdownHook(new Thread(Neo4jLocal::stop, "neo4j-local-shutdown"));

        try {
            // Neo4j detects both problems itself, but only after ~10 s of starting and stopping.
            checkPortFree(port);
            checkStoreNotLocked(dir);

            Path logs = dir.resolve("logs");
            Files.createDirectories(logs);
            // The user log (what the stock server writes to neo4j.log) would otherwise be dropped.
            OutputStream userLog = new FileOutputStream(logs.resolve("neo4j.log").toFile(), true);

            // DIR is Neo4j's home: the store lives in DIR/data, logs in DIR/logs, nothing outside DIR.
            DatabaseManagementService service = new DatabaseManagementServiceBuilder(dir)
                    .setUserLogProvider(new Log4jLogProvider(userLog))
                    .setConfig(BoltConnector.enabled, true)
                    // Loopback only: together with auth disabled below, this is what keeps the
                    // database private to this machine.
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                    // Local dev/test database reachable only from 127.0.0.1: no users, no passwords.
                    // Never expose this launcher on another interface.
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
                    // A runaway query fails with a memory error instead of taking the JVM heap down.
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
                            ByteUnit.mebiBytes(txMemoryMb))
                    // No usage-data phone-home from dev machines and CI.
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Small, predictable transaction logs for a throwaway database.
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                    // Bolt stops after the databases; its two default 5 s waits only made every
                    // stop (and every failed start) 10 s slower. Internal settings: recheck on upgrade.
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .build();
            synchronized (LOCK) {
                dbms = service;
            }
            BUILT.countDown();
            // build() can succeed with the "neo4j" database failed (for example a locked store):
            // a real query is the only reliable readiness check.
            service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        } catch (Throwable e) {
            BUILT.countDown();
            fail(e, dir);
            return;
        }

        System.out.println("NEO4J_READY bolt://" + HOST + ":" + port);
        System.out.flush();

        if (watchStdin) {
            Thread watcher = new Thread(Neo4jLocal::exitOnStdinEof, "neo4j-local-stdin");
            watcher.setDaemon(true);
            watcher.start();
        }
        // main returns; Neo4j's non-daemon threads keep the JVM alive until shutdown.
    }

    private static void checkPortFree(int port) throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as Netty does: a port in TIME_WAIT is usable
            socket.bind(new InetSocketAddress(HOST, port));
        } catch (IOException e) {
            throw new IOException("port " + HOST + ":" + port + " is not available (" + e.getMessage() + ")", e);
        }
    }

    /** Neo4j holds an OS file lock on this file while the store is open. */
    private static void checkStoreNotLocked(Path dir) throws IOException {
        Path lockFile = dir.resolve("data").resolve("databases").resolve("store_lock");
        if (!Files.exists(lockFile)) {
            return; // new data dir
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IOException("data dir " + dir + " is in use by another Neo4j process (" + lockFile + " is locked)");
            }
        }
    }

    /** Blocks until the parent closes our stdin (or dies), then exits, which runs the hook. */
    private static void exitOnStdinEof() {
        try {
            byte[] buffer = new byte[256];
            while (System.in.read(buffer) >= 0) {
                // Input is ignored: stdin is only a lifeline to the parent.
            }
        } catch (IOException ignored) {
            // A broken stdin means the same as EOF.
        }
        System.exit(0);
    }

    /** The shutdown hook (SIGTERM, SIGINT, System.exit). */
    private static void stop() {
        synchronized (LOCK) {
            if (stopping) {
                return;
            }
            stopping = true;
        }
        try {
            // A signal during build(): wait for it rather than leave a half-started store behind.
            BUILT.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        DatabaseManagementService service;
        synchronized (LOCK) {
            service = dbms;
        }
        if (service == null) {
            return; // start-up failed or never got that far
        }
        try {
            service.shutdown();
        } catch (Throwable e) {
            System.err.println("neo4j-local: error during shutdown: " + oneLine(e));
        }
        System.out.println("NEO4J_STOPPED");
        System.out.flush();
    }

    private static void fail(Throwable e, Path dir) {
        if (dir != null) { // full stack trace for humans; the parent only gets one line
            try (PrintStream out = new PrintStream(new FileOutputStream(
                    dir.resolve("logs").resolve("neo4j-local-failure.log").toFile(), true))) {
                out.println(java.time.Instant.now() + " start-up failed:");
                e.printStackTrace(out);
            } catch (IOException | RuntimeException ignored) {
                // best effort only
            }
        }
        DatabaseManagementService service;
        synchronized (LOCK) {
            if (stopping) {
                return; // we were told to stop during start-up: the hook finishes the job
            }
            stopping = true;
            service = dbms;
        }
        if (service != null) {
            try {
                service.shutdown();
            } catch (Throwable ignored) {
                // already failing; the original reason matters more
            }
        }
        System.err.println("NEO4J_FAILED " + oneLine(e));
        System.err.flush();
        // halt, not exit: the shutdown hook has nothing left to do and must not block.
        Runtime.getRuntime().halt(1);
    }

    /** The deepest cause usually names the real problem (address in use, store locked, ...). */
    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String top = e.getClass().getSimpleName() + ": " + e.getMessage();
        String reason = root == e || String.valueOf(e.getMessage()).contains(String.valueOf(root.getMessage())) ? top
                : top + " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        return reason.replaceAll("\\s+", " ").trim();
    }
}
