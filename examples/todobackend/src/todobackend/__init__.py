"""A tiny in-memory todo backend (the seeds' todobackend, without Django)."""
__version__ = "1.0.0"
