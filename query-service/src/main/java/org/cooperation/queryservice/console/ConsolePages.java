package org.cooperation.queryservice.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The console's pages: one HTML document for every page address (the scripts draw the page the
 * address names, so a link to an agreement, with its point in time, can be bookmarked and shared),
 * the sign-in page, and the scripts and styles below {@code /console/assets}. Plain files from the
 * jar: no build step beyond Maven.
 */
@Controller
public class ConsolePages implements WebMvcConfigurer {

    private static final String ASSETS = ConsoleSecurity.PREFIX + "/assets/";

    private final byte[] console = read("console/index.html");
    private final byte[] signIn = read("console/sign-in.html");
    private final String assets;

    /**
     * @param assets where the scripts and styles are read from: the jar's; a {@code file:} folder
     *               while the console itself is being changed, so that a reload shows the change
     */
    public ConsolePages(@Value("${agreements.console.assets-location:classpath:/console/assets/}") String assets) {
        this.assets = assets;
    }

    @GetMapping({
        ConsoleSecurity.PREFIX,
        ConsoleSecurity.PREFIX + "/",
        ConsoleSecurity.PREFIX + "/agreements/{agreementId}"
    })
    @ResponseBody
    public ResponseEntity<byte[]> console() {
        return html(console);
    }

    @GetMapping(SignIn.PAGE)
    @ResponseBody
    public ResponseEntity<byte[]> signIn() {
        return html(signIn);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // Revalidated on each use (ETag and Last-Modified), so a new release is seen at once.
        registry.addResourceHandler(ASSETS + "**")
                .addResourceLocations(assets)
                .setCacheControl(CacheControl.maxAge(Duration.ZERO).mustRevalidate());
    }

    private static ResponseEntity<byte[]> html(byte[] page) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(page);
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the console's page " + path + " is missing from the jar", e);
        }
    }
}
