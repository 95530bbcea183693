package com.roboplanet.soconnector.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@link KillableMain} in a JVM of its own, started from the test's classpath, with only the environment the test gives
 * (no SO_*, SMTP_* or proxy variable of the machine leaks in). Its output is read as it comes, so that a test can wait
 * for the line that says the child stopped at a boundary, and then kill it with SIGKILL.
 */
final class ChildProcess implements AutoCloseable {
    private final Process process;
    private final List<String> out = Collections.synchronizedList(new ArrayList<>());
    private final StringBuffer err = new StringBuffer();
    private final CountDownLatch marked = new CountDownLatch(1);
    private final Thread outReader;
    private final Thread errReader;

    private ChildProcess(Process process) {
        this.process = process;
        this.outReader = reader(process.getInputStream(), line -> {
            out.add(line);
            if (line.startsWith(KillableMain.MARK)) {
                marked.countDown();
            }
        });
        this.errReader =
                reader(process.getErrorStream(), line -> err.append(line).append('\n'));
    }

    /**
     * @param boundary {@code none}, or {@code before:STATE}/{@code after:STATE} of a journal record
     * @param env the whole environment of the child
     */
    static ChildProcess start(Path workingDirectory, Map<String, String> env, String boundary, List<String> args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Start-up is most of a child's life: C1 only, a small serial heap, the JDK's class-data sharing.
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx256m"));
        command.add("-Dguice_bytecode_gen_option=DISABLED");
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        command.add(KillableMain.class.getName());
        command.add(boundary);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        return new ChildProcess(builder.start());
    }

    /** @return true once the child printed that it stopped at its boundary */
    boolean awaitBoundary(Duration timeout) throws InterruptedException {
        return marked.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** SIGKILL (on Unix {@link Process#destroyForcibly()} is SIGKILL), then waits for the end. @return its exit code */
    int kill(Duration timeout) throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the child did not end after SIGKILL within " + timeout);
        }
        return process.exitValue();
    }

    String out() {
        return String.join("\n", out);
    }

    String err() {
        return err.toString();
    }

    private static Thread reader(java.io.InputStream stream, java.util.function.Consumer<String> lines) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.accept(line);
                }
            } catch (IOException e) {
                // The child was killed: its pipes break, and what it wrote so far is kept.
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    @Override
    public String toString() {
        return "--- child out\n" + out() + "\n--- child err\n" + err();
    }
}
