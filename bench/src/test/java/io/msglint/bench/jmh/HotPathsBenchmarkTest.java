package io.msglint.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.rules.model.Finding;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Each benchmark measures real work: run once, it gives what a scan gives. */
class HotPathsBenchmarkTest {

    @Test
    void everyBenchmarkDoesTheWorkItNames() throws IOException {
        HotPathsBenchmark benchmark = new HotPathsBenchmark();
        benchmark.setUp();

        assertThat(benchmark.preFilterPlainFile()).isFalse();
        assertThat(benchmark.parseSendingFile()).isNotNull();
        assertThat(benchmark.parseSendingFileWithBodiesBlanked()).isNotNull();
        assertThat(benchmark.analyseSendingFile().sends()).isNotEmpty();
        assertThat(benchmark.evaluateRules().findings()).extracting(Finding::ruleId).contains("ML001", "ML002", "ML003", "ML009");
        assertThat(benchmark.warmScanCorpus().stats().filesParsed()).isZero();
        assertThat(benchmark.warmScanCorpus().findings()).isEqualTo(benchmark.scanCorpus().findings()).isNotEmpty();
        benchmark.tearDown();
    }
}
