package io.msglint.core.extract;

import java.util.OptionalInt;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import io.msglint.core.resolve.TypeRef;
import io.msglint.core.resolve.TypeResolver;
import io.msglint.rules.azure.ReceiveCatalog;
import io.msglint.rules.azure.SdkCatalog;
import io.msglint.rules.model.SendTraits;
import io.msglint.rules.model.Via;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Azure Functions output bindings as send sites: {@code out.setValue(x)} on a parameter
 * annotated {@code @EventGridOutput}, {@code @QueueOutput}, ..., and the return values of a
 * function whose method carries such an annotation. The platform sends; the code chooses what.
 */
final class OutputBindingExtractor {

    private final TypeResolver resolver;
    private final PayloadTracer payloads;

    OutputBindingExtractor(TypeResolver resolver) {
        this.resolver = resolver;
        this.payloads = new PayloadTracer(resolver);
    }

    List<RawSend> extract(CompilationUnit unit, String reportPath) {
        List<RawSend> sites = new ArrayList<>();
        for (MethodDeclaration method : unit.findAll(MethodDeclaration.class)) {
            for (Parameter parameter : method.getParameters()) {
                Optional<Annotations.Found> output = Annotations.output(parameter);
                if (output.isEmpty()) {
                    continue;
                }
                Optional<TypeRef> declared = resolver.qualify(parameter.getType())
                        .filter(t -> t.name().equals(ReceiveCatalog.OUTPUT_BINDING)).flatMap(TypeRef::elementType);
                for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
                    if (call.getNameAsString().equals(ReceiveCatalog.OUTPUT_SET) && call.getArguments().size() == 1
                            && call.getScope().orElse(null) instanceof NameExpr name
                            && name.getNameAsString().equals(parameter.getNameAsString())) {
                        sites.add(site(call, call.getArgument(0), declared, output.get(), reportPath, parameter));
                    }
                }
            }
            Optional<Annotations.Found> returned = Annotations.output(method);
            if (returned.isPresent()) {
                Optional<TypeRef> declared = resolver.qualify(method.getType());
                for (ReturnStmt statement : method.findAll(ReturnStmt.class)) {
                    statement.getExpression().ifPresent(value ->
                            sites.add(site(statement, value, declared, returned.get(), reportPath, method)));
                }
            }
        }
        return sites;
    }

    private RawSend site(Node at, Expression value, Optional<TypeRef> declared,
                          Annotations.Found output, String reportPath, Node declaration) {
        Trace trace = payloads.trace(value);
        if (trace.types().isEmpty()) {
            declared.flatMap(t -> t.isArray() || !t.arguments().isEmpty() ? t.elementType() : Optional.of(t))
                    .filter(t -> SdkCatalog.isDomainType(t.name()))
                    .ifPresent(t -> trace.addType(t.name()));
        }
        SendTraits traits = new SendTraits(false, false, false, false, Loops.around(at), SendTraits.Handling.CHECKED,
                OptionalInt.empty(), trace.provableBytes(), false);
        return new RawSend(SendSiteExtractor.location(at, reportPath), output.binding().channel(), output.entity(),
                "@" + output.binding().simpleName(), List.copyOf(trace.types()), trace.content(), traits,
                Suppressions.at(at, value), Via.FUNCTIONS, Optional.empty(), Optional.empty());
    }
}
