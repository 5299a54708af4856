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
import io.msglint.core.source.UnicodeEscapes;
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

    private final ParserConfiguration configuration;
    private final ParserConfiguration java8;
    private final ParserConfiguration escaped;
    private final ParserConfiguration escaped8;

    /** Configurations are built once; a JavaParser, which is not thread-safe, is made per parse. */
    public JavaParsing(LanguageLevel level, SymbolResolver symbolResolver) {
        this.configuration = configuration(level, symbolResolver, false);
        this.java8 = level == LanguageLevel.JAVA_8 ? null : configuration(LanguageLevel.JAVA_8, symbolResolver, false);
        this.escaped = configuration(level, symbolResolver, true);
        this.escaped8 = level == LanguageLevel.JAVA_8 ? null : configuration(LanguageLevel.JAVA_8, symbolResolver, true);
    }

    /**
     * Parses a file's text. One with Unicode escapes is read as javac reads it, escapes translated
     * first, with the positions of the file as written.
     */
    public Outcome parse(String text) {
        boolean escapes = UnicodeEscapes.present(text);
        ParseResult<CompilationUnit> first = parse(escapes ? escaped : configuration, text);
        if (first.isSuccessful() && first.getResult().isPresent()) {
            return new Outcome(first.getResult(), "");
        }
        if (java8 != null) {
            ParseResult<CompilationUnit> retry = parse(escapes ? escaped8 : java8, text);
            if (retry.isSuccessful() && retry.getResult().isPresent()) {
                return new Outcome(retry.getResult(), "");
            }
        }
        return new Outcome(Optional.empty(), describe(first));
    }

    private static ParseResult<CompilationUnit> parse(ParserConfiguration configuration, String text) {
        ParseResult<CompilationUnit> result = new JavaParser(configuration).parse(text);
        if (result.isSuccessful() && LanguageLevels.release(configuration.getLanguageLevel()) >= 10) {
            new Java10PostProcessor().postProcess(result, configuration);
        }
        return result;
    }

    private static ParserConfiguration configuration(LanguageLevel level, SymbolResolver symbolResolver,
                                                     boolean translateEscapes) {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(level)
                .setAttributeComments(false)
                .setPreprocessUnicodeEscapes(translateEscapes)
                .setSymbolResolver(symbolResolver);
        // A linter needs no language-level validation (javac did that): it costs a third of the
        // parse. Only its post-processing matters (`var` as a type), which parse() runs itself.
        configuration.getProcessors().removeIf(JavaParsing::isLevelValidation);
        return configuration;
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
