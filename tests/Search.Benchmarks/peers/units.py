"""Shared by the Python peers: the Reuters units (non-empty lines, as Search.Core reads .txt files),
the 1,000 phrases, and the timing loop, so every engine is measured the same way."""
import json
import os
import time


def read_units(corpus):
    """Yields (article id, paragraph index, text) for every non-empty line of every .txt article."""
    for name in sorted(f for f in os.listdir(corpus) if f.endswith(".txt")):
        with open(os.path.join(corpus, name), encoding="utf-8") as lines:
            paragraph = 0
            for line in lines:
                text = line.strip()
                if text:
                    yield name[:-4], paragraph, text
                    paragraph += 1


def read_phrases(path):
    with open(path, encoding="utf-8") as f:
        return [(p["phrase"], p["count"]) for p in json.load(f)["phrases"]]


def rate(search, queries, seconds):
    """A warm-up pass, then whole passes over the queries until the time is up; queries per second."""
    for q in queries:
        search(q)
    start = time.perf_counter()
    done = 0
    while time.perf_counter() - start < seconds:
        for q in queries:
            search(q)
        done += len(queries)
    return done / (time.perf_counter() - start)


def row(engine, build_seconds, units, ids_only, with_text, exact, total):
    return f"| {engine} | {build_seconds:.2f} | {units} | {ids_only:.0f} | {with_text:.0f} | {exact}/{total} |"
