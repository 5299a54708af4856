package io.msglint.rules.config;

/** A configuration msglint cannot use; the message names the file, the key and the fix. */
public final class ConfigException extends Exception {

    public ConfigException(String message) {
        super(message);
    }
}
