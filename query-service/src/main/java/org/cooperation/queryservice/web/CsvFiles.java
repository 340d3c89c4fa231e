package org.cooperation.queryservice.web;

import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The CSV files the API writes (RFC 4180, UTF-8, a header row), one set of rules for all of them.
 */
public final class CsvFiles {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    /** RFC 4180: comma, double quotes where needed, CRLF; the header is written by each file. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CsvFiles() {}

    /**
     * A cell's text. Text that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab
     * or a carriage return) gets a leading apostrophe, so that opening an export never runs what
     * someone typed into the record; numbers and dates never start so.
     */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    /** The headers of a CSV file to download under {@code filename}. */
    public static HttpHeaders download(String filename) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(TEXT_CSV);
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(filename, StandardCharsets.UTF_8)
                .build());
        return headers;
    }
}
