package io.msglint.rules.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the front ends know about a payload type, before any judgement.
 *
 * @param name          fully qualified name
 * @param hierarchy     the msglint annotations on the type itself, then on its superclasses
 *                      (nearest first), then on its interfaces; types without any are left out
 * @param fields        its instance fields (records: components)
 * @param suppressions  the rules suppressed on the type
 * @param unreadable    why the front end could not read a type it found ("its source nests too deeply
 *                      to parse"); empty when it read it, or found nothing to read
 */
public record TypeShape(String name, List<KindDeclaration> hierarchy, List<Field> fields, Set<Suppression> suppressions,
                        Optional<String> unreadable) {

    /** One field: its name and its type's fully qualified name ({@code byte[]} for arrays). */
    public record Field(String name, String typeName) {
    }

    public TypeShape {
        hierarchy = List.copyOf(hierarchy);
        fields = List.copyOf(fields);
        suppressions = Set.copyOf(suppressions);
    }

    public TypeShape(String name, List<KindDeclaration> hierarchy, List<Field> fields, Set<Suppression> suppressions) {
        this(name, hierarchy, fields, suppressions, Optional.empty());
    }

    /** A type the front end found nothing of: its name is all that is known. */
    public static TypeShape unknown(String name) {
        return new TypeShape(name, List.of(), List.of(), Set.of());
    }

    /** A type the front end found but could not read, and why. */
    public static TypeShape unreadable(String name, String why) {
        return new TypeShape(name, List.of(), List.of(), Set.of(), Optional.of(why));
    }

    public String simpleName() {
        String tail = name.substring(name.lastIndexOf('.') + 1);
        return tail.substring(tail.lastIndexOf('$') + 1);
    }
}
