package org.cooperation.agreement.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The AsyncAPI document describes every version a consumer can meet on the topic, older ones too. */
class AsyncApiDocumentTest {

    private static JsonNode document;

    @BeforeAll
    static void readDocument() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class
                .getClassLoader()
                .getResourceAsStream("asyncapi/agreements-events.asyncapi.yaml")) {
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    static Stream<PublishedType> versionsOnTheTopic() {
        return Stream.concat(
                EventTypes.all().stream().map(PublishedType::current), EventUpcasts.olderVersions().stream());
    }

    @ParameterizedTest
    @MethodSource("versionsOnTheTopic")
    void describesEachVersionWithItsSchemaOnTheChannel(PublishedType version) {
        List<String> described = StreamSupport.stream(
                        document.at("/components/messages").spliterator(), false)
                .filter(message -> message.get("name").asText().equals(version.typeName()))
                .map(message -> message.at("/payload/$ref").asText())
                .toList();
        assertThat(described).as(version.typeName()).containsExactly("../" + EventSchemas.resource(version));

        List<String> onTheChannel = StreamSupport.stream(
                        document.at("/channels/agreementEvents/messages").spliterator(), false)
                .map(reference -> document.at(reference.get("$ref").asText().substring(1))
                        .get("name")
                        .asText())
                .toList();
        assertThat(onTheChannel).contains(version.typeName());
    }
}
