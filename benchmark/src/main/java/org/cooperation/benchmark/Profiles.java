package org.cooperation.benchmark;

import java.nio.file.Path;

/** Both services profiled over one stretch of load ({@code --profile}); see {@link Profile}. */
final class Profiles {

    private static final int ROWS = 20;

    private final Profile command;
    private final Profile query;

    private Profiles(Profile command, Profile query) {
        this.command = command;
        this.query = query;
    }

    static Profiles start(CpuUse.Processes processes, Path folder, String stretch) throws Exception {
        return new Profiles(
                Profile.start(processes.command(), folder.resolve("command-service-" + stretch + ".collapsed")),
                Profile.start(processes.query(), folder.resolve("query-service-" + stretch + ".collapsed")));
    }

    /** Stops both and says where their CPU went, for the report's profile page. */
    String stop(String stretch) throws Exception {
        return section("command-service", stretch, command.stop()) + section("query-service", stretch, query.stop());
    }

    private static String section(String service, String stretch, Profile.Samples samples) {
        return "\n## " + service + " during " + stretch + " (" + samples.total() + " samples)\n\n"
                + samples.top("thread", samples.threads(), ROWS)
                + "\n"
                + samples.top("frame that ran", samples.self(), ROWS)
                + "\n"
                + samples.top("this project's frame, with what it called", samples.ours(), ROWS);
    }
}
