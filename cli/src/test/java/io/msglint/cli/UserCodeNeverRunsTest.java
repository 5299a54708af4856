package io.msglint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * msglint reads the user's classes and never runs them: a payload type whose static initializer
 * writes a file, on the classpath as a compiled class, is judged and the file never appears.
 */
class UserCodeNeverRunsTest {

    @TempDir
    Path dir;

    @Test
    void aPayloadWithAStaticInitializerIsReadNotRun() throws IOException {
        Path tripped = dir.resolve("tripped.txt");
        Path classes = compileTripwire(tripped);
        Path app = Files.createDirectories(dir.resolve("src/app"));
        Files.writeString(app.resolve("Sender.java"), """
                package app;

                import com.azure.core.util.BinaryData;
                import com.azure.messaging.servicebus.ServiceBusClientBuilder;
                import com.azure.messaging.servicebus.ServiceBusMessage;
                import com.azure.messaging.servicebus.ServiceBusSenderClient;
                import lib.Tripwire;

                class Sender {
                    private final ServiceBusSenderClient sender = new ServiceBusClientBuilder().connectionString("x")
                            .sender().queueName("q").buildClient();

                    void send(Tripwire payload) {
                        sender.sendMessage(new ServiceBusMessage(BinaryData.fromObject(payload)));
                    }
                }
                """);
        String classpath = classes + File.pathSeparator + System.getProperty("java.class.path");

        CliRunner.Run run = CliRunner.run("check", "--fail-on", "never", "--classpath", classpath, dir.resolve("src").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Tripwire is sent through a Service Bus queue 'q'");
        assertThat(tripped).doesNotExist();
    }

    /** Compiles {@code lib.Tripwire}, whose static initializer writes the given file. */
    private Path compileTripwire(Path tripped) throws IOException {
        Path source = Files.createDirectories(dir.resolve("lib-src/lib")).resolve("Tripwire.java");
        Files.writeString(source, """
                package lib;

                public class Tripwire {
                    static {
                        try {
                            java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "ran");
                        } catch (java.io.IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }

                    public String id;
                }
                """.formatted(tripped.toString().replace("\\", "\\\\")));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int code = javac.run(null, null, null, "-d", classes.toString(), source.toString());
        assertThat(code).isZero();
        assertThat(classes.resolve("lib/Tripwire.class")).exists();
        return classes;
    }
}
