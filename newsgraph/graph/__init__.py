"""The cross-article graph: facts read through identities, incidents and their corroboration."""
