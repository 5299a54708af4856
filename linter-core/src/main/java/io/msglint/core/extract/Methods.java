package io.msglint.core.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.msglint.core.resolve.TypeRef;
import io.msglint.core.resolve.TypeResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Names methods and their types the way calls in other files can be matched to them. */
final class Methods {

    private final TypeResolver resolver;

    Methods(TypeResolver resolver) {
        this.resolver = resolver;
    }

    /** The method a node is in (not a lambda's: its parameters are not the method's), if any. */
    Optional<MethodRef> enclosing(Node node) {
        return node.findAncestor(MethodDeclaration.class).flatMap(this::ref);
    }

    Optional<MethodRef> ref(MethodDeclaration method) {
        Optional<TypeDeclaration> owner = method.findAncestor(TypeDeclaration.class);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> name = owner.get().getFullyQualifiedName();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MethodRef(name.get(), supertypes(owner.get()), method.getNameAsString(),
                method.getParameters().size()));
    }

    /**
     * The forward a traced value makes: the first of the enclosing method's own parameters it comes
     * from; else a constructor parameter it was kept from in a field ({@code new OutboxJob(order)}).
     */
    Optional<Forward> forward(Trace trace) {
        for (Parameter parameter : trace.parameters()) {
            if (parameter.getParentNode().orElse(null) instanceof MethodDeclaration method) {
                Optional<MethodRef> ref = ref(method);
                if (ref.isPresent()) {
                    return Optional.of(new Forward(ref.get(), indexOf(method, parameter)));
                }
            }
        }
        for (Parameter parameter : trace.parameters()) {
            if (parameter.getParentNode().orElse(null) instanceof ConstructorDeclaration constructor) {
                Optional<MethodRef> ref = ref(constructor);
                if (ref.isPresent()) {
                    return Optional.of(new Forward(ref.get(), indexOf(constructor, parameter)));
                }
            }
        }
        return Optional.empty();
    }

    /** A constructor, as {@code new Type(..)} calls it: named like its type. */
    private Optional<MethodRef> ref(ConstructorDeclaration constructor) {
        Optional<TypeDeclaration> owner = constructor.findAncestor(TypeDeclaration.class);
        return owner.flatMap(t -> ((TypeDeclaration<?>) t).getFullyQualifiedName()).map(name -> new MethodRef(name,
                List.of(), constructor.getNameAsString(), constructor.getParameters().size()));
    }

    /** The index of a parameter among its method's, by identity (nodes compare by structure). */
    static int indexOf(CallableDeclaration<?> method, Parameter parameter) {
        for (int i = 0; i < method.getParameters().size(); i++) {
            if (method.getParameter(i) == parameter) {
                return i;
            }
        }
        return -1;
    }

    /** A type and the types it extends or implements directly, qualified where the file shows them. */
    List<String> typeAndSupertypes(TypeDeclaration<?> type) {
        List<String> names = new ArrayList<>();
        type.getFullyQualifiedName().ifPresent(names::add);
        names.addAll(supertypes(type));
        return names;
    }

    private List<String> supertypes(TypeDeclaration<?> type) {
        List<ClassOrInterfaceType> written = new ArrayList<>();
        if (type instanceof ClassOrInterfaceDeclaration c) {
            written.addAll(c.getExtendedTypes());
            written.addAll(c.getImplementedTypes());
        } else if (type instanceof RecordDeclaration r) {
            written.addAll(r.getImplementedTypes());
        }
        List<String> names = new ArrayList<>();
        for (ClassOrInterfaceType supertype : written) {
            resolver.qualify(supertype).map(TypeRef::name).ifPresent(names::add);
        }
        return names;
    }
}
