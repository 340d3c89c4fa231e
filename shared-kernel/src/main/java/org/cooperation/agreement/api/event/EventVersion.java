package org.cooperation.agreement.api.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The version of an event type's published shape: {@code v1} in
 * {@code org.cooperation.agreement.TermExtended.v1}, and the revision stored with each event.
 * A change that breaks a consumer gets a new version (see docs/kafka-contract.md).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventVersion {
    int value();
}
