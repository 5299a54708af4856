package io.msglint.core.cache;

import io.msglint.core.extract.AnalysisKey;
import io.msglint.core.extract.FileAnalysis;
import io.msglint.core.extract.FileFacts;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Each candidate file's analysis before linking, by its content and path: never stale, only unused. */
public final class AnalysisStore {

    private final Map<AnalysisKey, FileAnalysis> known;
    private final Map<AnalysisKey, FileAnalysis> next = new HashMap<>();
    private final boolean recording;
    private boolean changed;

    /** @param recording whether this run's analyses are kept (a disabled cache keeps nothing) */
    AnalysisStore(Map<AnalysisKey, FileAnalysis> known, boolean recording) {
        this.known = known;
        this.recording = recording;
    }

    public Optional<FileAnalysis> lookup(AnalysisKey key) {
        return Optional.ofNullable(known.get(key));
    }

    /** Records an analysis this run used; only what is recorded is saved. */
    public synchronized void remember(AnalysisKey key, FileAnalysis analysis) {
        if (!recording) {
            return;
        }
        next.put(key, analysis);
        changed |= !known.containsKey(key);
    }

    synchronized boolean changed() {
        return changed || next.size() != known.size();
    }

    synchronized void write(DataOutput out) throws IOException {
        out.writeInt(next.size());
        for (Map.Entry<AnalysisKey, FileAnalysis> e : next.entrySet()) {
            writeKey(out, e.getKey());
            FactsCodec.optional(out, e.getValue().problem());
            out.writeBoolean(e.getValue().facts().isPresent());
            if (e.getValue().facts().isPresent()) {
                FactsCodec.write(out, e.getValue().facts().get());
            }
        }
    }

    static Map<AnalysisKey, FileAnalysis> read(CacheInput in) throws IOException {
        Map<AnalysisKey, FileAnalysis> analyses = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            AnalysisKey key = readKey(in);
            Optional<String> problem = FactsCodec.optional(in);
            Optional<FileFacts> facts = in.readBoolean() ? Optional.of(FactsCodec.read(in)) : Optional.empty();
            analyses.put(key, new FileAnalysis(facts, problem));
        }
        return analyses;
    }

    static void writeKey(DataOutput out, AnalysisKey key) throws IOException {
        out.writeUTF(key.contentHash());
        out.writeUTF(key.reportPath());
        out.writeUTF(key.query());
    }

    static AnalysisKey readKey(CacheInput in) throws IOException {
        return new AnalysisKey(in.readUTF(), in.readUTF(), in.readUTF());
    }
}
