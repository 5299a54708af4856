package io.msglint.core.extract;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.msglint.core.resolve.TypeResolver;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** How many payloads a collection literal provably holds: {@code List.of(a, b, c)} holds three. */
final class CollectionLiterals {

    private static final Set<String> LITERALS = Set.of("of", "asList", "just");

    private CollectionLiterals() {
    }

    static OptionalInt itemCount(Expression payload) {
        Expression e = TypeResolver.unwrap(payload);
        if (!(e instanceof MethodCallExpr)) {
            List<Expression> sources = Values.variable(e).map(Values::sources).orElse(List.of());
            if (sources.size() != 1) {
                return OptionalInt.empty();
            }
            e = TypeResolver.unwrap(sources.get(0));
        }
        if (e instanceof MethodCallExpr call && LITERALS.contains(call.getNameAsString()) && call.getScope().isPresent()
                && call.getArguments().size() > 1) {
            return OptionalInt.of(call.getArguments().size());
        }
        return OptionalInt.empty();
    }
}
