package io.msglint.core.extract;

import java.util.List;

/**
 * A method of the project, as calls to it can be told from the syntax tree: the type that declares
 * it, the types that type extends or implements directly (a call through an interface reaches the
 * implementation), its name and how many parameters it takes. Overloads of one arity are one method.
 *
 * @param type       the declaring type's qualified name
 * @param supertypes the declaring type's direct supertypes, qualified where the file shows them
 */
public record MethodRef(String type, List<String> supertypes, String name, int arity) {

    public MethodRef {
        supertypes = List.copyOf(supertypes);
    }

    /** Whether a call to {@code name} with {@code arity} arguments, on a receiver of one of these types, may reach it. */
    public boolean reachableFrom(List<String> receiverTypes, String calledName, int arguments) {
        if (!name.equals(calledName) || arity != arguments) {
            return false;
        }
        for (String receiver : receiverTypes) {
            if (receiver.equals(type) || supertypes.contains(receiver)) {
                return true;
            }
        }
        return false;
    }

    /** How a path step names it: {@code OrderPublisher.publish}. */
    public String display() {
        return type.substring(type.lastIndexOf('.') + 1) + "." + name;
    }
}
