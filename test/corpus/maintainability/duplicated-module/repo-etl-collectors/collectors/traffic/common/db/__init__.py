from .db_conn import connect
from .upsert import upsert_rows
