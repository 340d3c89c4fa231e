package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.websecurity.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files to keep, by content negotiation on the resources themselves, read back with the libraries that wrote them. */
class ExportsIT extends QueryServiceIT {

    private static final LocalDate TERM_END = LocalDate.parse("2021-04-27");
    private static final Party DE = Events.party("DE-EXPORT", "DE");
    private static final Party JP = Events.party("JP-EXPORT", "JP");

    @Test
    void writesTheRecordOfAnAgreementAsAPdfExtract() throws Exception {
        String id = "export-statement";
        statement(id);

        ResponseEntity<byte[]> answer = bytes("/api/agreements/" + id, "application/pdf");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(answer.getHeaders().getContentDisposition().getFilename()).isEqualTo(id + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(answer.getBody())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Joint Statement");
            assertThat(text)
                    .contains("Joint Statement regarding the Internet of Things/Industrie 4.0")
                    .contains(
                            "DE-EXPORT - Ministry DE-EXPORT (DE, government body); a party from 2016-04-28",
                            "JP-EXPORT - Ministry JP-EXPORT (JP, government body); a party from 2016-04-28")
                    .contains("Status: IN_FORCE")
                    .contains("Term ends (last day in force): 2026-04-27")
                    .contains("2026-01-27  Last day to give notice of termination (passed)")
                    .contains("History (3 entries, oldest first)")
                    .containsPattern("#0  org\\.cooperation\\.agreement\\.AgreementSigned\\.v\\d+  dated 2016-04-28")
                    .containsPattern("#2  org\\.cooperation\\.agreement\\.TermExtended\\.v\\d+  dated 2021-02-10")
                    .contains("by secretariat-tool")
                    .contains("correlation corr-2")
                    .contains("Why: BMWi IV-2021-02-01; METI-MIPO-2021-02-10")
                    .contains("Verification", "The hash chain of the 3 entries verifies.")
                    .contains("Verification hash (of entry #2):");
            String head = json.readTree(
                            get("/api/agreements/" + id + "/history").getBody())
                    .path("events")
                    .get(2)
                    .path("hash")
                    .asText();
            assertThat(head).isNotBlank();
            assertThat(text.replaceAll("\\s", "")).contains(head);
        }
    }

    @Test
    void writesTheExtractAsOfADay() throws Exception {
        String id = "export-as-of";
        statement(id);

        try (PDDocument pdf = Loader.loadPDF(bytes("/api/agreements/" + id + "?asOf=2020-01-01", "application/pdf")
                .getBody())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Extract of the record as of 2020-01-01")
                    .contains("Term ends (last day in force): 2021-04-27")
                    .contains("2021-04-27  Last day for the consent letters of an extension");
        }
    }

    @Test
    void writesCharactersTheStandardFontsLackAsQuestionMarks() throws Exception {
        AgreementSigned signed =
                Events.signed("export-kanji", LocalDate.parse("2016-04-28"), List.of(DE, JP), List.of());
        publish(
                new AgreementSigned(
                        AgreementId.of("export-kanji"),
                        "日独 Joint Statement",
                        signed.kind(),
                        signed.parties(),
                        signed.signedOn().earliest(),
                        signed.place(),
                        signed.effectiveFrom().earliest(),
                        signed.term(),
                        signed.termEndsOn(),
                        signed.terminationNoticeDays(),
                        signed.meetings(),
                        signed.fieldsOfCooperation(),
                        signed.financialArrangement()),
                0);
        awaitJson(
                "/api/agreements/export-kanji",
                body -> body.path("agreement").path("version").asInt() == 0);

        ResponseEntity<byte[]> answer = bytes("/api/agreements/export-kanji", "application/pdf");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (PDDocument pdf = Loader.loadPDF(answer.getBody())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("?? Joint Statement");
        }
    }

    @Test
    void writesTheHistoryAsCsvWithWhoWhenAndWhy() throws Exception {
        String id = "export-history";
        statement(id);

        ResponseEntity<byte[]> answer = bytes("/api/agreements/" + id + "/history", "text/csv");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv")))
                .isTrue();
        List<CSVRecord> rows = csv(answer.getBody());
        // The types as the contract names them, whatever their current versions.
        assertThat(rows)
                .extracting(row -> row.get("type").replaceAll("^org\\.cooperation\\.agreement\\.|\\.v\\d+$", ""))
                .containsExactly("AgreementSigned", "AnnualMeetingRecorded", "TermExtended");
        assertThat(rows).extracting(row -> row.get("principal")).containsOnly("secretariat-tool");
        CSVRecord extension = rows.get(2);
        assertThat(extension.get("sequence")).isEqualTo("2");
        assertThat(extension.get("businessDate")).isEqualTo("2021-02-10");
        assertThat(extension.get("correlationId")).isEqualTo("corr-2");
        assertThat(extension.get("recordedAt")).isNotBlank();
        assertThat(extension.get("why")).isEqualTo("BMWi IV-2021-02-01; METI-MIPO-2021-02-10");
        assertThat(json.readTree(extension.get("payload")).path("termEndsOn").asText())
                .isEqualTo("2026-04-27");
        assertThat(extension.get("hash")).isNotBlank();
        assertThat(extension.get("previousHash")).isEqualTo(rows.get(1).get("hash"));
    }

    @Test
    void writesTheListAsCsvWithItsFiltersAndSort() throws Exception {
        statement("export-list-a");
        publish(Events.signed("export-list-b", LocalDate.parse("2018-01-01"), List.of(DE, JP), List.of()), 0);
        awaitJson(
                "/api/agreements?party=DE-EXPORT&party=JP-EXPORT&status=IN_FORCE",
                body -> body.path("items")
                        .findValuesAsText("agreementId")
                        .containsAll(List.of("export-list-a", "export-list-b")));

        List<CSVRecord> rows =
                csv(bytes("/api/agreements?party=DE-EXPORT&party=JP-EXPORT&sort=termEndsOn,desc", "text/csv")
                        .getBody());

        assertThat(rows)
                .extracting(row -> row.get("agreementId"))
                .containsSubsequence("export-list-a", "export-list-b");
        CSVRecord a = rows.stream()
                .filter(row -> row.get("agreementId").equals("export-list-a"))
                .findFirst()
                .orElseThrow();
        assertThat(a.get("termEndsOn")).isEqualTo("2026-04-27");
        assertThat(a.get("parties")).isEqualTo("DE-EXPORT JP-EXPORT");
        assertThat(a.get("status")).isEqualTo("IN_FORCE");
    }

    @Test
    void refusesMediaTypesItCannotWriteWith406() {
        String id = "export-statement";
        assertThat(bytes("/api/agreements/" + id, "image/png").getStatusCode()).isEqualTo(HttpStatus.NOT_ACCEPTABLE);
        assertThat(bytes("/api/agreements/" + id, "text/csv").getStatusCode()).isEqualTo(HttpStatus.NOT_ACCEPTABLE);
        assertThat(bytes("/api/agreements/" + id + "/history", "application/pdf")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_ACCEPTABLE);
        assertThat(bytes("/api/agreements", "application/xml").getStatusCode()).isEqualTo(HttpStatus.NOT_ACCEPTABLE);
        assertThat(bytes("/api/agreements", "*/*").getHeaders().getContentType())
                .isEqualTo(MediaType.APPLICATION_JSON);
    }

    @Test
    void givesAPartnerNoExtractOfAnotherPartysAgreement() throws Exception {
        String id = "export-not-theirs";
        statement(id);
        String outsider = IDENTITY.token(Roles.PARTNER, "FR-OUTSIDE");

        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(outsider);
        headers.set(HttpHeaders.ACCEPT, "application/pdf");
        assertThat(http.exchange("/api/agreements/" + id, HttpMethod.GET, new HttpEntity<>(headers), byte[].class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** Signed 2016-04-28 for five years, a meeting in 2017, extended once in 2021 by letters of February. */
    private void statement(String id) throws Exception {
        publish(Events.signed(id, LocalDate.parse("2016-04-28"), List.of(DE, JP), List.of()), 0);
        publish(Events.meeting(id, "2017-03-19", "DE", "Hannover"), 1);
        publish(Events.extended(id, "2021-02-01", "2021-02-10", TERM_END, new Term(5, 1, 5), 1), 2);
        awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asInt() == 2);
    }

    private static List<CSVRecord> csv(byte[] body) throws Exception {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(body, java.nio.charset.StandardCharsets.UTF_8)))
                .getRecords();
    }
}
