#!/usr/bin/env python3
"""Checks the shape of corpus files (LABELLING.md): ids, keys, field names, value types and ranges.
Usage: validate.py FILE [FILE ...]; prints one line per problem and a count; exits 1 when any problem is found.
It never prints message texts, so it is safe to run on the held-out file."""
import datetime
import json
import re
import sys

CHOICES = {
    "taskType": {"qa", "summarization", "extraction", "classification", "generation", "code", "agent"},
    "need": {"knowledge", "behavior", "both", "general", "domain-language"},
    "knowledgeChange": {"daily", "weekly", "monthly", "rarely"},
    "dataQuality": {"clean", "mixed", "noisy"},
    "dataSensitivity": {"public", "internal", "confidential", "sovereign"},
    "mlExpertise": {"none", "basic", "strong", "research"},
    "baseline": {"untried", "close", "far"},
}
LEVELS = {"governance", "control", "domainNovelty"}
NUMBERS = {
    "budgetUsd": (0, 1e11, False),
    "deadlineWeeks": (0, 520, False),
    "latencyP95Ms": (0, 3.6e6, False),
    "requestsPerDay": (0, 1e12, True),
    "labeledExamples": (0, 1e9, True),
    "domainCorpusTokens": (0, 1e15, True),
    "baselineErrorRatePct": (0, 100, True),
}
KEYS = {"id", "voice", "form", "domain", "readOn", "text", "expect"}


def problems(path):
    seen = set()
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            where = f"{path}:{number}"
            if not line.strip():
                yield f"{where}: blank line"
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as error:
                yield f"{where}: not JSON ({error.msg})"
                continue
            if set(item) != KEYS:
                yield f"{where}: keys {sorted(item)} (want {sorted(KEYS)})"
                continue
            ident = item["id"]
            if not re.fullmatch(r"[TH]\d{3}", str(ident)) or ident in seen:
                yield f"{where}: bad or repeated id {ident!r}"
            seen.add(ident)
            try:
                datetime.date.fromisoformat(item["readOn"])
            except (TypeError, ValueError):
                yield f"{where} ({ident}): readOn is not YYYY-MM-DD"
            text = item["text"]
            if not isinstance(text, str) or not text.strip() or len(text) > 1200:
                yield f"{where} ({ident}): text empty or over 1200 characters"
            for key in ("voice", "form", "domain"):
                if not isinstance(item[key], str) or not item[key]:
                    yield f"{where} ({ident}): {key} missing"
            expect = item["expect"]
            if not isinstance(expect, dict):
                yield f"{where} ({ident}): expect is not an object"
                continue
            for field, value in expect.items():
                if field in CHOICES:
                    if value not in CHOICES[field]:
                        yield f"{where} ({ident}): {field}={value!r} not one of {sorted(CHOICES[field])}"
                elif field in LEVELS:
                    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 5:
                        yield f"{where} ({ident}): {field}={value!r} is not an integer 0-5"
                elif field in NUMBERS:
                    low, high, zero_ok = NUMBERS[field]
                    ok = isinstance(value, (int, float)) and not isinstance(value, bool)
                    ok = ok and (value >= low if zero_ok else value > low) and value <= high
                    if not ok:
                        yield f"{where} ({ident}): {field}={value!r} out of range"
                else:
                    yield f"{where} ({ident}): unknown field {field!r}"


def main(paths):
    found = [p for path in paths for p in problems(path)]
    for problem in found:
        print(problem)
    print(f"{len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
