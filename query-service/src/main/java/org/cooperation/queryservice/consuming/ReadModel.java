package org.cooperation.queryservice.consuming;

import org.cooperation.queryservice.current.CurrentStateRepository;
import org.cooperation.queryservice.current.LinkRepository;
import org.cooperation.queryservice.current.StateJson;
import org.cooperation.queryservice.history.HistoryRepository;
import org.cooperation.queryservice.readmodel.ReadModelTables;
import org.springframework.jdbc.core.JdbcTemplate;

/** The repositories of one set of read-model tables, which every applied event changes together. */
public record ReadModel(CurrentStateRepository current, HistoryRepository history, LinkRepository links,
                        HeldEventRepository held) {

    public static ReadModel in(ReadModelTables tables, JdbcTemplate jdbc, StateJson stateJson) {
        return new ReadModel(new CurrentStateRepository(jdbc, stateJson, tables), new HistoryRepository(jdbc, tables),
                new LinkRepository(jdbc, tables), new HeldEventRepository(jdbc, tables));
    }
}
