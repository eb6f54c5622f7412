"""What commands answer: the documents, their contract, the answers made ahead of time."""
