package io.msglint.core.resolve;

import io.msglint.rules.model.KindDeclaration;
import io.msglint.rules.model.Suppression;
import io.msglint.rules.model.TypeShape;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One type as written, before its supertypes are looked at.
 *
 * @param superclass  its superclass, unless {@code java.lang.Object} or unknown
 * @param interfaces  the interfaces it names directly
 * @param source      the file it was read from, which the cache checks is unchanged before trusting it
 *                    again: its source file, or its class file in a class folder; empty for a class
 *                    in a jar, which the cache key covers
 */
public record DirectType(String name, KindDeclaration declaration, Optional<String> superclass, List<String> interfaces,
                         List<TypeShape.Field> fields, Set<Suppression> suppressions, Optional<Path> source) {

    public DirectType {
        interfaces = List.copyOf(interfaces);
        fields = List.copyOf(fields);
        suppressions = Set.copyOf(suppressions);
    }
}
