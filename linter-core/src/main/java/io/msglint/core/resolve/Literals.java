package io.msglint.core.resolve;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import java.util.Optional;
import java.util.function.Function;

/** Compile-time integer constants written with literals and + - * / ({@code 2 * 1024 * 1024}). */
public final class Literals {

    private Literals() {
    }

    /**
     * The value of an integer expression.
     *
     * @param names the value of any other operand (a named constant), or empty when unknown
     */
    public static Optional<Long> longValue(Expression expression, Function<Expression, Optional<Long>> names) {
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
            Optional<Long> left = longValue(binary.getLeft(), names);
            Optional<Long> right = longValue(binary.getRight(), names);
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
        return names.apply(e);
    }
}
