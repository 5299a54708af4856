package io.msglint.core.config;

import io.msglint.rules.classify.ConfiguredKinds;
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
 */
public record Config(Map<String, Optional<Severity>> ruleLevels, ConfiguredKinds kinds, Tiers tiers) {

    public static final Config DEFAULT = new Config(Map.of(), ConfiguredKinds.NONE, Tiers.DEFAULT);

    public Config {
        ruleLevels = Map.copyOf(ruleLevels);
    }

    public boolean isOff(String ruleId) {
        return ruleLevels.containsKey(ruleId) && ruleLevels.get(ruleId).isEmpty();
    }

    public Optional<Severity> level(String ruleId) {
        return ruleLevels.getOrDefault(ruleId, Optional.empty());
    }
}
