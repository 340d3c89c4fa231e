package org.cooperation.agreement.api.contract;

import org.cooperation.agreement.api.event.AgreementEvent;

/**
 * Where the JSON Schema of each published event type lives: in this jar under
 * {@code schemas/agreement-events/}, one file per type and version, plus shared definitions.
 */
public final class EventSchemas {

    /** The {@code $id} prefix of every schema; a validator maps it to {@link #RESOURCE_FOLDER}. */
    public static final String BASE_URI = "https://schemas.cooperation-agreements.org/agreement-events/";

    public static final String RESOURCE_FOLDER = "schemas/agreement-events/";

    private EventSchemas() {}

    /** e.g. {@code schemas/agreement-events/TermExtended.v1.schema.json} */
    public static String resource(Class<? extends AgreementEvent> type) {
        return resource(PublishedType.current(type));
    }

    public static String uri(Class<? extends AgreementEvent> type) {
        return uri(PublishedType.current(type));
    }

    /** The schema of any version, also of an older one that records on the topic may still have. */
    public static String resource(PublishedType published) {
        return RESOURCE_FOLDER + fileName(published);
    }

    public static String uri(PublishedType published) {
        return BASE_URI + fileName(published);
    }

    private static String fileName(PublishedType published) {
        return published.type().getSimpleName() + ".v" + published.version() + ".schema.json";
    }
}
