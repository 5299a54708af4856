package io.msglint.rules.config;

import io.msglint.rules.classify.ConfiguredKinds;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Severity;
import io.msglint.rules.model.Tiers;
import java.util.Map;
import java.util.Optional;

/**
 * What a project tells msglint beyond its code.
 *
 * @param ruleLevels a rule's level where the project changes it; empty means "off"
 * @param kinds      class-name patterns mapped to MESSAGE or EVENT
 * @param tiers      the service tiers the project runs on
 * @param maxFileSizeKb the largest source file read; a larger one is skipped with a note
 * @param scope      which of the files found are checked
 */
public record Config(Map<String, Optional<Severity>> ruleLevels, ConfiguredKinds kinds, Tiers tiers,
                     int maxFileSizeKb, Scope scope) {

    /** 10 MB: far beyond hand-written code, small enough that a scan never runs out of memory on one file. */
    public static final int DEFAULT_MAX_FILE_SIZE_KB = 10_240;

    public static final Config DEFAULT = new Config(Map.of(), ConfiguredKinds.NONE, Tiers.DEFAULT);

    public Config {
        ruleLevels = Map.copyOf(ruleLevels);
        if (maxFileSizeKb < 1) {
            throw new IllegalArgumentException("maxFileSizeKb must be at least 1");
        }
    }

    public Config(Map<String, Optional<Severity>> ruleLevels, ConfiguredKinds kinds, Tiers tiers) {
        this(ruleLevels, kinds, tiers, DEFAULT_MAX_FILE_SIZE_KB, Scope.DEFAULT);
    }

    public Config withMaxFileSizeKb(int kb) {
        return new Config(ruleLevels, kinds, tiers, kb, scope);
    }

    public Config withScope(Scope newScope) {
        return new Config(ruleLevels, kinds, tiers, maxFileSizeKb, newScope);
    }

    /** The largest source file read, in bytes. */
    public long maxFileBytes() {
        return maxFileSizeKb * 1024L;
    }

    public boolean isOff(String ruleId) {
        return ruleLevels.containsKey(ruleId) && ruleLevels.get(ruleId).isEmpty();
    }

    public Optional<Severity> level(String ruleId) {
        return ruleLevels.getOrDefault(ruleId, Optional.empty());
    }

    /**
     * A finding at its configured level: the configured level replaces the rule's default; a
     * finding the rule itself put below its default stays at most there, and one resting on
     * inference never goes above WARNING. The same for every front end.
     */
    public Finding levelled(Finding finding, Severity ruleDefault) {
        Optional<Severity> configured = level(finding.ruleId());
        if (configured.isEmpty()) {
            return finding;
        }
        Severity level = finding.severity() == ruleDefault ? configured.get() : finding.severity().capAt(configured.get());
        if (finding.restsOnInference()) {
            level = level.capAt(Severity.WARNING);
        }
        return finding.withSeverity(level);
    }
}
