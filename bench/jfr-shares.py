#!/usr/bin/env python3
"""Shares of a build's CPU samples, by part of the build: the profile tables of docs/performance.md.

    jfr print --events jdk.ExecutionSample --stack-depth 64 build.jfr > samples.txt
    bench/jfr-shares.py samples.txt [--top N] [--frame METHOD]

Each sample counts once, in the first part its stack passes through from the running frame outwards
(so FreeMarker calling Gazette's Urls.page counts as the wrapper's dispatch, flexmark called by the
body renderer as flexmark). --top also lists the N hottest running frames and the N Gazette methods
most often on the stack; --frame METHOD lists what METHOD spends its samples in, one level down.
"""
import collections
import re
import sys

# (part, prefixes of frames that belong to it); the first part a frame matches is its part.
PARTS = [
    ("QR codes", ["com.google.zxing", "org.gazette.markup.QrCode"]),
    ("iCalendar", ["net.fortuna", "org.gazette.outputs.Ics", "org.gazette.outputs.Calendar"]),
    ("XLSX and CSV of statistics tables", ["org.dhatim", "org.gazette.outputs.TableSpreadsheets"]),
    ("YAML and front matter", ["org.yaml", "com.fasterxml.jackson", "org.gazette.content.yaml"]),
    ("jsoup sanitising", ["org.gazette.markup.HtmlSanitizer"]),
    ("flexmark parse", ["com.vladsch.flexmark.parser"]),
    ("flexmark render", ["com.vladsch.flexmark.html"]),
    ("body checks and writing on flexmark's tree", ["org.gazette.markup.MarkdownBody", "org.gazette.markup.BodyRun",
                                                    "org.gazette.markup.JsoupStyle", "org.gazette.markup.MarkdownTables"]),
    ("body post-processing on the jsoup tree", ["org.gazette.markup.BodyRenderer"]),
    ("FreeMarker object wrapping", ["freemarker.template.DefaultObjectWrapper", "freemarker.ext.beans"]),
    ("FreeMarker rendering", ["freemarker."]),
    ("encoding and writing pages", ["org.gazette.render.PageText", "org.gazette.render.PageWriter"]),
    ("search index", ["org.gazette.search"]),
    ("feeds (entries' absolute bodies)", ["org.gazette.site.Feed", "org.gazette.outputs.JsonFeeds", "org.gazette.pages.FeedPages"]),
    ("site index", ["org.gazette.site.SiteIndex"]),
    ("planning pages and files", ["org.gazette.pages", "org.gazette.catalogue", "org.gazette.build.Catalogue"]),
    ("reading documents (Gazette's checks)", ["org.gazette.content"]),
    ("file system", ["sun.nio", "java.nio.file"]),
]

FRAME = re.compile(r"^([\w$.<>/]+)\(.*\)\s+line:")


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
                    stack.append(frame.group(1))
    return stacks


def part(stack):
    for frame in stack:
        for name, prefixes in PARTS:
            if frame.startswith(tuple(prefixes)):
                return name
    return "the rest (orchestration, vCards, JSON-LD, start-up, JDK)"


def main(args):
    if not args:
        sys.exit(__doc__)
    stacks = samples(args[0])
    top = int(args[args.index("--top") + 1]) if "--top" in args else 0
    total = len(stacks) or 1
    print(f"{len(stacks)} samples")
    for name, count in collections.Counter(part(s) for s in stacks).most_common():
        print(f"{100 * count / total:5.1f} %  {count:6d}  {name}")
    if top:
        print("\nhottest running frames")
        for frame, count in collections.Counter(s[0] for s in stacks if s).most_common(top):
            print(f"{100 * count / total:5.1f} %  {count:6d}  {frame}")
        print("\nGazette methods on the stack")
        on_stack = collections.Counter(m for s in stacks for m in set(s) if m.startswith("org.gazette"))
        for frame, count in on_stack.most_common(top):
            print(f"{100 * count / total:5.1f} %  {count:6d}  {frame}")
    if "--frame" in args:
        method = args[args.index("--frame") + 1]
        below = collections.Counter()
        for stack in stacks:
            if method in stack:
                at = len(stack) - 1 - stack[::-1].index(method)
                below[stack[at - 1] if at > 0 else "(itself)"] += 1
        print(f"\n{method}: {sum(below.values())} samples")
        for frame, count in below.most_common(20):
            print(f"{100 * count / total:5.1f} %  {count:6d}  {frame}")


if __name__ == "__main__":
    main(sys.argv[1:])
