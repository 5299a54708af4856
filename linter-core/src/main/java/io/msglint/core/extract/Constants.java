package io.msglint.core.extract;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import java.util.List;
import java.util.Optional;

/** Compile-time integer constants written with literals, named constants and + - * /. */
final class Constants {

    private Constants() {
    }

    static Optional<Long> longValue(Expression expression) {
        Expression e = expression;
        while (e instanceof EnclosedExpr enclosed) {
            e = enclosed.getInner();
        }
        if (e instanceof IntegerLiteralExpr literal) {
            return Optional.of(literal.asNumber().longValue());
        }
        if (e instanceof LongLiteralExpr literal) {
            return Optional.of(literal.asNumber().longValue());
        }
        if (e instanceof BinaryExpr binary) {
            Optional<Long> left = longValue(binary.getLeft());
            Optional<Long> right = longValue(binary.getRight());
            if (left.isEmpty() || right.isEmpty()) {
                return Optional.empty();
            }
            long a = left.get();
            long b = right.get();
            return switch (binary.getOperator()) {
                case PLUS -> Optional.of(a + b);
                case MINUS -> Optional.of(a - b);
                case MULTIPLY -> Optional.of(a * b);
                case DIVIDE -> b == 0 ? Optional.empty() : Optional.of(a / b);
                default -> Optional.empty();
            };
        }
        return Values.variable(e).flatMap(v -> {
            List<Expression> sources = Values.sources(v);
            return sources.size() == 1 ? longValue(sources.get(0)) : Optional.empty();
        });
    }
}
