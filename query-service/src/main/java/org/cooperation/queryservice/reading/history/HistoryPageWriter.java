package org.cooperation.queryservice.reading.history;

import java.io.IOException;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/**
 * Sends a {@link HistoryPages.Page} as its JSON, chunk by chunk as it was written, with its length:
 * the page is never gathered into one array of half a megabyte only to be copied out again.
 */
@Component
class HistoryPageWriter extends AbstractHttpMessageConverter<HistoryPages.Page> {

    HistoryPageWriter() {
        super(MediaType.APPLICATION_JSON);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return HistoryPages.Page.class.isAssignableFrom(type);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected Long getContentLength(HistoryPages.Page page, MediaType contentType) {
        return page.size();
    }

    @Override
    protected HistoryPages.Page readInternal(Class<? extends HistoryPages.Page> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("a history page is only ever written", input);
    }

    @Override
    protected void writeInternal(HistoryPages.Page page, HttpOutputMessage output) throws IOException {
        page.writeTo(output.getBody());
    }
}
