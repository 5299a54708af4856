package io.msglint.core.extract;

import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import io.msglint.core.resolve.Scopes;
import io.msglint.core.resolve.TypeResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where the value of a variable comes from, and string constants, read off one file. */
final class Values {

    private Values() {
    }

    /** The declaration of the variable an expression names, if it names one. */
    static Optional<Scopes.Variable> variable(Expression expression) {
        Expression e = TypeResolver.unwrap(expression);
        if (e instanceof NameExpr name) {
            return Scopes.declarationOf(name);
        }
        if (e instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
            return Scopes.fieldOf(access);
        }
        return e instanceof TypeExpr type ? Scopes.misreadAsType(type) : Optional.empty();
    }

    /** Every expression assigned to the variable: its initializer, then later assignments. */
    static List<Expression> sources(Scopes.Variable variable) {
        List<Expression> values = new ArrayList<>();
        variable.initializer().ifPresent(values::add);
        values.addAll(Scopes.assignedValues(variable));
        return values;
    }

    /**
     * A string literal, a variable initialized with one and never reassigned, or a field or
     * parameter whose {@code @Value("${name:default}")} gives a default.
     */
    static Optional<String> constantString(Expression expression) {
        Expression e = TypeResolver.unwrap(expression);
        if (e instanceof StringLiteralExpr literal) {
            return Optional.of(literal.asString());
        }
        if (e instanceof ConditionalExpr) {
            return Optional.empty();
        }
        return variable(e).flatMap(v -> {
            List<Expression> sources = sources(v);
            if (sources.isEmpty()) {
                return Injections.valueDefault(v.node());
            }
            return sources.size() == 1 && TypeResolver.unwrap(sources.get(0)) instanceof StringLiteralExpr literal
                    ? Optional.of(literal.asString()) : Optional.empty();
        });
    }
}
