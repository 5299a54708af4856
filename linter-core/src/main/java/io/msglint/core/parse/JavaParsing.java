package io.msglint.core.parse;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.validator.postprocessors.Java10PostProcessor;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.resolution.SymbolResolver;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Parses one file at the project's language level; a file that fails is retried once at Java 8,
 * where old code may use {@code record}, {@code yield} or {@code _} as names.
 */
public final class JavaParsing {

    /** A parsed unit, or why there is none. */
    public record Outcome(Optional<CompilationUnit> unit, String problem) {
    }

    private final LanguageLevel level;
    private final SymbolResolver symbolResolver;

    public JavaParsing(LanguageLevel level, SymbolResolver symbolResolver) {
        this.level = level;
        this.symbolResolver = symbolResolver;
    }

    public LanguageLevel level() {
        return level;
    }

    public Outcome parse(String text) {
        ParseResult<CompilationUnit> first = parse(level, text);
        if (first.isSuccessful() && first.getResult().isPresent()) {
            return new Outcome(first.getResult(), "");
        }
        if (level != LanguageLevel.JAVA_8) {
            ParseResult<CompilationUnit> retry = parse(LanguageLevel.JAVA_8, text);
            if (retry.isSuccessful() && retry.getResult().isPresent()) {
                return new Outcome(retry.getResult(), "");
            }
        }
        return new Outcome(Optional.empty(), describe(first));
    }

    private ParseResult<CompilationUnit> parse(LanguageLevel languageLevel, String text) {
        JavaParser parser = parser(languageLevel);
        ParseResult<CompilationUnit> result = parser.parse(text);
        if (result.isSuccessful() && LanguageLevels.release(languageLevel) >= 10) {
            new Java10PostProcessor().postProcess(result, parser.getParserConfiguration());
        }
        return result;
    }

    private JavaParser parser(LanguageLevel languageLevel) {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(languageLevel)
                .setAttributeComments(false)
                .setSymbolResolver(symbolResolver);
        // A linter needs no language-level validation (javac did that): it costs a third of the
        // parse. Only its post-processing matters (`var` as a type), which parse() runs itself.
        configuration.getProcessors().removeIf(JavaParsing::isLevelValidation);
        return new JavaParser(configuration);
    }

    /** JavaParser's processor that validates against the language level and post-processes `var`. */
    static boolean isLevelValidation(Supplier<Processor> processor) {
        return processor.get().getClass().getName().equals(ParserConfiguration.class.getName() + "$2");
    }

    private static String describe(ParseResult<CompilationUnit> result) {
        return result.getProblems().stream().limit(3).map(Problem::getVerboseMessage)
                .map(m -> m.replaceAll("\\s+", " "))
                .collect(Collectors.joining("; "));
    }
}
