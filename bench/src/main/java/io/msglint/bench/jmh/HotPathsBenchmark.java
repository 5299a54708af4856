package io.msglint.bench.jmh;

import io.msglint.bench.CorpusGenerator;
import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.core.engine.RuleEngine;
import io.msglint.core.engine.Verdicts;
import io.msglint.core.extract.FileExtractor;
import io.msglint.core.extract.FileFacts;
import io.msglint.core.parse.JavaParsing;
import io.msglint.core.parse.LanguageLevels;
import io.msglint.core.resolve.ClassFiles;
import io.msglint.core.resolve.LazyResolver;
import io.msglint.core.source.BodyFilter;
import io.msglint.core.source.PreFilter;
import io.msglint.core.source.SourceLayout;
import io.msglint.rules.catalog.RuleCatalog;
import io.msglint.rules.config.Config;
import io.msglint.rules.model.Facts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot inner parts, on a small generated corpus: the text pre-filter, parsing one file that
 * sends (with irrelevant bodies blanked, and without), analysing it (parse, resolve, extract its
 * facts), the rules over 1,000 send sites, and a whole scan cold (no cache) and warm (every file
 * unchanged since the cached run).
 * <pre>java -cp "bench/target/classes:$(cat bench/target/benchmark.classpath)" org.openjdk.jmh.Main HotPaths</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HotPathsBenchmark {

    private Path corpus;
    private String plainFile;
    private String sendingFile;
    private JavaParsing parsing;
    private LazyResolver resolution;
    private JavaParsing resolvingParsing;
    private FileExtractor extractor;
    private Path cache;
    private Facts facts;
    private RuleEngine rules;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        corpus = Files.createTempDirectory("msglint-jmh");
        CorpusGenerator.generate(corpus, 200, 0.1, 11);
        try (Stream<Path> files = Files.walk(corpus.resolve("src"))) {
            List<Path> java = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
            plainFile = Files.readString(java.stream().filter(f -> f.toString().contains("/service/")).findFirst().orElseThrow());
            sendingFile = Files.readString(java.stream().filter(f -> f.toString().contains("/messaging/")).findFirst().orElseThrow());
        }
        parsing = new JavaParsing(LanguageLevels.newest(), null);
        resolution = new LazyResolver(() -> new SourceLayout(List.of(corpus.resolve("src")), Set.of()),
                () -> new ClassFiles(List.of(), note -> { }), 0);
        resolvingParsing = new JavaParsing(LanguageLevels.newest(), resolution.resolver().solver().symbolResolver());
        extractor = new FileExtractor(resolution.resolver());
        cache = Files.createTempDirectory("msglint-jmh-cache");
        warmScanCorpus();
        facts = SyntheticFacts.of(1000);
        rules = new RuleEngine(RuleCatalog.standard(), Config.DEFAULT);
    }

    @Benchmark
    public boolean preFilterPlainFile() {
        return PreFilter.mayUseAzureMessaging(plainFile);
    }

    @Benchmark
    public Object parseSendingFile() {
        return parsing.parse(sendingFile).unit().orElseThrow();
    }

    @Benchmark
    public Object parseSendingFileWithBodiesBlanked() {
        return parsing.parse(BodyFilter.filter(sendingFile)).unit().orElseThrow();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        resolution.close();
    }

    @Benchmark
    public FileFacts analyseSendingFile() {
        return extractor.extract(resolvingParsing.parse(BodyFilter.filter(sendingFile)).unit().orElseThrow(), "Sending.java");
    }

    @Benchmark
    public Verdicts evaluateRules() {
        return rules.run(facts);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ScanResult scanCorpus() {
        return new Msglint().scan(ScanRequest.of(List.of(corpus.resolve("src")), List.of()).withThreads(1));
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ScanResult warmScanCorpus() {
        return new Msglint().scan(ScanRequest.of(List.of(corpus.resolve("src")), List.of()).withThreads(1)
                .withCache(Optional.of(cache)));
    }
}
