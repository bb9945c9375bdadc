// Java Lucene 4.10 on the same units and phrases as the C# benchmark: build seconds, top-10 phrase
// queries per second on one thread (ids only, then with the stored text), exact counts out of 1,000.
// Units are the non-empty lines of each article, as Search.Core reads Reuters .txt files.
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.regex.*;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.*;
import org.apache.lucene.analysis.util.CharArraySet;
import org.apache.lucene.document.*;
import org.apache.lucene.index.*;
import org.apache.lucene.search.*;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;

public final class LucenePeer {
    public static void main(String[] args) throws Exception {
        Path corpus = Paths.get(args[0]), phrasesFile = Paths.get(args[1]), indexDir = Paths.get(args[2]);
        double seconds = args.length > 3 ? Double.parseDouble(args[3]) : 5;
        // No stop words: a phrase such as "according to" must match its every word, as ours does.
        Analyzer analyzer = new StandardAnalyzer(CharArraySet.EMPTY_SET);

        long start = System.nanoTime();
        long units = 0;
        try (FSDirectory dir = FSDirectory.open(indexDir.toFile())) {
            IndexWriterConfig config = new IndexWriterConfig(Version.LUCENE_4_10_4, analyzer);
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            config.setRAMBufferSizeMB(128);
            config.setSimilarity(new BM25Similarity());
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                List<Path> files = new ArrayList<>();
                try (DirectoryStream<Path> stream = Files.newDirectoryStream(corpus, "*.txt")) {
                    stream.forEach(files::add);
                }
                Collections.sort(files);
                for (Path file : files) {
                    String id = file.getFileName().toString().replace(".txt", "");
                    int paragraph = 0;
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        if (line.trim().isEmpty()) continue;
                        Document doc = new Document();
                        doc.add(new StringField("id", id, Field.Store.YES));
                        doc.add(new StoredField("paragraph", paragraph++));
                        doc.add(new TextField("text", line, Field.Store.YES));
                        writer.addDocument(doc);
                        units++;
                    }
                }
                writer.commit();
            }
        }
        double buildSeconds = (System.nanoTime() - start) / 1e9;

        List<String> phrases = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        Matcher m = Pattern.compile("\"phrase\": \"((?:[^\"\\\\]|\\\\.)*)\", \"count\": (\\d+)")
            .matcher(new String(Files.readAllBytes(phrasesFile), StandardCharsets.UTF_8));
        while (m.find()) {
            phrases.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
            counts.add(Long.parseLong(m.group(2)));
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir.toFile()))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            Query[] queries = new Query[phrases.size()];
            for (int i = 0; i < queries.length; i++) queries[i] = phraseQuery(analyzer, phrases.get(i));
            int exact = 0;
            for (int i = 0; i < queries.length; i++) {
                if (searcher.search(queries[i], 10).totalHits == counts.get(i)) exact++;
            }
            double idsOnly = rate(searcher, queries, seconds, false);
            double withText = rate(searcher, queries, seconds, true);
            System.out.printf(Locale.ROOT, "| Java Lucene 4.10.4 (StandardAnalyzer, no stop words, BM25) | %.2f | %d | %.0f | %.0f | %d/%d |%n",
                buildSeconds, units, idsOnly, withText, exact, phrases.size());
        }
    }

    // A warm-up pass, then whole passes over the phrases until the time is up.
    private static double rate(IndexSearcher searcher, Query[] queries, double seconds, boolean loadText) throws IOException {
        for (Query q : queries) search(searcher, q, loadText);
        long start = System.nanoTime(), done = 0;
        while (System.nanoTime() - start < seconds * 1e9) {
            for (Query q : queries) { search(searcher, q, loadText); done++; }
        }
        return done / ((System.nanoTime() - start) / 1e9);
    }

    private static long search(IndexSearcher searcher, Query query, boolean loadText) throws IOException {
        TopDocs top = searcher.search(query, 10);
        long chars = 0;
        if (loadText) {
            for (ScoreDoc hit : top.scoreDocs) chars += searcher.doc(hit.doc).get("text").length();
        }
        return top.totalHits + chars;
    }

    private static Query phraseQuery(Analyzer analyzer, String phrase) throws IOException {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", phrase)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(term.toString());
                positions.add(position);
            }
            stream.end();
        }
        if (terms.size() == 1) return new TermQuery(new Term("text", terms.get(0)));
        PhraseQuery query = new PhraseQuery();
        for (int i = 0; i < terms.size(); i++) query.add(new Term("text", terms.get(i)), positions.get(i));
        return query;
    }
}
