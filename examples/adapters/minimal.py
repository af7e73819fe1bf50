#!/usr/bin/env python3
"""A minimal ptv-readiness adapter (contract v1, docs/driven.md), Python 3 standard library only.

It hands every change to the organisation's own system through a spool directory that system
imports on its schedule, and answers at once. Usage: minimal.py <operation> [<kind>] < document.json
"""
import json
import os
import sys
import time

KINDS = [
    "organization",
    "service",
    "channel/echannel",
    "channel/phone",
    "channel/webpage",
    "channel/printableform",
    "channel/servicelocation",
    "connection",
]


class AdapterError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


def spool_dir():
    default = os.path.join(os.environ.get("PTVR_RUN_DIR", "."), "spool")
    return os.environ.get("ADAPTER_SPOOL_DIR", default)


def spool(operation, kind, doc):
    """Writes the document atomically, numbered so the importer keeps the order of the changes."""
    directory = spool_dir()
    os.makedirs(directory, exist_ok=True)
    n = len([f for f in os.listdir(directory) if f.endswith(".json")]) + 1
    name = "%05d-%s-%s.json" % (n, operation, kind.replace("/", "-"))
    tmp = os.path.join(directory, "." + name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, os.path.join(directory, name))
    print("minimal.py: %s %s spooled as %s" % (operation, kind, os.path.join(directory, name)), file=sys.stderr)


def answer(operation, kind, doc):
    if operation == "capabilities":
        # Scheduled: the organisation's system imports the spool itself; `sync` cannot start it.
        return {"contract": 1, "name": "minimal Python adapter", "kinds": KINDS, "sync": "scheduled"}
    if operation == "sync":
        return {"ran": False}
    if operation not in ("create", "update", "delete"):
        raise AdapterError("ADAPTER_USAGE", "unknown operation %r (capabilities, create, update, delete, sync)" % operation)
    if kind not in KINDS:
        raise AdapterError("ADAPTER_USAGE", "%s needs a kind, one of %s" % (operation, ", ".join(KINDS)))
    spool(operation, kind, doc)
    if operation == "delete":
        return {}
    if operation == "update":
        return {"sourceSystemId": doc["sourceSystemId"]}
    if kind == "connection":
        refs = doc.get("refs", {})
        return {"sourceSystemId": "%s>%s" % (refs["service"]["sourceSystemId"], refs["channel"]["sourceSystemId"])}
    # The source system's id: the tool's suggestion.
    return {"sourceSystemId": doc.get("suggestedSourceId") or "%s-%d" % (kind.replace("/", "-"), time.time())}


def main(argv):
    operation = argv[1] if len(argv) > 1 else ""
    kind = argv[2] if len(argv) > 2 else ""
    try:
        try:
            doc = json.load(sys.stdin)
        except ValueError as err:
            raise AdapterError("ADAPTER_INPUT", "stdin is not one JSON document (%s)" % err)
        if not isinstance(doc, dict) or doc.get("contract") != 1:
            raise AdapterError("ADAPTER_INPUT", "stdin is not one JSON object of contract 1")
        result = answer(operation, kind, doc)
    except (AdapterError, KeyError) as err:
        code = err.code if isinstance(err, AdapterError) else "ADAPTER_INPUT"
        message = str(err) if isinstance(err, AdapterError) else "the document has no %s" % err
        print("minimal.py: %s: %s" % (code, message), file=sys.stderr)
        return 2
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
