-- Calendar subscriptions (reading.calendar): a calendar client sends no bearer token, so each feed
-- is a secret URL that its owner made with a token, confined to that token's scope (a partner's
-- party, or every agreement), revocable and with an end. Only a hash of the secret is kept. Not a
-- read model: nothing in the events makes it, and a rebuild leaves it alone.
CREATE TABLE calendar_feed (
    feed_id     UUID         NOT NULL PRIMARY KEY,
    secret_hash BYTEA        NOT NULL UNIQUE,
    owner       VARCHAR(200) NOT NULL,
    party       VARCHAR(200),
    created_at  TIMESTAMPTZ  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    revoked_at  TIMESTAMPTZ
);

CREATE INDEX calendar_feed_owner_idx ON calendar_feed (owner);
