from .db import session_scope

__all__ = ["session_scope"]
