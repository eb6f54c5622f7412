"""What the JSON Schemas say of the keys contract 2.1 added (livertx.answers.shapes puts each in
its key's `Annotated` description): one line each, in the words docs/json.md uses."""

ITEM = "The whole item as the page writes it, condition included (2.1)."
LEAD = "The page's lead of the list it stands in, word for word, no colon (2.1)."
READ_AS = "The words typed, when read as this stage ('came back'); else null (2.1)."
GROUP = (
    "The words of the query read as one of the page's groups ('came back'), whose stage is the"
    " first hit; else null (2.1)."
)
REST = (
    "The query's other words, searched on their own where no text held every word; empty when"
    " the whole query was searched."
)
UNNAMED = "The words of `rest`, as typed, that the page does not use at all ('lungs')."
UNLISTED = "The page's stage lists that do not name it, in the page's order (2.1)."
TYPE_LISTED = (
    "For a method, drug or combination no list names: the lists that name its treatment type"
    " on its own, in the page's order (2.1)."
)
