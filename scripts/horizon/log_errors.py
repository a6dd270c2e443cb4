"""Prints the errors in Horizon's log (one record per line that starts with a level, with the lines that follow it),
leaving out Horizon's own 500 for a metadata-definition list with no namespaces (see HORIZON_METADEFS_BUG in
scripts/horizon_e2e.py): its traceback ending in futurist's "max_workers must be greater than zero", Django's
"Internal Server Error" line for that path and the server's 500 line for it; and the warnings Horizon's default
OPENSTACK_IMAGE_BACKEND earns from any Glance (its "", "docker" and "ova" are not disk formats: Glance lists "docker"
and "ova" as container formats). Lines from Python's warnings module are records of their own, so one that lands
after a leftover-free record does not make it look like something else. Exits 1 when anything is left.

Usage: log_errors.py HORIZON_LOG
"""
import re
import sys

LEVEL = re.compile(r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL) ")
# A line Python's warnings module writes ("…/nova.py:449: UnhashableKeyWarning: …", then the source line): its own
# record, not part of whichever log record it landed after (Horizon warns that a client key cannot be memoised).
PYTHON_WARNING = re.compile(r"^\S+\.py:\d+: \w*Warning: ")
ERROR = re.compile(r"^(ERROR|WARNING|CRITICAL) |Traceback|Recoverable error|Not Found:|Unauthorized:", re.MULTILINE)
PATH = "/api/glance/metadefs/namespaces/"


def records(lines):
    record = []
    for line in lines:
        if (LEVEL.match(line) or PYTHON_WARNING.match(line)) and record:
            yield "".join(record)
            record = []
        record.append(line)
    if record:
        yield "".join(record)


def horizons_own(record):
    if re.match(r'WARNING openstack_dashboard\.api\.glance OPENSTACK_IMAGE_BACKEND has a format "(|docker|ova)" '
                r"unsupported by glance\n?$", record):
        return True
    if "max_workers must be greater than zero" in record and "metadefs_namespace_full_list" in record:
        return True
    if record.startswith("ERROR django.request Internal Server Error: " + PATH):
        return True
    return record.startswith('ERROR django.server "GET ' + PATH) and '" 500 ' in record


def main():
    with open(sys.argv[1], encoding="utf-8", errors="replace") as log:
        left = [r for r in records(log) if ERROR.search(r) and not horizons_own(r)]
    sys.stdout.write("".join(left))
    sys.exit(1 if left else 0)


if __name__ == "__main__":
    main()
