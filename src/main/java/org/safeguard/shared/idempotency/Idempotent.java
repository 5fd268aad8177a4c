package org.safeguard.shared.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST endpoint that creates money or a decision: sent with an {@code Idempotency-Key} header, a repeat of
 * the same request by the same user answers the first result (status and body) without acting again, and the same
 * key with a different request answers 422 {@code IDEMPOTENCY_KEY_REUSED}. Without the header nothing changes.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}
