package org.cooperation.agreement.api.contract;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.EventVersion;

/**
 * The public names of the event types: {@code org.cooperation.agreement.TermExtended.v1}.
 * Derived from the sealed {@link AgreementEvent} hierarchy, so a new event cannot be forgotten here.
 */
public final class EventTypes {

    public static final String PREFIX = "org.cooperation.agreement.";

    private static final Map<String, Class<? extends AgreementEvent>> BY_NAME = Arrays.stream(
                    AgreementEvent.class.getPermittedSubclasses())
            .map(EventTypes::asEventClass)
            .collect(Collectors.toUnmodifiableMap(EventTypes::typeName, Function.identity()));

    private EventTypes() {}

    /** Every event class of the published language. */
    public static java.util.Collection<Class<? extends AgreementEvent>> all() {
        return BY_NAME.values();
    }

    /** The name of the type's current version, the one that is published. */
    public static String typeName(Class<? extends AgreementEvent> type) {
        return PublishedType.current(type).typeName();
    }

    public static int version(Class<? extends AgreementEvent> type) {
        EventVersion version = type.getAnnotation(EventVersion.class);
        if (version == null) {
            throw new IllegalStateException(type.getName() + " has no @EventVersion");
        }
        return version.value();
    }

    /** The class of a current type name; older versions are found by {@link EventUpcasts#olderVersion}. */
    public static Optional<Class<? extends AgreementEvent>> forTypeName(String typeName) {
        return Optional.ofNullable(BY_NAME.get(typeName));
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends AgreementEvent> asEventClass(Class<?> type) {
        return (Class<? extends AgreementEvent>) type;
    }
}
