package io.msglint.core.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import io.msglint.core.resolve.Scopes;
import io.msglint.core.resolve.TypeResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Dependency injection as Spring and CDI do it, read off the syntax tree: which fields and
 * parameters the container fills, the qualifiers and bean names that choose what it fills them
 * with, the methods that define beans, and {@code @Value("${name:default}")} defaults.
 */
final class Injections {

    /** Annotations on a method whose parameters the container fills. */
    private static final Set<String> INJECTING_METHODS = Set.of("Bean", "Produces", "Autowired", "Inject");
    /** Annotations that make a method define a bean of its return type. */
    private static final Set<String> BEAN_METHODS = Set.of("Bean", "Produces");
    /** Annotations that name the bean wanted, or the bean defined. */
    private static final Set<String> QUALIFIERS = Set.of("Qualifier", "Named");
    private static final String RESOURCE = "Resource";
    private static final String VALUE = "Value";

    private Injections() {
    }

    /**
     * How a client expression is injected, if it is: a field the class never assigns from code
     * (or assigns only from a constructor or setter parameter), or a parameter the container fills.
     */
    static Optional<Injection> of(Expression client, String clientType) {
        Optional<Scopes.Variable> found = Values.variable(TypeResolver.unwrap(client));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Scopes.Variable variable = found.get();
        if (variable.kind() == Scopes.Kind.PARAMETER) {
            return variable.node() instanceof Parameter parameter && filledByContainer(parameter)
                    ? Optional.of(new Injection(clientType, qualifier(parameter), parameter.getNameAsString())) : Optional.empty();
        }
        if (variable.kind() != Scopes.Kind.FIELD) {
            return Optional.empty();
        }
        Optional<String> fieldQualifier = variable.node() instanceof NodeWithAnnotations<?> annotated
                ? qualifier(annotated) : Optional.empty();
        List<Expression> sources = Values.sources(variable);
        if (sources.isEmpty()) {
            return Optional.of(new Injection(clientType, fieldQualifier, variable.name()));
        }
        Optional<Injection> injected = Optional.empty();
        for (Expression source : sources) {
            Optional<Scopes.Variable> from = Values.variable(TypeResolver.unwrap(source));
            if (from.isEmpty() || !(from.get().node() instanceof Parameter parameter) || !settable(parameter)) {
                return Optional.empty(); // built or taken from somewhere the code shows
            }
            injected = Optional.of(new Injection(clientType, qualifier(parameter).or(() -> fieldQualifier),
                    parameter.getNameAsString()));
        }
        return injected;
    }

    /** Whether a method defines a bean ({@code @Bean}, {@code @Produces}). */
    static boolean definesBean(MethodDeclaration method) {
        return annotated(method, BEAN_METHODS).isPresent();
    }

    /** The names a bean method's bean goes by: its {@code @Bean} names or its method's name, and its qualifier. */
    static List<String> beanNames(MethodDeclaration method) {
        List<String> names = new ArrayList<>();
        annotated(method, BEAN_METHODS).ifPresent(bean -> {
            names.addAll(strings(member(bean, "name")));
            names.addAll(strings(member(bean, "value")));
        });
        if (names.isEmpty()) {
            names.add(method.getNameAsString());
        }
        qualifier(method).ifPresent(names::add);
        return names;
    }

    /**
     * What {@code @Value} gives a field or parameter: the default of a {@code "${name:default}"}
     * placeholder, or a plain literal; nothing for a placeholder without a default or an expression.
     */
    static Optional<String> valueDefault(Node declaration) {
        if (!(declaration instanceof NodeWithAnnotations<?> annotated)) {
            return Optional.empty();
        }
        for (AnnotationExpr annotation : annotated.getAnnotations()) {
            if (simpleName(annotation).equals(VALUE)) {
                List<String> written = strings(member(annotation, "value"));
                return written.size() == 1 ? placeholderDefault(written.get(0)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    static Optional<String> placeholderDefault(String written) {
        if (written.startsWith("#{")) {
            return Optional.empty();
        }
        if (!written.startsWith("${")) {
            return written.contains("${") ? Optional.empty() : Optional.of(written);
        }
        int colon = written.indexOf(':');
        if (colon < 0 || !written.endsWith("}")) {
            return Optional.empty();
        }
        String fallback = written.substring(colon + 1, written.length() - 1);
        return fallback.contains("${") || fallback.contains("}") ? Optional.empty() : Optional.of(fallback);
    }

    /** A parameter the container fills: of a constructor, or of a bean or injection method. */
    private static boolean filledByContainer(Parameter parameter) {
        Node owner = parameter.getParentNode().orElse(null);
        return owner instanceof ConstructorDeclaration
                || owner instanceof MethodDeclaration method && annotated(method, INJECTING_METHODS).isPresent();
    }

    /** A parameter whose value a field may take when the container builds the object: a constructor's or a method's. */
    private static boolean settable(Parameter parameter) {
        return parameter.getParentNode().orElse(null) instanceof CallableDeclaration<?>;
    }

    private static Optional<String> qualifier(NodeWithAnnotations<?> node) {
        for (AnnotationExpr annotation : node.getAnnotations()) {
            String name = simpleName(annotation);
            if (QUALIFIERS.contains(name)) {
                List<String> values = strings(member(annotation, "value"));
                if (values.size() == 1) {
                    return Optional.of(values.get(0));
                }
            } else if (name.equals(RESOURCE)) {
                List<String> values = strings(member(annotation, "name"));
                if (values.size() == 1) {
                    return Optional.of(values.get(0));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<AnnotationExpr> annotated(NodeWithAnnotations<?> node, Set<String> names) {
        for (AnnotationExpr annotation : node.getAnnotations()) {
            if (names.contains(simpleName(annotation))) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    private static String simpleName(AnnotationExpr annotation) {
        String written = annotation.getNameAsString();
        return written.substring(written.lastIndexOf('.') + 1);
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

    /** String literals of an annotation value: one, or an array of them. */
    private static List<String> strings(Optional<Expression> value) {
        List<String> result = new ArrayList<>();
        if (value.isEmpty()) {
            return result;
        }
        if (value.get() instanceof StringLiteralExpr literal) {
            result.add(literal.asString());
        } else if (value.get() instanceof com.github.javaparser.ast.expr.ArrayInitializerExpr array) {
            for (Expression element : array.getValues()) {
                if (element instanceof StringLiteralExpr literal) {
                    result.add(literal.asString());
                }
            }
        }
        return result;
    }
}
