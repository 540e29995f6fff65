"""newsgraph: news articles in, a sourced, time-aware network of who did what to whom out."""

__version__ = "0.1.0"
