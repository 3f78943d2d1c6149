"""What every stage shares and nothing else defines: the rule contract, sentence ends and the sentence segmenter,
the Chinese-numeral parser and the lexicon-aware tagger.

Modules here import nothing from the pipeline stages (load, normalize, outline, analysis, extract, parties):
every stage may import from ``core``, ``core`` from none of them.
"""
