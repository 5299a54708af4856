package io.msglint.core.extract;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import io.msglint.core.resolve.Scopes;
import io.msglint.core.resolve.TypeRef;
import io.msglint.core.resolve.TypeResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, in one parsed file, the calls to methods of given names that may send what they are given,
 * with each argument traced: what it is made of, or which of the caller's own parameters it is.
 * A method reference ({@code orders.forEach(publisher::publish)}) is such a call, its argument the
 * elements it is applied to.
 */
public final class CallExtractor {

    private final TypeResolver resolver;
    private final PayloadTracer payloads;
    private final Methods methods;

    public CallExtractor(TypeResolver resolver) {
        this.resolver = resolver;
        this.payloads = new PayloadTracer(resolver);
        this.methods = new Methods(resolver);
    }

    public FileFacts extract(CompilationUnit unit, String reportPath, Set<String> names) {
        Suppressions.inFile(unit, reportPath);
        List<RawCall> calls = new ArrayList<>();
        for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
            if (names.contains(call.getNameAsString()) && !call.getArguments().isEmpty()) {
                List<RawCall.Argument> arguments = new ArrayList<>();
                for (Expression argument : call.getArguments()) {
                    arguments.add(argument(payloads.trace(argument), call));
                }
                calls.add(new RawCall(SendSiteExtractor.location(call, reportPath), receiverTypes(call, call.getScope()),
                        call.getNameAsString(), arguments, methods.enclosing(call), Loops.around(call),
                        Suppressions.at(call, call.getArguments().toArray(new Expression[0]))));
            }
        }
        for (ObjectCreationExpr creation : unit.findAll(ObjectCreationExpr.class)) {
            if (names.contains(creation.getType().getNameAsString()) && !creation.getArguments().isEmpty()
                    && creation.getAnonymousClassBody().isEmpty()) {
                List<RawCall.Argument> arguments = new ArrayList<>();
                for (Expression argument : creation.getArguments()) {
                    arguments.add(argument(payloads.trace(argument), creation));
                }
                calls.add(new RawCall(SendSiteExtractor.location(creation, reportPath),
                        resolver.qualify(creation.getType()).map(t -> List.of(t.name())).orElse(List.of()),
                        creation.getType().getNameAsString(), arguments, methods.enclosing(creation),
                        Loops.around(creation), Suppressions.at(creation, creation.getArguments().toArray(new Expression[0]))));
            }
        }
        for (MethodReferenceExpr reference : unit.findAll(MethodReferenceExpr.class)) {
            Optional<Expression> elements = elementsOf(reference);
            if (names.contains(reference.getIdentifier()) && elements.isPresent()) {
                Trace trace = payloads.trace(elements.get());
                calls.add(new RawCall(SendSiteExtractor.location(reference, reportPath),
                        referenceReceiverTypes(reference), reference.getIdentifier(),
                        List.of(argument(trace, reference)), methods.enclosing(reference), Loops.around(reference),
                        Suppressions.at(reference)));
            }
        }
        calls.sort((a, b) -> a.location().compareTo(b.location()));
        return FileFacts.ofCalls(calls).anchoredIn(unit);
    }

    /** What an argument is: the types and content it is made of, and the caller's parameter it comes from. */
    private RawCall.Argument argument(Trace trace, Node call) {
        Optional<Integer> forwarded = Optional.empty();
        Optional<MethodDeclaration> caller = call.findAncestor(MethodDeclaration.class);
        for (Parameter parameter : trace.parameters()) {
            if (caller.isPresent() && parameter.getParentNode().orElse(null) == caller.get()) {
                forwarded = Optional.of(Methods.indexOf(caller.get(), parameter));
                break;
            }
        }
        return new RawCall.Argument(List.copyOf(trace.types()), trace.content(), forwarded);
    }

    /**
     * The types a call's receiver may be: its static type; for an unqualified call (or on
     * {@code this}, {@code super}), the enclosing type and its direct supertypes.
     */
    private List<String> receiverTypes(Node call, Optional<Expression> scope) {
        if (scope.isEmpty() || scope.get() instanceof ThisExpr || scope.get() instanceof SuperExpr) {
            return call.findAncestor(TypeDeclaration.class).map(t -> methods.typeAndSupertypes((TypeDeclaration<?>) t))
                    .orElse(List.of());
        }
        if (scope.get() instanceof TypeExpr type) {
            return resolver.qualify(type.getType()).map(t -> List.of(t.name())).orElse(List.of());
        }
        return resolver.typeOf(scope.get()).map(TypeRef::name).map(List::of).orElse(List.of());
    }

    /**
     * The receiver of {@code x::name}: JavaParser reads {@code x} as a type name when it cannot
     * tell; a variable of that name in scope is what it means.
     */
    private List<String> referenceReceiverTypes(MethodReferenceExpr reference) {
        if (reference.getScope() instanceof TypeExpr type) {
            Optional<Scopes.Variable> variable = Scopes.misreadAsType(type);
            if (variable.isPresent()) {
                return variable.get().type().flatMap(resolver::qualify).map(t -> List.of(t.name())).orElse(List.of());
            }
        }
        return receiverTypes(reference, Optional.of(reference.getScope()));
    }

    /**
     * What a method reference is applied to, one element at a time: the receiver of the call that
     * takes it ({@code orders.forEach(publisher::publish)}, {@code flux.subscribe(publisher::publish)}).
     */
    private static Optional<Expression> elementsOf(MethodReferenceExpr reference) {
        if (reference.getParentNode().orElse(null) instanceof MethodCallExpr consumer
                && consumer.getArguments().size() == 1 && consumer.getScope().isPresent()) {
            return consumer.getScope();
        }
        return Optional.empty();
    }
}
