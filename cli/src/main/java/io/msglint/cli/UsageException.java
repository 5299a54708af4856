package io.msglint.cli;

/** The arguments do not fit the command: the message says how, and the usage follows it. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
