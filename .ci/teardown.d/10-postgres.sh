# Stops PostgreSQL test clusters whose test host died before its own cleanup (the fixture stops the ones it
# finishes with). Each cluster folder holds an "owner" stamp "PID START_TICKS"; a cluster whose owner process is
# gone is stopped and deleted. Clusters of live processes (another test run on this machine) are left alone.
for folder in "${TMPDIR:-/tmp}"/rg-pg-*; do
    [ -f "$folder/owner" ] || continue
    owner_pid=$(cut -d' ' -f1 "$folder/owner")
    if [ -n "$owner_pid" ] && kill -0 "$owner_pid" 2>/dev/null; then
        continue
    fi
    if [ -f "$folder/data/postmaster.pid" ]; then
        echo "stopping orphaned PostgreSQL test cluster $folder"
        if [ "$(id -u)" = 0 ]; then
            runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl stop -w -m immediate -D "$folder/data" >/dev/null || true
        else
            /usr/lib/postgresql/15/bin/pg_ctl stop -w -m immediate -D "$folder/data" >/dev/null || true
        fi
    fi
    rm -rf "$folder"
done
