from psycopg2.pool import ThreadedConnectionPool

pool = ThreadedConnectionPool(1, 10, DSN)
