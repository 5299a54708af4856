package io.msglint.core;

/** How much work a scan did. Not part of the deterministic output. */
public record Stats(int filesScanned, int filesParsed, long millis) {
}
