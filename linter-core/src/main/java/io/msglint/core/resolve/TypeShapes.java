package io.msglint.core.resolve;

import java.nio.file.Path;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import io.msglint.rules.model.KindDeclaration;
import io.msglint.rules.model.TypeShape;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Builds the {@link TypeShape} of a payload type, from its source if the project declares it,
 * else from its class file: its msglint annotations and those of its supertypes (superclasses
 * nearest first, then interfaces), its fields and its suppressions. Cached for the run.
 */
public final class TypeShapes {

    private static final int MAX_DEPTH = 12;

    /** Types read by earlier runs, valid while their source files are unchanged. */
    public interface Known {

        Optional<DirectType> lookup(String name);

        void remember(DirectType type);

        Known NONE = new Known() {
            @Override
            public Optional<DirectType> lookup(String name) {
                return Optional.empty();
            }

            @Override
            public void remember(DirectType type) {
            }
        };
    }

    private final Supplier<TypeResolver> resolver;
    private final Known known;
    private final Map<String, Optional<DirectType>> direct = new ConcurrentHashMap<>();
    private final Map<String, TypeShape> shapes = new ConcurrentHashMap<>();
    /** Types found but not read, and why. */
    private final Map<String, String> unreadable = new ConcurrentHashMap<>();

    public TypeShapes(TypeResolver resolver) {
        this(() -> resolver, Known.NONE);
    }

    /** @param resolver asked for only when a type is not known from an earlier run */
    public TypeShapes(Supplier<TypeResolver> resolver, Known known) {
        this.resolver = resolver;
        this.known = known;
    }

    public TypeShape shapeOf(String qualifiedName) {
        TypeShape cached = shapes.get(qualifiedName);
        if (cached != null) {
            return cached;
        }
        TypeShape shape = build(qualifiedName);
        shapes.put(qualifiedName, shape);
        return shape;
    }

    private TypeShape build(String name) {
        Optional<DirectType> self = direct(name);
        if (self.isEmpty()) {
            String why = unreadable.get(name);
            return why == null ? TypeShape.unknown(name) : TypeShape.unreadable(name, why);
        }
        List<KindDeclaration> hierarchy = new ArrayList<>();
        add(hierarchy, self.get());
        List<DirectType> chain = new ArrayList<>();
        chain.add(self.get());
        Optional<String> next = self.get().superclass();
        Set<String> seen = new HashSet<>(Set.of(name));
        while (next.isPresent() && chain.size() < MAX_DEPTH && seen.add(next.get())) {
            Optional<DirectType> superType = direct(next.get());
            if (superType.isEmpty()) {
                break;
            }
            add(hierarchy, superType.get());
            chain.add(superType.get());
            next = superType.get().superclass();
        }
        Deque<String> interfaces = new ArrayDeque<>();
        chain.forEach(t -> interfaces.addAll(t.interfaces()));
        int visited = 0;
        while (!interfaces.isEmpty() && visited++ < MAX_DEPTH * 4) {
            String i = interfaces.removeFirst();
            if (!seen.add(i)) {
                continue;
            }
            direct(i).ifPresent(t -> {
                add(hierarchy, t);
                interfaces.addAll(t.interfaces());
            });
        }
        return new TypeShape(name, hierarchy, self.get().fields(), self.get().suppressions());
    }

    private static void add(List<KindDeclaration> hierarchy, DirectType type) {
        if (type.declaration().declaresAnything()) {
            hierarchy.add(type.declaration());
        }
    }

    private Optional<DirectType> direct(String name) {
        Optional<DirectType> cached = direct.get(name);
        if (cached != null) {
            return cached;
        }
        Optional<DirectType> read = known.lookup(name).or(() -> readDirect(name));
        read.ifPresent(known::remember);
        direct.put(name, read);
        return read;
    }

    private Optional<DirectType> readDirect(String name) {
        if (name.startsWith("java.") || name.startsWith("javax.")) {
            return Optional.empty();
        }
        SharedTypeSolver solver = resolver.get().solver();
        SharedTypeSolver.Outcome<ResolvedReferenceTypeDeclaration> found = solver.attemptType(name);
        found.failure().ifPresent(why -> unreadable.put(name, why));
        Optional<TypeDeclaration<?>> source = found.value()
                .flatMap(d -> solver.resolve(() -> d.toAst(TypeDeclaration.class).orElse(null)))
                .map(t -> (TypeDeclaration<?>) t);
        if (source.isPresent()) {
            return Optional.of(fromSource(name, source.get()));
        }
        return solver.withCompiled(c -> c.find(name)
                .map(ct -> ClassFileAnnotations.read(name, ct, c.classFileInFolder(ct))));
    }

    private DirectType fromSource(String name, TypeDeclaration<?> type) {
        KindDeclaration declaration = SourceAnnotations.kindDeclaration(name, type);
        Optional<String> superclass = Optional.empty();
        List<String> interfaces = new ArrayList<>();
        if (type instanceof ClassOrInterfaceDeclaration c) {
            List<String> extended = names(c.getExtendedTypes());
            if (c.isInterface()) {
                interfaces.addAll(extended);
            } else {
                superclass = extended.stream().findFirst();
            }
            interfaces.addAll(names(c.getImplementedTypes()));
        } else if (type instanceof RecordDeclaration r) {
            interfaces.addAll(names(r.getImplementedTypes()));
        }
        List<TypeShape.Field> fields = new ArrayList<>();
        if (type instanceof RecordDeclaration r) {
            r.getParameters().forEach(p -> fields.add(new TypeShape.Field(p.getNameAsString(), typeName(p.getType()))));
        }
        for (FieldDeclaration field : type.getFields()) {
            if (!field.isStatic()) {
                for (VariableDeclarator v : field.getVariables()) {
                    fields.add(new TypeShape.Field(v.getNameAsString(), typeName(v.getType())));
                }
            }
        }
        Optional<Path> file = type.findCompilationUnit()
                .flatMap(u -> u.getStorage()).map(st -> st.getPath().toAbsolutePath().normalize());
        return new DirectType(name, declaration, superclass, interfaces, fields, SourceAnnotations.suppressions(type, Optional.empty()), file);
    }

    private List<String> names(List<ClassOrInterfaceType> types) {
        List<String> names = new ArrayList<>();
        types.forEach(t -> resolver.get().qualify(t).ifPresent(r -> names.add(r.name())));
        return names;
    }

    private String typeName(Type type) {
        return resolver.get().qualify(type).map(TypeRef::name).orElse(type.asString());
    }
}
