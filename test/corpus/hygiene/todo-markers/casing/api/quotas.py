def quota(user):
    # expect: hygiene/todo-markers
    # Fixme(billing): enterprise plans have no quota row yet
    return user.plan.quota


# ok: hygiene/todo-markers
# todo list of the admin UI lives in the todos table
TODOS_TABLE = "todos"
