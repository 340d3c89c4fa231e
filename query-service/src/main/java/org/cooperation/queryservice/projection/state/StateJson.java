package org.cooperation.queryservice.projection.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.cooperation.agreement.api.contract.EventJson;
import org.springframework.stereotype.Component;

/** The JSON of the stored read-model documents: the wire format's settings (ISO dates, no class names). */
@Component
public class StateJson {

    private final ObjectMapper mapper =
            EventJson.configure(JsonMapper.builder()).build();

    public ObjectMapper mapper() {
        return mapper;
    }
}
