package org.cooperation.queryservice.projection.consuming;

import org.cooperation.queryservice.projection.deadline.DeadlineRepository;
import org.cooperation.queryservice.projection.history.HistoryRepository;
import org.cooperation.queryservice.projection.readmodel.ReadModelTables;
import org.cooperation.queryservice.projection.state.CurrentStateRepository;
import org.cooperation.queryservice.projection.state.LinkRepository;
import org.cooperation.queryservice.projection.state.RecentStates;
import org.cooperation.queryservice.projection.state.StateJson;
import org.cooperation.queryservice.projection.timeline.TimelineRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/** The repositories of one set of read-model tables, which every applied event changes together. */
public record ReadModel(
        CurrentStateRepository current,
        HistoryRepository history,
        LinkRepository links,
        HeldEventRepository held,
        DeadlineRepository deadlines,
        TimelineRepository timeline) {

    public static ReadModel in(ReadModelTables tables, JdbcTemplate jdbc, StateJson stateJson) {
        // A rebuild's repository keeps no copies: it lives for one rebuild, and memory is better left to the live one.
        return new ReadModel(
                new CurrentStateRepository(jdbc, stateJson, tables, RecentStates.none()),
                new HistoryRepository(jdbc, tables),
                new LinkRepository(jdbc, tables),
                new HeldEventRepository(jdbc, tables),
                new DeadlineRepository(jdbc, tables),
                new TimelineRepository(jdbc, tables));
    }
}
