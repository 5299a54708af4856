package io.msglint.rules.model;

import java.util.List;
import java.util.Set;

/**
 * What the front ends know about a payload type, before any judgement.
 *
 * @param name          fully qualified name
 * @param hierarchy     the msglint annotations on the type itself, then on its superclasses
 *                      (nearest first), then on its interfaces; types without any are left out
 * @param fields        its instance fields (records: components)
 * @param suppressions  rule ids suppressed on the type ({@code "*"} for all)
 */
public record TypeShape(String name, List<KindDeclaration> hierarchy, List<Field> fields, Set<String> suppressions) {

    /** One field: its name and its type's fully qualified name ({@code byte[]} for arrays). */
    public record Field(String name, String typeName) {
    }

    public TypeShape {
        hierarchy = List.copyOf(hierarchy);
        fields = List.copyOf(fields);
        suppressions = Set.copyOf(suppressions);
    }

    /** A type the front end could not read: its name is all that is known. */
    public static TypeShape unknown(String name) {
        return new TypeShape(name, List.of(), List.of(), Set.of());
    }

    public String simpleName() {
        String tail = name.substring(name.lastIndexOf('.') + 1);
        return tail.substring(tail.lastIndexOf('$') + 1);
    }
}
