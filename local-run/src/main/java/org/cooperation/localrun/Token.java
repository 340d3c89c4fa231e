package org.cooperation.localrun;

import java.util.Locale;
import java.util.Map;
import org.cooperation.localinfra.LocalIdentity;

/**
 * {@code ./token ROLE [PARTY]}: prints a bearer token for the local run, signed with its own key
 * (in {@code $LOCAL_DATA_DIR/identity}), issued by its issuer for the audience both services
 * expect, valid for eight hours.
 */
public final class Token {

    static final String USAGE = """
            usage: ./token ROLE [PARTY]
              ./token SECRETARIAT         sends commands, reads everything
              ./token AUDITOR             reads everything
              ./token PARTNER JP-METI     reads the agreements the party JP-METI belongs to""";

    private Token() {}

    public static void main(String[] args) {
        try {
            System.out.println(issue(args, System.getenv()));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    static String issue(String[] args, Map<String, String> environment) {
        if (args.length < 1 || args.length > 2) {
            throw new IllegalArgumentException(USAGE);
        }
        String role = args[0].toUpperCase(Locale.ROOT);
        String party = args.length == 2 ? args[1].toUpperCase(Locale.ROOT) : null;
        if ("PARTNER".equals(role) && party == null) {
            throw new IllegalArgumentException(
                    "a partner's token names its party, e.g. ./token PARTNER JP-METI\n" + USAGE);
        }
        LocalSettings settings = LocalSettings.fromEnvironment(environment);
        return LocalIdentity.loadOrCreate(settings.identityDirectory()).token(role, party);
    }
}
