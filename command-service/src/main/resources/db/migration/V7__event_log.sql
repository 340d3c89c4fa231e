-- The log of all events in the order the event-log processor took them in (global order, a late
-- commit taking its place when it arrives): each event a leaf of an RFC 9162 Merkle tree.
CREATE TABLE log_leaf (
    leaf_index   BIGINT       NOT NULL PRIMARY KEY,
    agreement_id VARCHAR(255) NOT NULL,
    sequence     BIGINT       NOT NULL,
    event_id     VARCHAR(255) NOT NULL UNIQUE,
    hash         CHAR(64)     NOT NULL,
    UNIQUE (agreement_id, sequence)
);

-- The hash of every perfect subtree: level 0 holds the leaves' hashes, level l the subtree of the
-- 2^l leaves from node_index * 2^l on. Any root or proof is made of O(log n) of these.
CREATE TABLE tree_node (
    level      SMALLINT NOT NULL,
    node_index BIGINT   NOT NULL,
    hash       BYTEA    NOT NULL,
    PRIMARY KEY (level, node_index)
);

-- The signed checkpoints; published once the broker acknowledged their record.
CREATE TABLE checkpoint (
    tree_size BIGINT      NOT NULL PRIMARY KEY,
    root_hash CHAR(64)    NOT NULL,
    signed_at TIMESTAMPTZ NOT NULL,
    key_id    VARCHAR(64) NOT NULL,
    signature TEXT        NOT NULL,
    published BOOLEAN     NOT NULL DEFAULT FALSE
);

-- Every key that ever signed a checkpoint, so that old checkpoints stay verifiable after a rotation.
CREATE TABLE checkpoint_key (
    key_id     VARCHAR(64) NOT NULL PRIMARY KEY,
    algorithm  VARCHAR(32) NOT NULL,
    public_key TEXT        NOT NULL,
    first_used TIMESTAMPTZ NOT NULL
);
