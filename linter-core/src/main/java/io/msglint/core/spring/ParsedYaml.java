package io.msglint.core.spring;

import io.msglint.core.Fingerprint;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * YAML configuration files as parsed on earlier runs, by their text's fingerprint, kept in the
 * cache folder: a warm run reads its modules' configuration without loading SnakeYAML. Keeps only
 * what the last run used; a file that does not check out is an empty cache.
 */
final class ParsedYaml {

    /** No cache: every YAML file is parsed. */
    static final ParsedYaml NONE = new ParsedYaml(Optional.empty());

    private static final String FILE_NAME = "msglint-spring-config.bin";
    private static final int MAGIC = 0x4D535943;
    private static final int FORMAT = 1;
    private static final long MAX_BYTES = 16L * 1024 * 1024;

    private final Optional<Path> file;
    private Map<String, List<ConfigFiles.Document>> known;
    private final Map<String, List<ConfigFiles.Document>> used = new LinkedHashMap<>();
    private boolean parsedAny;

    private ParsedYaml(Optional<Path> file) {
        this.file = file;
    }

    /** The parsed files kept in a cache folder, read when first asked for. */
    static ParsedYaml in(Optional<Path> cacheDir) {
        return cacheDir.isEmpty() ? NONE : new ParsedYaml(cacheDir.map(d -> d.resolve(FILE_NAME)));
    }

    synchronized Optional<List<ConfigFiles.Document>> lookup(String text) {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        if (known == null) {
            known = load(file.get());
        }
        String key = Fingerprint.of(text);
        List<ConfigFiles.Document> documents = known.get(key);
        if (documents != null) {
            used.put(key, documents);
        }
        return Optional.ofNullable(documents);
    }

    synchronized void remember(String text, List<ConfigFiles.Document> documents) {
        if (file.isPresent()) {
            used.put(Fingerprint.of(text), documents);
            parsedAny = true;
        }
    }

    /** Writes what this run used, when it parsed anything new; a failure only costs the next run a parse. */
    synchronized void save() {
        if (file.isEmpty() || !parsedAny) {
            return;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(used.size());
            for (Map.Entry<String, List<ConfigFiles.Document>> entry : used.entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeInt(entry.getValue().size());
                for (ConfigFiles.Document document : entry.getValue()) {
                    out.writeInt(document.properties().size());
                    for (Map.Entry<String, String> property : document.properties().entrySet()) {
                        out.writeUTF(property.getKey());
                        out.writeUTF(property.getValue());
                    }
                }
            }
            byte[] body = bytes.toByteArray();
            CRC32C crc = new CRC32C();
            crc.update(body);
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            DataOutputStream head = new DataOutputStream(whole);
            head.writeInt(MAGIC);
            head.writeInt(FORMAT);
            head.writeLong(crc.getValue());
            head.write(body);
            Path target = file.get();
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "msglint-spring", ".tmp");
            try {
                Files.write(temp, whole.toByteArray());
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            // Not saved: the next run parses the files again.
        }
    }

    private static Map<String, List<ConfigFiles.Document>> load(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Map.of();
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)));
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                return Map.of();
            }
            long expected = in.readLong();
            byte[] body = in.readAllBytes();
            CRC32C crc = new CRC32C();
            crc.update(body);
            if (crc.getValue() != expected) {
                return Map.of();
            }
            DataInputStream entries = new DataInputStream(new ByteArrayInputStream(body));
            Map<String, List<ConfigFiles.Document>> known = new HashMap<>();
            for (int i = entries.readInt(); i > 0; i--) {
                String key = entries.readUTF();
                List<ConfigFiles.Document> documents = new ArrayList<>();
                for (int d = entries.readInt(); d > 0; d--) {
                    Map<String, String> properties = new LinkedHashMap<>();
                    for (int p = entries.readInt(); p > 0; p--) {
                        properties.put(entries.readUTF(), entries.readUTF());
                    }
                    documents.add(new ConfigFiles.Document(properties, ConfigFiles.profileOf(properties)));
                }
                known.put(key, documents);
            }
            return known;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }
}
