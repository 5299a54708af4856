package io.msglint.rules.model;

/**
 * Evidence that a payload carries data itself (bytes, a file) rather than a reference to it.
 *
 * @param strength how sure the front end is
 * @param evidence what it saw, in words ("Files.readAllBytes(...)", "field audio: byte[]")
 */
public record Content(Strength strength, String evidence) {

    public enum Strength {
        /** The bytes provably come from a file, a stream or an upload. */
        FILE_OR_STREAM,
        /** Only the type's shape says so: a binary field, raw bytes of unknown origin. */
        SHAPE
    }

    public boolean isProven() {
        return strength == Strength.FILE_OR_STREAM;
    }
}
