#!/usr/bin/env bash
# A minimal ptv-readiness adapter (contract v1, docs/driven.md) in bash + jq: it hands every change
# to the organisation's own system through a spool directory that system imports on its schedule,
# and answers at once. Usage: minimal.sh <operation> [<kind>] < document.json
set -euo pipefail

say() { printf 'minimal.sh: %s\n' "$*" >&2; }
command -v jq >/dev/null 2>&1 || { say "ADAPTER_NO_JQ: this adapter needs jq (https://jqlang.github.io/jq/)"; exit 2; }

op="${1:-}"
kind="${2:-}"
spool="${ADAPTER_SPOOL_DIR:-${PTVR_RUN_DIR:-.}/spool}"
kinds='["organization","service","channel/echannel","channel/phone","channel/webpage","channel/printableform","channel/servicelocation","connection"]'

doc="$(cat)"
if ! jq -e 'type == "object" and .contract == 1' >/dev/null 2>&1 <<<"$doc"; then
  say "ADAPTER_INPUT: stdin is not one JSON object of contract 1"
  exit 2
fi

case "$op" in
  capabilities)
    # Scheduled: the organisation's system imports the spool itself; `sync` cannot start it.
    jq -cn --argjson kinds "$kinds" '{contract: 1, name: "minimal shell adapter", kinds: $kinds, sync: "scheduled"}'
    ;;
  create | update | delete)
    if ! jq -e --arg k "$kind" 'index($k) != null' >/dev/null <<<"$kinds"; then
      say "ADAPTER_USAGE: $op needs a kind, one of $(jq -r 'join(", ")' <<<"$kinds")"
      exit 2
    fi
    mkdir -p "$spool"
    # Numbered, so the importer applies the changes in the order they were made.
    n=$(($(find "$spool" -maxdepth 1 -name '*.json' | wc -l) + 1))
    file="$(printf '%05d' "$n")-$op-${kind//\//-}.json"
    printf '%s\n' "$doc" >"$spool/.$file.tmp"
    mv "$spool/.$file.tmp" "$spool/$file"
    say "$op $kind spooled as $spool/$file"
    case "$op" in
      create)
        # The source system's id: the tool's suggestion (a connection: its two ends).
        jq -c --arg k "$kind" 'if $k == "connection"
          then {sourceSystemId: "\(.refs.service.sourceSystemId)>\(.refs.channel.sourceSystemId)"}
          else {sourceSystemId: (.suggestedSourceId // "\($k)-\(now | floor)")} end' <<<"$doc"
        ;;
      update) jq -c '{sourceSystemId}' <<<"$doc" ;;
      delete) echo '{}' ;;
    esac
    ;;
  sync)
    echo '{"ran":false}'
    ;;
  *)
    say "ADAPTER_USAGE: unknown operation '$op' (capabilities, create, update, delete, sync)"
    exit 2
    ;;
esac
