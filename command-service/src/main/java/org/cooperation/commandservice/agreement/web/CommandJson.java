package org.cooperation.commandservice.agreement.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How command bodies are read: exactly the JSON the contract describes, nothing Jackson would
 * guess. Text is a string, a number is a number, a boolean is true or false, a kind is its name,
 * a date is an ISO-8601 {@code yyyy-MM-dd} string; nothing may follow the body, and the body is
 * UTF-8 (RFC 8259), any other charset is a 415. Unknown and repeated properties are refused by
 * the {@code spring.jackson} settings this starts from.
 *
 * <p>Only the HTTP reader is made strict, on a copy of the service's mapper: what Axon stores or
 * reads back is left as it is.
 */
@Configuration(proxyBeanMethods = false)
class CommandJson implements WebMvcConfigurer {

    private final ObjectMapper serviceMapper;

    CommandJson(ObjectMapper serviceMapper) {
        this.serviceMapper = serviceMapper;
    }

    /**
     * The strict reader takes the place of every Jackson converter Spring lined up (there are two
     * for JSON, and one for YAML): a body the strict one refuses must not be read by the next.
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        int first = converters.indexOf(converters.stream()
                .filter(AbstractJackson2HttpMessageConverter.class::isInstance)
                .findFirst()
                .orElseThrow());
        converters.removeIf(AbstractJackson2HttpMessageConverter.class::isInstance);
        converters.add(first, new MappingJackson2HttpMessageConverter(strict(serviceMapper.copy())) {
            @Override
            protected boolean canRead(MediaType mediaType) {
                return super.canRead(mediaType)
                        && (mediaType == null
                                || mediaType.getCharset() == null
                                || StandardCharsets.UTF_8.equals(mediaType.getCharset()));
            }
        });
    }

    static ObjectMapper strict(ObjectMapper mapper) {
        mapper.enable(
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Boolean, LogicalType.Enum}) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // Registered last, so it takes the place of the Java time module's more lenient reader.
        mapper.registerModule(new SimpleModule("iso-dates").addDeserializer(LocalDate.class, new IsoDateReader()));
        return mapper;
    }
}
