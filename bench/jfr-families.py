#!/usr/bin/env python3
"""Shares of a rebuild's CPU samples by the step or output family they were spent in.

    jfr print --events jdk.ExecutionSample --stack-depth 300 rebuild.jfr > samples.txt
    bench/jfr-families.py samples.txt [N]

Each sample counts once, under the first Gazette frame from the root of its stack that is not the
builder's orchestration (SiteBuilder, Catalogue, Outputs, OutputTarget), with the line of
SiteBuilder.build it came from when it ran on the builder's thread ("L184
org.gazette.outputs.CalendarFiles.replan": the calendar files planned again; "Outputs.file": files
written). Samples on a worker thread of a parallel step have no SiteBuilder line. Where
bench/jfr-shares.py sorts by library (FreeMarker, flexmark…), this sorts by what the builder was
doing: which family's replan, which check, which index. Prints the N largest (40 unless told).
"""
import collections
import re
import sys

FRAME = re.compile(r"^([\w$.<>/]+)\(.*\)\s+line:\s*(\d+)")
ORCHESTRATION = ("org.gazette.build.SiteBuilder", "org.gazette.build.Catalogue", "org.gazette.build.OutputTarget")


def samples(path):
    stacks, stack = [], None
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            text = line.strip()
            if text.startswith("jdk.ExecutionSample"):
                stack = []
                stacks.append(stack)
            elif stack is not None:
                frame = FRAME.match(text)
                if frame:
                    stack.append((frame.group(1), frame.group(2)))
    return stacks


def step(stack):
    line = ""
    for frame, number in reversed(stack):
        if frame.startswith("org.gazette.build.SiteBuilder.build"):
            line = "L" + number + " "
        if frame.startswith("org.gazette.build.Outputs"):
            return line + frame
        if frame.startswith("org.gazette.") and not frame.startswith(ORCHESTRATION):
            return line + frame
    return line + "(no Gazette step) " + (stack[0][0] if stack else "?")


def main():
    stacks = samples(sys.argv[1])
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    counts = collections.Counter(step(stack) for stack in stacks)
    print(f"{len(stacks)} samples")
    for name, count in counts.most_common(top):
        print(f"{100 * count / len(stacks):5.1f} % {count:6d}  {name}")


if __name__ == "__main__":
    main()
