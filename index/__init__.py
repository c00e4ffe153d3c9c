"""Documents in, index out: load, clean, split, parse sections, chunk, embed, store."""

PIPELINE_VERSION = "83"
