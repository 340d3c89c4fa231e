package org.cooperation.agreement.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.PartyKind;
import org.cooperation.agreement.api.Relation;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.agreement.api.event.AnnualMeetingRecorded;
import org.cooperation.agreement.api.event.MilestoneRecorded;
import org.cooperation.agreement.api.event.ProgrammeLaunched;
import org.cooperation.agreement.api.event.ProgrammeYearRecorded;
import org.cooperation.agreement.api.event.RelatedAgreementLinked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published schemas and the event records describe the same fields, type by type. */
class EventSchemasTest {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(
                    mappers -> mappers.mapPrefix(EventSchemas.BASE_URI, "classpath:" + EventSchemas.RESOURCE_FOLDER)));

    static Set<Class<? extends AgreementEvent>> eventTypes() {
        return new HashSet<>(EventTypes.all());
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void describesEveryFieldOfTheEventAndNoOther(Class<? extends AgreementEvent> type) throws IOException {
        JsonNode schema = schemaOf(type);

        Set<String> described = new HashSet<>();
        schema.get("properties").fieldNames().forEachRemaining(described::add);
        Set<String> components = new HashSet<>(Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .toList());

        assertThat(described).isEqualTo(components);
        schema.get("required").forEach(field -> assertThat(components).contains(field.asText()));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void carriesThePublicTypeNameAndItsOwnAddress(Class<? extends AgreementEvent> type) throws IOException {
        JsonNode schema = schemaOf(type);

        assertThat(schema.get("title").asText()).isEqualTo(EventTypes.typeName(type));
        assertThat(schema.get("$id").asText()).isEqualTo(EventSchemas.uri(type));
    }

    static Set<PublishedType> olderVersions() {
        return EventUpcasts.olderVersions();
    }

    /** Records of an older version stay on the topic for good, so its schema stays published. */
    @ParameterizedTest
    @MethodSource("olderVersions")
    void keepsTheSchemaOfEveryOlderVersion(PublishedType older) throws IOException {
        JsonNode schema = schemaOf(EventSchemas.resource(older));

        assertThat(schema.get("title").asText()).isEqualTo(older.typeName());
        assertThat(schema.get("$id").asText()).isEqualTo(EventSchemas.uri(older));
    }

    @Test
    void upcastsAVersion1MeetingIntoOneTheVersion2SchemaAccepts() throws IOException {
        PublishedType v1 = new PublishedType(AnnualMeetingRecorded.class, 1);
        JsonNode recorded = EventJson.mapper().readTree("""
                {"agreementId":"jp-de-iot-2016","heldOn":"2017-03-19","hostCountry":"DE","city":"Hannover",
                 "level":"Minister","attendees":["Brigitte Zypries","Hiroshige Seko"],
                 "outcomes":["Hannover Declaration"]}""");
        JsonSchema version1 = validator(EventSchemas.uri(v1));
        JsonSchema version2 = validator(EventSchemas.uri(AnnualMeetingRecorded.class));

        assertThat(version1.validate(recorded)).isEmpty();
        assertThat(version2.validate(recorded))
                .as("the change of shape is a new version")
                .isNotEmpty();
        assertThat(version2.validate(EventUpcasts.toCurrent(v1, recorded))).isEmpty();
    }

    private static final String SIGNED_WITHOUT_TERM = """
            {"agreementId":"jp-in-digital-2018","title":"MOC on a Japan-India Digital Partnership",
             "kind":"MEMORANDUM_OF_COOPERATION","parties":[
               {"code":"JP-METI","name":"METI","country":"JP","signatory":{"name":"Hiroshige Seko","title":"Minister"}},
               {"code":"IN-MEITY","name":"MeitY","country":"IN","signatory":{"name":"Sujan R. Chinoy","title":"Ambassador"}}],
             "signedOn":"2018-10-29","place":"Tokyo","effectiveFrom":"2018-10-29","terminationNoticeDays":0,
             "meetings":{"cadence":"NONE","alternateHosts":false},"fieldsOfCooperation":[]}""";

    @Test
    void acceptsAnOpenEndedSignatureOnlyFromVersion2() throws IOException {
        JsonNode signed = EventJson.mapper().readTree(SIGNED_WITHOUT_TERM);

        assertThat(validator(EventSchemas.uri(new PublishedType(AgreementSigned.class, 1)))
                        .validate(signed))
                .as("version 1 required a term")
                .isNotEmpty();
        assertThat(validator(EventSchemas.uri(new PublishedType(AgreementSigned.class, 2)))
                        .validate(signed))
                .isEmpty();
        assertThat(validator(EventSchemas.uri(AgreementSigned.class))
                        .validate(EventUpcasts.toCurrent(new PublishedType(AgreementSigned.class, 2), signed)))
                .isEmpty();
    }

    @Test
    void upcastsAVersion2SignatureIntoOneOfGovernmentBodies() throws IOException {
        PublishedType v2 = new PublishedType(AgreementSigned.class, 2);
        JsonNode recorded = EventJson.mapper().readTree(SIGNED_WITHOUT_TERM);

        ObjectNode current = EventUpcasts.toCurrent(v2, recorded);

        assertThat(current.get("parties").findValuesAsText("kind"))
                .containsExactly("GOVERNMENT_BODY", "GOVERNMENT_BODY");
        assertThat(validator(EventSchemas.uri(AgreementSigned.class)).validate(recorded))
                .as("version 3 states each party's kind")
                .isNotEmpty();
        assertThat(validator(EventSchemas.uri(AgreementSigned.class)).validate(current))
                .isEmpty();
        assertThat(EventJson.read(
                        "org.cooperation.agreement.AgreementSigned.v2",
                        EventJson.mapper().writeValueAsBytes(recorded)))
                .isInstanceOfSatisfying(
                        AgreementSigned.class,
                        signed -> assertThat(signed.parties())
                                .extracting(Party::kind)
                                .containsOnly(PartyKind.GOVERNMENT_BODY));
    }

    @Test
    void letsOnlyAnInternationalOrganisationGoWithoutACountryInVersion3() throws IOException {
        ObjectNode signed = EventUpcasts.toCurrent(
                new PublishedType(AgreementSigned.class, 2), EventJson.mapper().readTree(SIGNED_WITHOUT_TERM));
        ObjectNode firstParty = (ObjectNode) signed.get("parties").get(0);
        firstParty.remove("country");
        JsonSchema version3 = validator(EventSchemas.uri(AgreementSigned.class));

        assertThat(version3.validate(signed))
                .as("a government body without a country")
                .isNotEmpty();
        firstParty.put("kind", "INTERNATIONAL_ORGANISATION");
        assertThat(version3.validate(signed)).isEmpty();
    }

    @Test
    void readsAVersion2MeetingAsOneThatNamedOnlyTheHostsCountry() throws IOException {
        JsonNode recorded = EventJson.mapper().readTree("""
                {"agreementId":"jp-de-iot-2016","heldOn":"2017-03-19","hostCountry":"DE","city":"Hannover",
                 "attendees":[],"outcomes":[]}""");

        assertThat(validator(EventSchemas.uri(AnnualMeetingRecorded.class))
                        .validate(EventUpcasts.toCurrent(new PublishedType(AnnualMeetingRecorded.class, 2), recorded)))
                .isEmpty();
        assertThat(EventJson.read(
                        "org.cooperation.agreement.AnnualMeetingRecorded.v2",
                        EventJson.mapper().writeValueAsBytes(recorded)))
                .isInstanceOfSatisfying(AnnualMeetingRecorded.class, meeting -> {
                    assertThat(meeting.hostParty()).isNull();
                    assertThat(meeting.hostCountry()).isEqualTo(CountryCode.of("DE"));
                });
    }

    @Test
    void refusesAVersion2SignatureWithATermButNoEndOrTheOtherWayRound() throws IOException {
        JsonSchema version2 = validator(EventSchemas.uri(new PublishedType(AgreementSigned.class, 2)));
        var withTermOnly = (ObjectNode) EventJson.mapper().readTree(SIGNED_WITHOUT_TERM);
        withTermOnly.set(
                "term", EventJson.mapper().readTree("{\"initialYears\":5,\"maxExtensions\":0,\"extensionYears\":0}"));
        var withEndOnly = (ObjectNode) EventJson.mapper().readTree(SIGNED_WITHOUT_TERM);
        withEndOnly.put("termEndsOn", "2023-10-28");

        assertThat(version2.validate(withTermOnly)).isNotEmpty();
        assertThat(version2.validate(withEndOnly)).isNotEmpty();
    }

    @Test
    void upcastsAVersion1SignatureIntoOneTheVersion2SchemaAcceptsUnchanged() throws IOException {
        PublishedType v2 = new PublishedType(AgreementSigned.class, 2);
        PublishedType v1 = new PublishedType(AgreementSigned.class, 1);
        var recorded = (ObjectNode) EventJson.mapper().readTree(SIGNED_WITHOUT_TERM);
        recorded.set(
                "term", EventJson.mapper().readTree("{\"initialYears\":5,\"maxExtensions\":1,\"extensionYears\":5}"));
        recorded.put("termEndsOn", "2023-10-28");

        assertThat(validator(EventSchemas.uri(v1)).validate(recorded)).isEmpty();
        assertThat(validator(EventSchemas.uri(v2)).validate(recorded)).isEmpty();
        assertThat(validator(EventSchemas.uri(AgreementSigned.class)).validate(EventUpcasts.toCurrent(v1, recorded)))
                .isEmpty();
    }

    private static final String CONCLUDED_UNDER = """
            {"agreementId":"aist-dfki-2017","relatedAgreementId":"jp-de-hannover-2017",
             "relation":"CONCLUDED_UNDER","linkedOn":"2017-03-19"}""";

    @Test
    void acceptsTheRelationsOfVersion2OnlyInVersion2() throws IOException {
        PublishedType v1 = new PublishedType(RelatedAgreementLinked.class, 1);
        JsonSchema version2 = validator(EventSchemas.uri(RelatedAgreementLinked.class));
        for (Relation relation : Relation.values()) {
            var linked = (ObjectNode) EventJson.mapper().readTree(CONCLUDED_UNDER);
            linked.put("relation", relation.name());
            assertThat(version2.validate(linked)).as(relation.name()).isEmpty();
        }
        assertThat(validator(EventSchemas.uri(v1)).validate(EventJson.mapper().readTree(CONCLUDED_UNDER)))
                .as("version 1 knew three relations")
                .isNotEmpty();
    }

    @Test
    void refusesARelationVersion2DoesNotList() throws IOException {
        var linked = (ObjectNode) EventJson.mapper().readTree(CONCLUDED_UNDER);
        linked.put("relation", "INSPIRED_BY");

        assertThat(validator(EventSchemas.uri(RelatedAgreementLinked.class)).validate(linked))
                .isNotEmpty();
    }

    @Test
    void upcastsAVersion1LinkIntoOneTheVersion2SchemaAcceptsUnchanged() throws IOException {
        PublishedType v1 = new PublishedType(RelatedAgreementLinked.class, 1);
        var recorded = (ObjectNode) EventJson.mapper().readTree(CONCLUDED_UNDER);
        recorded.put("relation", "BUILDS_ON");

        assertThat(validator(EventSchemas.uri(v1)).validate(recorded)).isEmpty();
        assertThat(EventUpcasts.toCurrent(v1, recorded)).isEqualTo(recorded);
        assertThat(validator(EventSchemas.uri(RelatedAgreementLinked.class)).validate(recorded))
                .isEmpty();
    }

    @Test
    void acceptsProgrammeDatesAsPreciseAsTheirSource() throws IOException {
        JsonSchema launched = validator(EventSchemas.uri(ProgrammeLaunched.class));
        for (String date : new String[] {"1987", "2018-10", "2018-10-29", "0001", "9999-12-31"}) {
            assertThat(launched.validate(EventJson.mapper().readTree(launchedOn(date))))
                    .as(date)
                    .isEmpty();
        }
        for (String date :
                new String[] {"0000", "87", "1987-13", "1987-00", "1987-10-32", "+10000", "1987-10-29T00:00Z"}) {
            assertThat(launched.validate(EventJson.mapper().readTree(launchedOn(date))))
                    .as(date)
                    .isNotEmpty();
        }
    }

    @Test
    void acceptsALaunchOrTheDateByWhichItRanButNeverBothOrNeither() throws IOException {
        JsonSchema version2 = validator(EventSchemas.uri(ProgrammeLaunched.class));
        var runningBy = (ObjectNode) EventJson.mapper().readTree(launchedOn("2019"));
        runningBy.remove("launchedOn");
        runningBy.put("runningBy", "2019");

        assertThat(version2.validate(runningBy)).isEmpty();
        assertThat(version2.validate(runningBy.deepCopy().put("launchedOn", "2019")))
                .as("both")
                .isNotEmpty();
        runningBy.remove("runningBy");
        assertThat(version2.validate(runningBy)).as("neither").isNotEmpty();
        assertThat(validator(EventSchemas.uri(new PublishedType(ProgrammeLaunched.class, 1)))
                        .validate(EventJson.mapper().readTree(launchedOn("2019").replace("launchedOn", "runningBy"))))
                .as("version 1 needed launchedOn")
                .isNotEmpty();
    }

    @Test
    void upcastsAVersion1LaunchIntoOneTheVersion2SchemaAcceptsUnchanged() throws IOException {
        PublishedType v1 = new PublishedType(ProgrammeLaunched.class, 1);
        var recorded = EventJson.mapper().readTree(launchedOn("2018-10"));

        assertThat(validator(EventSchemas.uri(v1)).validate(recorded)).isEmpty();
        assertThat(EventUpcasts.toCurrent(v1, recorded)).isEqualTo(recorded);
        assertThat(validator(EventSchemas.uri(ProgrammeLaunched.class)).validate(recorded))
                .isEmpty();
    }

    @Test
    void acceptsYearlyFiguresWithoutCountsButNotNegativeOnes() throws IOException {
        JsonSchema year = validator(EventSchemas.uri(ProgrammeYearRecorded.class));
        String bare = "{\"agreementId\":\"eu-jp-centre\",\"programmeId\":\"vulcanus\",\"year\":2019";

        assertThat(year.validate(EventJson.mapper().readTree(bare + "}"))).isEmpty();
        assertThat(year.validate(EventJson.mapper().readTree(bare + ",\"participants\":-1}")))
                .isNotEmpty();
        assertThat(year.validate(EventJson.mapper()
                        .readTree("{\"agreementId\":\"eu-jp-centre\",\"programmeId\":\"vulcanus\",\"year\":0}")))
                .isNotEmpty();
    }

    @Test
    void acceptsAMilestoneKnownOnlyToTheYearOnlyInVersion2AndUpcastsAVersion1OneUnchanged() throws IOException {
        var milestone = (ObjectNode) EventJson.mapper().readTree("""
                {"agreementId":"jp-de-hannover-2017","date":"2017-03-19","title":"AIST and DFKI sign a MoC",
                 "references":[]}""");
        PublishedType v1 = new PublishedType(MilestoneRecorded.class, 1);
        JsonSchema version2 = validator(EventSchemas.uri(MilestoneRecorded.class));

        assertThat(version2.validate(EventUpcasts.toCurrent(v1, milestone))).isEmpty();
        assertThat(EventUpcasts.toCurrent(v1, milestone)).isEqualTo(milestone);
        milestone.put("date", "2017");
        assertThat(version2.validate(milestone)).isEmpty();
        assertThat(validator(EventSchemas.uri(v1)).validate(milestone))
                .as("version 1 needed a day")
                .isNotEmpty();
    }

    private static String launchedOn(String date) {
        return "{\"agreementId\":\"eu-jp-centre\",\"programmeId\":\"vulcanus\",\"name\":\"Vulcanus\","
                + "\"launchedOn\":\"" + date + "\"}";
    }

    private static JsonSchema validator(String uri) {
        return SCHEMAS.getSchema(
                SchemaLocation.of(uri),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    private static JsonNode schemaOf(Class<? extends AgreementEvent> type) throws IOException {
        return schemaOf(EventSchemas.resource(type));
    }

    private static JsonNode schemaOf(String resource) throws IOException {
        try (InputStream in = EventSchemasTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return EventJson.mapper().readTree(in);
        }
    }
}
