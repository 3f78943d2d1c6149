"""The command line's longer help texts: the examples, the notes under a command's description, and
help shared by several commands (the commands and their options are defined in :mod:`policydoc.cli`)."""

PATH_HELP = ("a document file: .txt (any common Chinese encoding), .html/.htm, .docx or a text-layer .pdf; the "
             "format is detected from the content")
OUTPUT_HELP = "write here instead of stdout (missing folders are created)"

EXAMPLES = """\
examples:
  policydoc parse plan.txt                        the Document as JSON
  policydoc parse plan.docx --format md -o plan.md
  policydoc outline page.html                     the section tree
  policydoc targets *.txt --format csv --excel    one row per target, for Excel
  policydoc view plan.txt -o report.html          an HTML report with highlights
  policydoc batch plans/ -o plans.jsonl --jobs 2 --resume
  policydoc batch plans/ -o tables/ --format parquet --engine dask --jobs 4

Bad input gives one line 'policydoc: error: ...' and exit status 2.
More: `policydoc COMMAND --help` and docs/getting-started.md.
"""

BATCH_MORE = """\
Picks up every entry under DIR whose name ends in {suffixes}
(other files are left alone). A file that cannot be parsed, a FIFO, a dangling
link or a folder named x.txt becomes the record {{"path": ..., "error": ...}};
the exit status is then 2 once every record is written. Links leading out of
DIR are error records unless --follow-links. Ctrl-C exits 130, SIGTERM 143,
keeping every whole record; --resume carries on."""
"""Under the batch command's description; ``{suffixes}``: the file types it picks up."""

BATCH_INPUTS = ("a folder, searched recursively for {suffixes} files, or a quoted glob such as 'plans/**/*.txt' "
                "(every match is read)")
"""Help of the batch command's DIR_OR_GLOB; ``{suffixes}`` as above."""

EVAL_MORE = """\
A gold file names its document and lists its headings, targets and parties:
  {"doc": "plan.txt",
   "headings": [{"level": 1, "marker": "一、", "title": "总体要求"}],
   "targets": [{"quote": "学前教育毛入园率达到95%以上", "indicator": "学前教育毛入园率",
                "comparator": ">=", "value": 95, "value_max": null, "unit": "%", "year": 2025}],
   "parties": [{"quote": "由县教育局牵头，县财政局配合", "lead": ["县教育局"], "support": ["县财政局"]}]}
Quotes are exact text of the decoded document. Matching rules: docs/accuracy.md."""

NO_TEXT_HELP = ("leave the normalised text out of the JSON (spans still point into it; the output shrinks by about "
                "the input's size)")
NO_REPAIRS_HELP = "leave the list of repairs out of the JSON (the largest part for damaged input)"
MAX_BYTES_HELP = ("largest input file, e.g. 500M (default 200M, or $POLICYDOC_MAX_BYTES); larger files are refused "
                  "before they are read")
DISABLE_RULE_HELP = ("switch a rule off (repeatable): its full name such as targets.filters.penalty, or a table name "
                     "for all its rules; `policydoc rules` lists them")
