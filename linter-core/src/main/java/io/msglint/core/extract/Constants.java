package io.msglint.core.extract;

import com.github.javaparser.ast.expr.Expression;
import io.msglint.core.resolve.Literals;
import java.util.List;
import java.util.Optional;

/** Integer constants of one file: literal arithmetic, and variables holding it. */
final class Constants {

    private Constants() {
    }

    static Optional<Long> longValue(Expression expression) {
        return Literals.longValue(expression, Constants::ofVariable);
    }

    /** A variable initialized with a constant and never reassigned. */
    private static Optional<Long> ofVariable(Expression name) {
        return Values.variable(name).flatMap(v -> {
            List<Expression> sources = Values.sources(v);
            return sources.size() == 1 ? longValue(sources.get(0)) : Optional.empty();
        });
    }
}
