package org.cooperation.queryservice.projection.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.cooperation.localinfra.TestDatabase;
import org.cooperation.queryservice.Events;
import org.cooperation.queryservice.projection.readmodel.ReadModelTables;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The states kept in memory are used only where the row, read in the same statement, is of their
 * version; anything else is read from the table, whoever changed it.
 */
class RecentStatesIT {

    private static final Instant RECORDED = Instant.parse("2016-04-28T09:00:00Z");
    private static final DataSource DATABASE = database();

    private final JdbcTemplate template = new JdbcTemplate(DATABASE);
    private final TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(DATABASE));
    private final ReadModelTables tables = new ReadModelTables("query");
    private final RecentStates recent = new RecentStates(10);
    private final CurrentStateRepository here = new CurrentStateRepository(template, new StateJson(), tables, recent);
    /** Another instance of the service, or a rebuild: the same table, none of this one's memory. */
    private final CurrentStateRepository elsewhere =
            new CurrentStateRepository(template, new StateJson(), tables, RecentStates.none());

    @Test
    void aStateWrittenHereIsKeptOnceItsTransactionCommits() {
        AgreementState signed = signed("kept-after-commit");

        transaction.executeWithoutResult(status -> {
            here.saveAll(List.of(signed));
            assertThat(recent.copyOf("kept-after-commit")).isNull();
        });

        assertThat(recent.copyOf("kept-after-commit")).isEqualTo(signed);
    }

    @Test
    void aStateOfATransactionThatRolledBackIsNotKept() {
        AgreementState signed = signed("rolled-back");
        transaction.executeWithoutResult(status -> here.saveAll(List.of(signed)));

        transaction.executeWithoutResult(status -> {
            here.saveAll(List.of(withField(signed)));
            status.setRollbackOnly();
        });

        assertThat(recent.copyOf("rolled-back")).isEqualTo(signed);
        assertThat(here.findWithHeldEvents("rolled-back"))
                .map(CurrentStateRepository.Stored::state)
                .contains(signed);
    }

    @Test
    void aRowChangedElsewhereIsReadFromTheTable() {
        AgreementState signed = signed("changed-elsewhere");
        transaction.executeWithoutResult(status -> here.saveAll(List.of(signed)));
        AgreementState later = withField(signed);

        transaction.executeWithoutResult(status -> elsewhere.saveAll(List.of(later)));

        assertThat(here.findWithHeldEvents("changed-elsewhere"))
                .map(CurrentStateRepository.Stored::state)
                .contains(later);
        assertThat(here.find("changed-elsewhere")).contains(later);
        Map<String, AgreementState> locked =
                transaction.execute(status -> here.findAllForUpdate(List.of("changed-elsewhere")));
        assertThat(locked).containsEntry("changed-elsewhere", later);
        assertThat(recent.copyOf("changed-elsewhere")).isEqualTo(later);
    }

    @Test
    void aCopyOfTheRowsVersionIsUsedWithoutTheDocumentBeingReadAgain() {
        AgreementState signed = signed("served-from-memory");
        transaction.executeWithoutResult(status -> here.saveAll(List.of(signed)));
        // Only a copy in memory can still show the title once the row's document says otherwise.
        JdbcClient.create(template).sql("""
                        UPDATE query.agreement SET state = jsonb_set(state, '{title}', '"changed behind its back"')
                        WHERE agreement_id = 'served-from-memory'
                        """).update();

        assertThat(here.findWithHeldEvents("served-from-memory"))
                .map(CurrentStateRepository.Stored::state)
                .contains(signed);
        assertThat(here.find("served-from-memory")).contains(signed);
        Map<String, AgreementState> locked =
                transaction.execute(status -> here.findAllForUpdate(List.of("served-from-memory", "none-such")));
        assertThat(locked).containsExactly(Map.entry("served-from-memory", signed));
        assertThat(elsewhere.findWithHeldEvents("served-from-memory"))
                .get()
                .extracting(stored -> stored.state().title())
                .isEqualTo("changed behind its back");
    }

    @Test
    void aCopyIsNeverReplacedByAnOlderOne() {
        AgreementState signed = signed("older-copy");
        AgreementState later = withField(signed);

        recent.keep(List.of(later));
        recent.keep(List.of(signed));

        assertThat(recent.copyOf("older-copy")).isEqualTo(later);
    }

    @Test
    void theLeastRecentlyUsedCopyMakesRoom() {
        RecentStates two = new RecentStates(2);
        two.keep(List.of(signed("first")));
        two.keep(List.of(signed("second")));
        two.copyOf("first");

        two.keep(List.of(signed("third")));

        assertThat(two.copiesOf(List.of("first", "second", "third"))).containsOnlyKeys("first", "third");
    }

    private static AgreementState signed(String agreementId) {
        return AgreementState.signed(Events.signed(agreementId), 0, RECORDED);
    }

    private static AgreementState withField(AgreementState state) {
        return state.apply(
                Events.fieldAdded(state.agreementId().value(), "Standardisation"),
                state.version() + 1,
                RECORDED.plusSeconds(60));
    }

    private static DataSource database() {
        Map<String, String> properties = TestDatabase.fresh("recent_states");
        DataSource database = new DriverManagerDataSource(
                properties.get("spring.datasource.url"),
                properties.get("spring.datasource.username"),
                properties.get("spring.datasource.password"));
        Flyway.configure()
                .dataSource(database)
                .schemas("query")
                .defaultSchema("query")
                .load()
                .migrate();
        return database;
    }
}
