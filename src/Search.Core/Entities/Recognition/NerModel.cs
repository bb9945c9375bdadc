namespace Search.Core.Entities.Recognition;

/// <summary>
/// Everything tagging needs: the word lexicon, the gazetteer, the first-pass tagger and the optional second-pass
/// (document-consistency) tagger.
/// </summary>
internal sealed record NerModel(WordLexicon Lexicon, Gazetteer Gazetteer, LinearChainModel FirstPass, LinearChainModel? SecondPass);
