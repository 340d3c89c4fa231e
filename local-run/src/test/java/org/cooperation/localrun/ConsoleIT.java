package org.cooperation.localrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The console in a real browser (headless Chromium) on the whole local system, as an auditor or a
 * secretariat officer uses it: sign in, find the 2016 statement in the portfolio, see its timeline,
 * travel to 2020-01-01 and to the instant the record held a wrong expiry, record a meeting after
 * a refused one, and what an auditor and a partner may not do. One system start and one browser
 * for all flows, in order; each page is checked with axe-core against WCAG 2.1 A and AA.
 *
 * <p>With {@code -Dconsole.screenshots=<folder>} it writes the README's screenshots there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

    private static final Path ROOT = Path.of(System.getProperty("local.services.root", ".."))
            .toAbsolutePath()
            .normalize();
    private static final String STATEMENT = "jp-de-iot-2016";
    private static LocalSystem system;
    private static Browser browser;
    private static Path work;
    private static String console;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(
                Browser.installed() || Boolean.getBoolean("chromium.required"),
                "chromium and chromium-driver (Debian) are not installed: the console's browser tests need them");
        assumeTrue(
                ReadmeIT.curlInstalled() || Boolean.getBoolean("curl.required"),
                "curl is not installed: ./load-demo-data needs it");
        // Under target/, not /tmp: as root, PostgreSQL runs as an unprivileged user who cannot enter 0700 temp folders.
        work = Path.of("target", "console-it-" + System.currentTimeMillis()).toAbsolutePath();
        system = LocalSystem.start(
                LocalSettings.fromEnvironment(Map.of()).withDataDirectory(work).withPorts(0, 0, 0, 0));
        loadDemoData();
        console = system.queryService().url() + "/console";
        browser = Browser.start(work);
    }

    /** The README's demo data, entered as the README enters it: the 2016 statement's whole story. */
    private static void loadDemoData() throws Exception {
        Map<String, String> environment = new HashMap<>();
        environment.put("COMMAND_API", system.commandService().url());
        environment.put("QUERY_API", system.queryService().url());
        environment.put("TOKEN", system.identity().token("SECRETARIAT", null));
        ProcessBuilder builder = new ProcessBuilder(
                        ROOT.resolve("load-demo-data").toString())
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("load-demo-data.log").toFile());
        builder.environment().putAll(environment);
        Process loading = builder.start();
        loading.getOutputStream().close();
        assertThat(loading.waitFor())
                .as(Files.readString(work.resolve("load-demo-data.log")))
                .isZero();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (system != null) {
            system.close();
        }
    }

    private static void signInAs(String role, String party) {
        browser.open(console + "/sign-in");
        WebElement token = browser.find("#token");
        token.clear();
        token.sendKeys(system.identity().token(role, party));
        browser.find("#token-form button[type=submit]").click();
        browser.find("#who");
        browser.awaitDrawn();
    }

    private static void signOut() {
        browser.find("#sign-out button").click();
        browser.awaitText("#message", "signed out");
    }

    private static void assertAccessible(String page) {
        assertThat(browser.accessibilityViolations())
                .as("WCAG 2.1 A/AA violations on " + page)
                .isEmpty();
    }

    private static void openTheStatement() {
        browser.open(console + "/agreements/" + STATEMENT);
        browser.awaitDrawn();
    }

    /** The top of the page as a person first sees it on a tall screen, scrolled up and with no focus ring. */
    private static void screenshot(String name) throws Exception {
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1500));
        browser.script("document.activeElement.blur(); window.scrollTo(0, 0);");
        browser.screenshot(work.resolve(name));
        String folder = System.getProperty("console.screenshots");
        if (folder != null && !folder.isBlank()) {
            Files.copy(
                    work.resolve(name),
                    Path.of(folder).resolve(name),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
    }

    @Test
    @Order(1)
    void signsInWithATokenAndFindsThe2016StatementInThePortfolio() throws Exception {
        browser.open(console);
        assertThat(browser.driver.getCurrentUrl())
                .as("a person without a session is sent to sign in")
                .endsWith("/console/sign-in");
        assertAccessible("the sign-in page");

        signInAs("SECRETARIAT", null);
        assertThat(browser.find("#view").getText()).contains("Portfolio as the record stands now");
        assertThat(browser.find("#panel-deadlines").getText()).isEqualTo("Deadlines");
        assertAccessible("the portfolio");

        browser.find("#filter-party").sendKeys("DE-BMWI");
        browser.find("input[name=status][value=EXPIRED]").click();
        new org.openqa.selenium.support.ui.Select(browser.find("#sort-field")).selectByValue("signedOn");
        browser.find(".filters button[type=submit]").click();
        browser.awaitDrawn();
        assertThat(browser.driver.getCurrentUrl())
                .contains("party=DE-BMWI")
                .contains("status=EXPIRED")
                .contains("sort=signedOn");
        List<String> listed = browser.all("table.agreements tbody tr td:first-child a").stream()
                .map(WebElement::getText)
                .toList();
        assertThat(listed)
                .as("the Hannover Declaration with DE-BMWI is open-ended, in force")
                .containsExactly(STATEMENT);
        screenshot("console-portfolio.png");

        browser.find("table.agreements a[href$='/" + STATEMENT + "']").click();
        browser.awaitDrawn();
        assertThat(browser.driver.getCurrentUrl()).endsWith("/console/agreements/" + STATEMENT);
    }

    @Test
    @Order(2)
    void showsTheStatementsPartiesLinksAndTimelineWithTheRevokedExpiry() throws Exception {
        openTheStatement();
        assertThat(browser.find("h1").getText()).startsWith("Joint Statement on Cooperation");
        assertThat(browser.find("#view").getText()).startsWith("Current record of " + STATEMENT);
        assertThat(browser.find("section[aria-labelledby=parties-heading]").getText())
                .contains("DE-BMWI", "Matthias Machnig, State Secretary", "JP-METI", "Takayuki Ueda, Vice Minister")
                .contains("Government body", "2016-04-28", "a party");

        WebElement timeline = browser.find("svg.timeline");
        assertThat(timeline.findElements(By.cssSelector("g.segment"))).hasSize(2);
        assertThat(timeline.findElement(By.cssSelector("g.segment.extension text"))
                        .getText())
                .contains("extension 1 to 2026-04-27");
        assertThat(timeline.findElement(By.cssSelector("g.end.expiry.revoked text"))
                        .getText())
                .isEqualTo("expiry 2021-04-28 revoked");
        assertThat(timeline.findElements(By.cssSelector("g.end.expiry:not(.revoked) text")))
                .extracting(WebElement::getText)
                .containsExactly("expiry 2026-04-28");
        assertThat(timeline.findElements(By.cssSelector("g.meeting:not(.due) text")))
                .extracting(WebElement::getText)
                .containsExactly("DE", "JP");
        assertThat(browser.find("#timeline-desc").getAttribute("textContent"))
                .contains("expiry as of 2021-04-28, revoked");

        // The link the Hannover Declaration made to the statement, followed back and forth.
        browser.find("section[aria-labelledby=links-heading] a[href$='/jp-de-hannover-2017']")
                .click();
        browser.awaitDrawn();
        assertThat(browser.find("section[aria-labelledby=links-heading]").getText())
                .contains("this one builds on");
        browser.find("section[aria-labelledby=links-heading] a[href$='/" + STATEMENT + "']")
                .click();
        browser.awaitDrawn();

        assertThat(browser.all("#history-table tbody tr")).hasSizeGreaterThanOrEqualTo(10);
        new org.openqa.selenium.support.ui.Select(browser.find("#history-type")).selectByValue("AgreementExpired");
        assertThat(browser.all("#history-table tbody tr").stream()
                        .filter(WebElement::isDisplayed)
                        .map(WebElement::getText))
                .hasSize(2)
                .anySatisfy(row -> assertThat(row).contains("revoked by #"));
        new org.openqa.selenium.support.ui.Select(browser.find("#history-type")).selectByValue("");

        // The history's verification and its files, as the query API offers them.
        browser.find("#history .toolbar button:not([data-export])").click();
        browser.awaitText(".verification", "Verified");
        assertThat(browser.all("#history button[data-export]"))
                .extracting(WebElement::getText)
                .contains("Agreement (PDF)", "History (CSV)");
        Object csv = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/console/api/queries/agreements/jp-de-iot-2016/history', {headers: {Accept: 'text/csv'}})
                  .then(r => r.text().then(text => done(r.status + ' ' + r.headers.get('Content-Type') + ' ' + text.split('\\n').length)));""");
        assertThat((String) csv).as("the history's CSV through the console").startsWith("200 text/csv");
        assertAccessible("the agreement page");
        screenshot("console-agreement.png");
    }

    @Test
    @Order(3)
    void travelsTo2020AndToTheInstantTheRecordHeldTheWrongExpiry() {
        openTheStatement();
        WebElement asOf = browser.find("#as-of");
        asOf.sendKeys("2020-01-01");
        asOf.sendKeys(Keys.ENTER);
        browser.awaitText("#view", "as of business date 2020-01-01");
        browser.awaitDrawn();
        assertThat(browser.driver.getCurrentUrl()).endsWith("?asOf=2020-01-01");
        assertThat(browser.find("#view").getText()).contains("Time travel", "Not the current record");
        assertThat(browser.find(".summary-line .status").getText()).isEqualTo("In force");
        assertThat(browser.find("section[aria-labelledby=term-heading]").getText())
                .contains("Last day of the term\n2021-04-27");
        assertThat(browser.find("svg.timeline g.view-date").getText()).isEqualTo("as of 2020-01-01");
        assertThat(browser.all("svg.timeline g.segment.extension"))
                .as("the extension is dated 2021")
                .isEmpty();
        assertThat(browser.find("#record").getText()).contains("go back to it to record");

        // The instant the deadline first recorded the expiry, from the history: what the record said then.
        WebElement expiredAt = browser.all("#history-table tbody tr[data-type=AgreementExpired] td:nth-child(4) a")
                .get(0);
        String instant = expiredAt.getText();
        expiredAt.click();
        browser.awaitText("#view", "as the record stood at " + instant);
        browser.awaitDrawn();
        assertThat(browser.find(".summary-line .status").getText()).isEqualTo("Expired");
        assertThat(browser.all("svg.timeline g.end.expiry.revoked"))
                .as("not yet revoked at that instant")
                .isEmpty();

        browser.find("a.button[href$='/" + STATEMENT + "']").click();
        browser.awaitText("#view", "Current record");
    }

    @Test
    @Order(4)
    void recordsAMeetingAfterTheRuleRefusedTheFirstTryNextToItsField() {
        openTheStatement();
        // By keyboard: the disclosure opens with Enter, as a person without a mouse opens it.
        WebElement summary = browser.find("details[data-command=annual-meetings] summary");
        summary.sendKeys(Keys.ENTER);
        WebElement form = browser.find("details[data-command=annual-meetings] form");
        form.findElement(By.name("heldOn")).sendKeys("2019-09-12");
        form.findElement(By.name("hostCountry")).sendKeys("JP");
        form.findElement(By.name("city")).sendKeys("Tokyo");
        form.findElement(By.name("level")).sendKeys("Director-General");
        form.findElement(By.name("outcomes")).sendKeys("Recorded from the console");
        assertAccessible("the agreement page with the meeting form open");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        // Japan hosted in 2018, so Germany hosts in 2019: the rule, next to the host's field.
        WebElement hostError = browser.find("details[data-command=annual-meetings] [id$='-hostCountry-error']");
        browser.wait.until(ExpectedConditions.textToBePresentInElement(hostError, "host-must-alternate"));
        assertThat(form.findElement(By.name("hostCountry")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        WebElement errors = form.findElement(By.cssSelector(".error-summary"));
        assertThat(errors.getText()).contains("Nothing was recorded", "host-must-alternate");
        assertThat(browser.script("return document.activeElement.classList.contains('error-summary')"))
                .as("the refusal takes the focus, so a screen reader says it")
                .isEqualTo(true);
        assertAccessible("a refused command");

        WebElement host = form.findElement(By.name("hostCountry"));
        host.clear();
        host.sendKeys("DE");
        WebElement city = form.findElement(By.name("city"));
        city.clear();
        city.sendKeys("Berlin");
        host.sendKeys(Keys.ENTER);
        browser.wait.until(
                driver -> browser.all("svg.timeline g.meeting:not(.due) text").size() == 3);
        assertThat(browser.all("svg.timeline g.meeting:not(.due) text"))
                .extracting(WebElement::getText)
                .containsExactly("DE", "JP", "DE");
        assertThat(browser.find("#view").getText()).contains("version 10");
        assertThat(browser.find("section[aria-labelledby=meetings-heading]").getText())
                .contains("2019-09-12", "Berlin");
        assertThat(browser.all("#history-table tbody tr").get(10).getText())
                .contains("Annual meeting recorded", "2019-09-12", "local-secretariat");
    }

    /**
     * The EU–Japan Centre, "established in 1987": its signature as given, its open-ended bar drawn from
     * 1987, its programmes running by 2019 with no launch, which the source does not state.
     */
    @Test
    @Order(5)
    void showsTheCentreSignedIn1987AsGiven() {
        browser.open(console + "/agreements/eu-jp-centre-1987");
        browser.awaitDrawn();
        assertThat(browser.find("main").getText()).contains("1987", "Vulcanus", "launch not stated; running by 2019");
        WebElement inForce = browser.find("svg.timeline rect.in-force");
        assertThat(Double.parseDouble(inForce.getAttribute("x")))
                .as("drawn from 1987-01-01")
                .isPositive();
        assertThat(inForce.findElement(By.tagName("title")).getAttribute("textContent"))
                .startsWith("In force from 1987, open-ended");
        assertAccessible("the EU–Japan Centre");
    }

    @Test
    @Order(6)
    void showsAnAuditorNoFormsAndAPartnerOnlyItsPartysAgreements() {
        signOut();
        signInAs("AUDITOR", null);
        openTheStatement();
        assertThat(browser.all("#record")).as("an auditor records nothing").isEmpty();
        Object answer = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/console/api/session').then(r => r.json()).then(session => fetch(
                  '/console/api/commands/agreements/jp-de-iot-2016/fields', {method: 'POST',
                  headers: {'Content-Type': 'application/json', [session.csrf.header]: session.csrf.token},
                  body: JSON.stringify({field: 'Auditing', addedOn: '2019-01-01'})})).then(r => done(r.status));""");
        assertThat(answer).as("an auditor's command, even sent by hand").isEqualTo(403L);

        signOut();
        signInAs("PARTNER", "IN-MEITY");
        assertThat(browser.all("table.agreements tbody tr td:first-child a"))
                .extracting(WebElement::getText)
                .containsExactly("jp-in-digital-2018");
        openTheStatement();
        assertThat(browser.find("main .problem").getText()).contains("404");
    }
}
