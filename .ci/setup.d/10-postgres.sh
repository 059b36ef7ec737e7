# PostgreSQL 15 binaries for the PostgreSQL store tests. The test fixture starts its own throw-away cluster
# (initdb as the postgres user, a free loopback port) and stops it, so nothing is started here.
# Set RELEASEGATE_TEST_POSTGRES to a connection string to test against an existing server instead.
if [ -z "${RELEASEGATE_TEST_POSTGRES:-}" ] && [ ! -x /usr/lib/postgresql/15/bin/initdb ]; then
    echo "installing postgresql-15"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq postgresql-15 >/dev/null
fi
