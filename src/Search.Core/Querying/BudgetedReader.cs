using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Querying;

/// <summary>
/// An index reader that spends a search's budget as it reads postings: every 1,024 documents or positions
/// read, it checks the time and the caller's cancellation. A sloppy phrase has no bound on its work per
/// paragraph (a paragraph of 50,000 repeats of one word, searched as that word 32 times with slop 100, took
/// 0.1 s each), and Lucene's scorer finds its next match inside one call, so the collector's checks between
/// matches come too late or, when no paragraph matches, never. Only sloppy phrases are matched through it:
/// exact phrases and words read their postings a few times per paragraph, and keep their enumerators.
/// </summary>
internal sealed class BudgetedReader : FilterDirectoryReader
{
    private readonly SearchBudget _budget;

    private BudgetedReader(DirectoryReader reader, SearchBudget budget) : base(reader, new Wrapper(budget)) => _budget = budget;

    /// <summary>A searcher over the same index and with the same similarity, whose reads spend <paramref name="budget"/>.</summary>
    public static IndexSearcher Over(IndexSearcher searcher, SearchBudget budget) =>
        searcher.IndexReader is DirectoryReader reader
            ? new IndexSearcher(new BudgetedReader(reader, budget)) { Similarity = searcher.Similarity }
            : searcher;

    /// <summary>Whether <paramref name="query"/> holds a phrase with slop, whose cost per paragraph has no bound.</summary>
    public static bool IsNeededFor(Query query) => query switch
    {
        PhraseQuery phrase => phrase.Slop > 0,
        MultiPhraseQuery phrase => phrase.Slop > 0,
        BooleanQuery boolean => boolean.Clauses.Any(clause => IsNeededFor(clause.Query)),
        DisjunctionMaxQuery disjunction => disjunction.Disjuncts.Any(IsNeededFor),
        ConstantScoreQuery { Query: { } inner } => IsNeededFor(inner),
        _ => false,
    };

    protected override DirectoryReader DoWrapDirectoryReader(DirectoryReader input) => new BudgetedReader(input, _budget);

    private sealed class Wrapper(SearchBudget budget) : SubReaderWrapper
    {
        public override AtomicReader Wrap(AtomicReader reader) => new Segment(reader, budget);
    }

    private sealed class Segment(AtomicReader reader, SearchBudget budget) : FilterAtomicReader(reader)
    {
        private BudgetedFields? _fields;

        // One wrapper per segment and field for the whole search, so the per-thread enumerators and postings
        // kept by Terms instance (ThreadTermsEnums, PostingsPool) are found again within it.
        public override Fields Fields => _fields ??= m_input.Fields is { } fields ? new BudgetedFields(fields, budget) : null!;
    }

    private sealed class BudgetedFields(Fields fields, SearchBudget budget) : FilterAtomicReader.FilterFields(fields)
    {
        private readonly Dictionary<string, Terms?> _terms = [];

        public override Terms GetTerms(string field)
        {
            if (!_terms.TryGetValue(field, out var wrapped))
            {
                wrapped = m_input.GetTerms(field) is { } terms ? new BudgetedTerms(terms, budget) : null;
                _terms[field] = wrapped;
            }
            return wrapped!;
        }
    }

    private sealed class BudgetedTerms(Terms terms, SearchBudget budget) : FilterAtomicReader.FilterTerms(terms)
    {
        public override TermsEnum GetEnumerator() => new BudgetedTermsEnum(m_input.GetEnumerator(), budget);

        public override TermsEnum GetEnumerator(TermsEnum reuse) => GetEnumerator();

        // The block tree's own intersection (prefix and fuzzy terms), not the generic walk of every term.
        public override TermsEnum Intersect(Lucene.Net.Util.Automaton.CompiledAutomaton compiled, BytesRef startTerm) =>
            new BudgetedTermsEnum(m_input.Intersect(compiled, startTerm), budget);
    }

    private sealed class BudgetedTermsEnum(TermsEnum terms, SearchBudget budget) : FilterAtomicReader.FilterTermsEnum(terms)
    {
        public override DocsAndPositionsEnum DocsAndPositions(IBits liveDocs, DocsAndPositionsEnum reuse, DocsAndPositionsFlags flags) =>
            m_input.DocsAndPositions(liveDocs, null, flags) is { } postings ? new BudgetedPostings(postings, budget) : null!;
    }

    private sealed class BudgetedPostings(DocsAndPositionsEnum postings, SearchBudget budget) : FilterAtomicReader.FilterDocsAndPositionsEnum(postings)
    {
        private const int CheckInterval = 1024;
        private int _reads;

        public override int NextDoc()
        {
            Spend();
            return m_input.NextDoc();
        }

        public override int Advance(int target)
        {
            Spend();
            return m_input.Advance(target);
        }

        public override int NextPosition()
        {
            Spend();
            return m_input.NextPosition();
        }

        private void Spend()
        {
            if (++_reads % CheckInterval == 0)
            {
                budget.ThrowIfSpent();
            }
        }
    }
}
