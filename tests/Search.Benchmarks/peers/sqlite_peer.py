"""SQLite FTS5 on the same units and phrases: build seconds, top-10 phrase q/s on one thread (ids
only, then with the text), exact counts out of 1,000. unicode61 tokenizer, ranked by bm25."""
import os
import sqlite3
import sys
import time

from units import rate, read_phrases, read_units, row


def main(corpus, phrases_path, index_path, seconds):
    if os.path.exists(index_path):
        os.remove(index_path)
    start = time.perf_counter()
    db = sqlite3.connect(index_path)
    db.execute("CREATE VIRTUAL TABLE units USING fts5(text, article UNINDEXED, paragraph UNINDEXED)")
    rows = list(read_units(corpus))
    with db:
        db.executemany("INSERT INTO units(text, article, paragraph) VALUES (?, ?, ?)", ((t, a, p) for a, p, t in rows))
    db.close()
    build_seconds = time.perf_counter() - start

    db = sqlite3.connect(index_path)
    phrases = read_phrases(phrases_path)
    # An FTS5 string literal is a phrase; double quotes inside it are doubled.
    queries = ['"' + p.replace('"', '""') + '"' for p, _ in phrases]
    exact = sum(db.execute("SELECT count(*) FROM units WHERE units MATCH ?", (q,)).fetchone()[0] == count
                for q, (_, count) in zip(queries, phrases))

    def ids_only(query):
        return db.execute("SELECT rowid FROM units WHERE units MATCH ? ORDER BY rank LIMIT 10", (query,)).fetchall()

    def with_text(query):
        return db.execute("SELECT rowid, text FROM units WHERE units MATCH ? ORDER BY rank LIMIT 10", (query,)).fetchall()

    print(row(f"SQLite {sqlite3.sqlite_version} FTS5 (unicode61, bm25)", build_seconds, len(rows),
              rate(ids_only, queries, seconds), rate(with_text, queries, seconds), exact, len(phrases)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]) if len(sys.argv) > 4 else 5)
