/**
 * Annotations that tell msglint what a payload is: a {@link io.msglint.annotations.Message}
 * the sender expects to be processed, or an {@link io.msglint.annotations.Event} that merely
 * notifies; and {@link io.msglint.annotations.SuppressMsglint} to silence a finding with a reason.
 */
package io.msglint.annotations;
