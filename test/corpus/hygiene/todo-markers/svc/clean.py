"""No markers here: lower-case prose and identifiers only."""
# ok: hygiene/todo-markers
# this module has nothing todo with the scheduler
todo = []
# ok: hygiene/todo-markers
LABEL = "XXXX-XXXX"  # card number mask
