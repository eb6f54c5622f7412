"""The page proof: a knowledge file's every medical text held in place to the captured page (its
sentences and items, at their own boundaries, in their own sections; the structure of the stage
lists, read from the page's words), the page's changes reported and an update proposed. It reads
the knowledge file's tree (livertx.yaml_tree) and reports livertx.problems;
livertx.knowledge.checked runs it on every load of a file that names its page, and it imports
nothing of livertx.knowledge (tests/test_architecture.py)."""
