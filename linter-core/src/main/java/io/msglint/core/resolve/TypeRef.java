package io.msglint.core.resolve;

import com.github.javaparser.resolution.types.ResolvedType;
import java.util.List;
import java.util.Optional;

/**
 * A static type as msglint needs it: the erased name ({@code java.util.List}, {@code byte[]})
 * and its type arguments.
 */
public record TypeRef(String name, List<TypeRef> arguments) {

    public TypeRef {
        arguments = List.copyOf(arguments);
    }

    public static TypeRef of(String name) {
        return new TypeRef(name, List.of());
    }

    public boolean isArray() {
        return name.endsWith("[]");
    }

    /** The element type of an array or of a one-argument generic such as a list. */
    public Optional<TypeRef> elementType() {
        if (isArray()) {
            return Optional.of(TypeRef.of(name.substring(0, name.length() - 2)));
        }
        return arguments.size() == 1 ? Optional.of(arguments.get(0)) : Optional.empty();
    }

    public static Optional<TypeRef> from(ResolvedType type) {
        if (type.isArray()) {
            return from(type.asArrayType().getComponentType()).map(c -> TypeRef.of(c.name() + "[]"));
        }
        if (type.isPrimitive()) {
            return Optional.of(TypeRef.of(type.asPrimitive().describe()));
        }
        if (type.isReferenceType()) {
            var reference = type.asReferenceType();
            List<TypeRef> args = reference.typeParametersValues().stream()
                    .map(TypeRef::from)
                    .flatMap(Optional::stream)
                    .toList();
            return Optional.of(new TypeRef(reference.getQualifiedName(), args));
        }
        if (type.isWildcard() && type.asWildcard().isBounded()) {
            return from(type.asWildcard().getBoundedType());
        }
        return Optional.empty();
    }
}
