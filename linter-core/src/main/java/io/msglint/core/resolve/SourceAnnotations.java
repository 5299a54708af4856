package io.msglint.core.resolve;

import com.github.javaparser.Position;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import io.msglint.annotations.Delivery;
import io.msglint.annotations.EventKind;
import io.msglint.annotations.Receivers;
import io.msglint.rules.model.KindDeclaration;
import io.msglint.rules.model.MessageTraits;
import io.msglint.rules.model.SourceLocation;
import io.msglint.rules.model.Suppression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads msglint's annotations, and {@code @SuppressWarnings("msglint...")}, off the syntax tree. */
public final class SourceAnnotations {

    static final String PACKAGE = "io.msglint.annotations";
    static final String MESSAGE = PACKAGE + ".Message";
    static final String EVENT = PACKAGE + ".Event";
    static final String SUPPRESS = PACKAGE + ".SuppressMsglint";
    private SourceAnnotations() {
    }

    public static KindDeclaration kindDeclaration(String typeName, NodeWithAnnotations<?> node) {
        Optional<MessageTraits> message = Optional.empty();
        Optional<EventKind> event = Optional.empty();
        for (AnnotationExpr annotation : node.getAnnotations()) {
            if (is(annotation, MESSAGE)) {
                message = Optional.of(messageTraits(annotation));
            } else if (is(annotation, EVENT)) {
                event = Optional.of(enumValue(member(annotation, "kind"), EventKind.class).orElse(EventKind.DISCRETE));
            }
        }
        return new KindDeclaration(typeName, message, event);
    }

    /**
     * The rules suppressed on a declaration, each with its reason and, given the file's report
     * path, where its annotation is.
     */
    public static Set<Suppression> suppressions(NodeWithAnnotations<?> node, Optional<String> reportPath) {
        Set<Suppression> suppressions = new HashSet<>();
        for (AnnotationExpr annotation : node.getAnnotations()) {
            String name = annotation.getNameAsString();
            List<String> ids = new ArrayList<>();
            String reason = "";
            if (name.equals("SuppressWarnings") || name.equals("java.lang.SuppressWarnings")) {
                for (String value : strings(member(annotation, "value"))) {
                    if (value.equals("msglint")) {
                        ids.add(Suppression.ALL_RULES);
                    } else if (value.startsWith("msglint:")) {
                        ids.add(value.substring("msglint:".length()).trim());
                    }
                }
            } else if (is(annotation, SUPPRESS)) {
                List<String> values = strings(member(annotation, "value"));
                ids.addAll(values.isEmpty() ? List.of(Suppression.ALL_RULES) : values);
                reason = String.join("", strings(member(annotation, "reason")));
            }
            Optional<SourceLocation> at = reportPath.map(file -> {
                Position begin = annotation.getBegin().orElse(new Position(1, 1));
                return new SourceLocation(file, begin.line, begin.column);
            });
            for (String id : ids) {
                suppressions.add(new Suppression(id, reason, at));
            }
        }
        return suppressions;
    }

    private static MessageTraits messageTraits(AnnotationExpr annotation) {
        MessageTraits d = MessageTraits.DEFAULTS;
        return new MessageTraits(
                enumValue(member(annotation, "receivers"), Receivers.class).orElse(d.receivers()),
                booleanValue(member(annotation, "ordered")).orElse(d.ordered()),
                booleanValue(member(annotation, "transactional")).orElse(d.transactional()),
                enumValue(member(annotation, "delivery"), Delivery.class).orElse(d.delivery()),
                booleanValue(member(annotation, "deduplicate")).orElse(d.deduplicate()),
                intValue(member(annotation, "maxSizeKb")).orElse(d.maxSizeKb()));
    }

    /** Whether the annotation is the msglint one of that name, judged from the file's imports. */
    static boolean is(AnnotationExpr annotation, String qualifiedName) {
        String written = annotation.getNameAsString();
        String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        return (written.equals(simple) || written.equals(qualifiedName))
                && CompilationUnits.refersTo(annotation, written, qualifiedName);
    }

    private static Optional<Expression> member(AnnotationExpr annotation, String name) {
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            return name.equals("value") ? Optional.of(single.getMemberValue()) : Optional.empty();
        }
        if (annotation instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                if (pair.getNameAsString().equals(name)) {
                    return Optional.of(pair.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Optional<Expression> value, Class<E> type) {
        return value.flatMap(v -> {
            String constant = v instanceof FieldAccessExpr f ? f.getNameAsString()
                    : v instanceof NameExpr n ? n.getNameAsString() : null;
            if (constant == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(Enum.valueOf(type, constant));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<Boolean> booleanValue(Optional<Expression> value) {
        return value.filter(BooleanLiteralExpr.class::isInstance).map(v -> ((BooleanLiteralExpr) v).getValue());
    }

    /** An int attribute written as literal arithmetic ({@code 64 * 1024}). */
    private static Optional<Integer> intValue(Optional<Expression> value) {
        return value.flatMap(v -> Literals.longValue(v, name -> Optional.empty()))
                .filter(n -> n == n.intValue())
                .map(Long::intValue);
    }

    private static List<String> strings(Optional<Expression> value) {
        List<String> result = new ArrayList<>();
        value.ifPresent(v -> {
            if (v instanceof StringLiteralExpr s) {
                result.add(s.asString());
            } else if (v instanceof BinaryExpr concatenation && concatenation.getOperator() == BinaryExpr.Operator.PLUS) {
                result.add(String.join("", strings(Optional.of(concatenation.getLeft())))
                        + String.join("", strings(Optional.of(concatenation.getRight()))));
            } else if (v instanceof ArrayInitializerExpr array) {
                array.getValues().forEach(e -> {
                    if (e instanceof StringLiteralExpr s) {
                        result.add(s.asString());
                    }
                });
            }
        });
        return result;
    }
}
