package io.msglint.rules.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.msglint.rules.classify.ConfiguredKinds;
import io.msglint.rules.model.PayloadKind;
import io.msglint.rules.model.Severity;
import io.msglint.rules.model.Tiers;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @Test
    void readsLevelsKindsAndTiers() throws Exception {
        Config config = parse("""
                rule.ML003.level = error
                rule.ml013.level = off
                kind.message = com.acme.commands.**, com.acme.*Command
                kind.event = com.acme.events.**
                tier.servicebus = Premium
                tier.eventhubs = dedicated
                servicebus.maxMessageSizeKb = 102400
                """);

        assertThat(config.level("ML003")).contains(Severity.ERROR);
        assertThat(config.isOff("ML013")).isTrue();
        assertThat(config.kinds().match("com.acme.commands.billing.Charge")).map(m -> m.kind()).contains(PayloadKind.MESSAGE);
        assertThat(config.kinds().match("com.acme.TranscodeCommand")).map(m -> m.kind()).contains(PayloadKind.MESSAGE);
        assertThat(config.kinds().match("com.acme.events.SongAdded")).map(m -> m.kind()).contains(PayloadKind.EVENT);
        assertThat(config.tiers().serviceBus()).isEqualTo(Tiers.ServiceBus.PREMIUM);
        assertThat(config.tiers().eventHubs()).isEqualTo(Tiers.EventHubs.DEDICATED);
        assertThat(config.tiers().serviceBusMaxMessageKb()).hasValue(102400);
    }

    @Test
    void unknownKeysAndBadValuesNameTheKey() {
        assertThatThrownBy(() -> parse("rule.ML003.levl = error")).hasMessageContaining("unknown key 'rule.ML003.levl'");
        assertThatThrownBy(() -> parse("rule.ML099.level = error")).hasMessageContaining("unknown rule 'ML099'");
        assertThatThrownBy(() -> parse("rule.ML003.level = loud")).hasMessageContaining("'rule.ML003.level'");
        assertThatThrownBy(() -> parse("tier.servicebus = gold")).hasMessageContaining("'tier.servicebus'");
        assertThatThrownBy(() -> parse("servicebus.maxMessageSizeKb = 2048")).hasMessageContaining("premium");
        assertThatThrownBy(() -> parse("tier.servicebus = premium\nservicebus.maxMessageSizeKb = 999999"))
                .hasMessageContaining("102400");
    }

    @Test
    void aCommentAfterAValueGetsAHintAndTheFileSizeLimitIsRead() throws Exception {
        assertThatThrownBy(() -> parse("tier.servicebus = standard        # basic | standard | premium"))
                .hasMessageContaining("'tier.servicebus'").hasMessageContaining("no comments at the end of a line");
        assertThatThrownBy(() -> parse("scan.maxFileSizeKb = 0")).hasMessageContaining("'scan.maxFileSizeKb'");
        assertThat(parse("scan.maxFileSizeKb = 64").maxFileSizeKb()).isEqualTo(64);
        assertThat(parse("").maxFileSizeKb()).isEqualTo(Config.DEFAULT_MAX_FILE_SIZE_KB);
    }

    @Test
    void theReadmeExampleIsValidAsWritten() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("```properties", readme.indexOf("## Configuration"));
        assertThat(start).isPositive();
        String example = readme.substring(readme.indexOf('\n', start) + 1, readme.indexOf("```", start + 3));

        assertThat(parse(example).level("ML003")).contains(io.msglint.rules.model.Severity.ERROR);
    }

    @Test
    void aFolderSeesTheRepositoryRootsFileThenItsOwn(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("msglint.properties"), "rule.ML001.level = off\n");
        Path repo = Files.createDirectories(outside.resolve("repo/.git")).getParent();
        Files.writeString(repo.resolve("msglint.properties"),
                "rule.ML003.level = off\nkind.message = com.acme.commands.**\ntier.servicebus = premium\n");
        Path module = Files.createDirectories(repo.resolve("orders"));
        Files.writeString(module.resolve("msglint.properties"), "kind.message = com.acme.orders.*Command\ntier.servicebus = basic\n");
        Path sources = Files.createDirectories(module.resolve("src/main/java"));

        Config seen = ConfigLoader.loadLayered(sources);

        assertThat(seen.isOff("ML003")).as("the root's level").isTrue();
        assertThat(seen.isOff("ML001")).as("nothing above the repository's root").isFalse();
        assertThat(seen.kinds().mappings()).extracting(ConfiguredKinds.Mapping::pattern)
                .containsExactly("com.acme.commands.**", "com.acme.orders.*Command");
        assertThat(seen.tiers().serviceBus()).isEqualTo(Tiers.ServiceBus.BASIC);
    }

    @Test
    void defaultsWhenEmpty() throws Exception {
        Config config = parse("");
        assertThat(config.tiers()).isEqualTo(Tiers.DEFAULT);
        assertThat(config.level("ML001")).isEqualTo(Optional.empty());
    }

    private static Config parse(String text) throws ConfigException, IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return ConfigLoader.parse(properties, "msglint.properties");
    }
}
