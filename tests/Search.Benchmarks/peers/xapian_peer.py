"""Xapian on the same units and phrases: build seconds, top-10 phrase q/s on one thread (ids only,
then with the stored text), exact counts out of 1,000. Words are unstemmed, with positions."""
import shutil
import sys
import time

import xapian

from units import rate, read_phrases, read_units, row


def main(corpus, phrases_path, index_path, seconds):
    shutil.rmtree(index_path, ignore_errors=True)
    start = time.perf_counter()
    db = xapian.WritableDatabase(index_path, xapian.DB_CREATE_OR_OVERWRITE)
    generator = xapian.TermGenerator()
    units = 0
    for article, paragraph, text in read_units(corpus):
        doc = xapian.Document()
        generator.set_document(doc)
        generator.index_text(text)
        doc.set_data(text)
        doc.add_value(0, f"{article}#{paragraph}")
        db.add_document(doc)
        units += 1
    db.commit()
    db.close()
    build_seconds = time.perf_counter() - start

    db = xapian.Database(index_path)
    enquire = xapian.Enquire(db)
    parser = xapian.QueryParser()
    parser.set_database(db)
    phrases = read_phrases(phrases_path)
    # The same words the term generator indexed, in order: a quoted phrase with no stemming.
    queries = [parser.parse_query(f'"{p}"', xapian.QueryParser.FLAG_PHRASE) for p, _ in phrases]
    everything = db.get_doccount()
    exact = 0
    for query, (_, count) in zip(queries, phrases):
        enquire.set_query(query)
        exact += enquire.get_mset(0, 10, everything).get_matches_estimated() == count

    def ids_only(query):
        enquire.set_query(query)
        return [m.docid for m in enquire.get_mset(0, 10)]

    def with_text(query):
        enquire.set_query(query)
        return [m.document.get_data() for m in enquire.get_mset(0, 10)]

    print(row("Xapian " + xapian.version_string() + " (unstemmed, positions)", build_seconds, units,
              rate(ids_only, queries, seconds), rate(with_text, queries, seconds), exact, len(phrases)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]) if len(sys.argv) > 4 else 5)
