#!/bin/sh
# Runs the command inside the application's virtual environment, as PID 1's child under tini.
set -eu
. /appenv/bin/activate
exec "$@"
