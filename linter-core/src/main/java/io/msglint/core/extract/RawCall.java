package io.msglint.core.extract;

import io.msglint.rules.model.Content;
import io.msglint.rules.model.SendTraits;
import io.msglint.rules.model.SourceLocation;
import io.msglint.rules.model.Suppression;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A call to a method of the project that may send what it is given (its name is one a sending
 * method has), as one file shows it: linked to the sending methods across files, it becomes a
 * send site at this call, with this call's argument as the payload.
 *
 * @param receiverTypes the static type of the receiver; for an unqualified call, the enclosing type
 *                      and its direct supertypes; empty when it could not be told
 * @param name          the called method's name
 * @param arguments     each argument, traced: what it is made of, or the caller's own parameter it is
 * @param caller        the method the call is in, if any (a caller's parameter passed on makes it a sender too)
 * @param loop          the loop the call runs in
 */
public record RawCall(SourceLocation location, List<String> receiverTypes, String name, List<Argument> arguments,
                      Optional<MethodRef> caller, SendTraits.Loop loop, Set<Suppression> suppressions) {

    /**
     * One argument, traced.
     *
     * @param forwardedParameter the index of the caller's parameter it is, if it is one
     */
    public record Argument(List<String> types, List<Content> content, Optional<Integer> forwardedParameter) {

        public Argument {
            types = List.copyOf(types);
            content = List.copyOf(content);
        }
    }

    public RawCall {
        receiverTypes = List.copyOf(receiverTypes);
        arguments = List.copyOf(arguments);
        suppressions = Set.copyOf(suppressions);
    }
}
