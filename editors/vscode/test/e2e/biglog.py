#!/usr/bin/env python3
"""Writes a large Postfix log for the end-to-end test of large files:

    python3 biglog.py OUTPUT MEGABYTES TEMPLATE.log...

The template logs' lines are repeated, each round with fresh queue IDs (the
same ID keeps its messages together within a round) and later timestamps, so
the result reads as a busy server's log: the same outcomes and codes, many
times over.
"""

import re
import sys

QUEUE_ID = re.compile(r"(?<![0-9A-Za-z])(?:[0-9A-F]{10,12}|[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{12,16})(?![0-9A-Za-z])")


def main() -> int:
    output, megabytes, templates = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
    lines = []
    for template in templates:
        with open(template, encoding="utf-8", errors="replace") as f:
            lines.extend(line.rstrip("\n") for line in f if line.strip())
    if not lines:
        print("biglog.py: no template lines", file=sys.stderr)
        return 2
    target = int(megabytes * 1024 * 1024)
    written = 0
    round_number = 0
    with open(output, "w", encoding="utf-8") as out:
        while written < target:
            def fresh(match, n=round_number):
                return "%X" % ((int.from_bytes(match.group(0).encode(), "big") * 2654435761 + n) % (16**11 - 16**10) + 16**10)
            chunk = "\n".join(QUEUE_ID.sub(fresh, line) for line in lines) + "\n"
            out.write(chunk)
            written += len(chunk.encode())
            round_number += 1
    print(f"biglog.py: {output}: {written / 1048576:.1f} MB, {round_number} rounds of {len(lines)} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
