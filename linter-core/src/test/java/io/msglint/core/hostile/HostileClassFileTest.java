package io.msglint.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.Diagnostic;
import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.core.testing.Fixtures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A class file on the classpath that claims a 2 GB attribute: a note, never a heap exhausted. */
@Timeout(60)
class HostileClassFileTest {

    @TempDir
    Path dir;

    @Test
    void aPayloadTypeWhoseClassFileLiesAboutItsLengthIsANote() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes/lib"));
        Files.write(classes.resolve("Payload.class"), hostileClassFile());
        Path source = Files.createDirectories(dir.resolve("src/app"));
        Files.writeString(source.resolve("Sender.java"), """
                package app;

                import com.azure.core.util.BinaryData;
                import com.azure.messaging.servicebus.ServiceBusClientBuilder;
                import com.azure.messaging.servicebus.ServiceBusMessage;
                import com.azure.messaging.servicebus.ServiceBusSenderClient;
                import lib.Payload;

                class Sender {
                    private final ServiceBusSenderClient sender = new ServiceBusClientBuilder().connectionString("x")
                            .sender().queueName("q").buildClient();

                    void send(Payload payload) {
                        sender.sendMessage(new ServiceBusMessage(BinaryData.fromObject(payload)));
                    }
                }
                """);
        List<Path> classpath = new ArrayList<>(Fixtures.classpath());
        classpath.add(dir.resolve("classes"));

        ScanResult result = new Msglint().scan(ScanRequest.of(List.of(dir.resolve("src")), classpath).withBaseDir(dir));

        assertThat(result.diagnostics()).extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).contains("class file lib.Payload").contains("malformed"));
        assertThat(result.sites()).isNotEmpty();
    }

    /** A 250-byte class file {@code lib.Payload} whose one attribute claims 2 GB. */
    private static byte[] hostileClassFile() {
        ByteBuffer b = ByteBuffer.allocate(250);
        b.putInt(0xCAFEBABE).putShort((short) 0).putShort((short) 61);
        b.putShort((short) 3); // constants 1 and 2
        b.put((byte) 1).putShort((short) 11).put("lib/Payload".getBytes());
        b.put((byte) 7).putShort((short) 1);
        b.putShort((short) 0x21).putShort((short) 2).putShort((short) 0); // flags, this, super
        b.putShort((short) 0).putShort((short) 0).putShort((short) 0); // interfaces, fields, methods
        b.putShort((short) 1).putShort((short) 1).putInt(0x7FFFFFFF); // one attribute of 2 GB
        return b.array();
    }
}
