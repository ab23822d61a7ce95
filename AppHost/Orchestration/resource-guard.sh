#!/bin/sh
# Starts one resource for the AppHost, as the leader of its own process group (setsid).
# The AppHost holds this process's stdin open as a pipe. A watcher in the same group waits
# for that pipe to close, which happens only when the AppHost is gone (even after SIGKILL),
# and then kills the whole group, so no resource outlives the AppHost.
exec 3<&0
{ while read -r _; do :; done; kill -s KILL 0; } <&3 >/dev/null 2>&1 &
exec "$@" </dev/null 3<&-
