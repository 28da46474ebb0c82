#!/usr/bin/env bash
# A throwaway PostgreSQL server for the PostgreSQL tests (and for trying the postgres profile).
#
#   scripts/postgres-test-server.sh [start]   install PostgreSQL if missing, start the server,
#                                             print its JDBC URL on standard output
#   scripts/postgres-test-server.sh stop      stop it
#
# Idempotent and non-interactive: as root it installs Debian's postgresql package when no
# PostgreSQL server is installed (apt-get update, apt-get install -y postgresql). It then runs a
# private cluster of its own, made with initdb in $OGI_PG_DIR (default /tmp/ogi-rollup-pg) and
# listening on 127.0.0.1 only, on the first free port from $OGI_PG_PORT (default 55432). It does
# not touch the clusters of the system (pg_lsclusters), so it works whether or not the package's
# own cluster runs. A second start while the server runs only prints the URL again.
#
# The server runs as the user "postgres" when started by root (PostgreSQL refuses to run as
# root), as the calling user otherwise. It has the role $OGI_TEST_POSTGRES_USER (default
# ogirollup, password $OGI_TEST_POSTGRES_PASSWORD, default ogirollup), allowed to create
# databases, and its database ogirollup. The tests create a database of their own per run.
#
# Environment for the tests (what .ci/run exports):
#   OGI_TEST_POSTGRES_URL=$(scripts/postgres-test-server.sh)
#   OGI_TEST_POSTGRES_USER, OGI_TEST_POSTGRES_PASSWORD (the defaults above when unset)
set -euo pipefail

DIR="${OGI_PG_DIR:-/tmp/ogi-rollup-pg}"
FIRST_PORT="${OGI_PG_PORT:-55432}"
DB_USER="${OGI_TEST_POSTGRES_USER:-ogirollup}"
DB_PASSWORD="${OGI_TEST_POSTGRES_PASSWORD:-ogirollup}"
DB_NAME=ogirollup

log() { echo "postgres-test-server: $*" >&2; }

server_bin() {
	local bin
	for bin in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
		if [[ -x "$bin/initdb" && -x "$bin/pg_ctl" && -x "$bin/postgres" ]]; then
			echo "$bin"
			return 0
		fi
	done
	if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
		dirname "$(command -v initdb)"
		return 0
	fi
	return 1
}

install_server() {
	if server_bin >/dev/null; then
		return 0
	fi
	if [[ $(id -u) -ne 0 ]]; then
		log "PostgreSQL is not installed; run this script as root to install it (apt-get install postgresql)"
		exit 1
	fi
	log "installing PostgreSQL from Debian's packages"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q >&2
	apt-get install -y -q postgresql >&2
	server_bin >/dev/null || { log "postgresql installed, but no initdb found under /usr/lib/postgresql"; exit 1; }
}

# Runs a command as the owner of the cluster.
as_owner() {
	if [[ $(id -u) -eq 0 ]]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

port_in_use() {
	(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

running() {
	[[ -f "$DIR/data/postmaster.pid" ]] && as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1
}

url() {
	echo "jdbc:postgresql://127.0.0.1:$(cat "$DIR/port")/$DB_NAME"
}

start() {
	install_server
	BIN=$(server_bin)
	if running; then
		log "already running in $DIR"
		url
		return 0
	fi
	if [[ ! -f "$DIR/data/PG_VERSION" ]]; then
		rm -rf "$DIR"
		mkdir -p "$DIR"
		[[ $(id -u) -eq 0 ]] && chown postgres: "$DIR"
		chmod 700 "$DIR"
		log "creating a cluster in $DIR/data ($("$BIN/postgres" --version))"
		as_owner "$BIN/initdb" -D "$DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --no-sync >"$DIR/initdb.log" 2>&1 \
			|| { cat "$DIR/initdb.log" >&2; exit 1; }
	fi
	local port=$FIRST_PORT
	while port_in_use "$port" || [[ -e "/tmp/.s.PGSQL.$port.lock" ]]; do
		port=$((port + 1))
		if ((port > FIRST_PORT + 100)); then
			log "no free port from $FIRST_PORT to $port"
			exit 1
		fi
	done
	as_owner sh -c "echo $port > '$DIR/port'"
	log "starting on 127.0.0.1:$port"
	as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
		-o "-c listen_addresses=127.0.0.1 -p $port -k '$DIR' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
		start >&2 || { tail -20 "$DIR/server.log" >&2; exit 1; }
	local psql=("$BIN/psql" -h "$DIR" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt)
	if [[ $(as_owner "${psql[@]}" -c "select 1 from pg_roles where rolname = '$DB_USER'") != 1 ]]; then
		as_owner "${psql[@]}" -c "create role \"$DB_USER\" login createdb password '$DB_PASSWORD'"
	fi
	if [[ $(as_owner "${psql[@]}" -c "select 1 from pg_database where datname = '$DB_NAME'") != 1 ]]; then
		as_owner "${psql[@]}" -c "create database \"$DB_NAME\" owner \"$DB_USER\""
	fi
	url
}

stop() {
	BIN=$(server_bin) || return 0
	if running; then
		as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2
	else
		log "not running"
	fi
}

case "${1:-start}" in
	start) start ;;
	stop) stop ;;
	*) echo "usage: $0 [start|stop]" >&2; exit 2 ;;
esac
