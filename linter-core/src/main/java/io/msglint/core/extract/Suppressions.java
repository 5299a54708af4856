package io.msglint.core.extract;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import io.msglint.core.resolve.SourceAnnotations;
import io.msglint.rules.model.Suppression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The rules suppressed at a node by annotations on the declarations around it. */
final class Suppressions {

    /** The report path of the file a tree came from, so a suppression can say where it is. */
    private static final DataKey<String> REPORT_PATH = new DataKey<>() { };

    private Suppressions() {
    }

    /** Marks a tree with its file's report path before its facts are extracted. */
    static void inFile(CompilationUnit unit, String reportPath) {
        unit.setData(REPORT_PATH, reportPath);
    }

    /**
     * Suppressions at a send: on the declarations enclosing it, and on the declarations of the
     * variables its client and payload expressions use (a suppressed field or local covers its uses).
     */
    static Set<Suppression> at(Node call, Expression... operands) {
        Set<Suppression> suppressions = around(call);
        Optional<String> file = reportPath(call);
        for (Expression operand : operands) {
            List<Expression> names = new ArrayList<>(operand.findAll(NameExpr.class));
            names.add(operand);
            for (Expression name : names) {
                Values.variable(name).ifPresent(v -> {
                    if (v.node() instanceof NodeWithAnnotations<?> annotated) {
                        suppressions.addAll(SourceAnnotations.suppressions(annotated, file));
                    }
                });
            }
        }
        return suppressions;
    }

    static Set<Suppression> around(Node node) {
        Set<Suppression> suppressions = new HashSet<>();
        Optional<String> file = reportPath(node);
        Optional<Node> current = Optional.of(node);
        while (current.isPresent()) {
            if (current.get() instanceof NodeWithAnnotations<?> annotated) {
                suppressions.addAll(SourceAnnotations.suppressions(annotated, file));
            }
            current = current.get().getParentNode();
        }
        return suppressions;
    }

    /** Every msglint suppression written in the tree, where it is, for telling which suppressed nothing. */
    static List<DeclaredSuppression> declaredIn(CompilationUnit unit) {
        Optional<String> file = reportPath(unit);
        String prefix = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        List<DeclaredSuppression> declared = new ArrayList<>();
        unit.walk(Node.class, node -> {
            if (node instanceof NodeWithAnnotations<?> annotated && !annotated.getAnnotations().isEmpty()) {
                String onType = node instanceof TypeDeclaration<?> type ? prefix + Anchors.member(type) : "";
                for (Suppression suppression : SourceAnnotations.suppressions(annotated, file)) {
                    declared.add(new DeclaredSuppression(suppression, onType));
                }
            }
        });
        declared.sort(DeclaredSuppression.ORDER);
        return declared;
    }

    private static Optional<String> reportPath(Node node) {
        return node.findCompilationUnit().filter(u -> u.containsData(REPORT_PATH)).map(u -> u.getData(REPORT_PATH));
    }
}
