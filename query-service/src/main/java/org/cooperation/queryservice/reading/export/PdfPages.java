package org.cooperation.queryservice.reading.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Text flowing down A4 pages: headings, wrapped paragraphs and small monospaced blocks, with a
 * footer on every page. The standard PDF fonts need no file and no network, but they hold only
 * the Latin characters of WinAnsi; any other character is written as '?' rather than failing the
 * whole extract (the JSON and CSV representations keep every character).
 */
final class PdfPages implements AutoCloseable {

    static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final PDFont MONO = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private static final float MARGIN = 50;
    private static final float LEADING = 1.3f;

    private final PDDocument document = new PDDocument();
    private final Map<PDFont, Map<Character, Boolean>> encodable = new HashMap<>();
    private PDPageContentStream page;
    private float y;

    PdfPages(String title, String subject) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(printable(REGULAR, title));
        information.setSubject(printable(REGULAR, subject));
        information.setCreator("Cooperation agreements: query service");
    }

    void heading(String text) throws IOException {
        gap(8);
        paragraph(BOLD, 12, text);
        gap(2);
    }

    void title(String text) throws IOException {
        paragraph(BOLD, 16, text);
        gap(4);
    }

    /** Text wrapped at the page's width; line breaks in it are kept. */
    void paragraph(PDFont font, float size, String text) throws IOException {
        for (String line : printable(font, text).split("\n", -1)) {
            for (String wrapped : wrap(font, size, line)) {
                write(font, size, wrapped);
            }
        }
    }

    void gap(float points) {
        y -= points;
    }

    /** The document's bytes, each page with its number out of the whole. */
    byte[] finish() throws IOException {
        if (page == null) {
            newPage();
        }
        page.close();
        page = null;
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (var footer = new PDPageContentStream(
                    document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                footer.beginText();
                footer.setFont(REGULAR, 8);
                footer.newLineAtOffset(MARGIN, MARGIN / 2);
                footer.showText("Page " + (i + 1) + " of " + pages + " - "
                        + document.getDocumentInformation().getTitle());
                footer.endText();
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        return bytes.toByteArray();
    }

    @Override
    public void close() throws IOException {
        if (page != null) {
            page.close();
        }
        document.close();
    }

    private void write(PDFont font, float size, String line) throws IOException {
        float height = size * LEADING;
        if (page == null || y - height < MARGIN) {
            newPage();
        }
        y -= height;
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(MARGIN, y);
        page.showText(line);
        page.endText();
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = next.getMediaBox().getHeight() - MARGIN;
    }

    /** The line cut at spaces to fit the width; a word longer than a line is cut where it must be. */
    private List<String> wrap(PDFont font, float size, String line) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ", -1)) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(font, size, candidate) <= width) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        lines.add(current.toString());
        return lines;
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with tabs as spaces, and every character the font cannot show as '?'. */
    private String printable(PDFont font, String text) {
        Map<Character, Boolean> known = encodable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.replace('\t', ' ')
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .toCharArray()) {
            boolean ok = c == '\n' || known.computeIfAbsent(c, ch -> canShow(font, ch));
            out.append(ok ? c : '?');
        }
        return out.toString();
    }

    private static boolean canShow(PDFont font, char c) {
        try {
            font.encode(String.valueOf(c));
            return !Character.isISOControl(c);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
