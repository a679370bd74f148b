"""The only layer that touches files and TinyDB."""
