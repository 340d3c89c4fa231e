package org.cooperation.queryservice.projection.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadModelTablesTest {

    @Test
    void qualifiesEveryReadModelTableWithItsSchema() {
        assertThat(new ReadModelTables("query_rebuild")
                        .sql(
                                "SELECT 1 FROM {agreement} a JOIN {held_event} h USING (agreement_id) JOIN {agreement_event} e"
                                        + " USING (agreement_id) JOIN {agreement_link} l USING (agreement_id)"))
                .isEqualTo(
                        "SELECT 1 FROM query_rebuild.agreement a JOIN query_rebuild.held_event h USING (agreement_id)"
                                + " JOIN query_rebuild.agreement_event e USING (agreement_id)"
                                + " JOIN query_rebuild.agreement_link l USING (agreement_id)");
    }

    @Test
    void refusesASchemaNameThatIsNotAPlainIdentifier() {
        assertThatThrownBy(() -> new ReadModelTables("query; DROP SCHEMA query"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadModelTables("Query")).isInstanceOf(IllegalArgumentException.class);
    }
}
