package org.safeguard.fault;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own (initdb into a temporary directory, a free port, trust authentication), so
 * that the test can take the database away and bring it back without touching the machine's shared server. Runs the
 * server binaries as the {@code postgres} operating-system user when the test runs as root, as PostgreSQL refuses root.
 */
final class ScratchPostgres implements AutoCloseable {

    private final Path bin;
    private final Path data;
    private final int port;

    private ScratchPostgres(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /** The newest installed server's binaries, if any. */
    static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(p -> Integer.parseInt(p.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static ScratchPostgres create(Path bin) throws Exception {
        Path data = Files.createTempDirectory("safeguard-scratch-pg");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ScratchPostgres pg = new ScratchPostgres(bin, data, port);
        if (asRoot()) {
            run(List.of("chown", "postgres", data.toString()));
        }
        pg.server("initdb", "-D", data.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
        pg.start();
        return pg;
    }

    int port() {
        return port;
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void start() throws Exception {
        server("pg_ctl", "-D", data.toString(), "-w", "-l", data.resolve("server.log").toString(),
                "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c fsync=off -c unix_socket_directories=" + data, "start");
    }

    /** An outage as a crash looks to the application: the server stops at once, connections die mid-statement. */
    void stopImmediately() throws Exception {
        server("pg_ctl", "-D", data.toString(), "-w", "-m", "immediate", "stop");
    }

    @Override
    public void close() throws Exception {
        try {
            stopImmediately();
        } catch (Exception alreadyStopped) {
            // nothing to stop
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private void server(String program, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (asRoot()) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.add(bin.resolve(program).toString());
        cmd.addAll(List.of(args));
        run(cmd);
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
        }
    }
}
