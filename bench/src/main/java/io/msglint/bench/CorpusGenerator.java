package io.msglint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Writes a synthetic Java codebase: plain service code, with a share of files that send through
 * Azure messaging and make known mistakes. Deterministic for a seed. Besides the sources it
 * writes {@code expected-findings.txt}: one "file:line ruleId" per planted finding.
 *
 * <pre>java -cp msglint-bench.jar io.msglint.bench.CorpusGenerator OUT [files] [azureShare] [seed]</pre>
 */
public final class CorpusGenerator {

    /** Where a planted finding is, relative to the corpus root. */
    public record Planted(String file, int line, String ruleId) implements Comparable<Planted> {

        @Override
        public int compareTo(Planted o) {
            return toString().compareTo(o.toString());
        }

        @Override
        public String toString() {
            return file + ":" + line + " " + ruleId;
        }
    }

    private static final String[] DOMAIN = {"Order", "Customer", "Invoice", "Song", "Album", "Artist", "Playlist",
            "Account", "Payment", "Shipment", "Device", "Reading", "Ticket", "Review", "Coupon"};
    private static final String PAYLOADS = "com.example.payloads";

    private final Random random;
    private final Path root;
    private final TreeSet<Planted> planted = new TreeSet<>();
    private long lines;

    private CorpusGenerator(Path root, long seed) {
        this.root = root;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/corpus");
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        double share = args.length > 2 ? Double.parseDouble(args[2]) : 0.02;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        Result result = generate(out, files, share, seed);
        System.out.println("wrote " + result.files() + " files, " + result.lines() + " lines, "
                + result.planted().size() + " planted findings to " + out);
    }

    /** The corpus written. */
    public record Result(int files, long lines, List<Planted> planted) {
    }

    public static Result generate(Path out, int files, double azureShare, long seed) throws IOException {
        CorpusGenerator generator = new CorpusGenerator(out, seed);
        return generator.write(files, azureShare);
    }

    private Result write(int files, double azureShare) throws IOException {
        int azureFiles = (int) Math.round(files * azureShare);
        int written = writePayloads();
        if (azureFiles > 0) {
            written += writeClientBeans();
            writeStreamConfiguration();
        }
        int step = azureFiles == 0 ? Integer.MAX_VALUE : Math.max(1, files / azureFiles);
        int azureWritten = 0;
        for (int i = 0; written < files; i++) {
            boolean azure = azureWritten < azureFiles && i % step == 0;
            String pkg = "com.example.module" + (i % 40) + (azure ? ".messaging" : ".service");
            String name = DOMAIN[i % DOMAIN.length] + (azure ? "Publisher" : "Service") + i;
            String text = azure ? azureClass(pkg, name, azureWritten) : plainClass(pkg, name);
            save(pkg, name, text);
            written++;
            if (azure) {
                written += callers(pkg, name, azureWritten, i);
                azureWritten++;
            }
        }
        List<Planted> list = new ArrayList<>(planted);
        StringBuilder expected = new StringBuilder();
        list.forEach(p -> expected.append(p).append('\n'));
        Files.writeString(root.resolve("expected-findings.txt"), expected.toString(), StandardCharsets.UTF_8);
        return new Result(written, lines, list);
    }

    private int writePayloads() throws IOException {
        save(PAYLOADS, "SongUpload", header(PAYLOADS) + "import io.msglint.annotations.Message;\n\n"
                + "@Message\npublic record SongUpload(String id, String title) {\n}\n");
        save(PAYLOADS, "SongAvailable", header(PAYLOADS) + "import io.msglint.annotations.Event;\n\n"
                + "@Event\npublic record SongAvailable(String id, String url) {\n}\n");
        save(PAYLOADS, "PlaylistEdit", header(PAYLOADS) + "import io.msglint.annotations.Message;\n\n"
                + "@Message(ordered = true)\npublic record PlaylistEdit(String playlistId, int position) {\n}\n");
        save(PAYLOADS, "ReadingTaken", header(PAYLOADS) + "import io.msglint.annotations.Event;\n"
                + "import io.msglint.annotations.EventKind;\n\n"
                + "@Event(kind = EventKind.SERIES)\npublic record ReadingTaken(String deviceId, double value) {\n}\n");
        return 4;
    }

    /** A file that sends through Azure messaging; the variant decides which mistake it makes. */
    private String azureClass(String pkg, String name, int index) {
        List<String> lines = new ArrayList<>();
        lines.add("package " + pkg + ";");
        lines.add("");
        lines.add("import com.azure.core.util.BinaryData;");
        lines.add("import com.azure.messaging.eventgrid.EventGridEvent;");
        lines.add("import com.azure.messaging.eventgrid.EventGridPublisherClient;");
        lines.add("import com.azure.messaging.eventhubs.EventData;");
        lines.add("import com.azure.messaging.eventhubs.EventHubProducerClient;");
        lines.add("import com.azure.messaging.eventhubs.models.CreateBatchOptions;");
        lines.add("import com.azure.messaging.servicebus.ServiceBusMessage;");
        lines.add("import com.azure.messaging.servicebus.ServiceBusSenderAsyncClient;");
        lines.add("import com.azure.storage.queue.QueueClient;");
        lines.add("import " + PAYLOADS + ".*;");
        lines.add("import java.util.List;");
        lines.add("import reactor.core.publisher.Mono;");
        lines.add("");
        lines.add("public class " + name + " {");
        lines.add("");
        lines.add("    private final EventGridPublisherClient<EventGridEvent> events;");
        lines.add("    private final QueueClient queue;");
        lines.add("    private final ServiceBusSenderAsyncClient sender;");
        lines.add("    private final EventHubProducerClient hub;");
        // Variant 8's Service Bus sender is injected: which queue it is, only the @Bean method that builds it says.
        boolean injected = index % VARIANTS == 8;
        if (injected) {
            lines.add("    private final com.azure.messaging.servicebus.ServiceBusSenderClient ordersSender;");
        }
        lines.add("");
        lines.add("    public " + name + "(EventGridPublisherClient<EventGridEvent> events, QueueClient queue,");
        lines.add("            ServiceBusSenderAsyncClient sender, EventHubProducerClient hub"
                + (injected ? ", com.azure.messaging.servicebus.ServiceBusSenderClient ordersSender) {" : ") {"));
        lines.add("        this.events = events;");
        lines.add("        this.queue = queue;");
        lines.add("        this.sender = sender;");
        lines.add("        this.hub = hub;");
        if (injected) {
            lines.add("        this.ordersSender = ordersSender;");
        }
        lines.add("    }");
        lines.add("");
        String file = path(pkg, name);
        switch (index % VARIANTS) {
            case 0 -> {
                lines.add("    public void upload(SongUpload upload) {");
                plant(lines, file, "ML001", "        events.sendEvent(new EventGridEvent(\"songs\", \"Upload\", BinaryData.fromObject(upload), \"1.0\"));");
                lines.add("    }");
            }
            case 1 -> {
                lines.add("    public void announce(SongAvailable available) {");
                plant(lines, file, "ML003", "        queue.sendMessage(BinaryData.fromObject(available));");
                lines.add("    }");
            }
            case 2 -> {
                lines.add("    public void edit(PlaylistEdit edit) {");
                plant(lines, file, "ML005", "        queue.sendMessage(BinaryData.fromObject(edit));");
                lines.add("    }");
            }
            case 3 -> {
                lines.add("    public void fireAndForget(SongUpload upload) {");
                plant(lines, file, "ML015", "        sender.sendMessage(new ServiceBusMessage(BinaryData.fromObject(upload)));");
                lines.add("    }");
            }
            case 4 -> {
                lines.add("    public void readings(List<ReadingTaken> readings) {");
                plant(lines, file, "ML016", "        hub.send(readings.stream().map(r -> new EventData(BinaryData.fromObject(r))).toList());");
                lines.add("    }");
            }
            case 6 -> {
                // A sending method: its callers, in code that never imports the SDK, choose the payload.
                lines.add("    public void publish(Object event) {");
                lines.add("        queue.sendMessage(BinaryData.fromObject(event));");
                lines.add("    }");
            }
            case 7 -> {
                // The end of a three-method path: A -> B -> C -> here.
                lines.add("    public void emit(Object payload) {");
                lines.add("        events.sendEvent(new EventGridEvent(\"songs\", \"Emitted\", BinaryData.fromObject(payload), \"1.0\"));");
                lines.add("    }");
            }
            case 8 -> {
                lines.add("    public void announceOnOrders(SongAvailable available) {");
                plant(lines, file, "ML003", "        ordersSender.sendMessage(new ServiceBusMessage(BinaryData.fromObject(available)));");
                lines.add("    }");
            }
            default -> {
                lines.add("    public Mono<Void> correct(SongUpload upload, SongAvailable available, List<ReadingTaken> readings) {");
                lines.add("        events.sendEvent(new EventGridEvent(\"songs\", \"Available\", BinaryData.fromObject(available), \"1.0\"));");
                lines.add("        var batch = hub.createBatch(new CreateBatchOptions().setPartitionKey(\"device\"));");
                lines.add("        readings.forEach(r -> batch.tryAdd(new EventData(BinaryData.fromObject(r))));");
                lines.add("        hub.send(batch);");
                lines.add("        return sender.sendMessage(new ServiceBusMessage(BinaryData.fromObject(upload)));");
                lines.add("    }");
            }
        }
        lines.add("");
        bodyMethods(lines, 4 + random.nextInt(6));
        lines.add("}");
        return String.join("\n", lines) + "\n";
    }

    /** How many kinds of messaging file the corpus cycles through. */
    private static final int VARIANTS = 10;

    /**
     * The callers of a messaging file's sending method, in plain service code that never imports
     * the SDK: one caller of a publisher, three files deep to a gateway. Returns how many files it wrote.
     */
    private int callers(String pkg, String sender, int index, int i) throws IOException {
        String servicePkg = "com.example.module" + (i % 40) + ".service";
        if (index % VARIANTS == 6) {
            String name = "Announcing" + sender;
            save(servicePkg, name, caller(servicePkg, name, pkg + "." + sender, "publisher",
                    "publisher.publish(new SongAvailable(id, \"https://songs/\" + id));", "ML003"));
            return 1;
        }
        if (index % VARIANTS == 7) {
            String relay = "Relaying" + sender;
            String facade = "Uploading" + sender;
            String entry = "Submitting" + sender;
            save(servicePkg, relay, forwarder(servicePkg, relay, pkg + "." + sender, "gateway", "emit"));
            save(servicePkg, facade, forwarder(servicePkg, facade, servicePkg + "." + relay, "relay", "pass"));
            save(servicePkg, entry, caller(servicePkg, entry, servicePkg + "." + facade, "uploads",
                    "uploads.pass(new SongUpload(id, \"title\"));", "ML001"));
            return 3;
        }
        if (index % VARIANTS == 8) {
            String name = "Streaming" + sender;
            save(servicePkg, name, caller(servicePkg, name, "org.springframework.cloud.stream.function.StreamBridge",
                    "bridge", "bridge.send(\"song-news\", new SongAvailable(id, \"https://songs/\" + id));", "ML003"));
            return 1;
        }
        return 0;
    }

    /**
     * The corpus as a Spring Cloud Stream application on the Service Bus binder: its build file
     * names the binder, its configuration binds {@code song-news} to a queue.
     */
    private void writeStreamConfiguration() throws IOException {
        Files.writeString(root.resolve("pom.xml"), "<project>\n  <modelVersion>4.0.0</modelVersion>\n"
                + "  <groupId>com.example</groupId>\n  <artifactId>corpus</artifactId>\n  <version>1</version>\n"
                + "  <dependencies>\n    <dependency>\n      <groupId>com.azure.spring</groupId>\n"
                + "      <artifactId>spring-cloud-azure-stream-binder-servicebus</artifactId>\n    </dependency>\n"
                + "  </dependencies>\n</project>\n", StandardCharsets.UTF_8);
        Path resources = Files.createDirectories(root.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.yml"), "spring:\n  cloud:\n    stream:\n"
                + "      bindings:\n        song-news:\n          destination: ${news.queue:song-news}\n"
                + "      servicebus:\n        bindings:\n          song-news:\n            producer:\n"
                + "              entity-type: queue\n", StandardCharsets.UTF_8);
    }

    /** Plain service code with one call that hands a payload to a project method; the mistake is planted there. */
    private String caller(String pkg, String name, String target, String field, String call, String ruleId) {
        List<String> lines = new ArrayList<>();
        lines.add("package " + pkg + ";");
        lines.add("");
        lines.add("import " + target + ";");
        lines.add("import " + PAYLOADS + ".*;");
        lines.add("import java.util.ArrayList;");
        lines.add("import java.util.HashMap;");
        lines.add("import java.util.List;");
        lines.add("import java.util.Map;");
        lines.add("import java.util.Optional;");
        lines.add("");
        lines.add("public class " + name + " {");
        lines.add("");
        lines.add("    private final Map<String, List<Integer>> index = new HashMap<>();");
        lines.add("    private final " + simple(target) + " " + field + ";");
        lines.add("    private int counter;");
        lines.add("");
        lines.add("    public " + name + "(" + simple(target) + " " + field + ") {");
        lines.add("        this." + field + " = " + field + ";");
        lines.add("    }");
        lines.add("");
        lines.add("    public void handle(String id) {");
        plant(lines, path(pkg, name), ruleId, "        " + call);
        lines.add("    }");
        lines.add("");
        bodyMethods(lines, 6 + random.nextInt(2));
        lines.add("}");
        return String.join("\n", lines) + "\n";
    }

    /** Plain service code whose method passes what it is given on to the next project method. */
    private String forwarder(String pkg, String name, String target, String field, String called) {
        List<String> lines = new ArrayList<>();
        lines.add("package " + pkg + ";");
        lines.add("");
        lines.add("import " + target + ";");
        lines.add("import java.util.ArrayList;");
        lines.add("import java.util.HashMap;");
        lines.add("import java.util.List;");
        lines.add("import java.util.Map;");
        lines.add("import java.util.Optional;");
        lines.add("");
        lines.add("public class " + name + " {");
        lines.add("");
        lines.add("    private final Map<String, List<Integer>> index = new HashMap<>();");
        lines.add("    private final " + simple(target) + " " + field + ";");
        lines.add("    private int counter;");
        lines.add("");
        lines.add("    public " + name + "(" + simple(target) + " " + field + ") {");
        lines.add("        this." + field + " = " + field + ";");
        lines.add("    }");
        lines.add("");
        lines.add("    public void pass(Object payload) {");
        lines.add("        " + field + "." + called + "(payload);");
        lines.add("    }");
        lines.add("");
        bodyMethods(lines, 6 + random.nextInt(2));
        lines.add("}");
        return String.join("\n", lines) + "\n";
    }

    /** The messaging clients of the corpus, built as Spring beans: a Service Bus queue and a topic. */
    private int writeClientBeans() throws IOException {
        String pkg = "com.example.config";
        save(pkg, "MessagingBeans", header(pkg)
                + "import com.azure.messaging.servicebus.ServiceBusClientBuilder;\n"
                + "import com.azure.messaging.servicebus.ServiceBusSenderClient;\n"
                + "import org.springframework.context.annotation.Bean;\n"
                + "import org.springframework.context.annotation.Configuration;\n\n"
                + "@Configuration\npublic class MessagingBeans {\n\n"
                + "    @Bean\n    public ServiceBusSenderClient ordersSender() {\n"
                + "        return new ServiceBusClientBuilder().connectionString(\"Endpoint=sb://x/\").sender().queueName(\"orders\").buildClient();\n"
                + "    }\n\n"
                + "    @Bean\n    public ServiceBusSenderClient announcementsSender() {\n"
                + "        return new ServiceBusClientBuilder().connectionString(\"Endpoint=sb://x/\").sender().topicName(\"announcements\").buildClient();\n"
                + "    }\n}\n");
        return 1;
    }

    private static String simple(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    private void plant(List<String> lines, String file, String ruleId, String line) {
        lines.add(line);
        planted.add(new Planted(file, lines.size(), ruleId));
    }

    /** Ordinary service code, about 180 lines: fields, loops, collections, the odd empty catch. */
    private String plainClass(String pkg, String name) {
        List<String> lines = new ArrayList<>();
        lines.add("package " + pkg + ";");
        lines.add("");
        lines.add("import java.util.ArrayList;");
        lines.add("import java.util.HashMap;");
        lines.add("import java.util.List;");
        lines.add("import java.util.Map;");
        lines.add("import java.util.Optional;");
        lines.add("");
        lines.add("/** Generated service " + name + ". */");
        lines.add("public class " + name + " {");
        lines.add("");
        lines.add("    private final Map<String, List<Integer>> index = new HashMap<>();");
        lines.add("    private int counter;");
        lines.add("");
        bodyMethods(lines, 8 + random.nextInt(2));
        lines.add("}");
        return String.join("\n", lines) + "\n";
    }

    private void bodyMethods(List<String> lines, int methods) {
        for (int m = 0; m < methods; m++) {
            String method = "compute" + m;
            lines.add("    public int " + method + "(List<Integer> values, String key) {");
            lines.add("        int total = 0;");
            lines.add("        for (int value : values) {");
            lines.add("            if (value % " + (2 + random.nextInt(7)) + " == 0) {");
            lines.add("                total += value * " + random.nextInt(100) + ";");
            lines.add("            } else {");
            lines.add("                total -= value;");
            lines.add("            }");
            lines.add("        }");
            lines.add("        List<Integer> bucket = index.computeIfAbsent(key, k -> new ArrayList<>());");
            lines.add("        bucket.add(total);");
            lines.add("        try {");
            lines.add("            counter = Math.addExact(counter, total);");
            lines.add("        } catch (ArithmeticException e) {");
            if (random.nextInt(5) == 0) {
                lines.add("            // overflow ignored");
            } else {
                lines.add("            counter = 0;");
            }
            lines.add("        }");
            lines.add("        return Optional.of(total).map(t -> t + counter).orElse(0);");
            lines.add("    }");
            lines.add("");
        }
    }

    private static String header(String pkg) {
        return "package " + pkg + ";\n\n";
    }

    private static String path(String pkg, String name) {
        return "src/" + pkg.replace('.', '/') + "/" + name + ".java";
    }

    private void save(String pkg, String name, String text) throws IOException {
        Path file = root.resolve(path(pkg, name));
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        lines += text.chars().filter(c -> c == '\n').count();
    }
}
