package io.msglint.core.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import io.msglint.core.resolve.SourceAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The rule ids suppressed at a node by annotations on the declarations around it. */
final class Suppressions {

    private Suppressions() {
    }

    /**
     * Suppressions at a send: on the declarations enclosing it, and on the declarations of the
     * variables its client and payload expressions use (a suppressed field or local covers its uses).
     */
    static Set<String> at(Node call, Expression... operands) {
        Set<String> ids = around(call);
        for (Expression operand : operands) {
            List<Expression> names = new ArrayList<>(operand.findAll(NameExpr.class));
            names.add(operand);
            for (Expression name : names) {
                Values.variable(name).ifPresent(v -> {
                    if (v.node() instanceof NodeWithAnnotations<?> annotated) {
                        ids.addAll(SourceAnnotations.suppressions(annotated));
                    }
                });
            }
        }
        return ids;
    }

    static Set<String> around(Node node) {
        Set<String> ids = new TreeSet<>();
        Optional<Node> current = Optional.of(node);
        while (current.isPresent()) {
            if (current.get() instanceof NodeWithAnnotations<?> annotated) {
                ids.addAll(SourceAnnotations.suppressions(annotated));
            }
            current = current.get().getParentNode();
        }
        return ids;
    }
}
