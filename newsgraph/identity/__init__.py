"""Identities apart from observations: what each article saw, judged edges between
observations, and the minted canonical ids that every cross-article query joins on."""
